package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// Handler is the conversation logic the dispatcher runs: updates, the
// outcomes of stored actions, and ticks of scheduled jobs.
type Handler interface {
	Handle(ctx context.Context, req handlers.Request) (handlers.Result, error)
	Outcome(ctx context.Context, d outbox.Delivery) (handlers.Result, error)
	Tick(ctx context.Context, job string) ([]outbox.Action, error)
}

// Decoder turns the payload of a stored update into the handlers' request;
// the transport that read the update supplies it (bot.Decode for Telegram's
// updates). ok is false for an update the help desk does not act on; an
// error marks the payload undecodable. The dispatcher sets UpdateID.
type Decoder func(payload []byte) (req handlers.Request, ok bool, err error)

// maxRetries is how often an update that a run died in is tried again; one
// that crashed the process once more than this is answered with an apology
// and set aside. Only retries are counted: a fresh update from the intake
// starts without a write, since an update the process dies in is pending at
// the next start and counted from then on.
const maxRetries = 2

const msgSorry = "Maaf, Kak, ada gangguan saat memproses pesan Kakak. 🙏 Silakan coba lagi sebentar lagi, atau ketik /petugas untuk bicara dengan petugas."

// Dispatcher runs stored updates and events through the handler: one lane's
// work one at a time in the order it came, different lanes in parallel on a
// fixed set of workers. A lane is a chat (its updates, and the outcomes of
// the cases its citizen opened) or a scheduled job (its ticks). A worker runs one update of a chat, then puts the chat
// back at the end of the line when it has more, so a chatty chat does not
// hold a worker.
type Dispatcher struct {
	db      *storage.DB
	h       Handler
	decode  Decoder
	metrics *metrics.Set
	log     *slog.Logger
	ctx     context.Context
	workers int
	start   sync.Once

	mu    sync.Mutex
	wake  *sync.Cond
	lanes map[int64]*chatLane
	// ready lists the chats with queued updates and no worker on them,
	// oldest first, from ready[head] on.
	ready   []int64
	head    int
	pending int
	wg      sync.WaitGroup
	// stopping makes the workers stop taking queued updates; the running
	// ones finish, the rest stay pending for the next start.
	stopping atomic.Bool

	// Done, when set before the first Submit, is told of each update or
	// event whose effects were committed (the pipeline wakes the sender).
	Done func(storage.Update)

	// claims, when shared with other processes (PostgreSQL), decide which
	// process runs a lane: see runClaimed. Set before the first Submit.
	claims *storage.Claims
}

// chatLane is one chat's queued updates; running is set while a worker
// handles the first.
type chatLane struct {
	queue   []storage.Update
	running bool
}

// NewDispatcher returns a dispatcher running at most workers chats at once.
func NewDispatcher(ctx context.Context, db *storage.DB, h Handler, decode Decoder, m *metrics.Set, log *slog.Logger, workers int) *Dispatcher {
	if workers <= 0 {
		workers = 32
	}
	d := &Dispatcher{db: db, h: h, decode: decode, metrics: m, log: log, ctx: ctx, workers: workers, lanes: map[int64]*chatLane{}}
	d.wake = sync.NewCond(&d.mu)
	return d
}

// Submit queues a stored update behind the earlier ones of its chat.
func (d *Dispatcher) Submit(u storage.Update) {
	d.start.Do(d.startWorkers)
	d.mu.Lock()
	defer d.mu.Unlock()
	l := d.lanes[u.ChatID]
	if l == nil {
		l = &chatLane{}
		d.lanes[u.ChatID] = l
	}
	l.queue = append(l.queue, u)
	d.pending++
	if !l.running && len(l.queue) == 1 {
		d.push(u.ChatID)
	}
}

// Poke queues a sign that a lane has pending work, unless the lane is
// queued or running here already. Only for processes that share the
// database: their lanes read their work from it (see runClaimed).
func (d *Dispatcher) Poke(lane int64) {
	d.start.Do(d.startWorkers)
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.lanes[lane]; ok {
		return
	}
	d.lanes[lane] = &chatLane{queue: []storage.Update{{ChatID: lane}}}
	d.pending++
	d.push(lane)
}

// push puts a chat at the end of the line; d.mu is held.
func (d *Dispatcher) push(chatID int64) {
	d.ready = append(d.ready, chatID)
	d.wake.Signal()
}

// pop takes the chat at the head of the line; d.mu is held.
func (d *Dispatcher) pop() int64 {
	id := d.ready[d.head]
	d.head++
	if d.head == len(d.ready) {
		d.ready, d.head = d.ready[:0], 0
	} else if d.head > 1024 && d.head > len(d.ready)/2 {
		// Under steady load the line may never empty: reclaim its front.
		n := copy(d.ready, d.ready[d.head:])
		d.ready, d.head = d.ready[:n], 0
	}
	return id
}

func (d *Dispatcher) startWorkers() {
	d.wg.Add(d.workers)
	for range d.workers {
		go d.work()
	}
	// Idle workers wait on wake; let them see the end of ctx.
	context.AfterFunc(d.ctx, func() {
		d.mu.Lock()
		d.wake.Broadcast()
		d.mu.Unlock()
	})
}

// Resume queues every update left unhandled by an earlier run.
func (d *Dispatcher) Resume(ctx context.Context) error {
	ups, err := d.db.PendingUpdates(ctx)
	if err != nil {
		return err
	}
	for _, u := range ups {
		d.Submit(u)
	}
	if len(ups) > 0 {
		d.log.Info("resuming unhandled updates", "count", len(ups))
	}
	return nil
}

// Idle reports whether no update is queued or running.
func (d *Dispatcher) Idle() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.pending == 0
}

// Stop stops taking queued updates; Wait then waits for the running ones.
func (d *Dispatcher) Stop() {
	d.stopping.Store(true)
	d.mu.Lock()
	d.wake.Broadcast()
	d.mu.Unlock()
}

// Wait blocks until the running updates finish. Updates still queued stay
// pending in the database for the next start.
func (d *Dispatcher) Wait() { d.wg.Wait() }

func (d *Dispatcher) stopped() bool { return d.ctx.Err() != nil || d.stopping.Load() }

// work runs the updates of the chats in line until the dispatcher stops.
func (d *Dispatcher) work() {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		for len(d.ready) == d.head && !d.stopped() {
			d.wake.Wait()
		}
		if d.stopped() {
			d.mu.Unlock()
			return
		}
		chatID := d.pop()
		l := d.lanes[chatID]
		l.running = true
		u := l.queue[0]
		seen := len(l.queue)
		d.mu.Unlock()

		if d.claims != nil && d.claims.Shared() {
			d.runClaimed(chatID)
			d.mu.Lock()
			l.running = false
			if len(l.queue) > seen {
				// Submitted while the lane ran: look again, in case they
				// came after its last read.
				clear(l.queue[:seen])
				l.queue = l.queue[seen:]
				d.pending -= seen
				d.push(chatID)
			} else {
				d.pending -= len(l.queue)
				delete(d.lanes, chatID)
			}
			d.mu.Unlock()
			continue
		}

		d.run(u)

		d.mu.Lock()
		l.queue[0] = storage.Update{}
		l.queue = l.queue[1:]
		l.running = false
		d.pending--
		if len(l.queue) > 0 {
			d.push(chatID)
		} else {
			delete(d.lanes, chatID)
		}
		d.mu.Unlock()
	}
}

// runClaimed runs a lane when several processes serve one database: the
// lane is claimed first (another process holding it runs it), and its work
// is read from the database, in order, until none is left; queued updates
// are only a sign that there is some. The claim is given back once the
// lane is empty; work stored by another process meanwhile is found by that
// process's own try, or by the pipeline's sweep.
func (d *Dispatcher) runClaimed(lane int64) {
	gen, ok, err := d.claims.TryLane(d.ctx, lane)
	if err != nil {
		if d.ctx.Err() == nil {
			d.log.Error("claim lane", "lane", lane, "err", err)
		}
		return
	}
	if !ok {
		return
	}
	defer func() {
		if !d.claims.Valid(gen) {
			return // went with the connection that held it
		}
		if err := d.claims.ReleaseLane(context.WithoutCancel(d.ctx), lane); err != nil {
			d.log.Error("release lane", "lane", lane, "err", err)
		}
	}()
	var last int64
	for !d.stopped() {
		ups, err := d.db.PendingInLane(d.ctx, lane, 20)
		if err != nil {
			if d.ctx.Err() == nil {
				d.log.Error("read lane", "lane", lane, "err", err)
			}
			return
		}
		if len(ups) == 0 || ups[0].ID <= last {
			// Empty, or what ran could not be completed: the sweep
			// tries again later rather than this loop at once.
			return
		}
		last = ups[len(ups)-1].ID
		for _, u := range ups {
			if d.stopped() || !d.claims.Valid(gen) {
				// Stopping, or the claim was lost with its connection:
				// another process may run the lane now.
				return
			}
			d.run(u)
		}
	}
}

// run handles one update and stores its replies with the handled mark and
// what the handler recorded, in one transaction.
func (d *Dispatcher) run(u storage.Update) {
	start := time.Now()
	attempts := u.Attempts
	if u.Recovered {
		var err error
		if attempts, err = d.db.StartUpdate(d.ctx, u); err != nil {
			d.log.Error("start update", "id", u.ID, "err", err)
			return
		}
	}
	ctx := d.ctx
	switch u.Kind {
	case storage.KindOutcome, storage.KindTick:
		d.runEvent(ctx, u, attempts)
		return
	}
	req, ok, err := d.decode(u.Payload)
	if err != nil {
		d.complete(ctx, u, handlers.Result{}, "undecodable update", "skipped")
		return
	}
	req.UpdateID = u.ID
	if !ok {
		d.complete(ctx, u, handlers.Result{}, "", "skipped")
		return
	}
	if attempts > maxRetries {
		// Each counted try but this one died, and so did the uncounted
		// first: attempts runs in all.
		d.log.Error("update given up after repeated crashes", "id", u.ID, "crashed_runs", attempts)
		d.complete(ctx, u, handlers.Result{Actions: sorry(req)}, fmt.Sprintf("gave up after %d runs died handling it", attempts), "gave_up")
		return
	}
	res, err := d.handle(ctx, req)
	d.metrics.HandlerLatency.Observe(time.Since(start).Seconds())
	if err != nil {
		if ctx.Err() != nil {
			return // stopping: the update stays pending for the next start
		}
		d.log.Error("handle update", "id", u.ID, "chat", u.ChatID, "err", err)
		d.metrics.Errors.WithLabelValues("handler").Inc()
		d.complete(ctx, u, handlers.Result{Actions: sorry(req)}, err.Error(), "error")
		return
	}
	d.complete(ctx, u, res, "", "ok")
}

// runEvent handles an outcome or a tick like an update: its effects are
// stored with its handled mark. An event that keeps crashing the process is
// set aside; one that fails is recorded failed (nobody to apologise to).
func (d *Dispatcher) runEvent(ctx context.Context, u storage.Update, attempts int) {
	if attempts > maxRetries {
		d.log.Error("event given up after repeated crashes", "id", u.ID, "kind", u.Kind, "crashed_runs", attempts)
		d.complete(ctx, u, handlers.Result{}, fmt.Sprintf("gave up after %d runs died handling it", attempts), "gave_up")
		return
	}
	start := time.Now()
	res, err := d.guard(func() (handlers.Result, error) {
		if u.Kind == storage.KindTick {
			acts, err := d.h.Tick(ctx, string(u.Payload))
			return handlers.Result{Actions: acts}, err
		}
		o, err := outbox.DecodeOutcome(u.Payload)
		if err != nil {
			return handlers.Result{}, err
		}
		return d.h.Outcome(ctx, o.Delivery())
	})
	d.metrics.HandlerLatency.Observe(time.Since(start).Seconds())
	if err != nil {
		if ctx.Err() != nil {
			return // stopping: the event stays pending for the next start
		}
		d.log.Error("handle event", "id", u.ID, "kind", u.Kind, "err", err)
		d.metrics.Errors.WithLabelValues("handler").Inc()
		d.complete(ctx, u, handlers.Result{}, err.Error(), "error")
		return
	}
	d.complete(ctx, u, res, "", "ok")
}

// handle calls the handler, turning a panic into an error so that one bad
// update cannot take the bot down.
func (d *Dispatcher) handle(ctx context.Context, req handlers.Request) (handlers.Result, error) {
	return d.guard(func() (handlers.Result, error) { return d.h.Handle(ctx, req) })
}

// guard runs f, turning a panic into an error.
func (d *Dispatcher) guard(f func() (handlers.Result, error)) (res handlers.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			d.log.Error("handler panic", "panic", r, "stack", string(debug.Stack()))
			res, err = handlers.Result{}, fmt.Errorf("handler panic: %v", r)
		}
	}()
	return f()
}

func (d *Dispatcher) complete(ctx context.Context, u storage.Update, res handlers.Result, errText, result string) {
	valid := res.Actions[:0:0]
	for _, a := range res.Actions {
		if err := a.Validate(); err != nil {
			d.log.Error("handler returned an invalid action", "id", u.ID, "err", err)
			continue
		}
		valid = append(valid, a)
	}
	if err := d.db.CompleteUpdate(ctx, u.ID, valid, res.Records, errText); errors.Is(err, storage.ErrHandled) {
		d.log.Info("update handled by another run; its effects dropped", "id", u.ID)
		return
	} else if err != nil {
		d.log.Error("complete update", "id", u.ID, "err", err)
		d.metrics.Errors.WithLabelValues("handler").Inc()
		return
	}
	d.metrics.UpdatesHandled.WithLabelValues(result).Inc()
	if d.Done != nil {
		d.Done(u)
	}
}

// sorry is the apology for an update the bot could not handle; officers'
// groups get none.
func sorry(req handlers.Request) []outbox.Action {
	var acts []outbox.Action
	if req.Callback != nil {
		acts = append(acts, outbox.Action{Kind: outbox.AnswerCallback, ChatID: req.Chat.ID, CallbackID: req.Callback.ID})
	}
	if req.Chat.Private() {
		acts = append(acts, outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, Text: msgSorry})
	}
	return acts
}
