package handlers

import (
	"context"
	"sync"
	"time"

	"github.com/layananwarga/helpdesk/outbox"
)

// A private chat may send floodBurst updates at once and one every
// floodEvery after that. Faster than that, its updates are stored (the
// intake keeps every update) but not acted on: no turns, gaps or replies,
// so one chat cannot fill the database or the outbox. The first dropped
// update in a row gets a short request to slow down.
const (
	floodBurst = 30
	floodEvery = 2 * time.Second
	// floodChats bounds the chats remembered; quiet ones are forgotten.
	floodChats = 10000
)

// floodGuard is a token bucket per chat.
type floodGuard struct {
	mu    sync.Mutex
	chats map[int64]*floodBucket
	// nextSweep is when the oldest bucket will have refilled: before then
	// a sweep would free nothing.
	nextSweep time.Time
}

type floodBucket struct {
	tokens float64
	at     time.Time
	warned bool
}

func newFloodGuard() *floodGuard { return &floodGuard{chats: map[int64]*floodBucket{}} }

// allow takes a token of chat's bucket at now. When there is none, warn is
// true for the first refusal since the chat was last allowed.
func (g *floodGuard) allow(chat int64, now time.Time) (ok, warn bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	b := g.chats[chat]
	if b == nil {
		if len(g.chats) >= floodChats && !now.Before(g.nextSweep) {
			g.forgetFull(now)
		}
		if len(g.chats) >= floodChats {
			g.evict()
		}
		b = &floodBucket{tokens: floodBurst, at: now}
		g.chats[chat] = b
	}
	if now.After(b.at) {
		b.tokens = min(floodBurst, b.tokens+float64(now.Sub(b.at))/float64(floodEvery))
		b.at = now
	}
	if b.tokens >= 1 {
		b.tokens--
		b.warned = false
		return true, false
	}
	warn = !b.warned
	b.warned = true
	return false, warn
}

// forgetFull drops the buckets that have refilled: they hold nothing a new
// bucket would not. It notes when the oldest remaining one will have.
func (g *floodGuard) forgetFull(now time.Time) {
	g.nextSweep = now.Add(floodBurst * floodEvery)
	for id, b := range g.chats {
		refilled := b.at.Add(floodBurst * floodEvery)
		if !now.Before(refilled) {
			delete(g.chats, id)
		} else if refilled.Before(g.nextSweep) {
			g.nextSweep = refilled
		}
	}
}

// evict drops the least recently seen of a few buckets when more than
// floodChats chats wrote within a refill time (more than 160 new chats a
// second): a sweep of every bucket for each new chat then cost more than
// handling the update (72% of the CPU with 100,000 chats). The chat
// forgotten is, at worst, one that wrote recently and starts afresh.
func (g *floodGuard) evict() {
	var oldest int64
	var at time.Time
	n := 0
	for id, b := range g.chats { // map order: a different sample each time
		if n == 0 || b.at.Before(at) {
			oldest, at = id, b.at
		}
		if n++; n == 8 {
			break
		}
	}
	delete(g.chats, oldest)
}

// floodCheck reports whether a private chat's request is over the flood
// limit, with the one reply it gets then. Admins are not limited.
func (s *Service) floodCheck(ctx context.Context, req Request) ([]outbox.Action, bool) {
	if s.flood == nil || s.settings.isAdmin(req.From.ID) {
		return nil, false
	}
	at := req.Time
	if at.IsZero() || req.Callback != nil {
		at = s.now()
	}
	ok, warn := s.flood.allow(req.Chat.ID, at)
	if ok {
		return nil, false
	}
	s.metrics.FloodDropped.Inc()
	var acts []outbox.Action
	if req.Callback != nil {
		acts = append(acts, ack(req, ""))
	}
	if warn {
		s.log.Warn("chat sends too fast, dropping its updates for a while")
		english := false
		if st, _, err := loadState(ctx, s.states, s.log, req.Chat.ID); err == nil {
			english = st.English
		}
		acts = append(acts, say(req, msgSlowDown.in(english)))
	}
	return acts, true
}
