package bot

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/storage"
)

// Service is what the pipeline needs from the conversations.
type Service interface {
	Handler
	Hooks
	Jobs() []handlers.Job
}

// Pipeline is the one path every update takes: intake (stored) -> per-chat
// dispatch -> handlers -> outbox (stored) -> rate-limited sender -> transport.
// Telegram, the terminal chat and the tests all ride it.
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
	jobsWG     sync.WaitGroup
}

// PipelineOptions tune the pipeline; zero values are production defaults.
type PipelineOptions struct {
	Workers int // chats handled at once
	Sender  SenderOptions
}

// NewPipeline assembles the pipeline; Start runs it.
func NewPipeline(db *storage.DB, svc Service, tr Transport, m *metrics.Set, log *slog.Logger, opts PipelineOptions) *Pipeline {
	p := &Pipeline{DB: db, log: log, jobs: svc.Jobs(), senderDone: make(chan struct{})}
	p.workCtx, p.workCancel = context.WithCancel(context.Background())
	p.sendCtx, p.sendCancel = context.WithCancel(context.Background())
	p.Sender = NewSender(db, tr, svc, m, log, opts.Sender)
	// Replies reach the sender as they are committed.
	db.FeedOutbox(p.Sender.Fed)
	p.Dispatcher = NewDispatcher(p.workCtx, db, svc, m, log, opts.Workers)
	p.Intake = NewIntake(db, p.Dispatcher.Submit, m, log)
	return p
}

// Start resumes the work an earlier run left unfinished, then starts the
// sender and the periodic jobs.
func (p *Pipeline) Start(ctx context.Context) error {
	go func() {
		defer close(p.senderDone)
		p.Sender.Run(p.sendCtx)
	}()
	if err := p.Dispatcher.Resume(ctx); err != nil {
		return err
	}
	for _, j := range p.jobs {
		p.jobsWG.Add(1)
		go p.runJob(j)
	}
	return nil
}

func (p *Pipeline) runJob(j handlers.Job) {
	defer p.jobsWG.Done()
	every := j.Every
	if every <= 0 {
		every = time.Minute
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-p.workCtx.Done():
			return
		case <-t.C:
		}
		if err := j.Run(p.workCtx); err != nil && p.workCtx.Err() == nil {
			p.log.Error("job failed", "job", j.Name, "err", err)
		}
		p.Sender.Wake()
	}
}

// Idle reports whether every stored update is handled and every reply sent.
func (p *Pipeline) Idle(ctx context.Context) bool {
	if !p.Dispatcher.Idle() || !p.Sender.Idle() {
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
