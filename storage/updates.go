package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// dedupWindow is how long an update_id identifies an update. Telegram keeps
// unconfirmed updates for a day, and after a week of silence it may start
// numbering again, so an id seen earlier than this is a new update.
const dedupWindow = 72 * time.Hour

// Update is a stored incoming update.
type Update struct {
	ID         int64 // our row id: the key handlers and the outbox use
	UpdateID   int64 // Telegram's update_id
	ChatID     int64 // the chat whose order it follows
	Payload    []byte
	Attempts   int
	ReceivedAt time.Time
	// Recovered marks an update read back from the database rather than
	// handed over by the intake: an earlier run may have died handling it.
	Recovered bool
	// Kind is KindTelegram for Telegram's updates, or the kind of event
	// (a delivery outcome, a tick) that travels the same lanes.
	Kind string
}

// StoreUpdate records an incoming update. dup is true when the same update
// was stored recently; it is then not stored again.
func (db *DB) StoreUpdate(ctx context.Context, updateID, chatID int64, payload []byte) (id int64, dup bool, err error) {
	res, err := db.StoreUpdates(ctx, []Update{{UpdateID: updateID, ChatID: chatID, Payload: payload}})
	if err != nil {
		return 0, false, err
	}
	return res[0].ID, res[0].Dup, nil
}

// Stored is the outcome of storing one update.
type Stored struct {
	ID  int64
	Dup bool
}

// StoreUpdates records a batch of incoming updates in one transaction (a
// getUpdates answer holds up to 100).
func (db *DB) StoreUpdates(ctx context.Context, ups []Update) ([]Stored, error) {
	out := make([]Stored, len(ups))
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		now := db.now()
		seen, err := db.recentUpdates(ctx, tx, ups, now.Add(-dedupWindow))
		if err != nil {
			return err
		}
		insert, err := db.conn.txStmt(ctx, tx, `INSERT INTO updates (update_id, chat_id, payload, received_at) VALUES (?, ?, ?, ?) RETURNING id`)
		if err != nil {
			return err
		}
		for i, u := range ups {
			if id, ok := seen[u.UpdateID]; ok {
				out[i] = Stored{ID: id, Dup: true}
				continue
			}
			var id int64
			if err := insert.QueryRowContext(ctx, u.UpdateID, u.ChatID, u.Payload, ts(now)).Scan(&id); err != nil {
				return err
			}
			out[i] = Stored{ID: id}
			seen[u.UpdateID] = id
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store updates: %w", err)
	}
	return out, nil
}

// recentUpdates maps the update_ids of ups that were stored since to their
// latest row, in one query: the ids of a getUpdates answer run in sequence.
func (db *DB) recentUpdates(ctx context.Context, tx *sql.Tx, ups []Update, since time.Time) (map[int64]int64, error) {
	seen := make(map[int64]int64, len(ups))
	if len(ups) == 0 {
		return seen, nil
	}
	lo, hi := ups[0].UpdateID, ups[0].UpdateID
	for _, u := range ups[1:] {
		lo, hi = min(lo, u.UpdateID), max(hi, u.UpdateID)
	}
	find, err := db.conn.txStmt(ctx, tx, `SELECT update_id, MAX(id) FROM updates
		WHERE update_id BETWEEN ? AND ? AND received_at > ? AND kind = 'telegram' GROUP BY update_id`)
	if err != nil {
		return nil, err
	}
	rows, err := find.QueryContext(ctx, lo, hi, ts(since))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var uid, id int64
		if err := rows.Scan(&uid, &id); err != nil {
			return nil, err
		}
		seen[uid] = id
	}
	return seen, rows.Err()
}

// PendingUpdates lists updates not yet handled, oldest first.
func (db *DB) PendingUpdates(ctx context.Context) ([]Update, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT `+updateColumns+` FROM updates WHERE state = 'pending' ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("pending updates: %w", err)
	}
	ups, err := scanPending(rows)
	if err != nil {
		return nil, fmt.Errorf("pending updates: %w", err)
	}
	return ups, nil
}

// updateColumns are the columns scanPending reads.
const updateColumns = `id, update_id, chat_id, payload, attempts, received_at, kind`

// scanPending reads pending updates, marked Recovered: read back from the
// database, an earlier run may have died handling them.
func scanPending(rows *sql.Rows) ([]Update, error) {
	defer rows.Close()
	var out []Update
	for rows.Next() {
		var u Update
		var at string
		if err := rows.Scan(&u.ID, &u.UpdateID, &u.ChatID, &u.Payload, &u.Attempts, &at, &u.Kind); err != nil {
			return nil, err
		}
		u.ReceivedAt = parseTS(at)
		u.Recovered = true
		out = append(out, u)
	}
	return out, rows.Err()
}

// FindUpdate returns one stored update.
func (db *DB) FindUpdate(ctx context.Context, id int64) (Update, error) {
	var u Update
	var at string
	err := db.conn.QueryRowContext(ctx, `SELECT id, update_id, chat_id, payload, attempts, received_at, kind FROM updates WHERE id = ?`, id).
		Scan(&u.ID, &u.UpdateID, &u.ChatID, &u.Payload, &u.Attempts, &at, &u.Kind)
	if errors.Is(err, sql.ErrNoRows) {
		return Update{}, ErrNotFound
	} else if err != nil {
		return Update{}, fmt.Errorf("find update: %w", err)
	}
	u.ReceivedAt = parseTS(at)
	return u, nil
}

// StartUpdate counts an attempt to handle u again after a run died with it
// pending, and returns the count, so that an update that crashes the process
// every time is given up. u holds the attempts stored when it was read, and
// only StartUpdate adds to them.
func (db *DB) StartUpdate(ctx context.Context, u Update) (int, error) {
	// An UPDATE ... RETURNING would be a query, and database/sql watches
	// every query in a transaction from a goroutine of its own.
	if _, err := db.conn.execBatched(ctx, `UPDATE updates SET attempts = attempts + 1 WHERE id = ?`, u.ID); err != nil {
		return 0, fmt.Errorf("start update: %w", err)
	}
	return u.Attempts + 1, nil
}

// CompleteUpdate stores what the handler of a piece of work (an update, an
// outcome, a tick) returned, its actions and its records, and marks the work
// handled, in one transaction: after a crash either all of it happened or
// none did. This is the exactly-once rule (ARCHITECTURE.md). errText is
// recorded for work whose handler failed.
func (db *DB) CompleteUpdate(ctx context.Context, id int64, acts []outbox.Action, recs helpdesk.Records, errText string) error {
	records := db.recordWrites(recs)
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		state := "done"
		if errText != "" {
			state = "failed"
		}
		// Marked first: the row is then locked until the commit, and work
		// that another run has completed is not completed twice. A handled
		// outcome keeps no copy of the message it was about.
		mark, err := db.conn.txStmt(ctx, tx, `UPDATE updates SET state = ?, error = ?, handled_at = ?,
			payload = CASE WHEN kind = 'outcome' THEN ? ELSE payload END WHERE id = ? AND state = 'pending'`)
		if err != nil {
			return err
		}
		res, err := mark.ExecContext(ctx, state, errText, ts(db.now()), []byte{}, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			// Handled already, or erased by its own handler (a citizen's
			// erasure deletes the update that asked for it).
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM updates WHERE id = ?`, id).Scan(&one)
			if err == nil {
				return ErrHandled
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if err := db.conn.runWrites(ctx, tx, records); err != nil {
			return err
		}
		return db.enqueueTx(ctx, tx, "update:"+strconv.FormatInt(id, 10), acts)
	})
	if err != nil {
		return fmt.Errorf("complete update: %w", err)
	}
	return nil
}

// ErrHandled is returned by CompleteUpdate for work that is handled
// already: another run completed it, and this run's effects are dropped.
var ErrHandled = errors.New("handled already")

// PurgeUpdates deletes handled updates received before t; their payloads
// hold personal data that is not kept longer than needed.
func (db *DB) PurgeUpdates(ctx context.Context, before time.Time) (int64, error) {
	res, err := db.conn.ExecContext(ctx, `DELETE FROM updates WHERE state != 'pending' AND received_at < ?`, ts(before))
	if err != nil {
		return 0, fmt.Errorf("purge updates: %w", err)
	}
	return res.RowsAffected()
}

// UpdateCounts reports how many of Telegram's updates are in each state
// (events are not counted).
func (db *DB) UpdateCounts(ctx context.Context) (map[string]int, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT state, COUNT(*) FROM updates WHERE kind = 'telegram' GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("update counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, fmt.Errorf("update counts: %w", err)
		}
		out[s] = n
	}
	return out, rows.Err()
}

// GetValue reads a small setting; "" when unset.
func (db *DB) GetValue(ctx context.Context, key string) (string, time.Time, error) {
	var v, at string
	err := db.conn.QueryRowContext(ctx, `SELECT value, updated_at FROM kv WHERE key = ?`, key).Scan(&v, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return "", time.Time{}, nil
	} else if err != nil {
		return "", time.Time{}, fmt.Errorf("get %s: %w", key, err)
	}
	return v, parseTS(at), nil
}

// SetValue writes a small setting.
func (db *DB) SetValue(ctx context.Context, key, value string) error {
	_, err := db.conn.execBatched(ctx, `INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`, key, value, ts(db.now()))
	if err != nil {
		return fmt.Errorf("set %s: %w", key, err)
	}
	return nil
}
