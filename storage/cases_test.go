package storage_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

func openCase(t *testing.T, db *storage.DB, chat, update int64, prio bool, groups ...int64) (helpdesk.Case, bool) {
	t.Helper()
	if len(groups) == 0 {
		groups = []int64{-100}
	}
	c, created, err := db.OpenCase(context.Background(), helpdesk.Case{CitizenChat: chat, CitizenName: "W", Subject: "KTP",
		UpdateID: update, Priority: prio}, groups)
	if err != nil {
		t.Fatal(err)
	}
	return c, created
}

func TestOpenCaseOnePerCitizen(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	c, created := openCase(t, db, 1, 10, false)
	if !created || c.ID != 1 || c.State != helpdesk.CaseWaiting || c.Topic != helpdesk.TopicPending {
		t.Fatalf("first open=%+v created=%v", c, created)
	}
	if again, created := openCase(t, db, 1, 11, false); created || again.ID != 1 {
		t.Fatalf("second open=%+v created=%v, want case 1 again", again, created)
	}
	if rerun, created := openCase(t, db, 1, 10, false); !created || rerun.ID != 1 {
		t.Fatalf("re-run of the opening update=%+v created=%v, want case 1 created", rerun, created)
	}
	if _, changed, err := db.CloseCase(ctx, 1, 0, 20); err != nil || !changed {
		t.Fatalf("close: changed=%v err=%v", changed, err)
	}
	if _, changed, _ := db.CloseCase(ctx, 1, 0, 21); changed {
		t.Fatal("closed twice")
	}
	if _, changed, _ := db.CloseCase(ctx, 1, 0, 20); !changed {
		t.Fatal("a re-run of the closing update is not told it closed the case")
	}
	if next, created := openCase(t, db, 1, 12, false); !created || next.ID != 2 {
		t.Fatalf("after close=%+v created=%v, want a new case", next, created)
	}
	if _, err := db.FindOpenCase(ctx, 999); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("FindOpenCase of a stranger err=%v", err)
	}
}

func TestOpenCaseSpreadsOverGroupsAndRemembersNoTopics(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	if err := db.SetGroupForum(ctx, -2, false); err != nil {
		t.Fatal(err)
	}
	count := map[int64]int{}
	for chat := int64(1); chat <= 6; chat++ {
		c, _ := openCase(t, db, chat, chat, false, -1, -2)
		count[c.GroupChat]++
		want := helpdesk.TopicPending
		if c.GroupChat == -2 {
			want = helpdesk.TopicReplies
		}
		if c.Topic != want {
			t.Fatalf("case in %d topic=%q, want %q", c.GroupChat, c.Topic, want)
		}
	}
	if count[-1] != 3 || count[-2] != 3 {
		t.Fatalf("spread=%v, want 3 and 3", count)
	}
}

func TestCaseLookupsAndQueue(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	a, _ := openCase(t, db, 1, 1, false)
	b, _ := openCase(t, db, 2, 2, false)
	p, _ := openCase(t, db, 3, 3, true)
	if err := db.SetCaseTopic(ctx, a.ID, 77, helpdesk.TopicForum); err != nil {
		t.Fatal(err)
	}
	if got, err := db.FindCaseByThread(ctx, -100, 77); err != nil || got.ID != a.ID {
		t.Fatalf("by thread=%+v err=%v", got, err)
	}
	if _, err := db.FindCaseByThread(ctx, -999, 77); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("thread of another group err=%v", err)
	}
	if err := db.MapGroupMessage(ctx, -100, 555, b.ID, 31); err != nil {
		t.Fatal(err)
	}
	if got, cm, err := db.FindCaseByGroupMessage(ctx, -100, 555); err != nil || got.ID != b.ID || cm != 31 {
		t.Fatalf("by message=%+v %d err=%v", got, cm, err)
	}
	for _, tc := range []struct {
		id   int64
		want int
	}{{p.ID, 1}, {a.ID, 2}, {b.ID, 3}} {
		if pos, err := db.QueuePosition(ctx, tc.id); err != nil || pos != tc.want {
			t.Fatalf("queue position of %d=%d err=%v, want %d", tc.id, pos, err, tc.want)
		}
	}
	if first, err := db.OfficerSpoke(ctx, a.ID, 9, "Andi"); err != nil || !first {
		t.Fatalf("first word: %v %v", first, err)
	}
	if first, _ := db.OfficerSpoke(ctx, a.ID, 9, "Andi"); first {
		t.Fatal("officer named twice")
	}
	if got, _ := db.FindCase(ctx, a.ID); got.State != helpdesk.CaseClaimed || got.ClaimedBy != 9 || got.FirstReplyAt.IsZero() {
		t.Fatalf("after officer spoke=%+v", got)
	}
	if _, changed, _ := db.ClaimCase(ctx, a.ID, 10, "Rina"); changed {
		t.Fatal("claimed a claimed case")
	}
	if pos, _ := db.QueuePosition(ctx, b.ID); pos != 2 {
		t.Fatalf("queue after a claim=%d, want 2", pos)
	}
	open, err := db.OpenCases(ctx, -100)
	if err != nil || len(open) != 3 || open[0].ID != p.ID {
		t.Fatalf("open cases=%+v err=%v, want priority first", open, err)
	}
	if ok, err := db.RateCase(ctx, a.ID, 1, 5); err != nil || ok {
		t.Fatalf("rated an open case: %v %v", ok, err)
	}
	db.CloseCase(ctx, a.ID, 9, 0)
	if ok, _ := db.RateCase(ctx, a.ID, 2, 5); ok {
		t.Fatal("another citizen rated the case")
	}
	if ok, _ := db.RateCase(ctx, a.ID, 1, 5); !ok {
		t.Fatal("rating refused")
	}
	if ok, _ := db.RateCase(ctx, a.ID, 1, 1); ok {
		t.Fatal("rated twice")
	}
}

func TestAskTopicOncePerWindow(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	c, _ := openCase(t, db, 1, 1, false)
	db.SetCaseTopic(ctx, c.ID, 77, helpdesk.TopicForum)
	if ok, _ := db.AskTopic(ctx, c.ID, now.Add(-time.Minute), 0); !ok {
		t.Fatal("first ask refused")
	}
	if ok, _ := db.AskTopic(ctx, c.ID, now.Add(-time.Minute), 0); ok {
		t.Fatal("second ask in the window accepted")
	}
	now = now.Add(2 * time.Minute)
	if ok, _ := db.AskTopic(ctx, c.ID, now.Add(-time.Minute), 0); !ok {
		t.Fatal("ask after the window refused")
	}
	// An outcome handled again after a crash asks again; another does not.
	now = now.Add(2 * time.Minute)
	if ok, _ := db.AskTopic(ctx, c.ID, now.Add(-time.Minute), 5); !ok {
		t.Fatal("ask by outcome 5 refused")
	}
	if ok, _ := db.AskTopic(ctx, c.ID, now.Add(-time.Minute), 6); ok {
		t.Fatal("ask by outcome 6 in the window accepted")
	}
	if ok, _ := db.AskTopic(ctx, c.ID, now.Add(-time.Minute), 5); !ok {
		t.Fatal("re-run of outcome 5 refused: its topic would never be created")
	}
}

func TestFlagOverdueCasesOnce(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	openCase(t, db, 1, 1, false)
	now = now.Add(5 * time.Minute)
	openCase(t, db, 2, 2, false)
	build := func(c helpdesk.Case) []outbox.Action {
		return []outbox.Action{{Kind: outbox.Send, ChatID: c.GroupChat, Text: "late"}}
	}
	for i, want := range []int{1, 0} {
		if n, err := db.FlagOverdueCases(ctx, now.Add(-time.Minute), build); err != nil || n != want {
			t.Fatalf("run %d flagged %d err=%v, want %d", i, n, err, want)
		}
	}
	if n, _ := db.OutboxDepth(ctx); n != 1 {
		t.Fatalf("outbox=%d, want 1 reminder", n)
	}
}

// FindOpenCase remembers chats without an open case; opening one must
// show at once, and closing it must show again.
func TestFindOpenCaseSeesCasesOpenedAfterANone(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	for round := int64(1); round <= 2; round++ {
		for range 2 { // the second lookup is answered from memory
			if _, err := db.FindOpenCase(ctx, 5); !errors.Is(err, storage.ErrNotFound) {
				t.Fatalf("round %d: before opening err=%v, want not found", round, err)
			}
		}
		c, _ := openCase(t, db, 5, round, false)
		if got, err := db.FindOpenCase(ctx, 5); err != nil || got.ID != c.ID {
			t.Fatalf("round %d: after opening got case %d err=%v, want case %d", round, got.ID, err, c.ID)
		}
		if _, changed, err := db.CloseCase(ctx, c.ID, 0, 100+round); err != nil || !changed {
			t.Fatalf("close: changed=%v err=%v", changed, err)
		}
	}
}

// TestDeliveredGroupPostIsTiedToItsCase: a case's post in its group is tied
// to the case in the transaction that records it sent, so an officer's
// reply that comes at once finds the case; a post to the citizen is not.
func TestDeliveredGroupPostIsTiedToItsCase(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	c, _ := openCase(t, db, 1, 1, false)
	relay := outbox.Action{Kind: outbox.Send, ChatID: -100, CaseID: c.ID, Text: "pesan warga", CitizenMsg: 42}
	toCitizen := outbox.Action{Kind: outbox.Send, ChatID: 1, CaseID: c.ID, Text: "balasan petugas"}
	if err := db.Enqueue(ctx, "t", []outbox.Action{relay, toCitizen}); err != nil {
		t.Fatal(err)
	}
	items, err := db.PendingOutbox(ctx, 0, 10)
	if err != nil || len(items) != 2 {
		t.Fatalf("outbox %d, %v", len(items), err)
	}
	for i, msg := range []int{900, 901} {
		o := outbox.NewOutcome(items[i].ID, items[i].Action, msg, 0, nil)
		if _, err := db.MarkDelivered(ctx, items[i].ID, msg, nil, &o); err != nil {
			t.Fatal(err)
		}
	}
	if got, cm, err := db.FindCaseByGroupMessage(ctx, -100, 900); err != nil || got.ID != c.ID || cm != 42 {
		t.Fatalf("group post: case %+v, citizen message %d, %v; want case %d and 42", got, cm, err, c.ID)
	}
	if _, _, err := db.FindCaseByGroupMessage(ctx, 1, 901); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("a post to the citizen was tied to the case: %v", err)
	}
}
