package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/layananwarga/helpdesk/outbox"
)

// OutboxItem is one stored action waiting to be sent.
type OutboxItem struct {
	ID       int64
	Source   string
	ChatID   int64
	Action   outbox.Action
	Attempts int
}

// Enqueue stores actions that do not answer an update (jobs, API calls).
// The same source is enqueued once, so a retried job does not send twice.
func (db *DB) Enqueue(ctx context.Context, source string, acts []outbox.Action) error {
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		return db.enqueueTx(ctx, tx, source, acts)
	})
	if err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	return nil
}

// enqueueTx stores actions inside the caller's transaction, so that a state
// change and the messages about it are committed together.
func (db *DB) enqueueTx(ctx context.Context, tx *sql.Tx, source string, acts []outbox.Action) error {
	if len(acts) == 0 {
		return nil
	}
	if db.conn.pg {
		// The sender reads the outbox past the last id it has seen, so ids
		// must become visible in order. SQLite has one writer; on
		// PostgreSQL, transactions that add to the outbox take turns until
		// they commit.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, outboxLockKey); err != nil {
			return fmt.Errorf("insert outbox: %w", err)
		}
	}
	now := ts(db.now())
	insert, err := db.conn.txStmt(ctx, tx, `INSERT INTO outbox (source, seq, chat_id, created_at, state)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, seq) DO NOTHING RETURNING id`)
	if err != nil {
		return fmt.Errorf("insert outbox: %w", err)
	}
	payload, err := db.conn.txStmt(ctx, tx, `INSERT INTO outbox_payloads (id, payload) VALUES (?, ?)`)
	if err != nil {
		return fmt.Errorf("insert outbox: %w", err)
	}
	for i, a := range acts {
		if err := a.Validate(); err != nil {
			return err
		}
		if a.Replaces != 0 {
			// A release: sent only if the held action is still held.
			rel, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'released' WHERE id = ? AND state = 'held'`, a.Replaces)
			if err != nil {
				return fmt.Errorf("release held action: %w", err)
			}
			if n, _ := rel.RowsAffected(); n == 0 {
				continue
			}
		}
		state := "pending"
		if a.Hold {
			state = "held"
		}
		var id int64
		err := insert.QueryRowContext(ctx, source, i, a.Lane(), now, state).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			// A re-run's rows were stored before and are not added again.
			continue
		} else if err != nil {
			return fmt.Errorf("insert outbox: %w", err)
		}
		b, err := outbox.Encode(a)
		if err != nil {
			return err
		}
		if _, err := payload.ExecContext(ctx, id, b); err != nil {
			return fmt.Errorf("insert outbox: %w", err)
		}
		if added := effectsOf(ctx); added != nil && !a.Hold {
			added.fed = append(added.fed, OutboxItem{ID: id, Source: source, ChatID: a.Lane(), Action: a})
		}
	}
	return nil
}

// PendingOutbox lists unsent actions with an id above after, oldest first.
func (db *DB) PendingOutbox(ctx context.Context, after int64, limit int) ([]OutboxItem, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT o.id, o.source, o.chat_id, p.payload, o.attempts
		FROM outbox o JOIN outbox_payloads p ON p.id = o.id
		WHERE o.state = 'pending' AND o.id > ? ORDER BY o.id LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("pending outbox: %w", err)
	}
	defer rows.Close()
	var out []OutboxItem
	for rows.Next() {
		var it OutboxItem
		var payload []byte
		if err := rows.Scan(&it.ID, &it.Source, &it.ChatID, &payload, &it.Attempts); err != nil {
			return nil, fmt.Errorf("pending outbox: %w", err)
		}
		if it.Action, err = outbox.Decode(payload); err != nil {
			return nil, fmt.Errorf("pending outbox %d: %w", it.ID, err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// MarkSent records that actions were delivered; merged items were carried
// by the first one.
func (db *DB) MarkSent(ctx context.Context, id int64, messageID int, merged []int64) error {
	_, err := db.MarkDelivered(ctx, id, messageID, merged, nil)
	return err
}

// MarkDelivered records that actions were delivered, and with them the
// outcome o (when not nil) as an event for the handlers, in one
// transaction. The event is returned for the dispatcher; nil when the
// action's outcome concerns no handler (see recordOutcome).
func (db *DB) MarkDelivered(ctx context.Context, id int64, messageID int, merged []int64, o *outbox.Outcome) (*Update, error) {
	var ev *Update
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		now := ts(db.now())
		sent, err := db.conn.txStmt(ctx, tx, `UPDATE outbox SET state = 'sent', message_id = ?, sent_at = ?, attempts = attempts + 1 WHERE id = ?`)
		if err != nil {
			return err
		}
		if _, err := sent.ExecContext(ctx, messageID, now, id); err != nil {
			return err
		}
		for _, m := range merged {
			if _, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'merged', message_id = ?, sent_at = ? WHERE id = ?`,
				messageID, now, m); err != nil {
				return err
			}
		}
		if o != nil {
			if a := o.Action; a.CaseID != 0 && a.ChatID < 0 && messageID != 0 && (a.Kind == outbox.Send || a.Kind == outbox.Copy) {
				// A case's post in its group: tied to the case as it is
				// recorded sent, before any reply to it can arrive.
				if _, err := tx.ExecContext(ctx, `INSERT INTO case_message_map (group_chat, group_msg, case_id, citizen_msg)
					VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, a.ChatID, messageID, a.CaseID, a.CitizenMsg); err != nil {
					return err
				}
			}
			ev, err = db.recordOutcome(ctx, tx, *o)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("mark sent: %w", err)
	}
	return ev, nil
}

// ReplaceAction stores a new form of an unsent action, such as the plain
// text the sender falls back to when Telegram cannot parse its HTML.
func (db *DB) ReplaceAction(ctx context.Context, id int64, a outbox.Action) error {
	b, err := outbox.Encode(a)
	if err != nil {
		return err
	}
	if _, err := db.conn.ExecContext(ctx, `UPDATE outbox_payloads SET payload = ? WHERE id = ?`, b, id); err != nil {
		return fmt.Errorf("replace action: %w", err)
	}
	return nil
}

// MarkAttempt records a failed attempt that will be retried.
func (db *DB) MarkAttempt(ctx context.Context, id int64, errText string) error {
	if _, err := db.conn.execBatched(ctx, `UPDATE outbox SET attempts = attempts + 1, error = ? WHERE id = ?`, errText, id); err != nil {
		return fmt.Errorf("mark attempt: %w", err)
	}
	return nil
}

// MarkFailed gives actions up (a batch merged into one send fails as one)
// and records the outcome o of the first, when not nil, as an event for
// the handlers, who may replace it (for example by recreating a deleted
// topic), in one transaction. The event is returned for the dispatcher.
func (db *DB) MarkFailed(ctx context.Context, ids []int64, errText string, o *outbox.Outcome) (*Update, error) {
	var ev *Update
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'failed', error = ?, attempts = attempts + 1 WHERE id = ?`, errText, id); err != nil {
				return err
			}
		}
		if o == nil {
			return nil
		}
		var err error
		ev, err = db.recordOutcome(ctx, tx, *o)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("mark failed: %w", err)
	}
	return ev, nil
}

// HeldActions lists the actions of a case held in its group until the
// case's topic exists, oldest first (see outbox.Action.Hold).
func (db *DB) HeldActions(ctx context.Context, group, caseID int64) ([]outbox.Held, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT o.id, o.source, o.chat_id, p.payload, o.attempts
		FROM outbox o JOIN outbox_payloads p ON p.id = o.id
		WHERE o.state = 'held' AND o.chat_id = ? ORDER BY o.id`, group)
	if err != nil {
		return nil, fmt.Errorf("held actions: %w", err)
	}
	defer rows.Close()
	var out []outbox.Held
	for rows.Next() {
		var it OutboxItem
		var payload []byte
		if err := rows.Scan(&it.ID, &it.Source, &it.ChatID, &payload, &it.Attempts); err != nil {
			return nil, fmt.Errorf("held actions: %w", err)
		}
		if it.Action, err = outbox.Decode(payload); err != nil {
			return nil, fmt.Errorf("held action %d: %w", it.ID, err)
		}
		if it.Action.CaseID == caseID {
			out = append(out, outbox.Held{ID: it.ID, Action: it.Action})
		}
	}
	return out, rows.Err()
}

// HeldCaseIDs lists the cases that have held actions, in order.
func (db *DB) HeldCaseIDs(ctx context.Context) ([]int64, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT p.payload FROM outbox o JOIN outbox_payloads p ON p.id = o.id
		WHERE o.state = 'held' ORDER BY o.id`)
	if err != nil {
		return nil, fmt.Errorf("held cases: %w", err)
	}
	defer rows.Close()
	var ids []int64
	seen := map[int64]bool{}
	for rows.Next() {
		var payload []byte
		if err := rows.Scan(&payload); err != nil {
			return nil, fmt.Errorf("held cases: %w", err)
		}
		a, err := outbox.Decode(payload)
		if err != nil {
			return nil, fmt.Errorf("held cases: %w", err)
		}
		if a.CaseID != 0 && !seen[a.CaseID] {
			seen[a.CaseID] = true
			ids = append(ids, a.CaseID)
		}
	}
	return ids, rows.Err()
}

// OutboxDepth counts unsent actions.
func (db *DB) OutboxDepth(ctx context.Context) (int, error) {
	var n int
	if err := db.conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE state = 'pending'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("outbox depth: %w", err)
	}
	return n, nil
}
