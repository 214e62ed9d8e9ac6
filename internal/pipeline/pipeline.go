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
	jobsWG     sync.WaitGroup // the scheduler
}

// Options tune the pipeline; zero values are production defaults.
type Options struct {
	Workers int // chats handled at once
	Sender  SenderOptions
}

// New assembles the pipeline; Start runs it. tr delivers, and
// decode reads the payloads of the updates the transport's intake stores.
func New(db *storage.DB, svc Service, tr Transport, decode Decoder, m *metrics.Set, log *slog.Logger, opts Options) *Pipeline {
	p := &Pipeline{DB: db, log: log, jobs: svc.Jobs(), senderDone: make(chan struct{})}
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
// sender and the scheduler.
func (p *Pipeline) Start(ctx context.Context) error {
	go func() {
		defer close(p.senderDone)
		p.Sender.Run(p.sendCtx)
	}()
	if err := p.Dispatcher.Resume(ctx); err != nil {
		return err
	}
	if len(p.jobs) > 0 {
		p.jobsWG.Add(1)
		go p.schedule()
	}
	return nil
}

// tickLane is the dispatcher lane of the i-th job: far below any chat id,
// so that a job's ticks run in order and never beside each other.
func tickLane(i int) int64 { return math.MinInt64 + int64(i) }

// schedule stores a tick for each job when it is due and hands it to the
// dispatcher; the job itself runs there, on its own lane, like an update.
// A tick stored before a crash is resumed with the other pending work.
func (p *Pipeline) schedule() {
	defer p.jobsWG.Done()
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
		case <-p.workCtx.Done():
			return
		case <-timer.C:
		}
		now := time.Now()
		for i, j := range p.jobs {
			if now.Before(due[i]) {
				continue
			}
			due[i] = now.Add(jobEvery(j))
			u, stored, err := p.DB.StoreTick(p.workCtx, j.Name, tickLane(i))
			if err != nil {
				if p.workCtx.Err() == nil {
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
	if ctx.Err() != nil {
		return errors.New("stop: deadline reached; unsent replies stay in the outbox")
	}
	return nil
}
