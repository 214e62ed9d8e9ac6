package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

func openDB(t *testing.T) *DB {
	t.Helper()
	return OpenTestDB(t)
}

func setValue(ctx context.Context, tx *sql.Tx, key string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO kv (key, value, updated_at) VALUES (?, 'v', '')`, key)
	return err
}

func TestBatchFailureUndoesOnlyThatJob(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	// Hold the writer in a first batch so that the next jobs wait together
	// and are committed as one batch.
	holding, release := make(chan struct{}), make(chan struct{})
	first := make(chan error, 1)
	go func() {
		first <- db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
			close(holding)
			<-release
			return nil
		})
	}()
	<-holding
	boom := errors.New("boom")
	jobs := []func(context.Context, *sql.Tx) error{
		func(ctx context.Context, tx *sql.Tx) error { return setValue(ctx, tx, "a") },
		func(ctx context.Context, tx *sql.Tx) error {
			// Writes part of its work, then fails.
			if err := setValue(ctx, tx, "b"); err != nil {
				return err
			}
			return boom
		},
		func(ctx context.Context, tx *sql.Tx) error { return setValue(ctx, tx, "c") },
	}
	errs := make([]chan error, len(jobs))
	for i, fn := range jobs {
		errs[i] = make(chan error, 1)
		j := batchJob{ctx: ctx, fn: fn, done: errs[i]}
		if err := db.conn.enqueue(j); err != nil {
			t.Fatal(err)
		}
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	for i, want := range []error{nil, boom, nil} {
		if got := <-errs[i]; !errors.Is(got, want) {
			t.Fatalf("job %d: err = %v, want %v", i, got, want)
		}
	}
	for key, want := range map[string]bool{"a": true, "b": false, "c": true} {
		v, _, err := db.GetValue(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		if (v != "") != want {
			t.Fatalf("key %s stored = %v, want %v", key, v != "", want)
		}
	}
}

func TestCompleteUpdateWritesAllOrNothing(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	id, _, err := db.StoreUpdate(ctx, 1, 7, []byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	// A gap that cannot be written (its table is gone) fails the whole
	// completion: no turn, no reply, and the update stays pending.
	if _, err := db.conn.ExecContext(ctx, `DROP TABLE gaps`); err != nil {
		t.Fatal(err)
	}
	recs := helpdesk.Records{
		Turns: []helpdesk.ChatTurn{{ChatID: 7, UpdateID: 1, Turn: helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "halo"}}},
		Gaps:  []helpdesk.Gap{{ChatID: 7, UpdateID: 1, Query: "halo"}},
	}
	if err := db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "jawaban"}}, recs, ""); err == nil {
		t.Fatal("completion without its gap succeeded")
	}
	if ts, err := db.RecentTurns(ctx, 7, 10); err != nil || len(ts) != 0 {
		t.Fatalf("turns = %d, %v; want none", len(ts), err)
	}
	if pending, _ := db.PendingUpdates(ctx); len(pending) != 1 {
		t.Fatalf("pending = %d, want the update still pending", len(pending))
	}
	if out, err := db.PendingOutbox(ctx, 0, 10); err != nil || len(out) != 0 {
		t.Fatalf("outbox = %d, %v; want no reply", len(out), err)
	}
}

func TestCheckpointCopiesTheWALBack(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "helpdesk.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if err := db.SetValue(ctx, "k", "checkpointed"); err != nil {
		t.Fatal(err)
	}
	// The database file alone, without its WAL, holds what the last
	// checkpoint copied back.
	deadline := time.Now().Add(5 * checkpointEvery)
	for {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		copyPath := filepath.Join(dir, fmt.Sprintf("copy-%d.db", time.Now().UnixNano()))
		if err := os.WriteFile(copyPath, b, 0o600); err != nil {
			t.Fatal(err)
		}
		snap, err := Open(ctx, copyPath)
		if err != nil {
			t.Fatal(err)
		}
		v, _, err := snap.GetValue(ctx, "k")
		snap.Close()
		if err == nil && v == "checkpointed" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the database file never received the write (value %q, %v)", v, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
