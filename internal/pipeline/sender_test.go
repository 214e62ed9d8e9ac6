package pipeline

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

func TestWindowAllowsNPerPeriod(t *testing.T) {
	w := newWindow(Limit{N: 2, Per: time.Second})
	t0 := time.Unix(1000, 0)
	for i := 0; i < 2; i++ {
		if d := w.wait(t0); d != 0 {
			t.Fatalf("send %d waits %s, want 0", i, d)
		}
		w.take(t0)
	}
	if d := w.wait(t0.Add(300 * time.Millisecond)); d != 700*time.Millisecond {
		t.Fatalf("third send waits %s, want 700ms", d)
	}
	if n := w.free(t0.Add(time.Second)); n != 2 {
		t.Fatalf("free after the period=%d, want 2", n)
	}
	if newWindow(Unlimited).wait(t0) != 0 {
		t.Fatalf("an unlimited window waits")
	}
}

// A send is counted from when Telegram answered it: a slow answer keeps
// its place in the window longer, and a stale restamp (the slot reused by
// a later send) changes nothing.
func TestWindowCountsASendFromItsAnswer(t *testing.T) {
	w := newWindow(Limit{N: 2, Per: time.Second})
	t0 := time.Unix(1000, 0)
	first := w.slot()
	w.take(t0)
	w.take(t0)
	w.restamp(first, t0, t0.Add(400*time.Millisecond))
	if d := w.wait(t0.Add(time.Second)); d != 400*time.Millisecond {
		t.Fatalf("after a slow answer the third send waits %s, want 400ms", d)
	}
	w.take(t0.Add(1400 * time.Millisecond))
	w.restamp(first, t0, t0.Add(2*time.Second))
	if w.times[first] != t0.Add(1400*time.Millisecond) {
		t.Fatalf("a stale restamp moved a later send to %s", w.times[first])
	}
}

func item(id int64, caseID int64, text string, merge bool) storage.OutboxItem {
	return storage.OutboxItem{ID: id, ChatID: -100, Action: outbox.Action{Kind: outbox.Send, ChatID: -100, CaseID: caseID, Text: text, Merge: merge}}
}

func TestTakeBatchMergesOneCaseAcrossOthersInOrder(t *testing.T) {
	s := &Sender{opts: SenderOptions{MergeBelow: 5}}
	now := time.Unix(1000, 0)
	l := &lane{win: newWindow(Limit{N: 20, Per: time.Minute})}
	for i := 0; i < 18; i++ { // the group's budget is nearly spent
		l.win.take(now)
	}
	l.items = []storage.OutboxItem{
		item(1, 7, "a1", true),
		item(2, 8, "b1", true),
		item(3, 7, "a2", true),
		item(4, 7, "a3", false), // not mergeable: a4 must wait behind it
		item(5, 7, "a4", true),
	}
	batch := s.takeBatch(l, now)
	var ids []int64
	for _, it := range batch {
		ids = append(ids, it.ID)
	}
	if len(ids) != 2 || ids[0] != 1 || ids[1] != 3 {
		t.Fatalf("batch=%v, want [1 3]: case 7's texts up to its first unmergeable item", ids)
	}

	roomy := &lane{win: newWindow(Limit{N: 20, Per: time.Minute}), items: l.items}
	if got := s.takeBatch(roomy, now); len(got) != 1 {
		t.Fatalf("merged %d items with budget to spare, want 1", len(got))
	}
}

func TestClassifyFollowsTheTransportsErrors(t *testing.T) {
	other := errors.New("connection reset")
	for _, tc := range []struct {
		name string
		err  error
		want failure
		wait time.Duration
	}{
		{"rate limited", &outbox.RateLimited{Wait: 3 * time.Second, Err: other}, failRateLimit, 3 * time.Second},
		{"rate limited, no wait", &outbox.RateLimited{Err: other}, failRateLimit, time.Second},
		{"markup", fmt.Errorf("%w: bad tag", outbox.ErrMarkup), failParse, 0},
		{"forbidden", fmt.Errorf("%w: blocked", outbox.ErrForbidden), failPermanent, 0},
		{"thread gone", outbox.ErrThreadGone, failPermanent, 0},
		{"rejected", outbox.ErrRejected, failPermanent, 0},
		{"other", other, failTransient, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, wait := classify(tc.err); got != tc.want || wait != tc.wait {
				t.Fatalf("classify=%v,%s, want %v,%s", got, wait, tc.want, tc.wait)
			}
		})
	}
}
