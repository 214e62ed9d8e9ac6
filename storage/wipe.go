package storage

import (
	"context"
	"time"
)

// wipeTries bounds how long wipeWAL waits for readers before it leaves the
// rest to the checkpointer.
const wipeTries = 5

// wipeWAL copies the whole WAL back into the database file and truncates
// it to nothing, so that pages written before an erasure (which still hold
// what was erased) are gone from the WAL too; secure_delete has zeroed the
// erased content in the database pages themselves. A reader still in the
// WAL keeps it from finishing; it reports false then, and the checkpointer
// tries again every second until it succeeds.
//
// PostgreSQL has no such file to empty: its dead rows are reclaimed by
// (auto)vacuum, and its WAL is the operators' to rotate.
func (p *pool) wipeWAL(ctx context.Context) bool {
	if p.pg {
		return true
	}
	p.wipe.Store(true)
	c, err := p.DB.Conn(ctx)
	if err != nil {
		return false
	}
	defer c.Close()
	if !setBusyTimeout(ctx, c, restartWait) {
		return false
	}
	defer setBusyTimeout(ctx, c, busyTimeout)
	for i := 0; i < wipeTries; i++ {
		var busy, frames, copied int
		err := c.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &frames, &copied)
		if err == nil && busy == 0 {
			p.wipe.Store(false)
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(10 * time.Millisecond):
		}
	}
	return false
}
