// Package pipeline is the path all work takes, whatever the transport: it
// stores incoming updates, runs them, the outcomes of delivered actions and
// the ticks of scheduled jobs through the handlers one lane at a time in
// order, and delivers the stored replies within the transport's rate limits
// (see ARCHITECTURE.md). A transport supplies the Decoder of the updates it
// stores and the Transport that performs actions.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/storage"
)

// Service is what the pipeline needs from the conversations.
type Service interface {
	Handler
	Jobs() []handlers.Job
}

// Pipeline is the one path all work takes: intake (stored) -> per-chat
// dispatch -> handlers -> outbox (stored) -> rate-limited sender -> transport.
// The sender records the outcomes handlers care about as events, and the
// scheduler stores ticks of the periodic jobs as events; both travel the
// same lanes as updates, so handlers run only on the dispatcher. Telegram,
// the terminal chat and the tests all ride it.
type Pipeline struct {
	DB         *storage.DB
	Intake     *Intake
	Dispatcher *Dispatcher
	Sender     *Sender
	log        *slog.Logger
	jobs       []handlers.Job

	workCtx    context.Context // handlers and jobs
	workCancel context.CancelFunc
	sendCtx    context.Context
	sendCancel context.CancelFunc
	senderDone chan struct{}
	jobsWG     sync.WaitGroup // the scheduler (SQLite) or the sweep (shared)

	// claims decide, when several processes serve one database, which one
	// runs a lane and which one leads (see lead).
	claims *storage.Claims
	// leadMu guards leading and leadChange.
	leadMu sync.Mutex
	// leading is the context of this process's current leadership, nil
	// while another process leads. On SQLite the process always leads.
	leading context.Context
	// leadChange is closed and replaced whenever leading changes.
	leadChange chan struct{}
}

// sharedPoll is how often the sender reads the outbox when other processes
// add to it too: their commits do not reach this process's feed.
const sharedPoll = 100 * time.Millisecond

// leadEvery is how often a process tries to become the leader, and how
// often the leader checks that it still is: a dead leader is replaced
// within about this long.
const leadEvery = time.Second

// Options tune the pipeline; zero values are production defaults.
type Options struct {
	Workers int // chats handled at once
	Sender  SenderOptions
}

// New assembles the pipeline; Start runs it. tr delivers, and
// decode reads the payloads of the updates the transport's intake stores.
func New(db *storage.DB, svc Service, tr Transport, decode Decoder, m *metrics.Set, log *slog.Logger, opts Options) *Pipeline {
	p := &Pipeline{DB: db, log: log, jobs: svc.Jobs(), senderDone: make(chan struct{}), leadChange: make(chan struct{})}
	p.workCtx, p.workCancel = context.WithCancel(context.Background())
	p.sendCtx, p.sendCancel = context.WithCancel(context.Background())
	p.Dispatcher = NewDispatcher(p.workCtx, db, svc, decode, m, log, opts.Workers)
	p.Sender = NewSender(db, tr, p.Dispatcher.Submit, m, log, opts.Sender)
	// Replies reach the sender as they are committed; what a job or an
	// outcome wrote in transactions of its own is read at once too.
	db.FeedOutbox(p.Sender.Fed)
	p.Dispatcher.Done = func(u storage.Update) {
		if u.Kind == storage.KindTick || u.Kind == storage.KindOutcome {
			p.Sender.Wake()
		}
	}
	p.Intake = NewIntake(db, p.Dispatcher.Submit, m, log)
	return p
}

// Start resumes the work an earlier run left unfinished, then starts the
// sender and the scheduler. When other processes serve the same database,
// they run only in the process that leads (see lead), and every process
// sweeps for lanes with work nobody runs (see sweep).
func (p *Pipeline) Start(ctx context.Context) error {
	claims, err := p.DB.Claims(ctx)
	if err != nil {
		return err
	}
	p.claims, p.Dispatcher.claims = claims, claims
	if !claims.Shared() {
		go func() {
			defer close(p.senderDone)
			p.Sender.Run(p.sendCtx)
		}()
		p.setLeading(p.workCtx)
	}
	if !claims.Shared() {
		if err := p.Dispatcher.Resume(ctx); err != nil {
			return err
		}
	} else if err := p.pokePending(ctx); err != nil {
		// A lane's work is read back under its claim: the lanes are enough.
		return err
	}
	if !claims.Shared() {
		if len(p.jobs) > 0 {
			p.jobsWG.Add(1)
			go func() {
				defer p.jobsWG.Done()
				p.schedule(p.workCtx)
			}()
		}
		return nil
	}
	p.Sender.opts.PollEvery = min(p.Sender.opts.PollEvery, sharedPoll)
	p.jobsWG.Add(1)
	go p.sweep()
	go func() {
		defer close(p.senderDone)
		p.lead()
	}()
	return nil
}

// setLeading records this process's leadership, which lasts as long as
// ctx; stopLeading records that it ended.
func (p *Pipeline) setLeading(ctx context.Context) { p.changeLeading(func() { p.leading = ctx }) }

func (p *Pipeline) stopLeading() { p.changeLeading(func() { p.leading = nil }) }

// changeLeading applies a change of leadership and wakes those waiting
// for one (see Lead).
func (p *Pipeline) changeLeading(change func()) {
	p.leadMu.Lock()
	defer p.leadMu.Unlock()
	change()
	close(p.leadChange)
	p.leadChange = make(chan struct{})
}

// Leading reports whether this process leads: it long-polls, sends and
// schedules the jobs.
func (p *Pipeline) Leading() bool {
	p.leadMu.Lock()
	defer p.leadMu.Unlock()
	return p.leading != nil && p.leading.Err() == nil
}

// lead makes this process the leader when no other one is, and keeps it so
// until the process stops or its claims are lost: the leader alone sends,
// so that Telegram's limits hold for all processes together, and alone
// schedules the jobs, so that each tick is stored once.
func (p *Pipeline) lead() {
	t := time.NewTicker(leadEvery)
	defer t.Stop()
	for {
		if p.workCtx.Err() != nil {
			return // stopping: leave the leadership to another process
		}
		gen, ok, err := p.claims.TryLead(p.sendCtx)
		if err != nil && p.sendCtx.Err() == nil {
			p.log.Error("claim leadership", "err", err)
		}
		if ok {
			p.log.Info("leading: this process polls, sends and schedules")
			p.leadOnce(t, gen)
			p.log.Info("no longer leading")
		}
		select {
		case <-p.sendCtx.Done():
			return
		case <-p.workCtx.Done():
			return
		case <-t.C:
		}
	}
}

// leadOnce runs the leader's work until the process stops or the claims
// are lost.
func (p *Pipeline) leadOnce(t *time.Ticker, gen uint64) {
	sendCtx, stopSend := context.WithCancel(p.sendCtx)
	workCtx, stopWork := context.WithCancel(p.workCtx)
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		p.Sender.Run(sendCtx)
	}()
	scheduled := make(chan struct{})
	go func() {
		defer close(scheduled)
		if len(p.jobs) > 0 {
			p.schedule(workCtx)
		}
	}()
	p.setLeading(workCtx)
	defer func() {
		stopWork()
		<-scheduled
		p.stopLeading()
		stopSend()
		<-sent
	}()
	for {
		select {
		case <-p.sendCtx.Done():
			return
		case <-t.C:
		}
		if err := p.claims.Check(p.sendCtx, gen); err != nil {
			if p.sendCtx.Err() == nil {
				p.log.Error("leadership lost", "err", err)
			}
			return
		}
	}
}

// Lead runs task while this process leads, and again each time it leads
// anew, until ctx ends or task fails while leading; it returns that error.
// The Telegram poller is such a task: Telegram serves one getUpdates at a
// time. On SQLite it simply runs task.
func (p *Pipeline) Lead(ctx context.Context, task func(context.Context) error) error {
	for {
		p.leadMu.Lock()
		leading, change := p.leading, p.leadChange
		p.leadMu.Unlock()
		if leading == nil || leading.Err() != nil {
			select {
			case <-ctx.Done():
				return nil
			case <-change:
				continue
			}
		}
		runCtx, stop := context.WithCancel(ctx)
		stopAfter := context.AfterFunc(leading, stop)
		err := task(runCtx)
		stopAfter()
		stop()
		if ctx.Err() != nil {
			return nil
		}
		if err != nil && leading.Err() == nil {
			return err
		}
	}
}

// sweep hands the dispatcher, every sweepEvery, the lanes with pending work
// that no process runs: those a dead process left, and work another process
// stored while this one held its lane.
func (p *Pipeline) sweep() {
	defer p.jobsWG.Done()
	t := time.NewTicker(sweepEvery)
	defer t.Stop()
	for {
		select {
		case <-p.workCtx.Done():
			return
		case <-t.C:
		}
		if err := p.pokePending(p.workCtx); err != nil && p.workCtx.Err() == nil {
			p.log.Error("sweep lanes", "err", err)
		}
	}
}

// pokePending hands the dispatcher the lanes with pending work.
func (p *Pipeline) pokePending(ctx context.Context) error {
	lanes, err := p.DB.PendingLanes(ctx, 1000)
	if err != nil {
		return err
	}
	for _, lane := range lanes {
		p.Dispatcher.Poke(lane)
	}
	return nil
}

// sweepEvery is how often a process looks for lanes nobody runs.
const sweepEvery = 500 * time.Millisecond

// tickLane is the dispatcher lane of the i-th job: far below any chat id,
// so that a job's ticks run in order and never beside each other.
func tickLane(i int) int64 { return math.MinInt64 + int64(i) }

// schedule stores a tick for each job when it is due and hands it to the
// dispatcher; the job itself runs there, on its own lane, like an update.
// A tick stored before a crash is resumed with the other pending work.
func (p *Pipeline) schedule(ctx context.Context) {
	due := make([]time.Time, len(p.jobs))
	now := time.Now()
	for i, j := range p.jobs {
		due[i] = now.Add(jobEvery(j))
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		next := due[0]
		for _, d := range due[1:] {
			if d.Before(next) {
				next = d
			}
		}
		timer.Reset(time.Until(next))
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		now := time.Now()
		for i, j := range p.jobs {
			if now.Before(due[i]) {
				continue
			}
			due[i] = now.Add(jobEvery(j))
			u, stored, err := p.DB.StoreTick(ctx, j.Name, tickLane(i))
			if err != nil {
				if ctx.Err() == nil {
					p.log.Error("store tick", "job", j.Name, "err", err)
				}
				continue
			}
			if stored {
				p.Dispatcher.Submit(u)
			}
		}
	}
}

// Trigger stores a tick of the named job now, so that it runs soon on its
// lane instead of at its next period. It returns once the tick is stored
// (or one is pending already); the job runs on the dispatcher.
func (p *Pipeline) Trigger(ctx context.Context, job string) error {
	for i, j := range p.jobs {
		if j.Name != job {
			continue
		}
		u, stored, err := p.DB.StoreTick(ctx, job, tickLane(i))
		if err != nil {
			return err
		}
		if stored {
			p.Dispatcher.Submit(u)
		}
		return nil
	}
	return fmt.Errorf("trigger: no job %q", job)
}

func jobEvery(j handlers.Job) time.Duration {
	if j.Every <= 0 {
		return time.Minute
	}
	return j.Every
}

// Idle reports whether every stored update and event is handled and every
// reply sent. The dispatcher is asked again after the sender, since a send
// may have just handed it an outcome.
func (p *Pipeline) Idle(ctx context.Context) bool {
	if !p.Dispatcher.Idle() || !p.Sender.Idle() || !p.Dispatcher.Idle() {
		return false
	}
	n, err := p.DB.OutboxDepth(ctx)
	return err == nil && n == 0
}

// WaitIdle waits until Idle or ctx ends.
func (p *Pipeline) WaitIdle(ctx context.Context) error {
	for !p.Idle(ctx) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
	return nil
}

// Stop shuts the pipeline down within the context's deadline: the intake must
// already be stopped; running updates finish, what can be sent is flushed,
// and whatever is left stays stored for the next start.
func (p *Pipeline) Stop(ctx context.Context) error {
	p.Dispatcher.Stop()
	done := make(chan struct{})
	go func() { p.Dispatcher.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		p.log.Warn("stop: updates still running at the deadline; they will be re-run at the next start")
	}
	p.workCancel()
	p.jobsWG.Wait()
	// Flush: give the sender until the deadline to empty the outbox.
	p.Sender.Wake()
	for !p.Sender.Idle() {
		if err := ctx.Err(); err != nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.sendCancel()
	<-p.senderDone
	if p.claims != nil {
		// Another process takes over this one's lanes and leadership at once.
		if err := p.claims.Close(); err != nil {
			p.log.Warn("stop: give back claims", "err", err)
		}
	}
	if ctx.Err() != nil {
		return errors.New("stop: deadline reached; unsent replies stay in the outbox")
	}
	return nil
}
