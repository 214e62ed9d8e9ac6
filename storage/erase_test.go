package storage_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// TestEraseCitizenFollowsTheCaseIntoTheGroup: in a group without topics, the
// bot's posts about an erased citizen's case (the summary, its edit, a
// relayed message) and the officers' updates answering them or pressing its
// buttons are deleted; another case's posts and updates, and the officers'
// own chatter, stay.
func TestEraseCitizenFollowsTheCaseIntoTheGroup(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	const group = -100
	mine, _ := openCase(t, db, 1, 1, false)
	other, _ := openCase(t, db, 2, 2, false)
	db.SetSummaryMessage(ctx, mine.ID, 10)
	db.SetSummaryMessage(ctx, other.ID, 20)
	db.MapGroupMessage(ctx, group, 11, mine.ID, 5)
	posts := []struct {
		source string
		a      outbox.Action
		mine   bool
	}{
		{"s1", outbox.Action{Kind: outbox.Send, ChatID: group, CaseID: mine.ID, Text: "ringkasan W"}, true},
		{"s2", outbox.Action{Kind: outbox.Edit, ChatID: group, MessageID: 10, Text: "ringkasan W, diambil"}, true},
		{"s3", outbox.Action{Kind: outbox.Send, ChatID: group, ReplyTo: 11, Text: "catatan"}, true},
		{"s4", outbox.Action{Kind: outbox.Send, ChatID: group, CaseID: other.ID, Text: "ringkasan lain"}, false},
		{"s5", outbox.Action{Kind: outbox.Edit, ChatID: group, MessageID: 20, Text: "ringkasan lain, diambil"}, false},
	}
	for _, p := range posts {
		if err := db.Enqueue(ctx, p.source, []outbox.Action{p.a}); err != nil {
			t.Fatal(err)
		}
	}
	ups := []struct {
		payload string
		mine    bool
	}{
		{`{"update_id":1,"message":{"message_id":30,"chat":{"id":-100},"text":"nik 3201","reply_to_message":{"message_id":11,"text":"nik 3201"}}}`, true},
		{`{"update_id":2,"callback_query":{"id":"c","data":"case:claim:1","message":{"message_id":10,"chat":{"id":-100},"text":"ringkasan W"}}}`, true},
		{`{"update_id":3,"message":{"message_id":31,"chat":{"id":-100},"text":"rapat jam 2"}}`, false},
		{`{"update_id":4,"callback_query":{"id":"d","data":"case:claim:2","message":{"message_id":20,"chat":{"id":-100}}}}`, false},
		{`not json`, false},
	}
	for i, u := range ups {
		id, _, err := db.StoreUpdate(ctx, int64(100+i), group, []byte(u.payload))
		if err != nil {
			t.Fatal(err)
		}
		if err := db.CompleteUpdate(ctx, id, nil, helpdesk.Records{}, ""); err != nil {
			t.Fatal(err)
		}
	}
	db.CloseCase(ctx, mine.ID, 9, 0)
	e, cases, err := db.EraseCitizen(ctx, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 1 || cases[0].ID != mine.ID || cases[0].SummaryMsg != 10 || cases[0].CitizenName != "" {
		t.Fatalf("erased cases=%+v", cases)
	}
	if e.Updates != 2 || e.Replies != 3 {
		t.Fatalf("erased=%+v, want 2 group updates and 3 group posts", e)
	}
	left := countOf(t, db, `SELECT COUNT(*) FROM updates WHERE chat_id = -100`)
	if left != 3 {
		t.Fatalf("%d group updates left, want the other case's, the chatter and the bad one", left)
	}
	if n := countOf(t, db, `SELECT COUNT(*) FROM outbox WHERE chat_id = -100`); n != 2 {
		t.Fatalf("%d group posts left, want the other case's 2", n)
	}
	if c, _ := db.FindCase(ctx, other.ID); c.CitizenChat != 2 {
		t.Fatalf("other case touched: %+v", c)
	}
}

func countOf(t *testing.T, db *storage.DB, q string) int {
	t.Helper()
	raw := storage.RawTestDB(t, storage.DSNOf(db))
	var n int
	if err := raw.QueryRow(q).Scan(&n); err != nil {
		t.Fatal(fmt.Errorf("%s: %w", q, err))
	}
	return n
}
