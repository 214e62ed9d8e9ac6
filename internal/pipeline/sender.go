package pipeline

import (
	"context"
	"errors"
	"html"
	"log/slog"
	"math/rand/v2"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// SenderOptions set the sender's limits. Zero values take Telegram's.
type SenderOptions struct {
	Private Limit // per private chat; default 3 per 3 s (about one a second, short bursts allowed)
	Group   Limit // per group; default 20 per minute
	Global  Limit // all chats; default 30 per second
	Workers int   // concurrent Bot API calls; default 16
	// MergeBelow: when a group has fewer free sends than queued messages and
	// no more than this many free sends, mergeable texts are joined.
	MergeBelow int
	MaxBackoff time.Duration
	// GiveUpAfter is how many transient failures an action survives.
	GiveUpAfter int
	PollEvery   time.Duration // how often the outbox is read when not woken
	// MaxQueued bounds the actions held in memory; the rest wait in the
	// outbox and are read as the queue drains. Default 5,000.
	MaxQueued int
}

func (o *SenderOptions) defaults() {
	if o.Private.N == 0 {
		o.Private = Limit{N: 3, Per: 3 * time.Second}
	}
	if o.Group.N == 0 {
		o.Group = Limit{N: 20, Per: time.Minute}
	}
	if o.Global.N == 0 {
		o.Global = Limit{N: 30, Per: time.Second}
	}
	if o.Workers == 0 {
		o.Workers = 16
	}
	if o.MergeBelow == 0 {
		o.MergeBelow = 5
	}
	if o.MaxBackoff == 0 {
		o.MaxBackoff = time.Minute
	}
	if o.GiveUpAfter == 0 {
		o.GiveUpAfter = 60
	}
	if o.PollEvery == 0 {
		o.PollEvery = time.Second
	}
	if o.MaxQueued == 0 {
		o.MaxQueued = 5000
	}
}

// Unlimited is a Limit that never waits (the terminal).
var Unlimited = Limit{N: -1}

// lane is one chat's queue: its actions go out one at a time, in order.
type lane struct {
	items     []storage.OutboxItem
	busy      bool
	notBefore time.Time
	win       *window
	// served counts the sends of each case in an officers' group while it
	// has items queued, for fair shares (see fairHead).
	served map[int64]int
}

// Transport performs actions: the Telegram Bot API (package bot), or the
// terminal. Its errors say what the sender does next (see
// outbox.RateLimited).
type Transport interface {
	Do(ctx context.Context, a outbox.Action) (outbox.Result, error)
}

// failure is how the sender treats an error.
type failure int

const (
	failTransient failure = iota // retry with backoff
	failRateLimit                // wait retry_after for this chat
	failPermanent                // give up; tell the handlers
	failParse                    // the markup did not parse: resend as plain text
)

// classify sorts a transport's error, and says how long a rate limit asks
// the chat to wait.
func classify(err error) (failure, time.Duration) {
	var limited *outbox.RateLimited
	switch {
	case errors.As(err, &limited):
		return failRateLimit, max(limited.Wait, time.Second)
	case errors.Is(err, outbox.ErrMarkup):
		return failParse, 0
	case errors.Is(err, outbox.ErrRejected), errors.Is(err, outbox.ErrThreadGone), errors.Is(err, outbox.ErrForbidden):
		return failPermanent, 0
	}
	return failTransient, 0
}

// Sender delivers the outbox through a transport within rate limits.
type Sender struct {
	db *storage.DB
	tr Transport
	// events takes the outcomes the sender records, for the dispatcher's
	// lanes; the sender never calls the handlers itself.
	events  func(storage.Update)
	opts    SenderOptions
	metrics *metrics.Set
	log     *slog.Logger

	wake chan struct{}
	// dirty says the outbox has rows not read yet; a released lane only
	// wakes the loop without a read.
	dirty  atomic.Bool
	mu     sync.Mutex
	lanes  map[int64]*lane
	global *window
	lastID int64
	queued int // actions loaded and not yet finished
	// behind says rows were left in the outbox because the queue was full.
	behind bool
	// running is set while Run delivers.
	running bool
	// lastOK is when the transport last succeeded, for /healthz.
	lastOK time.Time
}

// NewSender returns a sender; Run starts it. events, when not nil, is handed
// each outcome the sender records (see storage.DB.MarkDelivered) to run on
// the dispatcher's lanes; outcomes not handed over are resumed from the
// database at the next start.
func NewSender(db *storage.DB, tr Transport, events func(storage.Update), m *metrics.Set, log *slog.Logger, opts SenderOptions) *Sender {
	opts.defaults()
	if events == nil {
		events = func(storage.Update) {}
	}
	return &Sender{db: db, tr: tr, events: events, opts: opts, metrics: m, log: log,
		wake: make(chan struct{}, 1), lanes: map[int64]*lane{}, global: newWindow(opts.Global)}
}

// Wake tells the sender there is something new in the outbox.
func (s *Sender) Wake() {
	s.dirty.Store(true)
	s.kick()
}

// kick wakes the loop to start sends on lanes that became free.
func (s *Sender) kick() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Idle reports whether nothing is queued or in flight.
func (s *Sender) Idle() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.queued == 0
}

// LastSuccess is when the transport last succeeded.
func (s *Sender) LastSuccess() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastOK
}

// Run delivers until ctx ends; in-flight sends finish first. It starts
// from what the outbox holds and forgets its queue when it ends: a process
// that leads again after another one led sends what is pending then, and
// one that no longer leads holds nothing (see Fed).
func (s *Sender) Run(ctx context.Context) error {
	s.reset(true)
	defer s.reset(false)
	// A fixed set of workers performs the sends: their stacks grow once,
	// where a goroutine per send grew a new one every time.
	work := make(chan sendJob)
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Add(s.opts.Workers)
	for range s.opts.Workers {
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case j := <-work:
					s.send(ctx, j)
				}
			}
		}()
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	lastLoad := time.Time{}
	for {
		if s.dirty.Swap(false) || time.Since(lastLoad) >= s.opts.PollEvery {
			lastLoad = time.Now()
			if err := s.load(ctx); err != nil && ctx.Err() == nil {
				s.dirty.Store(true)
				s.log.Error("read outbox", "err", err)
				s.metrics.Errors.WithLabelValues("sender").Inc()
			}
		}
		next := s.dispatch(work)
		if next <= 0 || next > s.opts.PollEvery {
			next = s.opts.PollEvery
		}
		timer.Reset(next)
		select {
		case <-ctx.Done():
			return nil
		case <-s.wake:
		case <-timer.C:
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
	}
}

// load reads actions enqueued since the last read, as many as the queue
// has room for.
func (s *Sender) load(ctx context.Context) error {
	for {
		s.mu.Lock()
		after, room := s.lastID, s.opts.MaxQueued-s.queued
		s.mu.Unlock()
		if room <= 0 {
			return nil
		}
		items, err := s.db.PendingOutbox(ctx, after, min(room, 500))
		if err != nil {
			return err
		}
		s.mu.Lock()
		s.queue(items)
		if s.queued >= s.opts.MaxQueued {
			s.behind = true // there may be more
		}
		s.mu.Unlock()
		if len(items) < min(room, 500) {
			return nil
		}
	}
}

// reset empties the queue; running says whether Run is starting or ending.
func (s *Sender) reset(running bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lanes, s.queued, s.lastID, s.behind, s.running = map[int64]*lane{}, 0, 0, false, running
	s.metrics.OutboxDepth.Set(0)
}

// Fed queues outbox rows the database has just committed (see
// storage.DB.FeedOutbox), sparing a read of what was just written. Rows
// must follow on from the last one queued; after a gap, such as rows
// added in an explicit transaction, everything new is read instead.
func (s *Sender) Fed(items []storage.OutboxItem) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.running {
		return // another process sends; the rows wait in the outbox
	}
	for len(items) > 0 && items[0].ID <= s.lastID {
		items = items[1:] // read already
	}
	if len(items) == 0 {
		return
	}
	if items[0].ID != s.lastID+1 {
		s.dirty.Store(true)
	} else {
		s.queue(items)
	}
	s.kick()
}

// queue puts new actions on their chats' lanes, in id order; those read
// already are skipped. Past MaxQueued, the rest stay in the outbox, to be
// read once the queue has room (see finish). s.mu is held.
func (s *Sender) queue(items []storage.OutboxItem) {
	for _, it := range items {
		if it.ID <= s.lastID {
			continue
		}
		if s.queued >= s.opts.MaxQueued {
			s.behind = true
			break
		}
		l := s.lanes[it.ChatID]
		if l == nil {
			l = &lane{win: newWindow(s.limitFor(it.ChatID))}
			s.lanes[it.ChatID] = l
		}
		l.items = append(l.items, it)
		s.lastID = it.ID
		s.queued++
	}
	s.metrics.OutboxDepth.Set(float64(s.queued))
}

func (s *Sender) limitFor(chatID int64) Limit {
	if chatID < 0 {
		return s.opts.Group
	}
	return s.opts.Private
}

// dispatch starts a send on every lane that may send now and returns how
// long until the next lane may.
func (s *Sender) dispatch(work chan<- sendJob) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	var next time.Duration
	soonest := func(d time.Duration) {
		if d > 0 && (next == 0 || d < next) {
			next = d
		}
	}
	for id, l := range s.lanes {
		if len(l.items) == 0 {
			l.served = nil
			if !l.busy && l.win.idle(now) {
				delete(s.lanes, id) // forget quiet chats: memory stays bounded
			}
			continue
		}
		if l.busy {
			continue
		}
		if d := l.notBefore.Sub(now); d > 0 {
			soonest(d)
			continue
		}
		if id < 0 {
			fairHead(l)
		}
		head := l.items[0]
		if head.Action.Counts() {
			if d := max(l.win.wait(now), s.global.wait(now)); d > 0 {
				soonest(d)
				continue
			}
		}
		job := sendJob{chatID: id, batch: s.takeBatch(l, now), laneSlot: l.win.slot(), globalSlot: s.global.slot()}
		if head.Action.Counts() {
			job.at = now
		}
		select {
		case work <- job:
		default:
			// Every worker is busy; a finishing one kicks the loop.
			soonest(10 * time.Millisecond)
			return next
		}
		if head.Action.Counts() {
			l.win.take(now)
			s.global.take(now)
		}
		if id < 0 {
			if l.served == nil {
				l.served = map[int64]int{}
			}
			l.served[head.Action.CaseID]++
		}
		l.busy = true
	}
	return next
}

// fairHead moves to the front of an officers' group's lane the first item
// of the case that has had the fewest sends, the earliest of them on a
// tie, so that the group's budget is shared between cases and a new case
// (no sends yet) goes first: one citizen writing 200 messages cannot hold
// back the next citizen's case. Each case's own items keep their order;
// items of no case (notes, queue lists) share one turn.
func fairHead(l *lane) {
	best, bestServed := 0, -1
	seen := map[int64]bool{}
	for i, it := range l.items {
		c := it.Action.CaseID
		if seen[c] {
			continue
		}
		seen[c] = true
		if n := l.served[c]; bestServed < 0 || n < bestServed {
			best, bestServed = i, n
			if n == 0 {
				break
			}
		}
	}
	if best == 0 {
		return
	}
	it := l.items[best]
	copy(l.items[1:best+1], l.items[:best])
	l.items[0] = it
}

// sendJob is a lane's head (with any merged items) for a worker to send.
type sendJob struct {
	chatID int64
	batch  []storage.OutboxItem
	// Where the send is recorded in its chat's and the global windows, and
	// when (zero when it does not count against the limits).
	laneSlot, globalSlot int
	at                   time.Time
}

// takeBatch returns the head of a lane, joined with later mergeable texts
// to the same case or thread when the lane's budget is tight. In an officers'
// group many cases share one lane, so it looks past other cases' items; each
// case's own order is kept because it stops at that case's first item that
// cannot be merged.
func (s *Sender) takeBatch(l *lane, now time.Time) []storage.OutboxItem {
	head := l.items[0]
	a := head.Action
	if !mergeable(a) {
		return l.items[:1]
	}
	free := l.win.free(now)
	if free > s.opts.MergeBelow || free >= len(l.items) {
		return l.items[:1]
	}
	batch := []storage.OutboxItem{head}
	size := len([]rune(a.Text))
	for _, it := range l.items[1:] {
		b := it.Action
		if b.CaseID != a.CaseID || b.ThreadID != a.ThreadID || b.ChatID != a.ChatID {
			continue // another case's item: it keeps its own place
		}
		if !mergeable(b) || b.Plain != a.Plain || size+2+len([]rune(b.Text)) > 3900 {
			break
		}
		size += 2 + len([]rune(b.Text))
		batch = append(batch, it)
	}
	return batch
}

func mergeable(a outbox.Action) bool {
	return a.Merge && a.Kind == outbox.Send && len(a.Buttons) == 0
}

// send performs the head action of a lane (with any merged ones) and
// records the outcome.
func (s *Sender) send(ctx context.Context, j sendJob) {
	chatID, batch := j.chatID, j.batch
	head := batch[0]
	a := head.Action
	if len(batch) > 1 {
		texts := make([]string, len(batch))
		for i, it := range batch {
			texts[i] = it.Action.Text
		}
		a.Text = strings.Join(texts, "\n\n")
	}
	// What is sent is what was stored: handlers addressed it when they
	// decided it (merged texts are joined, and a text Telegram cannot parse
	// goes again as plain text).
	res, err := s.tr.Do(ctx, a)
	s.settle(j)
	if ctx.Err() != nil && err != nil {
		// Shutting down: leave the action for the next start.
		s.finish(chatID, nil, time.Time{}, nil)
		return
	}
	if err == nil {
		s.delivered(ctx, chatID, batch, a, res)
		return
	}
	kind, wait := classify(err)
	herr := err
	switch kind {
	case failRateLimit:
		s.metrics.TooManyRequests.Inc()
		s.log.Warn("rate limited by Telegram", "chat", chatID, "retry_after", wait)
		s.finish(chatID, nil, time.Now().Add(wait), nil)
	case failParse:
		// Never lose a message over markup: send it again as plain text,
		// stored first, so that what is sent is what is stored.
		// The head's own text: a merged batch's other items are still
		// queued and go out on their own.
		head.Action.Text, head.Action.Plain = stripHTML(head.Action.Text), true
		if err := s.db.ReplaceAction(ctx, head.ID, head.Action); err != nil {
			s.log.Error("store plain-text fallback", "err", err)
		}
		s.mu.Lock()
		if l := s.lanes[chatID]; l != nil && len(l.items) > 0 {
			l.items[0] = head
		}
		s.mu.Unlock()
		s.finish(chatID, nil, time.Time{}, nil)
	case failTransient:
		s.metrics.SendRetries.Inc()
		attempts := head.Attempts + 1
		if attempts >= s.opts.GiveUpAfter {
			s.fail(ctx, chatID, batch, a, herr)
			return
		}
		if err := s.db.MarkAttempt(ctx, head.ID, err.Error()); err != nil {
			s.log.Error("record send attempt", "err", err)
		}
		s.mu.Lock()
		if l := s.lanes[chatID]; l != nil && len(l.items) > 0 {
			l.items[0].Attempts = attempts
		}
		s.mu.Unlock()
		s.log.Warn("send failed, will retry", "chat", chatID, "kind", a.Kind, "attempt", attempts, "err", err)
		s.finish(chatID, nil, time.Now().Add(s.backoff(attempts)), nil)
	default:
		s.fail(ctx, chatID, batch, a, herr)
	}
}

// settle moves a send's record in the windows from when it left to when
// Telegram answered. Telegram counts a send when it arrives, somewhere in
// between: a window counted from the answer never meets a late arrival of
// the previous burst, however slow the network or the machine.
func (s *Sender) settle(j sendJob) {
	if j.at.IsZero() {
		return
	}
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if l := s.lanes[j.chatID]; l != nil {
		l.win.restamp(j.laneSlot, j.at, now)
	}
	s.global.restamp(j.globalSlot, j.at, now)
}

func (s *Sender) backoff(attempts int) time.Duration {
	d := 500 * time.Millisecond << min(attempts-1, 10)
	d = min(d, s.opts.MaxBackoff)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

func (s *Sender) delivered(ctx context.Context, chatID int64, batch []storage.OutboxItem, a outbox.Action, res outbox.Result) {
	merged := make([]int64, 0, len(batch)-1)
	for _, it := range batch[1:] {
		merged = append(merged, it.ID)
	}
	o := outcome(batch[0], res.MessageID, res.ThreadID, nil)
	ev, err := s.db.MarkDelivered(ctx, batch[0].ID, res.MessageID, merged, o)
	if err != nil {
		s.log.Error("record sent action", "err", err)
	}
	s.metrics.Sent.WithLabelValues(string(a.Kind)).Inc()
	if ev != nil {
		s.events(*ev)
	}
	s.finish(chatID, batch, time.Time{}, &res)
}

// outcome is the outcome of a stored action to record for the handlers, nil
// when none cares: only the outcomes of a case's actions are handled.
func outcome(it storage.OutboxItem, messageID, threadID int, err error) *outbox.Outcome {
	if it.Action.CaseID == 0 {
		return nil
	}
	o := outbox.NewOutcome(it.ID, it.Action, messageID, threadID, err)
	return &o
}

// fail gives an action up and records the failure as an outcome for the
// handlers, who may replace it (for example by recreating a deleted topic
// and posting the message again) when they handle it on their lane.
func (s *Sender) fail(ctx context.Context, chatID int64, batch []storage.OutboxItem, a outbox.Action, herr error) {
	s.metrics.Errors.WithLabelValues("sender").Inc()
	s.log.Warn("action given up", "chat", chatID, "kind", a.Kind, "err", herr)
	ids := make([]int64, len(batch))
	for i, it := range batch {
		ids[i] = it.ID
	}
	ev, err := s.db.MarkFailed(ctx, ids, herr.Error(), outcome(batch[0], 0, 0, herr))
	if err != nil {
		s.log.Error("record failed action", "err", err)
	}
	if ev != nil {
		s.events(*ev)
	}
	s.finish(chatID, batch, time.Time{}, nil)
}

// finish releases a lane after a send, dropping the items that are done.
func (s *Sender) finish(chatID int64, done []storage.OutboxItem, notBefore time.Time, ok *outbox.Result) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ok != nil {
		s.lastOK = time.Now()
	}
	l := s.lanes[chatID]
	if l == nil {
		return
	}
	if len(done) > 0 {
		gone := make(map[int64]bool, len(done))
		for _, it := range done {
			gone[it.ID] = true
		}
		kept := l.items[:0]
		for _, it := range l.items {
			if !gone[it.ID] {
				kept = append(kept, it)
			}
		}
		clear(l.items[len(kept):])
		l.items = kept
		s.queued -= len(done)
	}
	if s.behind && s.queued <= s.opts.MaxQueued/2 {
		// Read what was left in the outbox while the queue was full.
		s.behind = false
		s.dirty.Store(true)
	}
	s.metrics.OutboxDepth.Set(float64(s.queued))
	l.busy = false
	l.notBefore = notBefore
	s.kick()
}

var reTag = regexp.MustCompile(`<[^>]+>`)

// stripHTML turns Telegram HTML into plain text.
func stripHTML(s string) string {
	return html.UnescapeString(reTag.ReplaceAllString(s, ""))
}
