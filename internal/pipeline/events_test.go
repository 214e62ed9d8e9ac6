package pipeline

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/internal/terminal"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// recorder is a Handler that notes what it ran, in order; the first
// update it handles is slow, so that later work of its lane queues behind it.
type recorder struct {
	mu    sync.Mutex
	seen  []string
	ticks atomic.Int32
}

func (r *recorder) note(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen = append(r.seen, s)
}

func (r *recorder) Handle(_ context.Context, req handlers.Request) (handlers.Result, error) {
	if req.Text == "first" {
		time.Sleep(50 * time.Millisecond)
	}
	r.note("update:" + req.Text)
	return handlers.Result{}, nil
}

func (r *recorder) Outcome(_ context.Context, d outbox.Delivery) (handlers.Result, error) {
	r.note("outcome:" + d.Action.Ref)
	return handlers.Result{}, nil
}

func (r *recorder) Tick(_ context.Context, job string) ([]outbox.Action, error) {
	r.ticks.Add(1)
	r.note("tick:" + job)
	return nil, nil
}

func TestOutcomeRunsOnTheCitizensLaneInOrder(t *testing.T) {
	ctx := context.Background()
	rec := &recorder{}
	d, db, submit := startDispatcherDB(t, 4, rec)
	const citizen, group = int64(5), int64(-100777)
	c, _, err := db.OpenCase(ctx, helpdesk.Case{CitizenChat: citizen, CitizenName: "Budi"}, []int64{group})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Enqueue(ctx, "test", []outbox.Action{{Kind: outbox.Send, ChatID: group, CaseID: c.ID, Text: "ringkasan", Ref: "case:1:summary"}}); err != nil {
		t.Fatal(err)
	}
	items, err := db.PendingOutbox(ctx, 0, 10)
	if err != nil || len(items) != 1 {
		t.Fatalf("outbox=%+v err=%v", items, err)
	}
	submit(citizen, "first")
	// The sender's part: the summary went out as message 77.
	o := outbox.NewOutcome(items[0].ID, items[0].Action, 77, 0, nil)
	ev, err := db.MarkDelivered(ctx, items[0].ID, 77, nil, &o)
	if err != nil || ev == nil {
		t.Fatalf("outcome event=%+v err=%v", ev, err)
	}
	if ev.ChatID != citizen || ev.Kind != storage.KindOutcome {
		t.Fatalf("outcome event on lane %d kind %q, want the citizen's lane %d", ev.ChatID, ev.Kind, citizen)
	}
	d.Submit(*ev)
	submit(citizen, "second")
	waitIdle(t, d)
	rec.mu.Lock()
	got := append([]string(nil), rec.seen...)
	rec.mu.Unlock()
	want := []string{"update:first", "outcome:case:1:summary", "update:second"}
	if len(got) != len(want) {
		t.Fatalf("ran %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ran %v, want %v", got, want)
		}
	}
	// Recording the same outcome again (a retried write) adds no event.
	if again, err := db.MarkDelivered(ctx, items[0].ID, 77, nil, &o); err != nil || again != nil {
		t.Fatalf("second record=%+v err=%v, want none", again, err)
	}
	if pending, _ := db.PendingUpdates(ctx); len(pending) != 0 {
		t.Fatalf("pending after idle: %+v", pending)
	}
}

func TestTickRunsOnceAcrossACrash(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "helpdesk.db")
	db := openDB(t, path)
	if _, stored, err := db.StoreTick(ctx, "digest", tickLane(0)); err != nil || !stored {
		t.Fatalf("first tick stored=%v err=%v", stored, err)
	}
	// Due again before it ran: no second tick piles up.
	if _, stored, err := db.StoreTick(ctx, "digest", tickLane(0)); err != nil || stored {
		t.Fatalf("second tick stored=%v err=%v, want it refused while one is pending", stored, err)
	}
	// The process died before the tick ran. Each start resumes what is pending.
	rec := &recorder{}
	for run := range 2 {
		dctx, cancel := context.WithCancel(ctx)
		d := NewDispatcher(dctx, db, rec, decodeMessage, metrics.New(), slog.New(slog.NewTextHandler(io.Discard, nil)), 2)
		if err := d.Resume(ctx); err != nil {
			t.Fatal(err)
		}
		waitIdle(t, d)
		d.Stop()
		d.Wait()
		cancel()
		if n := rec.ticks.Load(); n != 1 {
			t.Fatalf("after start %d the job ran %d times, want 1", run+1, n)
		}
	}
	// Once handled, the job's next tick is stored again.
	if _, stored, err := db.StoreTick(ctx, "digest", tickLane(0)); err != nil || !stored {
		t.Fatalf("next tick stored=%v err=%v", stored, err)
	}
}

// jobService is a pipeline Service with one job, run through Tick.
type jobService struct {
	recorder
}

func (s *jobService) Jobs() []handlers.Job {
	return []handlers.Job{{Name: "notify", Every: time.Hour, Run: func(context.Context) error { return nil }}}
}

func TestTriggerRunsTheJobOnTheDispatcher(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, filepath.Join(t.TempDir(), "helpdesk.db"))
	svc := &jobService{}
	p := New(db, svc, &terminal.Terminal{W: io.Discard}, decodeMessage, metrics.New(), slog.New(slog.NewTextHandler(io.Discard, nil)),
		Options{Workers: 2, Sender: SenderOptions{Private: Unlimited, Global: Unlimited}})
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		p.Stop(sctx)
	})
	if err := p.Trigger(ctx, "notify"); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := p.WaitIdle(wctx); err != nil {
		t.Fatal(err)
	}
	if n := svc.ticks.Load(); n != 1 {
		t.Fatalf("job ran %d times, want 1", n)
	}
	if err := p.Trigger(ctx, "nonesuch"); err == nil {
		t.Fatal("trigger of an unknown job succeeded")
	}
}
