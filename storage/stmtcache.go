package storage

import (
	"context"
	"database/sql"
	"sync"
	"sync/atomic"
)

// maxCachedStatements bounds the cache; queries built at run time (rare)
// beyond it are prepared each time.
const maxCachedStatements = 512

// pool is *sql.DB with prepared statements cached by query text. Preparing
// was an eighth of the CPU under load: every message runs the same few
// queries. Every write goes through one connection, w: in WAL mode a
// connection drops its page cache whenever another one has committed, so
// a writer that changed connections between commits read every page anew.
// Use txStmt inside transactions for hot statements.
type pool struct {
	*sql.DB
	w     *sql.Conn
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
	// wsem queues writers in Go: SQLite lets one writer in at a time and
	// makes the others sleep in its busy handler, in steps of up to 100 ms,
	// which halved throughput under load.
	wsem chan struct{}

	// pg marks a PostgreSQL pool: no dedicated writer connection (w is
	// nil) and no WAL to checkpoint; see beginWrite.
	pg bool

	jobs chan batchJob // group commit, see batch.go
	feed atomic.Pointer[func([]OutboxItem)]
	// checkpointed is closed when the checkpointer has stopped.
	checkpointed chan struct{}
	// wipe asks the checkpointer to empty the WAL (see wipeWAL).
	wipe     atomic.Bool
	quit     chan struct{}
	stopped  chan struct{}
	stopOnce sync.Once
}

// lockWrite waits for the write turn and returns its release, which may be
// called more than once. A writer must not wait for another write while it
// holds the turn.
func (p *pool) lockWrite() func() {
	p.wsem <- struct{}{}
	var once sync.Once
	return func() { once.Do(func() { <-p.wsem }) }
}

func newPool(ctx context.Context, db *sql.DB, pg bool) (*pool, error) {
	p := &pool{DB: db, stmts: map[string]*sql.Stmt{}, wsem: make(chan struct{}, 1), pg: pg}
	if pg {
		if err := db.PingContext(ctx); err != nil {
			return nil, err
		}
		p.startBatcher()
		return p, nil
	}
	w, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	p.w = w
	p.startBatcher()
	if err := p.startCheckpointer(ctx); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

// stmt returns the cached statement for q, preparing it once.
func (p *pool) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	p.mu.Lock()
	st, ok := p.stmts[q]
	p.mu.Unlock()
	if ok {
		return st, nil
	}
	st, err := p.DB.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.stmts[q]; ok {
		st.Close()
		return old, nil
	}
	if len(p.stmts) < maxCachedStatements {
		p.stmts[q] = st
	}
	return st, nil
}

// ExecContext runs a writing statement in the next group commit. Reads go
// through QueryContext and QueryRowContext.
func (p *pool) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return p.execBatched(ctx, q, args...)
}

// begin starts a write transaction in the writers' queue. release ends the
// turn; it may be called more than once, so a function that goes on writing
// after Commit calls it there and defers it too.
func (p *pool) begin(ctx context.Context) (*sql.Tx, func(), error) {
	release := p.lockWrite()
	tx, err := p.beginWrite(ctx)
	if err != nil {
		release()
		return nil, nil, err
	}
	return tx, release, nil
}

// beginWrite starts a transaction on the writer connection. PostgreSQL has
// no page cache to keep warm, and a pooled connection is replaced when the
// server restarts, where a dedicated one would fail for good.
func (p *pool) beginWrite(ctx context.Context) (*sql.Tx, error) {
	if p.pg {
		return p.DB.BeginTx(ctx, nil)
	}
	return p.w.BeginTx(ctx, nil)
}

// QueryContext runs q through its cached statement.
func (p *pool) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := p.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs q through its cached statement.
func (p *pool) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := p.stmt(ctx, q)
	if err != nil {
		// Let the plain path report the error through the Row.
		return p.DB.QueryRowContext(ctx, q, args...)
	}
	// A one-row lookup is not worth cancelling: with a cancellable
	// context, database/sql watches each query from a goroutine of its own.
	return st.QueryRowContext(context.WithoutCancel(ctx), args...)
}

// Close stops the group-commit writer, closes the cached statements, then
// the database.
func (p *pool) Close() error {
	p.stopBatcher()
	if p.checkpointed != nil {
		<-p.checkpointed
	}
	p.mu.Lock()
	for _, st := range p.stmts {
		st.Close()
	}
	p.stmts = nil
	p.mu.Unlock()
	if p.w != nil {
		p.w.Close()
	}
	return p.DB.Close()
}

// txStmt is the cached statement for q bound to tx.
func (p *pool) txStmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	var bound *boundStmts
	if e := effectsOf(ctx); e != nil && e.bound != nil && e.bound.tx == tx {
		bound = e.bound
		if st, ok := bound.stmts[q]; ok {
			return st, nil
		}
	}
	st, err := p.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	st = tx.StmtContext(ctx, st)
	if bound != nil {
		bound.stmts[q] = st
	}
	return st, nil
}
