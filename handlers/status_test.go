package handlers_test

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

var _ handlers.ApplicationStore = (*storage.DB)(nil)

const (
	stCitizen  = 501
	stOfficers = -100777
	stOfficer  = 901
)

type statusEnv struct {
	t   *testing.T
	db  *storage.DB
	svc *handlers.Service
	m   *metrics.Set
	log *bytes.Buffer
	upd int64
	msg int
	now time.Time
}

// newStatusEnv is a service on a real database holding two applications:
// APP-1 (code 123456, Budi Santoso) and APP-2 (code 654321).
func newStatusEnv(t *testing.T) *statusEnv {
	t.Helper()
	db, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "helpdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &statusEnv{t: t, db: db, m: metrics.New(), log: &bytes.Buffer{}, now: time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)}
	db.Now = func() time.Time { return e.now }
	e.svc = handlers.New(handlers.Deps{Chats: db, Knowledge: knowledge.NewBase(nil), Outbox: db, Apps: db,
		Now: func() time.Time { return e.now }, Metrics: e.m,
		Logger:   slog.New(slog.NewTextHandler(e.log, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Settings: handlers.Settings{AgentChats: []int64{stOfficers}}})
	e.importCSV("tracking_no,status,service,applicant_name,verify_code\n" +
		"APP-1,diterima,KTP-el,Budi Santoso,123456\nAPP-2,verifikasi,Akta kelahiran,Siti Aminah,654321\n")
	return e
}

func (e *statusEnv) importCSV(text string) {
	e.t.Helper()
	st, err := e.db.ImportApplicationsCSV(context.Background(), strings.NewReader(text), "test.csv", nil)
	if err != nil || st.Failed > 0 {
		e.t.Fatalf("import: %+v %v", st, err)
	}
}

func (e *statusEnv) handle(req handlers.Request) []outbox.Action {
	e.t.Helper()
	e.upd++
	e.msg++
	e.now = e.now.Add(time.Second)
	req.UpdateID, req.MessageID = e.upd, e.msg
	res, err := e.svc.Handle(context.Background(), req)
	if err != nil {
		e.t.Fatalf("handle %+v: %v", req, err)
	}
	if err := e.db.WriteRecords(context.Background(), res.Records); err != nil {
		e.t.Fatal(err)
	}
	return res.Actions
}

// send is a citizen's message (a command when it starts with '/').
func (e *statusEnv) send(chat int64, text string) []outbox.Action {
	req := handlers.Request{Chat: handlers.Chat{ID: chat, Type: handlers.ChatPrivate}, From: handlers.User{ID: chat, FirstName: "Budi"}, Text: text}
	if strings.HasPrefix(text, "/") {
		cmd, args, _ := strings.Cut(text[1:], " ")
		req.Command, req.Args = cmd, strings.TrimSpace(args)
	}
	return e.handle(req)
}

func (e *statusEnv) press(chat int64, data string) []outbox.Action {
	return e.handle(handlers.Request{Chat: handlers.Chat{ID: chat, Type: handlers.ChatPrivate}, From: handlers.User{ID: chat},
		Callback: &handlers.Callback{ID: "cb", Data: data, MessageID: 3}})
}

func (e *statusEnv) officer(text string) []outbox.Action {
	cmd, args, _ := strings.Cut(strings.TrimPrefix(text, "/"), " ")
	return e.handle(handlers.Request{Chat: handlers.Chat{ID: stOfficers, Type: handlers.ChatSupergroup, IsForum: true},
		From: handlers.User{ID: 7007, FirstName: "Petugas"}, ThreadID: 44, Text: text, Command: cmd, Args: args})
}

// lookup runs /status NO then the code and returns the reply to the code.
func (e *statusEnv) lookup(chat int64, no, code string) []outbox.Action {
	e.t.Helper()
	if got := said(e.send(chat, "/status "+no)); !strings.Contains(got, "kode verifikasi") {
		e.t.Fatalf("/status %s said %q, want the code asked for", no, got)
	}
	return e.send(chat, code)
}

// notices runs the notification job and returns what it queued for chat.
func (e *statusEnv) notices(chat int64) []string {
	e.t.Helper()
	if _, err := e.svc.Tick(context.Background(), handlers.JobStatusNotify); err != nil {
		e.t.Fatal(err)
	}
	items, err := e.db.PendingOutbox(context.Background(), 0, 1000)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []string
	for _, it := range items {
		if it.ChatID == chat && strings.HasPrefix(it.Source, "status:") {
			out = append(out, it.Action.Text)
		}
	}
	return out
}

func stDeleted(acts []outbox.Action) bool {
	for _, a := range acts {
		if a.Kind == outbox.DeleteMessage {
			return true
		}
	}
	return false
}

func lockouts(t *testing.T, s *metrics.Set) float64 {
	t.Helper()
	var m dto.Metric
	if err := s.StatusLockouts.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func TestStatusWrongCodeRevealsNothing(t *testing.T) {
	e := newStatusEnv(t)
	wrong := e.lookup(stCitizen, "APP-1", "000000")
	unknown := e.lookup(stCitizen, "NOPE-404", "000000")
	if said(wrong) != said(unknown) {
		t.Fatalf("wrong code said %q, unknown number %q: want the same", said(wrong), said(unknown))
	}
	for _, leak := range []string{"Budi", "B***", "Diterima", "KTP-el", "123456"} {
		if strings.Contains(said(wrong), leak) {
			t.Errorf("reply to a wrong code reveals %q: %q", leak, said(wrong))
		}
	}
	if !stDeleted(wrong) || !stDeleted(unknown) || len(buttons(wrong)) != 0 {
		t.Fatalf("want the code message deleted and no buttons: %+v", wrong)
	}
	// Another try in the same conversation is read as a code again.
	if got := said(e.send(stCitizen, "111 111")); got != said(wrong) {
		t.Fatalf("second wrong code said %q", got)
	}
}

func TestStatusRightCodeShowsMaskedCardAndFollows(t *testing.T) {
	e := newStatusEnv(t)
	e.officer("/setstatus APP-1 perlu perbaikan Foto KK buram, mohon kirim ulang")
	acts := e.lookup(stCitizen, "app-1", "123-456")
	got := said(acts)
	for _, want := range []string{"APP-1", "KTP-el", "B*** S***", "Perlu perbaikan", "Foto KK buram, mohon kirim ulang", "Riwayat", "Diterima", "👉"} {
		if !strings.Contains(got, want) {
			t.Errorf("card lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Budi") || strings.Contains(got, "Santoso") || strings.Contains(got, "123") && strings.Contains(got, "456") {
		t.Errorf("card shows the name or the code:\n%s", got)
	}
	if b := buttons(acts); len(b) != 1 || b[0] != "st:sub:APP-1" {
		t.Fatalf("buttons=%v, want st:sub:APP-1", b)
	}
	if !stDeleted(acts) {
		t.Fatal("the message with the code should be deleted")
	}
	// A forged button for a number this chat never verified does nothing.
	forged := e.press(stCitizen, "st:sub:APP-2")
	if ok, _ := e.db.Subscribed(context.Background(), stCitizen, "APP-2"); ok || !strings.Contains(said(forged), "/status") {
		t.Fatalf("forged subscribe: subscribed=%v said %q", ok, said(forged))
	}
	// Nor does the real button pressed from another chat.
	e.press(stCitizen+1, "st:sub:APP-1")
	if ok, _ := e.db.Subscribed(context.Background(), stCitizen+1, "APP-1"); ok {
		t.Fatal("another chat followed an application it never verified")
	}
	sub := e.press(stCitizen, "st:sub:APP-1")
	if ok, _ := e.db.Subscribed(context.Background(), stCitizen, "APP-1"); !ok || !strings.Contains(said(sub), "Siap, Kak") {
		t.Fatalf("subscribe: subscribed=%v said %q", ok, said(sub))
	}
	// /status lists it with an unfollow button, and asks for a number.
	list := e.send(stCitizen, "/status")
	if !strings.Contains(said(list), "APP-1") || !strings.Contains(said(list), "nomor permohonan") || buttons(list)[0] != "st:unsub:APP-1" {
		t.Fatalf("/status list=%q buttons=%v", said(list), buttons(list))
	}
	e.press(stCitizen, "st:unsub:APP-1")
	if ok, _ := e.db.Subscribed(context.Background(), stCitizen, "APP-1"); ok {
		t.Fatal("still subscribed after unfollowing")
	}
	// The tracking number and the code never reach the log.
	if l := e.log.String(); strings.Contains(l, "APP-1") || strings.Contains(l, "123456") || strings.Contains(l, "123-456") {
		t.Fatalf("log mentions the number or the code:\n%s", l)
	}
}

func TestStatusLockout(t *testing.T) {
	e := newStatusEnv(t)
	var last []outbox.Action
	e.send(stCitizen, "/status APP-1")
	for i := 0; i < 5; i++ {
		last = e.send(stCitizen, "99999"+string(rune('0'+i)))
	}
	if !strings.Contains(said(last), "terlalu banyak kode yang salah") {
		t.Fatalf("fifth wrong code said %q, want the lockout", said(last))
	}
	if n := lockouts(t, e.m); n != 1 {
		t.Fatalf("lockouts metric=%v, want 1", n)
	}
	// The right code is refused to the chat that guessed while it is locked...
	if got := said(e.lookup(stCitizen, "APP-1", "123456")); !strings.Contains(got, "terlalu banyak") || strings.Contains(got, "B***") {
		t.Fatalf("locked chat said %q", got)
	}
	// ...but the applicant, in another chat, is not locked out by it.
	if got := said(e.lookup(stCitizen+1, "APP-1", "123456")); !strings.Contains(got, "B*** S***") {
		t.Fatalf("another chat's right code said %q", got)
	}
	e.now = e.now.Add(16 * time.Minute)
	if got := said(e.lookup(stCitizen, "APP-1", "123456")); !strings.Contains(got, "B*** S***") {
		t.Fatalf("after the lockout the right code said %q", got)
	}
}

func TestStatusInputLetsQuestionsThrough(t *testing.T) {
	e := newStatusEnv(t)
	e.send(stCitizen, "/status")
	if got := said(e.send(stCitizen, "bagaimana cara membuat ktp baru untuk anak saya")); strings.Contains(got, "kode verifikasi") || strings.Contains(got, "format nomor") {
		t.Fatalf("a question was read as a number: %q", got)
	}
	e.send(stCitizen, "/status")
	if got := said(e.send(stCitizen, "APP 1")); strings.Contains(got, "kode verifikasi") {
		t.Fatalf("an invalid number was accepted: %q", got)
	}
	e.send(stCitizen, "/status")
	if got := said(e.send(stCitizen, "halo")); strings.Contains(got, "kode verifikasi") {
		t.Fatalf("a greeting was read as a number: %q", got)
	}
	e.send(stCitizen, "/status")
	if got := said(e.send(stCitizen, "ab1!")); !strings.Contains(got, "format nomor") {
		t.Fatalf("a bad number said %q", got)
	}
}

func TestStatusDistinctNumbersPerDay(t *testing.T) {
	e := newStatusEnv(t)
	for i := 0; i < storage.MaxNumbersPerDay; i++ {
		e.lookup(stCitizen, "N-"+string(rune('A'+i)), "000000")
	}
	if got := said(e.send(stCitizen, "/status APP-1")); !strings.Contains(got, "terlalu banyak nomor") {
		t.Fatalf("21st number said %q", got)
	}
}

func TestSetStatusByOfficer(t *testing.T) {
	e := newStatusEnv(t)
	cases := []struct {
		name, cmd, want string
	}{
		{"usage", "/setstatus", "Format:"},
		{"bad number", "/setstatus !! selesai", "tidak valid"},
		{"unknown status", "/setstatus APP-1 dikirim kurir", "Status <b>dikirim</b> tidak dikenal"},
		{"unknown number", "/setstatus APP-404 selesai", "tidak ditemukan"},
		{"alias with note", "/setstatus app-1 siap diambil Loket 3", "sekarang <b>Selesai / siap diambil</b>. Catatan: Loket 3"},
		{"same again", "/setstatus APP-1 selesai Loket 3", "tidak ada perubahan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			acts := e.officer(c.cmd)
			if len(acts) != 1 || acts[0].ChatID != stOfficers || acts[0].ThreadID != 44 || !strings.Contains(acts[0].Text, c.want) {
				t.Fatalf("reply=%+v, want %q in thread 44", acts, c.want)
			}
		})
	}
	h, _ := e.db.StatusHistory(context.Background(), "APP-1", 10)
	if last := h[len(h)-1]; len(h) != 2 || last.Source != helpdesk.SourceOfficer || last.New != helpdesk.StatusDone || last.Note != "Loket 3" {
		t.Fatalf("history=%+v", h)
	}
}

func TestEveryChangeNotifiesOnce(t *testing.T) {
	e := newStatusEnv(t)
	ctx := context.Background()
	e.lookup(stCitizen, "APP-1", "123456")
	e.press(stCitizen, "st:sub:APP-1")
	if got := e.notices(stCitizen); len(got) != 0 {
		t.Fatalf("notices before any change: %q", got)
	}

	// By an officer.
	e.officer("/setstatus APP-1 verifikasi")
	got := e.notices(stCitizen)
	if len(got) != 1 || !strings.Contains(got[0], "Verifikasi") || !strings.Contains(got[0], "APP-1") {
		t.Fatalf("after /setstatus: %q", got)
	}
	// By a CSV import (another process in production; the same file twice).
	for i := 0; i < 2; i++ {
		e.importCSV("tracking_no;status;note\nAPP-1;perlu perbaikan;Foto buram\n")
	}
	got = e.notices(stCitizen)
	if len(got) != 2 || !strings.Contains(got[1], "Perlu perbaikan") || !strings.Contains(got[1], "Foto buram") {
		t.Fatalf("after the import: %q", got)
	}
	// By the API's store call.
	if _, _, err := e.db.SetStatus(ctx, helpdesk.StatusUpdate{TrackingNo: "APP-1", Status: helpdesk.StatusDone, Source: helpdesk.SourceAPI, Actor: "api"}); err != nil {
		t.Fatal(err)
	}
	// The job running twice, or concurrently, queues each change once.
	e.notices(stCitizen)
	got = e.notices(stCitizen)
	if len(got) != 3 || !strings.Contains(got[2], "Selesai") {
		t.Fatalf("after the API: %q", got)
	}
	// Changes to applications nobody follows queue nothing.
	e.officer("/setstatus APP-2 diproses")
	if got := e.notices(stCitizen + 1); len(got) != 0 {
		t.Fatalf("unfollowed application notified %q", got)
	}
}

func TestStatusCodeModeIgnoresWords(t *testing.T) {
	e := newStatusEnv(t)
	e.send(stCitizen, "/status APP-1")
	// Thanks are not a guess: no wrong-code reply, and the number keeps all its tries.
	if got := said(e.send(stCitizen, "terima kasih")); strings.Contains(got, "tidak cocok") {
		t.Fatalf("'terima kasih' was checked as a code: %q", got)
	}
	e.send(stCitizen, "/status APP-1")
	if got := said(e.send(stCitizen, "12-3")); !strings.Contains(got, "6 angka") {
		t.Fatalf("a too-short code said %q", got)
	}
	for i := 0; i < 4; i++ {
		e.send(stCitizen, "000000")
	}
	if got := said(e.send(stCitizen, "123456")); !strings.Contains(got, "B*** S***") {
		t.Fatalf("after 4 wrong codes the right one said %q", got)
	}
}

func TestNoticeFollowsTheLanguageTheSubscriberLastWroteIn(t *testing.T) {
	e := newStatusEnv(t)
	e.lookup(stCitizen, "APP-1", "123456")
	e.press(stCitizen, "st:sub:APP-1")
	e.send(stCitizen, "how do I renew my passport please")
	e.officer("/setstatus APP-1 verifikasi")
	got := e.notices(stCitizen)
	if len(got) != 1 || !strings.Contains(got[0], "Update on application") {
		t.Fatalf("notice to an English-speaking subscriber: %q", got)
	}
}

// TestStatusTimesInOfficeZone: the status card and the lockout notice show
// times in the office's zone, named, for an office in WITA as in WIB.
func TestStatusTimesInOfficeZone(t *testing.T) {
	makassar, err := time.LoadLocation("Asia/Makassar")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		settings handlers.Settings
		card     string // the history line's time (the import ran at 03:00 UTC)
		zone     string
	}{
		{"default", handlers.Settings{}, "27 Nov 2026 10.00", "WIB"},
		{"office hours in WITA", handlers.Settings{OfficeHours: "Mon-Fri 08:00-16:00 WITA"}, "27 Nov 2026 11.00", "WITA"},
		{"location given", handlers.Settings{Location: makassar}, "27 Nov 2026 11.00", "WITA"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newStatusEnv(t)
			tc.settings.AgentChats = []int64{stOfficers}
			e.svc = handlers.New(handlers.Deps{Chats: e.db, Knowledge: knowledge.NewBase(nil), Outbox: e.db, Apps: e.db,
				Now: func() time.Time { return e.now }, Logger: slog.New(slog.NewTextHandler(e.log, nil)), Settings: tc.settings})
			if card := said(e.lookup(stCitizen, "APP-1", "123456")); !strings.Contains(card, tc.card) {
				t.Fatalf("card lacks %q:\n%s", tc.card, card)
			}
			e.send(stCitizen+1, "/status APP-2")
			var last []outbox.Action
			for i := 0; i < 5; i++ {
				last = e.send(stCitizen+1, "99999"+string(rune('0'+i)))
			}
			if got := said(last); !strings.Contains(got, "terlalu banyak") || !strings.Contains(got, " "+tc.zone) {
				t.Fatalf("lockout said %q, want a time in %s", got, tc.zone)
			}
		})
	}
}
