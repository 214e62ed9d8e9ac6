package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/internal/terminal"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// syncBuffer is a bytes.Buffer safe for the sender's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// startSender runs a sender on the terminal transport that reads the
// outbox only once an hour, so that whatever it delivers sooner came
// through the feed or a gap it noticed.
func startSender(t *testing.T, db *storage.DB) *syncBuffer {
	t.Helper()
	out := &syncBuffer{}
	s := NewSender(db, &terminal.Terminal{W: out}, nil, metrics.New(),
		slog.New(slog.NewTextHandler(io.Discard, nil)), SenderOptions{Private: Unlimited, Global: Unlimited, PollEvery: time.Hour})
	db.FeedOutbox(s.Fed)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); s.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return out
}

func waitFor(t *testing.T, out *syncBuffer, want ...string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := out.String()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(got, w)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("sent %q, want %q", got, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func openDB(t *testing.T, path string) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func send(chat int64, text string) []outbox.Action {
	return []outbox.Action{{Kind: outbox.Send, ChatID: chat, Text: text, Plain: true}}
}

func TestSenderTakesCommittedRepliesFromTheFeed(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "helpdesk.db"))
	out := startSender(t, db)
	ctx := context.Background()
	for i, text := range []string{"jawaban satu", "jawaban dua"} {
		id, _, err := db.StoreUpdate(ctx, int64(i+1), 7, []byte(`{}`))
		if err != nil {
			t.Fatal(err)
		}
		if err := db.CompleteUpdate(ctx, id, send(7, text), helpdesk.Records{}, ""); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, out, "jawaban satu", "jawaban dua")
	if got := out.String(); strings.Index(got, "jawaban satu") > strings.Index(got, "jawaban dua") {
		t.Fatalf("sent out of order: %q", got)
	}
}

func TestSenderReadsRowsTheFeedMissed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "helpdesk.db")
	db := openDB(t, path)
	out := startSender(t, db)
	ctx := context.Background()
	if err := db.Enqueue(ctx, "first", send(7, "pesan pertama")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, out, "pesan pertama")
	// Another process adds a row this sender is not fed; the next fed row
	// leaves a gap in the ids, and the sender reads both.
	other := openDB(t, path)
	if err := other.Enqueue(ctx, "other", send(8, "dari proses lain")); err != nil {
		t.Fatal(err)
	}
	if err := db.Enqueue(ctx, "third", send(7, "pesan ketiga")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, out, "dari proses lain", "pesan ketiga")
}

// peakTransport delivers to a terminal and notes the most actions the
// sender held in memory at any send.
type peakTransport struct {
	term terminal.Terminal
	s    *Sender
	peak atomic.Int64
}

func (p *peakTransport) Do(ctx context.Context, a outbox.Action) (outbox.Result, error) {
	p.s.mu.Lock()
	q := int64(p.s.queued)
	p.s.mu.Unlock()
	if q > p.peak.Load() {
		p.peak.Store(q)
	}
	return p.term.Do(ctx, a)
}

func TestSenderHoldsAtMostMaxQueuedInMemory(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "helpdesk.db"))
	ctx := context.Background()
	const chats, perChat = 10, 5
	for i := 0; i < perChat; i++ {
		for c := int64(1); c <= chats; c++ {
			id, _, err := db.StoreUpdate(ctx, int64(i)*chats+c, c, []byte(`{}`))
			if err != nil {
				t.Fatal(err)
			}
			if err := db.CompleteUpdate(ctx, id, send(c, fmt.Sprintf("balasan %d untuk %d", i, c)), helpdesk.Records{}, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	out := &syncBuffer{}
	tr := &peakTransport{term: terminal.Terminal{W: out}}
	s := NewSender(db, tr, nil, metrics.New(), slog.New(slog.NewTextHandler(io.Discard, nil)),
		SenderOptions{Private: Unlimited, Global: Unlimited, PollEvery: time.Hour, MaxQueued: 8})
	tr.s = s
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); s.Run(runCtx) }()
	t.Cleanup(func() { cancel(); <-done })
	var want []string
	for i := 0; i < perChat; i++ {
		for c := 1; c <= chats; c++ {
			want = append(want, fmt.Sprintf("balasan %d untuk %d", i, c))
		}
	}
	waitFor(t, out, want...)
	if p := tr.peak.Load(); p > 8 {
		t.Fatalf("the sender held %d actions in memory, want at most 8", p)
	}
	for c := 1; c <= chats; c++ {
		last := -1
		for i := 0; i < perChat; i++ {
			at := strings.Index(out.String(), fmt.Sprintf("balasan %d untuk %d\n", i, c))
			if at < 0 || at < last {
				t.Fatalf("chat %d: replies out of order:\n%s", c, out.String())
			}
			last = at
		}
	}
}
