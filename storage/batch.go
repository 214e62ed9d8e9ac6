package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Group commit: the hot writes of every message (intake, chat state, turns,
// replies, delivery marks) are small and many. Each SQLite commit costs a
// write lock and a WAL append, so a single writer goroutine runs the writes
// that are waiting together in one transaction, each in its own savepoint so
// that one failing write does not undo the others. Callers wait until their
// write is committed, so nothing is acknowledged before it is durable.

const maxBatch = 256

type batchJob struct {
	ctx context.Context
	fn  func(ctx context.Context, tx *sql.Tx) error
	// single marks a job of one statement: SQLite undoes a failed statement
	// by itself, so it needs no savepoint.
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
	batch := []batchJob{first}
more:
	for len(batch) < maxBatch {
		select {
		case j := <-p.jobs:
			batch = append(batch, j)
		default:
			break more
		}
	}
	release := p.lockWrite()
	defer release()
	errs := make([]error, len(batch))
	tx, err := p.DB.BeginTx(context.Background(), nil)
	if err == nil {
		for i, j := range batch {
			if j.single {
				errs[i] = j.fn(j.ctx, tx)
			} else {
				errs[i] = p.runSavepoint(j.ctx, tx, j.fn)
			}
		}
		err = tx.Commit()
	}
	for i, j := range batch {
		if err != nil {
			j.done <- fmt.Errorf("commit: %w", err)
		} else {
			j.done <- errs[i]
		}
	}
}

// runSavepoint runs fn so that its failure undoes only its own writes.
func (p *pool) runSavepoint(ctx context.Context, tx *sql.Tx, fn func(context.Context, *sql.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
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
	st, err := p.stmt(ctx, q)
	if err != nil {
		return err
	}
	_, err = tx.StmtContext(ctx, st).ExecContext(ctx)
	return err
}

// inTx runs fn in the shared write transaction and returns once it is
// committed. fn must only use tx: it runs on the writer goroutine, so it
// must not start other writes.
func (db *DB) inTx(ctx context.Context, fn func(ctx context.Context, tx *sql.Tx) error) error {
	return db.submit(batchJob{ctx: ctx, fn: fn, done: make(chan error, 1)})
}

func (db *DB) submit(j batchJob) error {
	select {
	case db.conn.jobs <- j:
	case <-db.conn.quit:
		return errClosed
	case <-j.ctx.Done():
		return j.ctx.Err()
	}
	return <-j.done
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
func (db *DB) execBatched(ctx context.Context, q string, args ...any) (sql.Result, error) {
	var res sql.Result
	err := db.submit(batchJob{ctx: ctx, single: true, done: make(chan error, 1),
		fn: func(ctx context.Context, tx *sql.Tx) error {
			st, err := db.txStmt(ctx, tx, q)
			if err != nil {
				return err
			}
			res, err = st.ExecContext(ctx, args...)
			return err
		}})
	return res, err
}
