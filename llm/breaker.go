package llm

import (
	"sync"
	"time"
)

// breaker is a circuit breaker: after Failures consecutive failures it stays open for
// Cooldown, during which calls fail at once so that callers answer from retrieval
// without waiting. After the cooldown one trial call is let through (half-open).
type breaker struct {
	mu       sync.Mutex
	failures int
	limit    int
	cooldown time.Duration
	openedAt time.Time
	trial    bool
	now      func() time.Time
}

// allow reports whether a call may go out now.
func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.failures < b.limit {
		return true
	}
	if b.now().Sub(b.openedAt) < b.cooldown || b.trial {
		return false
	}
	b.trial = true
	return true
}

// success closes the breaker.
func (b *breaker) success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failures = 0
	b.trial = false
}

// failure records a failed call; the limit-th consecutive failure (or a failed trial) opens it.
func (b *breaker) failure() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failures++
	b.trial = false
	if b.failures >= b.limit {
		b.openedAt = b.now()
	}
}

// neutral ends a call that says nothing about the model (cancelled by the caller).
func (b *breaker) neutral() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.trial = false
}

// open reports whether the breaker currently refuses calls.
func (b *breaker) open() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.failures >= b.limit && (b.now().Sub(b.openedAt) < b.cooldown || b.trial)
}
