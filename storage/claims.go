package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// Claims say which process may do what when several serve one database
// (PostgreSQL): a chat's lane is handled by one process at a time, so its
// updates run once and in order, and one process, the leader, long-polls
// Telegram, sends and schedules the jobs, so that Telegram's limits hold
// for all of them together. The claims are advisory locks held by one
// connection of the process: when it dies, its connection closes, its
// claims are free, and the others take them over.
//
// On SQLite one process owns the database, and every claim is granted.
type Claims struct {
	mu     sync.Mutex
	db     *DB
	shared bool
	conn   *sql.Conn // nil on SQLite, and after it broke until the next claim
	// gen counts the connections: a claim holds while the connection it
	// was granted on is the current one (see Valid).
	gen uint64
}

// ErrClaimsLost means the connection holding the claims broke: whatever
// this process held may be taken by another one now.
var ErrClaimsLost = errors.New("the connection holding this process's claims broke")

// leaderKey is the advisory lock of the leader. Lanes lock their chat id
// in the one-key space; two-key locks are a space of their own.
const leaderKey1, leaderKey2 = 0x68656c70, 1 // "help"

// Claims opens this process's claims.
func (db *DB) Claims(ctx context.Context) (*Claims, error) {
	if !db.conn.pg {
		return &Claims{}, nil
	}
	c, err := db.conn.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return &Claims{db: db, shared: true, conn: c, gen: 1}, nil
}

// Shared reports whether other processes may serve the same database, so
// that claims are needed at all.
func (c *Claims) Shared() bool { return c.shared }

// TryLane claims a chat's lane; false when another process holds it. gen
// names the claim for Valid.
func (c *Claims) TryLane(ctx context.Context, lane int64) (gen uint64, ok bool, err error) {
	if !c.shared {
		return 0, true, nil
	}
	ok, gen, err = c.try(ctx, `SELECT pg_try_advisory_lock(?)`, lane)
	return gen, ok, err
}

// ReleaseLane gives a lane back.
func (c *Claims) ReleaseLane(ctx context.Context, lane int64) error {
	if !c.shared {
		return nil
	}
	_, _, err := c.try(ctx, `SELECT pg_advisory_unlock(?)`, lane)
	return err
}

// TryLead claims the leadership; false when another process leads. It
// holds while Valid(gen).
func (c *Claims) TryLead(ctx context.Context) (gen uint64, ok bool, err error) {
	if !c.shared {
		return 0, true, nil
	}
	ok, gen, err = c.try(ctx, `SELECT pg_try_advisory_lock(?, ?)`, leaderKey1, leaderKey2)
	return gen, ok, err
}

// Check asks the server whether the connection holding the claims of
// generation gen still answers; ErrClaimsLost when it does not, or when it
// was replaced since (its claims went with the old one).
func (c *Claims) Check(ctx context.Context, gen uint64) error {
	if !c.shared {
		return nil
	}
	_, now, err := c.try(ctx, `SELECT true`)
	if err == nil && now != gen {
		err = ErrClaimsLost
	}
	return err
}

// Valid reports, without asking the server, whether claims of generation
// gen may still be held: the connection they were granted on has not been
// seen to break.
func (c *Claims) Valid(gen uint64) bool {
	if !c.shared {
		return true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.conn != nil && c.gen == gen
}

// try runs one claim query on the claims connection. When the connection
// broke, every claim it held is gone: the error says so once, and the next
// try starts afresh on a new connection, of a new generation.
func (c *Claims) try(ctx context.Context, q string, args ...any) (ok bool, gen uint64, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn == nil {
		conn, err := c.db.conn.Conn(ctx)
		if err != nil {
			return false, c.gen, fmt.Errorf("claims: %w", err)
		}
		c.conn = conn
		c.gen++
	}
	if err := c.conn.QueryRowContext(ctx, q, args...).Scan(&ok); err != nil {
		if ctx.Err() != nil {
			return false, c.gen, ctx.Err()
		}
		c.conn.Close()
		c.conn = nil
		return false, c.gen, fmt.Errorf("%w: %v", ErrClaimsLost, err)
	}
	return ok, c.gen, nil
}

// Close gives every claim back.
func (c *Claims) Close() error {
	if !c.shared {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn == nil {
		return nil
	}
	// The connection goes back to the pool, not away: let go of the locks
	// first.
	_, err := c.conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock_all()`)
	if cerr := c.conn.Close(); err == nil {
		err = cerr
	}
	c.conn = nil
	return err
}

// PendingLanes lists the lanes with work pending, for a process to claim
// what a dead one left or another stored while it held the lane.
func (db *DB) PendingLanes(ctx context.Context, limit int) ([]int64, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT chat_id FROM updates WHERE state = 'pending'
		GROUP BY chat_id ORDER BY MIN(id) LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("pending lanes: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var l int64
		if err := rows.Scan(&l); err != nil {
			return nil, fmt.Errorf("pending lanes: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// PendingInLane returns a lane's pending work in order, as read back from
// the database (Recovered).
func (db *DB) PendingInLane(ctx context.Context, lane int64, limit int) ([]Update, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT `+updateColumns+` FROM updates
		WHERE state = 'pending' AND chat_id = ? ORDER BY id LIMIT ?`, lane, limit)
	if err != nil {
		return nil, fmt.Errorf("pending in lane: %w", err)
	}
	ups, err := scanPending(rows)
	if err != nil {
		return nil, fmt.Errorf("pending in lane: %w", err)
	}
	return ups, nil
}
