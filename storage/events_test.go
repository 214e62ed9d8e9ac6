package storage

import (
	"context"
	"testing"

	"github.com/layananwarga/helpdesk/outbox"
)

func TestHeldActionIsReleasedOnce(t *testing.T) {
	ctx := context.Background()
	db := OpenTestDB(t)
	const group = int64(-100500)
	held := outbox.Action{Kind: outbox.Send, ChatID: group, CaseID: 3, Text: "pesan", Hold: true}
	if err := db.Enqueue(ctx, "update:1", []outbox.Action{held}); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.OutboxDepth(ctx); n != 0 {
		t.Fatalf("a held action is pending (%d): the sender would send it", n)
	}
	hs, err := db.HeldActions(ctx, group, 3)
	if err != nil || len(hs) != 1 {
		t.Fatalf("held=%+v err=%v", hs, err)
	}
	if other, _ := db.HeldActions(ctx, group, 4); len(other) != 0 {
		t.Fatalf("held actions of another case: %+v", other)
	}
	// Two handlers release it (say, an outcome and a retry): one copy is stored.
	release := outbox.Action{Kind: outbox.Send, ChatID: group, CaseID: 3, ThreadID: 501, Text: "pesan", Replaces: hs[0].ID}
	for _, src := range []string{"update:2", "update:3"} {
		if err := db.Enqueue(ctx, src, []outbox.Action{release}); err != nil {
			t.Fatal(err)
		}
	}
	items, err := db.PendingOutbox(ctx, 0, 10)
	if err != nil || len(items) != 1 || items[0].Action.ThreadID != 501 {
		t.Fatalf("pending=%+v err=%v, want the one released copy", items, err)
	}
	if hs, _ := db.HeldActions(ctx, group, 3); len(hs) != 0 {
		t.Fatalf("still held after release: %+v", hs)
	}
}

func TestReplaceActionIsWhatIsRead(t *testing.T) {
	ctx := context.Background()
	db := OpenTestDB(t)
	if err := db.Enqueue(ctx, "update:1", []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "<b>rusak"}}); err != nil {
		t.Fatal(err)
	}
	items, _ := db.PendingOutbox(ctx, 0, 10)
	plain := items[0].Action
	plain.Text, plain.Plain = "rusak", true
	if err := db.ReplaceAction(ctx, items[0].ID, plain); err != nil {
		t.Fatal(err)
	}
	items, _ = db.PendingOutbox(ctx, 0, 10)
	if len(items) != 1 || items[0].Action.Text != "rusak" || !items[0].Action.Plain {
		t.Fatalf("stored=%+v, want the plain text", items)
	}
}
