package storage

import (
	"context"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

func loadState(t *testing.T, ctx context.Context, db *DB, chat int64) string {
	t.Helper()
	b, err := db.LoadChatState(ctx, chat)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestChatStateCacheServesOnlyCommittedStates(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	if err := db.SaveChatState(ctx, 7, []byte("lama")); err != nil {
		t.Fatal(err)
	}
	if got := loadState(t, ctx, db, 7); got != "lama" {
		t.Fatalf("state = %q, want lama", got)
	}
	id, _, err := db.StoreUpdate(ctx, 1, 7, []byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	// A failing completion leaves the cached state as committed.
	baru := helpdesk.Records{States: []helpdesk.ChatState{{ChatID: 7, State: []byte("baru")}}}
	if err := db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: 7}}, baru, ""); err == nil {
		t.Fatal("an action without text was stored")
	}
	if got := loadState(t, ctx, db, 7); got != "lama" {
		t.Fatalf("state after a failed completion = %q, want lama", got)
	}
	if err := db.CompleteUpdate(ctx, id, nil, baru, ""); err != nil {
		t.Fatal(err)
	}
	if got := loadState(t, ctx, db, 7); got != "baru" {
		t.Fatalf("state after completion = %q, want baru", got)
	}
}

func TestChatStateCacheForgetsErasedStates(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	for _, chat := range []int64{7, 8} {
		if err := db.SaveChatState(ctx, chat, []byte("ada")); err != nil {
			t.Fatal(err)
		}
		loadState(t, ctx, db, chat) // cached
	}
	if _, _, err := db.EraseCitizen(ctx, 7, 0); err != nil {
		t.Fatal(err)
	}
	if got := loadState(t, ctx, db, 7); got != "" {
		t.Fatalf("state after erasure = %q, want none", got)
	}
	if _, err := db.PurgeExpired(ctx, now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := loadState(t, ctx, db, 8); got != "" {
		t.Fatalf("state after the purge = %q, want none", got)
	}
}

func TestStateCacheReadRacingACommitIsNotKept(t *testing.T) {
	c := newChatCache[[]byte](false)
	gen := c.generation() // a read from SQLite begins
	c.saved(7, []byte("baru"))
	c.fill(7, []byte("lama"), gen) // and ends with what it read before the commit
	if b, _ := c.get(7); string(b) != "baru" {
		t.Fatalf("cached %q, want the committed baru", b)
	}
	gen = c.generation()
	c.forget(7)
	c.fill(7, []byte("baru"), gen)
	if _, ok := c.get(7); ok {
		t.Fatal("an erased state was put back by a read that began before the erasure")
	}
}
