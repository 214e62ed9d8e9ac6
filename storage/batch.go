package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
)

// Group commit: the hot writes of every message (intake, replies, delivery
// marks, the records of an update) are small and many. Each SQLite commit
// costs a write lock and a WAL append of every page it touched, so a single
// writer goroutine runs the writes that are waiting together in one
// transaction. Callers wait until their write is committed, so nothing is
// acknowledged before it is durable.
//
// A batch runs first as it is. Should any write in it fail, the batch is
// rolled back and run again with each write in its own savepoint, so that
// one failing write does not undo the others.

const maxBatch = 256

type batchJob struct {
	ctx context.Context
	fn  func(ctx context.Context, tx *sql.Tx) error
	// single marks a job of one statement: SQLite undoes a failed statement
	// by itself, so it needs no savepoint (PostgreSQL does not).
	single bool
	done   chan error
}

var errClosed = errors.New("database closed")

// startBatcher runs the group-commit writer until the pool is closed.
func (p *pool) startBatcher() {
	p.jobs = make(chan batchJob, maxBatch)
	p.quit = make(chan struct{})
	p.stopped = make(chan struct{})
	go func() {
		defer close(p.stopped)
		for {
			select {
			case <-p.quit:
				return
			case first := <-p.jobs:
				p.runBatch(first)
			}
		}
	}()
}

func (p *pool) runBatch(first batchJob) {
	batch := p.gather([]batchJob{first})
	// Yield once, so that goroutines about to write join this commit rather
	// than the next: every commit writes each page it touched to the WAL
	// again. Under load this took a tenth off the CPU per update; a timed
	// wait cost more than it saved.
	runtime.Gosched()
	batch = p.gather(batch)
	release := p.lockWrite()
	defer release()
	errs, done, undone, err := p.commitBatch(batch, false)
	if undone {
		errs, done, _, err = p.commitBatch(batch, true)
	}
	if err == nil {
		for _, f := range done.after {
			f()
		}
		if f := p.feed.Load(); f != nil && len(done.fed) > 0 {
			(*f)(done.fed)
		}
	}
	for i, j := range batch {
		if err != nil {
			j.done <- fmt.Errorf("commit: %w", err)
		} else {
			j.done <- errs[i]
		}
	}
}

// gather adds the jobs waiting to batch.
func (p *pool) gather(batch []batchJob) []batchJob {
	for len(batch) < maxBatch {
		select {
		case j := <-p.jobs:
			batch = append(batch, j)
		default:
			return batch
		}
	}
	return batch
}

// commitBatch runs the jobs in one transaction and returns what the
// committed jobs' writes do once committed: outbox rows in id order, and
// functions to run. Without savepoints, a failing job rolls the whole batch
// back and undone is true, so that the caller runs it again with them; with
// savepoints a failure undoes only that job's writes.
func (p *pool) commitBatch(batch []batchJob, savepoints bool) (errs []error, done effects, undone bool, err error) {
	errs = make([]error, len(batch))
	tx, err := p.beginWrite(context.Background())
	if err != nil {
		return nil, done, false, err
	}
	bound := &boundStmts{tx: tx, stmts: map[string]*sql.Stmt{}}
	for i, j := range batch {
		if err := j.ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		eff := &effects{bound: bound}
		// Without cancellation: a job whose caller has gone is skipped
		// above, and a statement run with a cancellable context costs
		// mattn/go-sqlite3 a goroutine, and database/sql one per query.
		ctx := context.WithValue(context.WithoutCancel(j.ctx), effectsKey{}, eff)
		// PostgreSQL aborts the whole transaction on a failed statement,
		// so there every job needs its savepoint.
		if savepoints && (!j.single || p.pg) {
			errs[i] = p.runSavepoint(ctx, tx, j.fn)
		} else {
			errs[i] = j.fn(ctx, tx)
		}
		if errs[i] == nil {
			done.fed = append(done.fed, eff.fed...)
			done.after = append(done.after, eff.after...)
		} else if !savepoints {
			// The job may have written part of its work.
			if err := tx.Rollback(); err != nil {
				return nil, effects{}, false, err
			}
			return nil, effects{}, true, nil
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, effects{}, false, err
	}
	return errs, done, false, nil
}

// effects collects, in a job's context, what its writes do once they are
// committed: the outbox rows it added, for the feed, and functions to run,
// such as keeping a cache in step.
type effects struct {
	fed   []OutboxItem
	after []func()
	// bound is the batch's statements bound to its transaction, so that
	// each is bound once per batch rather than once per use.
	bound *boundStmts
}

type boundStmts struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

type effectsKey struct{}

// effectsOf returns the effects of the job ctx belongs to, nil outside one.
func effectsOf(ctx context.Context) *effects {
	e, _ := ctx.Value(effectsKey{}).(*effects)
	return e
}

// FeedOutbox has f told of the outbox rows each group commit adds, in id
// order, as soon as they are committed, so that the sender need not read
// back what was just written. f runs on the writer and must not block.
// Rows added in explicit transactions are not fed: the sender notices the
// gap in ids and reads them.
func (db *DB) FeedOutbox(f func([]OutboxItem)) { db.conn.feed.Store(&f) }

// runSavepoint runs fn so that its failure undoes only its own writes.
func (p *pool) runSavepoint(ctx context.Context, tx *sql.Tx, fn func(context.Context, *sql.Tx) error) error {
	if err := p.execTx(ctx, tx, `SAVEPOINT job`); err != nil {
		return err
	}
	if err := fn(ctx, tx); err != nil {
		p.execTx(context.Background(), tx, `ROLLBACK TO job`)
		p.execTx(context.Background(), tx, `RELEASE job`)
		return err
	}
	return p.execTx(ctx, tx, `RELEASE job`)
}

// execTx runs a cached argument-less statement in tx.
func (p *pool) execTx(ctx context.Context, tx *sql.Tx, q string) error {
	st, err := p.txStmt(ctx, tx, q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx)
	return err
}

// inTx runs fn in the shared write transaction and returns once it is
// committed. fn must only use tx: it runs on the writer goroutine, so it
// must not start other writes.
func (db *DB) inTx(ctx context.Context, fn func(ctx context.Context, tx *sql.Tx) error) error {
	return db.conn.await(batchJob{ctx: ctx, fn: fn, done: make(chan error, 1)})
}

// await queues a job and waits until it is committed.
func (p *pool) await(j batchJob) error {
	if err := p.enqueue(j); err != nil {
		return err
	}
	return <-j.done
}

func (p *pool) enqueue(j batchJob) error {
	select {
	case p.jobs <- j:
		return nil
	case <-p.quit:
		return errClosed
	case <-j.ctx.Done():
		return j.ctx.Err()
	}
}

// stopBatcher lets the writer finish its batch and stops it.
func (p *pool) stopBatcher() {
	p.stopOnce.Do(func() { close(p.quit) })
	<-p.stopped
	// Fail the writes that arrived too late.
	for {
		select {
		case j := <-p.jobs:
			j.done <- errClosed
		default:
			return
		}
	}
}

// execBatched runs one writing statement in the shared write transaction.
func (p *pool) execBatched(ctx context.Context, q string, args ...any) (sql.Result, error) {
	var res sql.Result
	err := p.await(batchJob{ctx: ctx, single: true, done: make(chan error, 1),
		fn: func(ctx context.Context, tx *sql.Tx) error {
			st, err := p.txStmt(ctx, tx, q)
			if err != nil {
				return err
			}
			res, err = st.ExecContext(ctx, args...)
			return err
		}})
	return res, err
}
