package pipeline

import "time"

// Limit is at most N sends in any window of length Per.
type Limit struct {
	N   int
	Per time.Duration
}

// window remembers the times of the last N sends, to answer when the next
// one may go without breaking the limit.
type window struct {
	lim   Limit
	times []time.Time // ring of the last N sends
	next  int
}

func newWindow(l Limit) *window {
	if l.N <= 0 {
		return nil
	}
	return &window{lim: l, times: make([]time.Time, l.N)}
}

// wait is how long to wait before a send is allowed; 0 when it is.
func (w *window) wait(now time.Time) time.Duration {
	if w == nil {
		return 0
	}
	oldest := w.times[w.next]
	if oldest.IsZero() {
		return 0
	}
	if d := oldest.Add(w.lim.Per).Sub(now); d > 0 {
		return d
	}
	return 0
}

// free counts the sends allowed right now.
func (w *window) free(now time.Time) int {
	if w == nil {
		return 1 << 30
	}
	n := 0
	for _, t := range w.times {
		if t.IsZero() || !t.Add(w.lim.Per).After(now) {
			n++
		}
	}
	return n
}

// take records a send.
func (w *window) take(now time.Time) {
	if w == nil {
		return
	}
	w.times[w.next] = now
	w.next = (w.next + 1) % len(w.times)
}

// slot is where the next send will be recorded; -1 without a limit.
func (w *window) slot() int {
	if w == nil {
		return -1
	}
	return w.next
}

// restamp moves the send recorded at slot from was to now, unless a later
// send has taken its place. Entries then need not be in order; wait still
// holds the limit, since it waits for the entry the next send replaces.
func (w *window) restamp(slot int, was, now time.Time) {
	if w == nil || slot < 0 || !w.times[slot].Equal(was) || now.Before(was) {
		return
	}
	w.times[slot] = now
}

// idle reports whether the window has forgotten every send.
func (w *window) idle(now time.Time) bool {
	return w == nil || w.free(now) == len(w.times)
}
