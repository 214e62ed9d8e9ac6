package storage_test

import (
	"context"
	"testing"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// turns counts the conversation turns of a chat as a reader outside the
// update sees them.
func turns(t *testing.T, db *storage.DB, chat int64) int {
	t.Helper()
	ts, err := db.RecentTurns(context.Background(), chat, 10)
	if err != nil {
		t.Fatal(err)
	}
	return len(ts)
}

func storeUpdate(t *testing.T, db *storage.DB, updateID, chat int64) int64 {
	t.Helper()
	id, _, err := db.StoreUpdate(context.Background(), updateID, chat, []byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestUnitCommitsRecordsWithTheCompletion(t *testing.T) {
	db := MustOpenDB(t)
	id := storeUpdate(t, db, 1, 7)
	ctx := storage.BeginUnit(context.Background())
	if err := db.AddTurn(ctx, 7, id, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "syarat ktp"}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveChatState(ctx, 7, []byte(`{"mode":"x"}`)); err != nil {
		t.Fatal(err)
	}
	if n := turns(t, db, 7); n != 0 {
		t.Fatalf("turns before completion = %d, want 0", n)
	}
	if st, _ := db.LoadChatState(context.Background(), 7); st != nil {
		t.Fatalf("state before completion = %s, want none", st)
	}
	if err := db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "jawaban"}}, ""); err != nil {
		t.Fatal(err)
	}
	if n := turns(t, db, 7); n != 1 {
		t.Fatalf("turns after completion = %d, want 1", n)
	}
	if st, _ := db.LoadChatState(context.Background(), 7); string(st) != `{"mode":"x"}` {
		t.Fatalf("state after completion = %s", st)
	}
	// The unit is sealed: a late record is written at once.
	if err := db.AddTurn(ctx, 7, id, helpdesk.Turn{Role: helpdesk.RoleBot, Text: "susulan"}); err != nil {
		t.Fatal(err)
	}
	if n := turns(t, db, 7); n != 2 {
		t.Fatalf("turns after a late record = %d, want 2", n)
	}
}

func TestUnitReadsItsOwnWrites(t *testing.T) {
	db := MustOpenDB(t)
	id := storeUpdate(t, db, 1, 7)
	ctx := storage.BeginUnit(context.Background())
	if err := db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 7, UserID: 7, FirstName: "Sari"}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddTurn(ctx, 7, id, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "mau ke petugas"}); err != nil {
		t.Fatal(err)
	}
	// A hand-off in the same update reads the citizen and the question.
	c, err := db.FindCitizen(ctx, 7)
	if err != nil || c.FirstName != "Sari" {
		t.Fatalf("citizen = %+v, %v; want Sari", c, err)
	}
	if ts, err := db.RecentTurns(ctx, 7, 10); err != nil || len(ts) != 1 {
		t.Fatalf("turns read in the update = %d, %v; want 1", len(ts), err)
	}
	if err := db.CompleteUpdate(ctx, id, nil, ""); err != nil {
		t.Fatal(err)
	}
	if n := turns(t, db, 7); n != 1 {
		t.Fatalf("turns = %d, want 1 (written once)", n)
	}
}

func TestUnitReadOfAnotherTableCommitsNothing(t *testing.T) {
	db := MustOpenDB(t)
	id := storeUpdate(t, db, 1, 7)
	ctx := storage.BeginUnit(context.Background())
	if err := db.AddTurn(ctx, 7, id, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "halo"}); err != nil {
		t.Fatal(err)
	}
	// Looking for an open case cannot see the turn, so the turn waits for
	// the update's completion instead of costing a commit of its own.
	if _, err := db.FindOpenCase(ctx, 7); err == nil {
		t.Fatal("found an open case, want none")
	}
	if n := turns(t, db, 7); n != 0 {
		t.Fatalf("turns after reading cases = %d, want 0", n)
	}
}

func TestUnitNotCompletedLeavesNothing(t *testing.T) {
	db := MustOpenDB(t)
	id := storeUpdate(t, db, 1, 7)
	ctx := storage.BeginUnit(context.Background())
	if err := db.AddTurn(ctx, 7, id, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "halo"}); err != nil {
		t.Fatal(err)
	}
	// The process stops before the update completes: it stays pending and
	// its records were never written, so the re-run writes them once.
	if n := turns(t, db, 7); n != 0 {
		t.Fatalf("turns = %d, want 0", n)
	}
	pending, err := db.PendingUpdates(context.Background())
	if err != nil || len(pending) != 1 || pending[0].ID != id {
		t.Fatalf("pending = %+v, %v; want the update", pending, err)
	}
}
