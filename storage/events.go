package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/layananwarga/helpdesk/outbox"
)

// The kinds of work the dispatcher runs. Events are stored in the updates
// table beside Telegram's updates, so that all work shares one queue, one
// resume after a crash and one completion (CompleteUpdate).
const (
	KindTelegram = "telegram" // an update from Telegram (or the terminal)
	KindOutcome  = "outcome"  // how a stored action ended (outbox.Outcome)
	KindTick     = "tick"     // a scheduled job is due (payload: its name)
)

// StoreTick records that the job is due, as an event on lane, unless a tick
// of the job is still pending: a slow job does not pile up ticks, and a
// tick stored before a crash runs once after it. The handled tick of the
// job, kept until now, is removed. stored is false when one was pending.
func (db *DB) StoreTick(ctx context.Context, job string, lane int64) (u Update, stored bool, err error) {
	key := "tick:" + job
	err = db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM updates WHERE event_key = ? AND state != 'pending'`, key); err != nil {
			return err
		}
		u, stored, err = db.insertEvent(ctx, tx, KindTick, key, lane, []byte(job))
		return err
	})
	if err != nil {
		return Update{}, false, fmt.Errorf("store tick %s: %w", job, err)
	}
	return u, stored, nil
}

// insertEvent stores an event unless one with its key exists.
func (db *DB) insertEvent(ctx context.Context, tx *sql.Tx, kind, key string, lane int64, payload []byte) (Update, bool, error) {
	now := db.now()
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO updates (update_id, chat_id, payload, received_at, kind, event_key)
		VALUES (0, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`, lane, payload, ts(now), kind, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Update{}, false, nil
	} else if err != nil {
		return Update{}, false, err
	}
	return Update{ID: id, ChatID: lane, Payload: payload, ReceivedAt: now, Kind: kind}, true, nil
}

// recordOutcome stores the outcome of an action of a case as an event on
// the lane of the case's citizen, in the caller's transaction: the
// citizen's chat is where the case was opened and where its messages are
// relayed from, so the outcome is handled in order with them (a case whose
// citizen erased their data uses its group's lane). An action of no case
// has no outcome to handle.
func (db *DB) recordOutcome(ctx context.Context, tx *sql.Tx, o outbox.Outcome) (*Update, error) {
	if o.Action.CaseID == 0 {
		return nil, nil
	}
	var lane int64
	err := tx.QueryRowContext(ctx, `SELECT COALESCE(NULLIF(citizen_chat, 0), group_chat) FROM cases WHERE id = ?`, o.Action.CaseID).Scan(&lane)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	b, err := outbox.EncodeOutcome(o)
	if err != nil {
		return nil, err
	}
	u, stored, err := db.insertEvent(ctx, tx, KindOutcome, "outcome:"+strconv.FormatInt(o.OutboxID, 10), lane, b)
	if err != nil || !stored {
		return nil, err
	}
	return &u, nil
}
