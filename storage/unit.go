package storage

import (
	"context"
	"database/sql"
	"sync"
)

// A unit holds the record writes of one update (the citizen seen, the
// conversation turns, the chat state, gaps and feedback) until the update
// completes: CompleteUpdate commits them in the transaction that stores the
// replies and marks the update handled. An update then costs one commit
// instead of one per record, and a crash re-runs it with none of its
// records half-written.
//
// Reads and other writes made with the unit's context first commit what the
// unit holds, so an update always reads its own writes. Once the update
// completes, the unit is sealed and later records are written at once.
type unit struct {
	mu     sync.Mutex
	writes []pendingWrite
	sealed bool
	// failed is the error of writes flushed early that did not commit; the
	// update must not be marked handled without them.
	failed error
}

type pendingWrite struct {
	query string
	args  []any
}

type unitKey struct{}

// BeginUnit returns a context whose record writes wait for the update's
// CompleteUpdate. The dispatcher makes one for each update it handles.
func BeginUnit(ctx context.Context) context.Context {
	return context.WithValue(ctx, unitKey{}, &unit{})
}

func unitOf(ctx context.Context) *unit {
	u, _ := ctx.Value(unitKey{}).(*unit)
	return u
}

// add keeps a write for later; false when the unit is sealed.
func (u *unit) add(q string, args []any) bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.sealed {
		return false
	}
	u.writes = append(u.writes, pendingWrite{query: q, args: args})
	return true
}

// take removes the pending writes.
func (u *unit) take() []pendingWrite {
	u.mu.Lock()
	defer u.mu.Unlock()
	w := u.writes
	u.writes = nil
	return w
}

// seal removes the pending writes for the update's completion and makes
// later ones immediate. err is set when writes flushed earlier were lost.
func (u *unit) seal() (writes []pendingWrite, err error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	w := u.writes
	u.writes, u.sealed = nil, true
	return w, u.failed
}

// fail remembers that flushed writes were lost.
func (u *unit) fail(err error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.failed == nil {
		u.failed = err
	}
}

// pendingWrites takes what ctx's unit holds, if anything.
func pendingWrites(ctx context.Context) []pendingWrite {
	if u := unitOf(ctx); u != nil {
		return u.take()
	}
	return nil
}

// record writes one statement of an update's record: in the update's unit
// when there is one, otherwise in the next group commit.
func (db *DB) record(ctx context.Context, q string, args ...any) error {
	if u := unitOf(ctx); u != nil && u.add(q, args) {
		return nil
	}
	_, err := db.conn.execBatched(ctx, q, args...)
	return err
}

// runWrites runs pending writes in tx.
func (p *pool) runWrites(ctx context.Context, tx *sql.Tx, ws []pendingWrite) error {
	for _, w := range ws {
		st, err := p.stmt(ctx, w.query)
		if err != nil {
			return err
		}
		if _, err := tx.StmtContext(ctx, st).ExecContext(ctx, w.args...); err != nil {
			return err
		}
	}
	return nil
}
