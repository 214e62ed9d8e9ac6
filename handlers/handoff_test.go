package handlers

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

const (
	testGroup   = int64(-100500)
	testOfficer = int64(9001)
	testAdmin   = int64(777)
)

// fakeMembers is a hand-written MemberChecker: members unless listed out.
type fakeMembers struct {
	out   map[int64]bool
	calls int
}

var _ MemberChecker = (*fakeMembers)(nil)

func (f *fakeMembers) IsMember(_ context.Context, _, userID int64) (bool, error) {
	f.calls++
	return !f.out[userID], nil
}

// caseHarness drives the service with a real database and plays the
// sender: it resolves, "delivers" and reports deliveries back.
type caseHarness struct {
	t       *testing.T
	db      *storage.DB
	svc     *Service
	now     time.Time
	members *fakeMembers
	update  int64
	msgID   int
	thread  int
	stored  int // held actions stored by deliver
	// noTopics makes CreateTopic fail as in a group without topics.
	noTopics bool
	// gone lists threads deleted by hand: sends to them fail.
	gone map[int]bool
}

// newCaseHarness builds the harness; with may add dependencies.
func newCaseHarness(t *testing.T, set Settings, with ...func(*caseHarness, *Deps)) *caseHarness {
	t.Helper()
	db, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "helpdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h := &caseHarness{t: t, db: db, now: time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC), // Thursday 10:00 WIB
		members: &fakeMembers{out: map[int64]bool{}}, msgID: 100, thread: 500, gone: map[int]bool{}}
	if len(set.AgentChats) == 0 {
		set.AgentChats = []int64{testGroup}
	}
	set.Admins = append(set.Admins, testAdmin)
	kb := knowledge.NewBase([]knowledge.Article{
		{ID: "ktp-el-hilang", Title: "Penggantian KTP-el Hilang", Category: "kependudukan", Keywords: []string{"ktp hilang"},
			Body: "Syarat: surat kehilangan dari kepolisian dan fotokopi KK."},
	})
	db.Now = func() time.Time { return h.now }
	d := Deps{Chats: db, Knowledge: kb, Outbox: db, Cases: db, Apps: db, Members: h.members, Settings: set,
		Now: func() time.Time { return h.now }}
	for _, f := range with {
		f(h, &d)
	}
	h.svc = New(d)
	return h
}

func (h *caseHarness) handle(req Request) []outbox.Action {
	h.t.Helper()
	h.update++
	req.UpdateID = h.update
	if req.MessageID == 0 && req.Callback == nil {
		h.msgID++
		req.MessageID = h.msgID
	}
	res, err := h.svc.Handle(context.Background(), req)
	if err != nil {
		h.t.Fatalf("handle %+v: %v", req, err)
	}
	if err := h.db.WriteRecords(context.Background(), res.Records); err != nil {
		h.t.Fatal(err)
	}
	acts := res.Actions
	for _, a := range acts {
		if err := a.Validate(); err != nil {
			h.t.Fatalf("invalid action %+v: %v", a, err)
		}
	}
	return acts
}

func citizen(chat int64, name string) User {
	return User{ID: chat, FirstName: name, Username: strings.ToLower(name), LanguageCode: "id"}
}

func (h *caseHarness) say(chat int64, name, text string) []outbox.Action {
	req := Request{Chat: Chat{ID: chat, Type: ChatPrivate}, From: citizen(chat, name), Text: text}
	if strings.HasPrefix(text, "/") {
		cmd, args, _ := strings.Cut(strings.TrimPrefix(text, "/"), " ")
		req.Command, req.Args = cmd, args
	}
	return h.handle(req)
}

func (h *caseHarness) sendMedia(chat int64, name, kind, caption string) ([]outbox.Action, int) {
	h.msgID++
	req := Request{Chat: Chat{ID: chat, Type: ChatPrivate}, From: citizen(chat, name), Text: caption, MessageID: h.msgID,
		Media: &Media{Kind: kind, FileID: "file-" + kind}}
	return h.handle(req), h.msgID
}

func (h *caseHarness) press(chat int64, name, data string) []outbox.Action {
	return h.handle(Request{Chat: Chat{ID: chat, Type: ChatPrivate}, From: citizen(chat, name),
		Callback: &Callback{ID: "cb", Data: data, MessageID: 42}})
}

func (h *caseHarness) officer(from int64, thread int, text string, media *Media, reply int) ([]outbox.Action, int) {
	h.msgID++
	req := Request{Chat: Chat{ID: testGroup, Type: ChatSupergroup, IsForum: !h.noTopics}, ThreadID: thread, MessageID: h.msgID,
		From: User{ID: from, FirstName: "Andi", LastName: "Petugas"}, Text: text, Media: media}
	if strings.HasPrefix(text, "/") {
		req.Command, _, _ = strings.Cut(strings.TrimPrefix(text, "/"), " ")
	}
	if reply != 0 {
		req.ReplyTo = &Reply{MessageID: reply, FromBot: true}
	}
	return h.handle(req), h.msgID
}

func (h *caseHarness) pressGroup(from int64, data string) []outbox.Action {
	return h.handle(Request{Chat: Chat{ID: testGroup, Type: ChatSupergroup, IsForum: true},
		From: User{ID: from, FirstName: "Andi"}, Callback: &Callback{ID: "cb", Data: data, MessageID: 1}})
}

// deliver plays the sender and the dispatcher for actions, in order: held
// actions are stored held, the others are "sent", and each outcome is
// handed to the service as the dispatcher would, its follow-ups queued in
// turn. It returns the actions as sent.
func (h *caseHarness) deliver(acts []outbox.Action) []outbox.Action {
	h.t.Helper()
	ctx := context.Background()
	var sent []outbox.Action
	acts = h.store(acts)
	for len(acts) > 0 {
		a := acts[0]
		acts = acts[1:]
		if a.Replaces != 0 {
			held, err := h.db.HeldActions(ctx, a.ChatID, a.CaseID)
			if err != nil {
				h.t.Fatal(err)
			}
			if !slices.ContainsFunc(held, func(x outbox.Held) bool { return x.ID == a.Replaces }) {
				continue // released already: the outbox stores it once
			}
			h.stored++
			src := fmt.Sprintf("harness:%d", h.stored)
			if err := h.db.Enqueue(ctx, src, []outbox.Action{a}); err != nil {
				h.t.Fatal(err)
			}
			h.markSent(src) // it is sent below
		}
		d := outbox.Delivery{Action: a}
		switch {
		case a.Kind == outbox.CreateTopic && h.noTopics:
			d.Err = fmt.Errorf("%w: Bad Request: the chat is not a forum", outbox.ErrRejected)
		case a.Kind == outbox.CreateTopic:
			h.thread++
			d.ThreadID = h.thread
		case a.ChatID == testGroup && h.gone[a.ThreadID] && a.ThreadID != 0:
			d.Err = fmt.Errorf("%w: Bad Request: message thread not found", outbox.ErrThreadGone)
		case a.Kind == outbox.Send || a.Kind == outbox.Copy:
			h.msgID++
			d.MessageID = h.msgID
		}
		if d.Err == nil {
			sent = append(sent, a)
			if d.MessageID != 0 {
				h.recordSent(a, d)
			}
		}
		follow, err := h.svc.Outcome(ctx, d)
		if err != nil {
			h.t.Fatal(err)
		}
		if err := h.db.WriteRecords(ctx, follow.Records); err != nil {
			h.t.Fatal(err)
		}
		acts = append(acts, h.store(follow.Actions)...)
	}
	return sent
}

// recordSent records a delivered action as the sender does: stored, then
// marked delivered with its outcome (which ties a case's group post to its
// case).
func (h *caseHarness) recordSent(a outbox.Action, d outbox.Delivery) {
	h.t.Helper()
	ctx := context.Background()
	h.stored++
	a.Replaces = 0
	if err := h.db.Enqueue(ctx, fmt.Sprintf("harness:%d", h.stored), []outbox.Action{a}); err != nil {
		h.t.Fatal(err)
	}
	items, err := h.db.PendingOutbox(ctx, 0, 100000)
	if err != nil || len(items) == 0 {
		h.t.Fatalf("the stored action is not pending: %v", err)
	}
	id := items[len(items)-1].ID
	o := outbox.NewOutcome(id, a, d.MessageID, d.ThreadID, nil)
	if _, err := h.db.MarkDelivered(ctx, id, d.MessageID, nil, &o); err != nil {
		h.t.Fatal(err)
	}
}

// markSent marks the stored copy of a released action sent, as the sender
// would, so that it does not stay pending in the outbox.
func (h *caseHarness) markSent(source string) {
	h.t.Helper()
	items, err := h.db.PendingOutbox(context.Background(), 0, 1000)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, it := range items {
		if it.Source == source {
			if err := h.db.MarkSent(context.Background(), it.ID, 0, nil); err != nil {
				h.t.Fatal(err)
			}
		}
	}
}

// store stores the held actions of one handler run, as the dispatcher's
// completion does, and returns those to send.
func (h *caseHarness) store(acts []outbox.Action) []outbox.Action {
	h.t.Helper()
	var send []outbox.Action
	for _, a := range acts {
		if a.Hold {
			h.stored++
			if err := h.db.Enqueue(context.Background(), fmt.Sprintf("harness:%d", h.stored), []outbox.Action{a}); err != nil {
				h.t.Fatal(err)
			}
		}
		if !a.Hold {
			send = append(send, a)
		}
	}
	return send
}

func only(acts []outbox.Action, chat int64) []outbox.Action {
	var out []outbox.Action
	for _, a := range acts {
		if a.ChatID == chat && a.Kind != outbox.AnswerCallback {
			out = append(out, a)
		}
	}
	return out
}

func mustCase(t *testing.T, db *storage.DB, id int64) helpdesk.Case {
	t.Helper()
	c, err := db.FindCase(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// openCase asks for an officer after one question and delivers the
// topic and summary.
func (h *caseHarness) openCase(chat int64, name string) ([]outbox.Action, []outbox.Action) {
	h.say(chat, name, "ktp hilang")
	acts := h.say(chat, name, "/petugas")
	return acts, h.deliver(only(acts, testGroup))
}

func TestHandoffOpensTopicWithSummary(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	ctx := context.Background()
	if _, err := h.db.ImportApplications(ctx, []storage.ApplicationRow{{TrackingNo: "KTP-2026-0001", Status: "diproses",
		Service: "KTP-el", VerifyCode: "1234"}}, "test"); err != nil {
		t.Fatal(err)
	}
	if err := h.db.Subscribe(ctx, 1001, "KTP-2026-0001"); err != nil {
		t.Fatal(err)
	}
	acts, sent := h.openCase(1001, "Budi")
	ctz := only(acts, 1001)
	if len(ctz) != 1 || !strings.Contains(ctz[0].Text, "#1") || !strings.Contains(ctz[0].Text, "Antrian Kakak saat ini: <b>1</b>") {
		t.Fatalf("citizen reply=%+v, want case #1 and queue place 1", ctz)
	}
	if len(sent) != 2 || sent[0].Kind != outbox.CreateTopic || sent[0].TopicName != "#1 · Budi · Penggantian KTP-el Hilang" {
		t.Fatalf("group actions=%+v, want topic #1 · Budi · Penggantian KTP-el Hilang", sent)
	}
	sum := sent[1]
	if sum.ThreadID != 501 || !strings.Contains(sum.Text, "@budi") || !strings.Contains(sum.Text, "KTP-2026-0001") || !strings.Contains(sum.Text, "ktp hilang") ||
		!strings.Contains(sum.Text, "Penggantian KTP-el Hilang") || !strings.Contains(sum.Text, "bahasa: id") {
		t.Fatalf("summary=%q thread=%d", sum.Text, sum.ThreadID)
	}
	if len(sum.Buttons) != 1 || sum.Buttons[0][0].Data != "case:claim:1" || sum.Buttons[0][1].Data != "case:close:1" {
		t.Fatalf("summary buttons=%+v", sum.Buttons)
	}
	c := mustCase(t, h.db, 1)
	if c.Topic != helpdesk.TopicForum || c.ThreadID != 501 || c.SummaryMsg == 0 {
		t.Fatalf("case=%+v, want forum topic 501 with summary", c)
	}
	again := h.say(1001, "Budi", "/petugas")
	if len(again) != 1 || !strings.Contains(again[0].Text, "sudah terhubung") {
		t.Fatalf("second /petugas=%+v, want already connected", again)
	}
}

func TestHandoffRelayBothWays(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")

	acts := h.say(1001, "Budi", "KTP saya hilang <waktu> mudik")
	sent := h.deliver(acts)
	if len(sent) != 1 || sent[0].ChatID != testGroup || sent[0].ThreadID != 501 || !sent[0].Merge ||
		sent[0].Text != "KTP saya hilang &lt;waktu&gt; mudik" {
		t.Fatalf("citizen text relayed as %+v", sent)
	}
	acts, photo := h.sendMedia(1001, "Budi", "photo", "surat kehilangan")
	sent = h.deliver(acts)
	if len(sent) != 1 || sent[0].Kind != outbox.Copy || sent[0].FromChatID != 1001 || sent[0].FromMessageID != photo ||
		sent[0].ThreadID != 501 || sent[0].Text != "surat kehilangan" {
		t.Fatalf("citizen photo relayed as %+v", sent)
	}

	acts, msg := h.officer(testOfficer, 501, "Baik, Kak Budi, kami bantu.", nil, 0)
	if len(acts) != 2 || acts[0].ChatID != 1001 || !strings.Contains(acts[0].Text, "Andi Petugas") ||
		acts[1].Kind != outbox.Copy || acts[1].ChatID != 1001 || acts[1].FromChatID != testGroup || acts[1].FromMessageID != msg {
		t.Fatalf("officer text relayed as %+v, want the name then a copy", acts)
	}
	acts, doc := h.officer(testOfficer, 501, "", &Media{Kind: "document", FileID: "f", FileName: "formulir.pdf"}, 0)
	if len(acts) != 1 || acts[0].Kind != outbox.Copy || acts[0].FromMessageID != doc || acts[0].ChatID != 1001 {
		t.Fatalf("officer document relayed as %+v, want one copy without the name", acts)
	}
	c := mustCase(t, h.db, 1)
	if c.State != helpdesk.CaseClaimed || c.ClaimedBy != testOfficer || c.FirstReplyAt.IsZero() {
		t.Fatalf("case after officer reply=%+v, want claimed with first reply", c)
	}
	msgs, err := h.db.CaseMessages(context.Background(), 1)
	if err != nil || len(msgs) != 4 || msgs[1].MediaKind != "photo" || msgs[3].From != helpdesk.FromOfficer {
		t.Fatalf("transcript=%+v err=%v, want 4 lines", msgs, err)
	}
}

func TestHandoffNonOfficerIgnored(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")
	h.members.out[4444] = true
	if acts, _ := h.officer(4444, 501, "halo warga", nil, 0); len(acts) != 0 {
		t.Fatalf("non-officer message gave %+v, want nothing", acts)
	}
	if acts := h.pressGroup(4444, "case:close:1"); len(acts) != 1 || acts[0].Kind != outbox.AnswerCallback {
		t.Fatalf("non-officer close gave %+v, want only an ack", acts)
	}
	if c := mustCase(t, h.db, 1); !c.Open() {
		t.Fatal("non-officer closed the case")
	}
	// A bot message is dropped before anything else.
	req := Request{Chat: Chat{ID: testGroup, Type: ChatSupergroup}, ThreadID: 501, From: User{ID: 1, IsBot: true}, Text: "x"}
	if acts := h.handle(req); len(acts) != 0 {
		t.Fatalf("bot message gave %+v", acts)
	}
}

func TestHandoffTwoCasesNeverCross(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")
	h.openCase(2002, "Sari")
	a, b := mustCase(t, h.db, 1), mustCase(t, h.db, 2)
	if a.ThreadID == b.ThreadID || a.CitizenChat != 1001 || b.CitizenChat != 2002 {
		t.Fatalf("cases share a topic: %+v %+v", a, b)
	}
	acts, _ := h.officer(testOfficer, b.ThreadID, "untuk Sari", nil, 0)
	for _, x := range acts {
		if x.ChatID != 2002 {
			t.Fatalf("officer message in Sari's topic went to %d", x.ChatID)
		}
	}
	sent := h.deliver(h.say(1001, "Budi", "dari Budi"))
	if len(sent) != 1 || sent[0].ThreadID != a.ThreadID {
		t.Fatalf("Budi's message went to %+v, want his topic %d", sent, a.ThreadID)
	}
	// A rating button for someone else's case is refused.
	h.deliver(h.say(2002, "Sari", "/selesai"))
	if acts := h.press(1001, "Budi", "rate:2:1"); len(acts) != 1 || acts[0].Kind != outbox.AnswerCallback {
		t.Fatalf("foreign rating gave %+v", acts)
	}
	if c := mustCase(t, h.db, 2); c.Rating != 0 {
		t.Fatalf("foreign rating stored: %d", c.Rating)
	}
}

func TestHandoffCloseAndRating(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")
	acts, _ := h.officer(testOfficer, 501, "/tutup", nil, 0)
	ctz := only(acts, 1001)
	if len(ctz) != 1 || len(ctz[0].Buttons) != 1 || len(ctz[0].Buttons[0]) != 5 || ctz[0].Buttons[0][4].Data != "rate:1:5" {
		t.Fatalf("citizen close message=%+v, want five rating buttons", ctz)
	}
	sent := h.deliver(only(acts, testGroup))
	var kinds []outbox.Kind
	for _, a := range sent {
		kinds = append(kinds, a.Kind)
		if a.Kind == outbox.Edit {
			if a.MessageID != mustCase(t, h.db, 1).SummaryMsg || len(a.Buttons) != 0 || !strings.Contains(a.Text, "Ditutup") {
				t.Fatalf("summary edit=%+v, want it closed without buttons", a)
			}
			continue
		}
		if a.ThreadID != 501 {
			t.Fatalf("%s went to thread %d, want 501", a.Kind, a.ThreadID)
		}
	}
	if fmt.Sprint(kinds) != "[send edit edit_topic close_topic]" || !strings.HasPrefix(sent[2].TopicName, "✅ #1") {
		t.Fatalf("group actions=%+v", sent)
	}
	if c := mustCase(t, h.db, 1); c.State != helpdesk.CaseClosed || c.ClosedBy != testOfficer {
		t.Fatalf("case=%+v, want closed by the officer", c)
	}
	if acts, _ := h.officer(testOfficer, 501, "/tutup", nil, 0); len(acts) != 1 || !strings.Contains(acts[0].Text, "sudah ditutup") {
		t.Fatalf("second /tutup gave %+v", acts)
	}

	acts = h.press(1001, "Budi", "rate:1:4")
	if len(acts) != 3 || acts[1].Kind != outbox.Edit || !strings.Contains(acts[2].Text, "komentar") {
		t.Fatalf("rating gave %+v", acts)
	}
	if acts := h.press(1001, "Budi", "rate:1:1"); len(acts) != 1 {
		t.Fatalf("second rating gave %+v, want only an ack", acts)
	}
	acts = h.say(1001, "Budi", "Petugasnya ramah sekali")
	if len(acts) != 1 || !strings.Contains(acts[0].Text, "kami catat") {
		t.Fatalf("comment gave %+v", acts)
	}
	c := mustCase(t, h.db, 1)
	if c.Rating != 4 || c.Comment != "Petugasnya ramah sekali" {
		t.Fatalf("case rating=%d comment=%q", c.Rating, c.Comment)
	}
	// Afterwards the bot answers questions again; nothing goes to the group.
	if acts := h.say(1001, "Budi", "ktp hilang"); len(only(acts, testGroup)) != 0 {
		t.Fatalf("closed case still relays: %+v", acts)
	}
	for _, bad := range []string{"rate:1:9", "rate:x:1", "rate:99:3", "case:zzz"} {
		if acts := h.press(1001, "Budi", bad); len(acts) != 1 || acts[0].Kind != outbox.AnswerCallback {
			t.Fatalf("%s gave %+v, want only an ack", bad, acts)
		}
	}
}

func TestHandoffCitizenEndsAndButtons(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	// A priority case needs the bot's offer: forged, the button opens an
	// ordinary case.
	if acts := newCaseHarness(t, Settings{}).press(1002, "Sari", "case:new:p"); len(acts) != 4 || acts[2].Kind != outbox.CreateTopic || strings.Contains(acts[2].TopicName, "🔴") {
		t.Fatalf("forged priority button gave %+v", acts)
	}
	offer := h.say(1001, "Budi", "saya kecewa sekali zzqx")
	if len(offer) == 0 || len(offer[len(offer)-1].Buttons) == 0 || offer[len(offer)-1].Buttons[0][0].Data != "case:new:c" {
		t.Fatalf("complaint gave %+v, want the complaint offer", offer)
	}
	acts := h.press(1001, "Budi", "case:new:c")
	if len(acts) != 4 || acts[2].Kind != outbox.CreateTopic || !strings.HasPrefix(acts[2].TopicName, "🔴 #1") {
		t.Fatalf("complaint button gave %+v", acts)
	}
	if !strings.Contains(acts[3].Text, "KELUHAN") {
		t.Fatalf("the officers' summary does not mark the complaint: %q", acts[3].Text)
	}
	h.deliver(only(acts, testGroup))
	acts = h.pressGroup(testOfficer, "case:claim:1")
	if len(acts) != 4 || acts[1].Kind != outbox.Edit || len(acts[1].Buttons[0]) != 1 || !strings.Contains(acts[1].Text, "Ditangani") ||
		acts[3].ChatID != 1001 || !strings.Contains(acts[3].Text, "Andi") {
		t.Fatalf("claim gave %+v", acts)
	}
	if acts := h.pressGroup(testOfficer, "case:claim:1"); len(acts) != 1 || !strings.Contains(acts[0].Text, "sudah diambil") {
		t.Fatalf("second claim gave %+v", acts)
	}
	acts = h.say(1001, "Budi", "/selesai")
	if len(only(acts, 1001)) != 1 || len(only(acts, testGroup)) != 4 || !strings.Contains(only(acts, testGroup)[0].Text, "/selesai") {
		t.Fatalf("/selesai gave %+v", acts)
	}
	if acts := h.say(1001, "Budi", "/selesai"); len(acts) != 1 || !strings.Contains(acts[0].Text, "tidak terhubung") {
		t.Fatalf("second /selesai gave %+v", acts)
	}
}

func TestHandoffOutsideOfficeHours(t *testing.T) {
	h := newCaseHarness(t, Settings{OfficeHours: "Mon-Fri 08:00-16:00 Asia/Jakarta"})
	h.now = time.Date(2026, 11, 28, 5, 0, 0, 0, time.UTC) // Saturday 12:00 WIB
	acts, sent := h.openCase(1001, "Budi")
	ctz := only(acts, 1001)
	if len(ctz) != 1 || !strings.Contains(ctz[0].Text, "di luar jam layanan") || !strings.Contains(ctz[0].Text, "Senin, 30 Nov pukul 08.00 WIB") {
		t.Fatalf("citizen reply=%q, want office hours and Monday 08.00", ctz[0].Text)
	}
	if len(sent) != 2 || sent[0].Kind != outbox.CreateTopic {
		t.Fatalf("case did not reach the group: %+v", sent)
	}
	h.now = time.Date(2026, 11, 30, 2, 0, 0, 0, time.UTC) // Monday 09:00 WIB
	acts, _ = h.openCase(2002, "Sari")
	if strings.Contains(only(acts, 2002)[0].Text, "di luar jam") {
		t.Fatal("office hours message during office hours")
	}
}

func TestHandoffTopicDeletedIsRecreated(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")
	h.deliver(h.say(1001, "Budi", "pesan pertama"))
	h.gone[501] = true
	sent := h.deliver(h.say(1001, "Budi", "pesan setelah topik dihapus"))
	if len(sent) != 3 || sent[0].Kind != outbox.CreateTopic || sent[1].ThreadID != 502 ||
		!strings.Contains(sent[1].Text, "dibuat ulang") || !strings.Contains(sent[1].Text, "pesan pertama") ||
		sent[2].Text != "pesan setelah topik dihapus" || sent[2].ThreadID != 502 {
		t.Fatalf("after deletion sent %+v", sent)
	}
	// Officers answer in the new topic.
	if acts, _ := h.officer(testOfficer, 502, "halo lagi", nil, 0); len(only(acts, 1001)) != 2 {
		t.Fatalf("officer in the new topic gave %+v", acts)
	}
	// Several messages queued behind the failed one follow the new topic.
	h.gone[502] = true
	a1 := h.say(1001, "Budi", "satu")
	a2 := h.say(1001, "Budi", "dua")
	sent = h.deliver(append(a1, a2...))
	var texts []string
	for _, a := range sent {
		texts = append(texts, fmt.Sprintf("%s@%d", a.Kind, a.ThreadID))
	}
	if fmt.Sprint(texts) != "[create_topic@0 send@503 send@503 send@503]" {
		t.Fatalf("sent %v", texts)
	}
}

func TestHandoffGroupWithoutTopics(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.noTopics = true
	_, sent := h.openCase(1001, "Budi")
	if len(sent) != 1 || sent[0].ThreadID != 0 || !strings.Contains(sent[0].Text, "Kasus #1") {
		t.Fatalf("summary=%+v", sent)
	}
	c := mustCase(t, h.db, 1)
	if c.Topic != helpdesk.TopicReplies || c.SummaryMsg == 0 {
		t.Fatalf("case=%+v, want replies mode with summary", c)
	}
	sent = h.deliver(h.say(1001, "Budi", "foto KK menyusul"))
	if len(sent) != 1 || sent[0].ReplyTo != c.SummaryMsg || !strings.HasPrefix(sent[0].Text, "<b>#1 · Budi</b>\n") {
		t.Fatalf("citizen message=%+v, want a reply to the summary with a header", sent)
	}
	relayed := h.msgID
	// An officer replying to the relayed message reaches the citizen.
	acts, _ := h.officer(testOfficer, 0, "silakan kirim", nil, relayed)
	if len(only(acts, 1001)) != 2 {
		t.Fatalf("officer reply gave %+v", acts)
	}
	// Chatter that replies to nothing of a case stays in the group.
	if acts, _ := h.officer(testOfficer, 0, "rapat jam 2", nil, 0); len(acts) != 0 {
		t.Fatalf("chatter gave %+v", acts)
	}
	// The next case in this group skips the topic.
	acts, _ = h.openCase(2002, "Sari")
	for _, a := range acts {
		if a.Kind == outbox.CreateTopic {
			t.Fatal("topic asked for in a group known to have none")
		}
	}
	acts, _ = h.officer(testOfficer, 0, "/tutup", nil, c.SummaryMsg)
	for _, a := range acts {
		if a.Kind == outbox.EditTopic || a.Kind == outbox.CloseTopic {
			t.Fatalf("topic action in a group without topics: %+v", a)
		}
	}
}

func TestHandoffQueueAndSLA(t *testing.T) {
	h := newCaseHarness(t, Settings{HandoffSLA: 10 * time.Minute})
	h.openCase(1001, "Budi")
	h.openCase(2002, "Sari")
	h.officer(testOfficer, 502, "saya bantu", nil, 0)
	acts, _ := h.officer(testOfficer, 0, "/antrian", nil, 0)
	if len(acts) != 1 || !strings.Contains(acts[0].Text, "#1") || !strings.Contains(acts[0].Text, "menunggu") ||
		!strings.Contains(acts[0].Text, "diambil Andi Petugas") {
		t.Fatalf("/antrian=%+v", acts)
	}
	ctx := context.Background()
	h.now = h.now.Add(11 * time.Minute)
	for i := 0; i < 2; i++ {
		if err := h.svc.cases.flagOverdue(ctx); err != nil {
			t.Fatal(err)
		}
	}
	items, err := h.db.PendingOutbox(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Source != "sla:1" || !strings.Contains(items[0].Action.Text, "#1") {
		t.Fatalf("reminders=%+v, want one for case 1", items)
	}
}

func TestHandoffSLACountsOfficeTimeOnly(t *testing.T) {
	h := newCaseHarness(t, Settings{HandoffSLA: 10 * time.Minute, OfficeHours: "Mon-Fri 08:00-16:00 Asia/Jakarta"})
	h.now = time.Date(2026, 11, 28, 5, 0, 0, 0, time.UTC) // Saturday 12:00 WIB
	h.openCase(1001, "Budi")
	ctx := context.Background()
	for _, tc := range []struct {
		at   time.Time
		want int
	}{
		{time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC), 0}, // Saturday 16:00 WIB: closed
		{time.Date(2026, 11, 30, 1, 5, 0, 0, time.UTC), 0}, // Monday 08:05 WIB: open for 5 minutes
		{time.Date(2026, 11, 30, 1, 11, 0, 0, time.UTC), 1},
	} {
		h.now = tc.at
		if err := h.svc.cases.flagOverdue(ctx); err != nil {
			t.Fatal(err)
		}
		if n, _ := h.db.OutboxDepth(ctx); n != tc.want {
			t.Fatalf("at %v: %d reminders, want %d", tc.at, n, tc.want)
		}
	}
}

func TestHandoffPrivacy(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")
	if acts := h.say(1001, "Budi", "/hapusdata"); !strings.Contains(acts[0].Text, "/selesai") {
		t.Fatalf("/hapusdata with an open case=%+v", acts)
	}
	h.say(1001, "Budi", "/selesai")
	ctx := context.Background()
	if _, err := h.db.ImportApplications(ctx, []storage.ApplicationRow{{TrackingNo: "KK-1", Status: "diproses", VerifyCode: "9"}}, "test"); err != nil {
		t.Fatal(err)
	}
	h.db.Subscribe(ctx, 1001, "KK-1")
	acts := h.say(1001, "Budi", "/datasaya")
	if !strings.Contains(acts[0].Text, "Budi") || !strings.Contains(acts[0].Text, "#1") || !strings.Contains(acts[0].Text, "ikuti statusnya: 1") {
		t.Fatalf("/datasaya=%q", acts[0].Text)
	}
	if acts := h.press(1001, "Budi", "case:erase"); len(acts) != 1 {
		t.Fatalf("erase without asking=%+v, want only an ack", acts)
	}
	acts = h.say(1001, "Budi", "/hapusdata")
	if acts[0].Buttons[0][0].Data != "case:erase" {
		t.Fatalf("/hapusdata=%+v", acts)
	}
	acts = h.press(1001, "Budi", "case:erase")
	if len(acts) < 2 || !strings.Contains(acts[1].Text, "sudah kami hapus") || !strings.Contains(acts[1].Text, "Telegram") {
		t.Fatalf("erase=%+v", acts)
	}
	for _, a := range acts[2:] {
		if a.ChatID >= 0 || strings.Contains(a.Text+a.TopicName, "Budi") {
			t.Fatalf("redaction %+v, want group posts without the citizen", a)
		}
	}
	pd, err := h.db.PersonalData(ctx, 1001)
	if err != nil || pd.Known || pd.Turns != 0 || len(pd.Cases) != 0 || pd.Subscriptions != 0 {
		t.Fatalf("after erase=%+v err=%v", pd, err)
	}
	log, err := h.db.AuditLog(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	last := log[len(log)-1]
	if last.Action != "personal_data_erased" || strings.Contains(last.Detail, "Budi") || strings.Contains(last.Detail, "1001") {
		t.Fatalf("audit=%+v", last)
	}
	for _, e := range log {
		if strings.Contains(e.Actor+e.Detail, "1001") {
			t.Fatalf("audit entry %+v still names the citizen", e)
		}
	}
}

func TestHandoffReport(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.say(3003, "Tono", "ktp hilang") // answered by the bot alone
	h.openCase(1001, "Budi")
	h.now = h.now.Add(4 * time.Minute)
	h.officer(testOfficer, 501, "halo", nil, 0)
	h.now = h.now.Add(6 * time.Minute)
	h.officer(testOfficer, 501, "/tutup", nil, 0)
	h.press(1001, "Budi", "rate:1:5")
	if acts := h.say(1001, "Budi", "/laporan"); !strings.Contains(acts[0].Text, "admin") {
		t.Fatalf("/laporan by a citizen=%q", acts[0].Text)
	}
	acts := h.handle(Request{Chat: Chat{ID: testAdmin, Type: ChatPrivate}, From: User{ID: testAdmin, FirstName: "Admin"}, Command: "laporan"})
	text := acts[0].Text
	for _, want := range []string{"2 percakapan", "50% dijawab bot saja", "1 ke petugas", "tunggu balasan median 4 mnt",
		"selesai median 10 mnt", "nilai 5.0 ± 0.0 (1)", "Andi Petugas"} {
		if !strings.Contains(text, want) {
			t.Fatalf("report lacks %q:\n%s", want, text)
		}
	}
}

func TestAddressDropsActionsOfUnknownCases(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	acts, err := h.svc.topics.address(context.Background(), []outbox.Action{{Kind: outbox.Send, ChatID: testGroup, CaseID: 99, Text: "x"}})
	if err != nil || len(acts) != 0 {
		t.Fatalf("address of an unknown case=%+v err=%v, want nothing", acts, err)
	}
}

func TestHandoffReRunAfterCrashRepeatsReplies(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	ctx := context.Background()
	req := Request{UpdateID: 900, MessageID: 1, Chat: Chat{ID: 1001, Type: ChatPrivate}, From: citizen(1001, "Budi"), Text: "/petugas", Command: "petugas"}
	run := func(req Request) []outbox.Action {
		t.Helper()
		res, err := h.svc.Handle(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		return res.Actions
	}
	first, again := run(req), run(req)
	if len(first) != 3 || len(again) != 3 || again[1].Kind != outbox.CreateTopic {
		t.Fatalf("re-run of /petugas gave %d then %d actions: %+v", len(first), len(again), again)
	}
	h.deliver(only(first, testGroup))
	closeReq := Request{UpdateID: 901, MessageID: 2, Chat: Chat{ID: testGroup, Type: ChatSupergroup, IsForum: true}, ThreadID: 501,
		From: User{ID: testOfficer, FirstName: "Andi"}, Text: "/tutup", Command: "tutup"}
	first, again = run(closeReq), run(closeReq)
	if len(only(again, 1001)) != 1 || len(first) != len(again) {
		t.Fatalf("re-run of /tutup gave %+v", again)
	}
	h.openCase(1001, "Budi")
	end := Request{UpdateID: 950, MessageID: 3, Chat: Chat{ID: 1001, Type: ChatPrivate}, From: citizen(1001, "Budi"), Text: "/selesai", Command: "selesai"}
	first, again = run(end), run(end)
	if len(first) < 2 || len(first) != len(again) || !strings.Contains(again[0].Text, "Beri nilai") {
		t.Fatalf("re-run of /selesai gave %+v", again)
	}
}

func TestHandoffTellsOfficersWhenTheCitizenBlockedTheBot(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")
	acts, _ := h.officer(testOfficer, 501, "halo", nil, 0)
	res, err := h.svc.Outcome(context.Background(), outbox.Delivery{Action: acts[1], Err: fmt.Errorf("%w: blocked", outbox.ErrForbidden)})
	follow := res.Actions
	if err != nil || len(follow) != 1 || follow[0].ChatID != testGroup || !strings.Contains(follow[0].Text, "memblokir") {
		t.Fatalf("follow-up=%+v err=%v", follow, err)
	}
}

func TestHandoffWaitingCitizenHearsTheirPlace(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(2002, "Sari")
	h.openCase(1001, "Budi")
	if acts := h.say(1001, "Budi", "halo?"); len(only(acts, 1001)) != 0 {
		t.Fatalf("notice right after opening: %+v", acts)
	}
	h.now = h.now.Add(11 * time.Minute)
	acts := h.say(1001, "Budi", "halo, ada petugas?")
	if ctz := only(acts, 1001); len(ctz) != 1 || !strings.Contains(ctz[0].Text, "antrian Kakak saat ini: <b>2</b>") {
		t.Fatalf("waiting notice=%+v, want place 2", ctz)
	}
	if acts := h.say(1001, "Budi", "halo lagi"); len(only(acts, 1001)) != 0 {
		t.Fatalf("notice repeated at once: %+v", acts)
	}
	h.officer(testOfficer, 502, "saya bantu", nil, 0)
	h.now = h.now.Add(11 * time.Minute)
	if acts := h.say(1001, "Budi", "terima kasih"); len(only(acts, 1001)) != 0 {
		t.Fatalf("notice after an officer answered: %+v", acts)
	}
}

func TestHandoffMessageBeforeTheTopicWaitsForIt(t *testing.T) {
	for _, noTopics := range []bool{false, true} {
		h := newCaseHarness(t, Settings{})
		h.noTopics = noTopics
		h.say(1001, "Budi", "ktp hilang")
		opened := only(h.say(1001, "Budi", "/petugas"), testGroup)
		// The citizen writes again before Telegram has answered for the topic.
		early := only(h.say(1001, "Budi", "foto KK menyusul"), testGroup)
		if len(early) != 1 || !early[0].Hold {
			t.Fatalf("noTopics=%v: message before the topic=%+v, want it held", noTopics, early)
		}
		sent := h.deliver(append(opened, early...))
		c := mustCase(t, h.db, 1)
		last := sent[len(sent)-1]
		if !strings.Contains(last.Text, "foto KK menyusul") {
			t.Fatalf("noTopics=%v: sent %+v, want the message last", noTopics, sent)
		}
		if noTopics && (last.ReplyTo != c.SummaryMsg || c.SummaryMsg == 0 || !strings.HasPrefix(last.Text, "<b>#1 · Budi</b>")) {
			t.Fatalf("message=%+v, want a reply to the summary %d with a header", last, c.SummaryMsg)
		}
		if !noTopics && (last.ThreadID != c.ThreadID || c.ThreadID == 0) {
			t.Fatalf("message thread=%d, want the new topic %d", last.ThreadID, c.ThreadID)
		}
	}
}

func TestHandoffStrandedHeldActionIsReleasedByTheSweep(t *testing.T) {
	h := newCaseHarness(t, Settings{})
	h.openCase(1001, "Budi")
	ctx := context.Background()
	// Held by the officers' group's lane while the topic's outcome ran on
	// the citizen's lane: nobody released it.
	stranded := outbox.Action{Kind: outbox.Send, ChatID: testGroup, CaseID: 1, Text: "catatan", Hold: true}
	if err := h.db.Enqueue(ctx, "group:1", []outbox.Action{stranded}); err != nil {
		t.Fatal(err)
	}
	acts, err := h.svc.Tick(ctx, "case-held")
	if err != nil || len(acts) != 1 || acts[0].ThreadID != 501 || acts[0].Replaces == 0 || acts[0].Hold {
		t.Fatalf("sweep=%+v err=%v, want the note released into topic 501", acts, err)
	}
	if err := h.db.Enqueue(ctx, "tick:1", acts); err != nil {
		t.Fatal(err)
	}
	if again, err := h.svc.Tick(ctx, "case-held"); err != nil || len(again) != 0 {
		t.Fatalf("second sweep=%+v err=%v, want nothing", again, err)
	}
}
