package storage

import (
	"context"
	"testing"
	"time"
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
	uctx := BeginUnit(ctx)
	if err := db.SaveChatState(uctx, 7, []byte("baru")); err != nil {
		t.Fatal(err)
	}
	if got := loadState(t, ctx, db, 7); got != "lama" {
		t.Fatalf("state seen outside the unfinished update = %q, want lama", got)
	}
	if got := loadState(t, uctx, db, 7); got != "baru" {
		t.Fatalf("state the update reads back = %q, want its own baru", got)
	}
	if err := db.CompleteUpdate(uctx, id, nil, ""); err != nil {
		t.Fatal(err)
	}
	if got := loadState(t, ctx, db, 7); got != "baru" {
		t.Fatalf("state after completion = %q, want baru", got)
	}
	// The next update saves without reading its state back.
	id, _, err = db.StoreUpdate(ctx, 2, 7, []byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	uctx = BeginUnit(ctx)
	if err := db.SaveChatState(uctx, 7, []byte("terbaru")); err != nil {
		t.Fatal(err)
	}
	if err := db.CompleteUpdate(uctx, id, nil, ""); err != nil {
		t.Fatal(err)
	}
	if got := loadState(t, ctx, db, 7); got != "terbaru" {
		t.Fatalf("state after the next update = %q, want terbaru", got)
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
	c := newChatCache[[]byte]()
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
