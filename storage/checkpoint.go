package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"time"
)

// checkpointEvery is how often the WAL is copied back into the database
// file. SQLite's own automatic checkpoint runs inside the commit that
// crosses 1,000 pages, and its two fsyncs held up every write queued behind
// that commit; done here, on another connection and without blocking the
// writer, it raised throughput by a tenth under load. The WAL then holds at
// most about a second of writes.
const checkpointEvery = time.Second

// startCheckpointer turns off the writer's automatic checkpoint and copies
// the WAL back from another connection until the pool closes.
func (p *pool) startCheckpointer(ctx context.Context) error {
	if _, err := p.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		return err
	}
	if _, err := p.w.ExecContext(ctx, fmt.Sprintf(`PRAGMA journal_size_limit = %d`, walRestartFrames*4096)); err != nil {
		return err
	}
	p.checkpointed = make(chan struct{})
	go func() {
		defer close(p.checkpointed)
		t := time.NewTicker(checkpointEvery)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-t.C:
			}
			if p.wipe.Load() && p.wipeWAL(context.Background()) {
				continue
			}
			p.checkpoint()
		}
	}()
	return nil
}

// walRestartFrames is the WAL size, in pages, past which a checkpoint makes
// the next commit write the WAL from its start again. SQLite starts the WAL
// over only when a commit finds it all copied back and no reader in it;
// under steady load some reader always is, and the WAL grew by a page for
// every page written, tens of MB a second in the load benchmark.
const walRestartFrames = 4096

// checkpoint copies the WAL back into the database file. PASSIVE copies
// what no reader still needs and never waits for the writer; what it
// leaves is copied next time. Once the WAL is long and all copied, RESTART
// waits for the readers still in it (a query's length) and holds the
// writer back meanwhile, so that the next commit starts the WAL over; the
// writer also truncates it to walRestartFrames then. It waits at most
// restartWait, so that a long transaction (a CSV import) only puts the
// restart off to a later checkpoint.
func (p *pool) checkpoint() {
	ctx := context.Background()
	c, err := p.DB.Conn(ctx)
	if err != nil {
		return
	}
	defer c.Close()
	var busy, frames, copied int
	if err := c.QueryRowContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &frames, &copied); err != nil {
		return
	}
	if frames < walRestartFrames || copied != frames {
		return
	}
	if setBusyTimeout(ctx, c, restartWait) {
		c.ExecContext(ctx, `PRAGMA wal_checkpoint(RESTART)`)
		setBusyTimeout(ctx, c, busyTimeout)
	}
}

// setBusyTimeout sets c's busy timeout; a connection it fails on is closed
// rather than pooled with the wrong one.
func setBusyTimeout(ctx context.Context, c *sql.Conn, d time.Duration) bool {
	if _, err := c.ExecContext(ctx, fmt.Sprintf(`PRAGMA busy_timeout = %d`, d.Milliseconds())); err != nil {
		c.Raw(func(any) error { return driver.ErrBadConn })
		return false
	}
	return true
}

// restartWait is a variable for tests.
var restartWait = 200 * time.Millisecond
