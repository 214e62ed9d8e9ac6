package storage

import (
	"context"
	"database/sql"
	"strings"
	"sync"
)

// A unit holds the record writes of one update (the citizen seen, the
// conversation turns, the chat state, gaps and feedback) until the update
// completes: CompleteUpdate commits them in the transaction that stores the
// replies and marks the update handled. An update then costs one commit
// instead of one per record, and a crash re-runs it with none of its
// records half-written.
//
// Before a read made with the unit's context that names a table the unit
// has writes for, and before any other write, the unit's writes are
// committed, so an update always reads its own writes and writes keep their
// order. Once the update completes, the unit is sealed and later records
// are written at once.
type unit struct {
	mu     sync.Mutex
	writes []pendingWrite
	sealed bool
	// failed is the error of writes flushed early that did not commit; the
	// update must not be marked handled without them.
	failed error
}

type pendingWrite struct {
	table string
	query string
	args  []any
	// after, when set, runs once the write is committed.
	after func()
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
func (u *unit) add(w pendingWrite) bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.sealed {
		return false
	}
	u.writes = append(u.writes, w)
	return true
}

// holds reports whether the unit has writes waiting.
func (u *unit) holds() bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	return len(u.writes) > 0
}

// seenBy reports whether query q names a table the unit has writes for: a
// query can only read a table it names.
func (u *unit) seenBy(q string) bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, w := range u.writes {
		if namesTable(q, w.table) {
			return true
		}
	}
	return false
}

// namesTable reports whether table stands in q as a whole identifier.
func namesTable(q, table string) bool {
	for i := 0; ; {
		j := strings.Index(q[i:], table)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(table)
		if (start == 0 || !identByte(q[start-1])) && (end == len(q) || !identByte(q[end])) {
			return true
		}
		i = end
	}
}

func identByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
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
func (db *DB) record(ctx context.Context, w pendingWrite) error {
	if u := unitOf(ctx); u != nil && u.add(w) {
		return nil
	}
	return db.conn.submit(batchJob{ctx: ctx, single: true, done: make(chan error, 1),
		fn: func(ctx context.Context, tx *sql.Tx) error { return db.conn.runWrites(ctx, tx, []pendingWrite{w}) }})
}

// runWrites runs pending writes in tx.
func (p *pool) runWrites(ctx context.Context, tx *sql.Tx, ws []pendingWrite) error {
	for _, w := range ws {
		st, err := p.txStmt(ctx, tx, w.query)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, w.args...); err != nil {
			return err
		}
		if e := effectsOf(ctx); e != nil && w.after != nil {
			e.after = append(e.after, w.after)
		}
	}
	return nil
}
