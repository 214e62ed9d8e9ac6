package storage

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/outbox"
)

// Under load some reader is always in the WAL when a commit could start it
// over, so SQLite alone lets it grow by every page written. A long WAL,
// once copied back, is started over and cut to walRestartFrames pages.
func TestCheckpointStartsALongWALOver(t *testing.T) {
	// Set before the checkpointer starts, which reads it.
	defer func(d time.Duration) { restartWait = d }(restartWait)
	restartWait = 10 * time.Second
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "helpdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	wal := db.Path() + "-wal"
	walSize := func() int64 {
		st, err := os.Stat(wal)
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	write := func(source string, n int) {
		t.Helper()
		text := strings.Repeat("x", 3000) // a page each
		acts := make([]outbox.Action, n)
		for i := range acts {
			acts[i] = outbox.Action{Kind: outbox.Send, ChatID: int64(i + 1), Text: text}
		}
		if err := db.Enqueue(ctx, source, acts); err != nil {
			t.Fatal(err)
		}
	}
	limit := int64(walRestartFrames * 4096)
	write("a", walRestartFrames+500)
	if walSize() <= limit {
		t.Fatalf("WAL %d bytes after the first writes, want over %d for the test to mean anything", walSize(), limit)
	}

	// A reader stays in the WAL while it is copied back and until after
	// the next commit, as one always is under load.
	reader, err := db.conn.DB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := reader.QueryContext(ctx, `SELECT id FROM outbox`)
	if err != nil {
		t.Fatal(err)
	}
	rows.Next()
	go func() {
		time.Sleep(500 * time.Millisecond)
		rows.Close()
		reader.Close()
	}()
	db.conn.checkpoint()

	write("b", 10)
	if got := walSize(); got > limit {
		t.Fatalf("WAL %d bytes after the checkpoint and a commit, want it started over and cut to %d", got, limit)
	}
}
