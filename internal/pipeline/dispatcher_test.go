package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// handlerFunc adapts a function to Handler.
type handlerFunc func(ctx context.Context, req handlers.Request) ([]outbox.Action, error)

var _ Handler = handlerFunc(nil)

func (f handlerFunc) Handle(ctx context.Context, req handlers.Request) (handlers.Result, error) {
	acts, err := f(ctx, req)
	return handlers.Result{Actions: acts}, err
}

// Outcome and Tick: these tests send no events.
func (f handlerFunc) Outcome(context.Context, outbox.Delivery) (handlers.Result, error) {
	return handlers.Result{}, nil
}
func (f handlerFunc) Tick(context.Context, string) ([]outbox.Action, error) { return nil, nil }

// startDispatcher returns a dispatcher on a fresh database and a submit
// function that stores a private message and queues it.
func startDispatcher(t *testing.T, workers int, h Handler) (*Dispatcher, func(chat int64, text string)) {
	t.Helper()
	d, _, submit := startDispatcherDB(t, workers, h)
	return d, submit
}

// startDispatcherDB is startDispatcher that also returns the database; its
// submit function stores and queues a message.
func startDispatcherDB(t *testing.T, workers int, h Handler) (*Dispatcher, *storage.DB, func(chat int64, text string)) {
	t.Helper()
	db := openDB(t, filepath.Join(t.TempDir(), "helpdesk.db"))
	ctx, cancel := context.WithCancel(context.Background())
	d := NewDispatcher(ctx, db, h, decodeMessage, metrics.New(), slog.New(slog.NewTextHandler(io.Discard, nil)), workers)
	t.Cleanup(func() {
		d.Stop()
		d.Wait()
		cancel()
	})
	next := int64(0)
	submit := func(chat int64, text string) {
		next++
		payload := privateMessage(next, chat, text)
		id, _, err := db.StoreUpdate(context.Background(), next, chat, []byte(payload))
		if err != nil {
			t.Fatal(err)
		}
		d.Submit(storage.Update{ID: id, UpdateID: next, ChatID: chat, Payload: []byte(payload)})
	}
	return d, db, submit
}

// privateMessage is the payload of an update carrying a private message,
// in the form decodeMessage reads.
func privateMessage(updateID, chat int64, text string) string {
	return fmt.Sprintf(`{"update":%d,"chat":%d,"text":%q}`, updateID, chat, text)
}

// decodeMessage is the Decoder of the tests' payloads (privateMessage): the
// pipeline's tests need no transport's update format.
func decodeMessage(payload []byte) (handlers.Request, bool, error) {
	var m struct {
		Chat int64
		Text string
	}
	if err := json.Unmarshal(payload, &m); err != nil {
		return handlers.Request{}, false, err
	}
	if m.Chat == 0 {
		return handlers.Request{}, false, nil
	}
	return handlers.Request{Time: time.Now(), Chat: handlers.Chat{ID: m.Chat, Type: handlers.ChatPrivate},
		From: handlers.User{ID: m.Chat, FirstName: "W"}, Text: m.Text}, true, nil
}

func waitIdle(t *testing.T, d *Dispatcher) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !d.Idle() {
		if time.Now().After(deadline) {
			t.Fatal("dispatcher never became idle")
		}
		time.Sleep(time.Millisecond)
	}
}

func TestDispatcherKeepsChatOrderAndTakesTurns(t *testing.T) {
	var (
		mu      sync.Mutex
		handled []string
	)
	started, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	d, submit := startDispatcher(t, 1, handlerFunc(func(_ context.Context, req handlers.Request) ([]outbox.Action, error) {
		once.Do(func() { close(started); <-release })
		mu.Lock()
		handled = append(handled, req.Text)
		mu.Unlock()
		return nil, nil
	}))
	submit(1, "A1")
	<-started // the only worker is busy with A1
	submit(1, "A2")
	submit(1, "A3")
	submit(2, "B1")
	close(release)
	waitIdle(t, d)
	mu.Lock()
	defer mu.Unlock()
	if got := fmt.Sprint(handled); got != "[A1 B1 A2 A3]" {
		t.Fatalf("handled %s, want [A1 B1 A2 A3]: each chat in order, B not behind all of A", got)
	}
}

func TestDispatcherRunsAtMostItsWorkers(t *testing.T) {
	var (
		mu            sync.Mutex
		running, peak int
		last          = map[int64]int{}
		outOfOrder    bool
	)
	d, submit := startDispatcher(t, 3, handlerFunc(func(_ context.Context, req handlers.Request) ([]outbox.Action, error) {
		mu.Lock()
		running++
		peak = max(peak, running)
		var n int
		fmt.Sscan(req.Text, &n)
		outOfOrder = outOfOrder || n != last[req.Chat.ID]+1
		last[req.Chat.ID] = n
		mu.Unlock()
		time.Sleep(time.Millisecond)
		mu.Lock()
		running--
		mu.Unlock()
		return nil, nil
	}))
	for i := 1; i <= 5; i++ {
		for chat := int64(1); chat <= 10; chat++ {
			submit(chat, fmt.Sprint(i))
		}
	}
	waitIdle(t, d)
	mu.Lock()
	defer mu.Unlock()
	if peak > 3 || peak < 2 {
		t.Fatalf("at most %d updates ran at once, want 2 or 3 with 3 workers", peak)
	}
	if outOfOrder {
		t.Fatalf("a chat's updates ran out of order: %v", last)
	}
	for chat := int64(1); chat <= 10; chat++ {
		if last[chat] != 5 {
			t.Fatalf("chat %d handled up to %d, want 5", chat, last[chat])
		}
	}
}

func TestDispatcherGivesUpAnUpdateThatKeptCrashing(t *testing.T) {
	var (
		mu      sync.Mutex
		handled []string
	)
	d, db, _ := startDispatcherDB(t, 2, handlerFunc(func(_ context.Context, req handlers.Request) ([]outbox.Action, error) {
		mu.Lock()
		handled = append(handled, req.Text)
		mu.Unlock()
		return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: "jawaban"}}, nil
	}))
	ctx := context.Background()
	store := func(uid, chat int64, text string) storage.Update {
		payload := privateMessage(uid, chat, text)
		id, _, err := db.StoreUpdate(ctx, uid, chat, []byte(payload))
		if err != nil {
			t.Fatal(err)
		}
		return storage.Update{ID: id}
	}
	poison := store(1, 7, "racun")
	store(2, 8, "biasa")
	// Three earlier runs died in the first update: the first with it fresh
	// from the intake, which counts nothing, then two retries.
	for range maxRetries {
		pending, err := db.PendingUpdates(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.StartUpdate(ctx, pending[0]); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, d)
	mu.Lock()
	if fmt.Sprint(handled) != "[biasa]" {
		t.Fatalf("handled %v, want only the update that did not crash", handled)
	}
	mu.Unlock()
	items, err := db.PendingOutbox(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[int64]string{}
	for _, it := range items {
		texts[it.ChatID] = it.Action.Text
	}
	if texts[7] != msgSorry || texts[8] != "jawaban" {
		t.Fatalf("replies %v, want the apology to chat 7 and the answer to chat 8", texts)
	}
	if u, err := db.FindUpdate(ctx, poison.ID); err != nil || u.Attempts != maxRetries+1 {
		t.Fatalf("poison update attempts = %d, %v; want %d", u.Attempts, err, maxRetries+1)
	}
}

func TestDispatcherGivesTheHandlerTheStoredUpdatesID(t *testing.T) {
	got := make(chan int64, 1)
	d, db, _ := startDispatcherDB(t, 1, handlerFunc(func(_ context.Context, req handlers.Request) ([]outbox.Action, error) {
		got <- req.UpdateID
		return nil, nil
	}))
	ctx := context.Background()
	// The stored id, not the transport's update id, keys the handlers'
	// idempotent writes; store an unrelated update first so they differ.
	if _, _, err := db.StoreUpdate(ctx, 500, 9, []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	payload := []byte(privateMessage(700, 7, "halo"))
	id, _, err := db.StoreUpdate(ctx, 700, 7, payload)
	if err != nil {
		t.Fatal(err)
	}
	d.Submit(storage.Update{ID: id, UpdateID: 700, ChatID: 7, Payload: payload})
	select {
	case uid := <-got:
		if uid != id {
			t.Fatalf("request UpdateID=%d, want the stored id %d", uid, id)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("handler never ran")
	}
}
