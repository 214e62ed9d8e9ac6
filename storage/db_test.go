package storage_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// MustOpenDB opens a fresh database in a temporary folder.
func MustOpenDB(tb testing.TB) *storage.DB {
	tb.Helper()
	return storage.OpenTestDB(tb)
}

func TestOpenAppliesMigrationsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "helpdesk.db")
	if storage.OnPostgres() {
		path = storage.FreshDSN(t)
	}
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		db, err := storage.OpenTest(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if err := db.Ping(ctx); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}

func TestStoreUpdateDeduplicates(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	id1, dup, err := db.StoreUpdate(ctx, 100, 7, []byte(`{}`))
	if err != nil || dup {
		t.Fatalf("first store: id=%d dup=%v err=%v", id1, dup, err)
	}
	id2, dup, err := db.StoreUpdate(ctx, 100, 7, []byte(`{}`))
	if err != nil || !dup || id2 != id1 {
		t.Fatalf("second store: id=%d dup=%v err=%v, want id=%d dup", id2, dup, err, id1)
	}
	pending, err := db.PendingUpdates(ctx)
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending=%d err=%v, want 1", len(pending), err)
	}
}

func TestStoreUpdatesDeduplicatesABatch(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	batch := func(ids ...int64) []storage.Update {
		var ups []storage.Update
		for _, id := range ids {
			ups = append(ups, storage.Update{UpdateID: id, ChatID: 7, Payload: []byte(`{}`)})
		}
		return ups
	}
	first, err := db.StoreUpdates(ctx, batch(101, 102))
	if err != nil {
		t.Fatal(err)
	}
	// An overlapping answer, with one update twice in it.
	got, err := db.StoreUpdates(ctx, batch(102, 103, 103, 104))
	if err != nil {
		t.Fatal(err)
	}
	if !got[0].Dup || got[0].ID != first[1].ID || got[1].Dup || !got[2].Dup || got[2].ID != got[1].ID || got[3].Dup {
		t.Fatalf("stored %+v, want 102 and the second 103 as duplicates", got)
	}
	// A week later Telegram may number updates anew: 101 is a new update.
	now = now.Add(7 * 24 * time.Hour)
	again, err := db.StoreUpdates(ctx, batch(101))
	if err != nil || again[0].Dup {
		t.Fatalf("stored %+v, %v; want 101 stored anew after the window", again, err)
	}
}

func TestCompleteUpdateEnqueuesOnce(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	id, _, err := db.StoreUpdate(ctx, 1, 7, []byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	acts := []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "a"}, {Kind: outbox.Send, ChatID: 7, Text: "b"}}
	if err := db.CompleteUpdate(ctx, id, acts, helpdesk.Records{}, ""); err != nil {
		t.Fatal(err)
	}
	// Another run of it stores nothing new.
	if err := db.CompleteUpdate(ctx, id, acts, helpdesk.Records{}, ""); !errors.Is(err, storage.ErrHandled) {
		t.Fatalf("second completion = %v, want ErrHandled", err)
	}
	items, err := db.PendingOutbox(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Action.Text != "a" || items[1].Action.Text != "b" {
		t.Fatalf("outbox=%+v, want a then b", items)
	}
	if err := db.MarkSent(ctx, items[0].ID, 55, []int64{items[1].ID}); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.OutboxDepth(ctx); n != 0 {
		t.Fatalf("depth=%d, want 0", n)
	}
	pending, _ := db.PendingUpdates(ctx)
	if len(pending) != 0 {
		t.Fatalf("pending updates=%d, want 0", len(pending))
	}
}

// A re-run of an update records its turns once; another role, update or
// chat is another turn.
func TestAddTurnOncePerUpdateAndRole(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	add := func(chat, update int64, role, text string) {
		t.Helper()
		if err := db.AddTurn(ctx, chat, update, helpdesk.Turn{Role: role, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	add(7, 1, helpdesk.RoleCitizen, "syarat ktp")
	add(7, 1, helpdesk.RoleBot, "KTP-el")
	add(7, 1, helpdesk.RoleCitizen, "syarat ktp") // the re-run
	add(7, 2, helpdesk.RoleCitizen, "kalau hilang?")
	add(8, 1, helpdesk.RoleCitizen, "halo")
	turns, err := db.RecentTurns(ctx, 7, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tr := range turns {
		got = append(got, tr.Role+":"+tr.Text)
	}
	if want := "[citizen:syarat ktp bot:KTP-el citizen:kalau hilang?]"; fmt.Sprint(got) != want {
		t.Fatalf("chat 7 turns %v, want %s", got, want)
	}
	if other, _ := db.RecentTurns(ctx, 8, 10); len(other) != 1 {
		t.Fatalf("chat 8 turns %v, want one", other)
	}
}
