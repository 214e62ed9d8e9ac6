package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// Lockout policy for verify codes. Five wrong codes from one chat lock the
// number for that chat for 15 minutes, each further lockout doubles it up to
// a day, and lockouts are never forgiven, so that in 30 days one chat can
// try at most about 180 codes of a million. Over all chats, 100 wrong codes
// within a day lock the number (15 minutes, doubling likewise up to a day)
// for every chat that has not given its right code before; one chat alone
// cannot reach that (about 40 a day), so a stranger never locks out the
// applicant, and many accounts together get at most about 100 guesses a
// day: a chance about 1 in 330 in 30 days against a 6-digit code.
const (
	MaxCodeFailures    = 5
	GlobalCodeFailures = 100
	GlobalWindow       = 24 * time.Hour
	FirstLockout       = 15 * time.Minute
	MaxLockout         = 24 * time.Hour
	MaxNumbersPerDay   = 20 // distinct numbers one chat may try per day
)

const appColumns = `tracking_no, service, applicant_name, status, note, created_at, updated_at`

func scanApplication(row interface{ Scan(...any) error }, extra ...any) (helpdesk.Application, error) {
	var a helpdesk.Application
	var status, created, updated string
	dest := append([]any{&a.TrackingNo, &a.Service, &a.ApplicantName, &status, &a.Note, &created, &updated}, extra...)
	if err := row.Scan(dest...); err != nil {
		return a, err
	}
	a.Status = helpdesk.Status(status)
	a.CreatedAt, a.UpdatedAt = parseTS(created), parseTS(updated)
	return a, nil
}

func findApplication(ctx context.Context, q rowQuerier, trackingNo string) (helpdesk.Application, error) {
	a, err := scanApplication(q.QueryRowContext(ctx, `SELECT `+appColumns+` FROM applications WHERE tracking_no = ?`, trackingNo))
	if errors.Is(err, sql.ErrNoRows) {
		return a, helpdesk.ErrNotFound
	}
	return a, err
}

// FindApplication returns an application by its tracking number.
func (db *DB) FindApplication(ctx context.Context, trackingNo string) (helpdesk.Application, error) {
	a, err := findApplication(ctx, db.conn, trackingNo)
	if err != nil && !errors.Is(err, helpdesk.ErrNotFound) {
		return a, fmt.Errorf("find application: %w", err)
	}
	return a, err
}

// StatusHistory returns the last n changes of an application, oldest first.
func (db *DB) StatusHistory(ctx context.Context, trackingNo string, n int) ([]helpdesk.StatusChange, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT id, tracking_no, old_status, new_status, note, source, actor, at
		FROM (SELECT * FROM status_history WHERE tracking_no = ? ORDER BY id DESC LIMIT ?) AS h ORDER BY id`, trackingNo, n)
	if err != nil {
		return nil, fmt.Errorf("status history: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.StatusChange
	for rows.Next() {
		c, err := scanChange(rows)
		if err != nil {
			return nil, fmt.Errorf("status history: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func scanChange(row interface{ Scan(...any) error }) (helpdesk.StatusChange, error) {
	var c helpdesk.StatusChange
	var old, nw, at string
	err := row.Scan(&c.ID, &c.TrackingNo, &old, &nw, &c.Note, &c.Source, &c.Actor, &at)
	c.Old, c.New, c.At = helpdesk.Status(old), helpdesk.Status(nw), parseTS(at)
	return c, err
}

// SetStatus changes an application's status and note, recording the change
// in its history for the subscribers' notification. changed is false when
// the application already had that status and note. An update whose Ref was
// recorded before returns the application as it is, with changed true.
func (db *DB) SetStatus(ctx context.Context, u helpdesk.StatusUpdate) (app helpdesk.Application, changed bool, err error) {
	st, ok := db.workflow.Parse(string(u.Status))
	if !ok {
		return app, false, fmt.Errorf("set status: %w", &helpdesk.UnknownStatusError{Status: string(u.Status), Workflow: db.workflow})
	}
	u.Status = st
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return app, false, fmt.Errorf("set status: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if u.Ref != "" {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM status_history WHERE ref = ?`, u.Ref).Scan(&id)
		if err == nil {
			app, err = findApplication(ctx, tx, u.TrackingNo)
			return app, true, err
		} else if !errors.Is(err, sql.ErrNoRows) {
			return app, false, fmt.Errorf("set status: %w", err)
		}
	}
	app, err = findApplication(ctx, tx, u.TrackingNo)
	if err != nil {
		if errors.Is(err, helpdesk.ErrNotFound) {
			return app, false, err
		}
		return app, false, fmt.Errorf("set status: %w", err)
	}
	if app.Status == u.Status && app.Note == u.Note {
		return app, false, nil
	}
	at := orNow(u.At, db.now()).UTC()
	if _, err := tx.ExecContext(ctx, `UPDATE applications SET status = ?, note = ?, updated_at = ? WHERE tracking_no = ?`,
		string(u.Status), u.Note, ts(at), app.TrackingNo); err != nil {
		return app, false, fmt.Errorf("set status: %w", err)
	}
	if err := insertChange(ctx, tx, helpdesk.StatusChange{TrackingNo: app.TrackingNo, Old: app.Status, New: u.Status,
		Note: u.Note, Source: u.Source, Actor: u.Actor, At: at}, u.Ref, false); err != nil {
		return app, false, fmt.Errorf("set status: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return app, false, fmt.Errorf("set status: %w", err)
	}
	release()
	app.Status, app.Note, app.UpdatedAt = u.Status, u.Note, at
	return app, true, nil
}

const insertChangeSQL = `INSERT INTO status_history (tracking_no, old_status, new_status, note, source, actor, ref, at, notified)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

func insertChange(ctx context.Context, tx *sql.Tx, c helpdesk.StatusChange, ref string, notified bool) error {
	_, err := tx.ExecContext(ctx, insertChangeSQL,
		c.TrackingNo, string(c.Old), string(c.New), c.Note, c.Source, c.Actor, ref, ts(c.At), notified)
	if err != nil {
		return fmt.Errorf("insert status change: %w", err)
	}
	return nil
}

// insertChangeStmt is insertChange through a statement prepared for the
// transaction (insertChangeSQL).
func insertChangeStmt(ctx context.Context, st *sql.Stmt, c helpdesk.StatusChange, ref string, notified bool) error {
	_, err := st.ExecContext(ctx, c.TrackingNo, string(c.Old), string(c.New), c.Note, c.Source, c.Actor, ref, ts(c.At), notified)
	if err != nil {
		return fmt.Errorf("insert status change: %w", err)
	}
	return nil
}

// PendingStatusNotices returns up to limit changes whose subscribers have
// not been told yet, oldest first. Changes nobody follows are marked done on
// the way, since there is no one to tell.
func (db *DB) PendingStatusNotices(ctx context.Context, limit int) ([]helpdesk.StatusNotice, error) {
	if _, err := db.conn.ExecContext(ctx, `UPDATE status_history SET notified = 1 WHERE notified = 0
		AND tracking_no NOT IN (SELECT tracking_no FROM status_subscriptions)`); err != nil {
		return nil, fmt.Errorf("pending status notices: %w", err)
	}
	rows, err := db.conn.QueryContext(ctx, `SELECT id, tracking_no, old_status, new_status, note, source, actor, at
		FROM status_history WHERE notified = 0 ORDER BY id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("pending status notices: %w", err)
	}
	var out []helpdesk.StatusNotice
	for rows.Next() {
		c, err := scanChange(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("pending status notices: %w", err)
		}
		out = append(out, helpdesk.StatusNotice{Change: c})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pending status notices: %w", err)
	}
	for i := range out {
		n := &out[i]
		if n.Application, err = db.FindApplication(ctx, n.Change.TrackingNo); err != nil {
			return nil, fmt.Errorf("pending status notices: %w", err)
		}
		if n.ChatIDs, err = db.subscribers(ctx, n.Change.TrackingNo); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (db *DB) subscribers(ctx context.Context, trackingNo string) ([]int64, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT chat_id FROM status_subscriptions WHERE tracking_no = ? ORDER BY chat_id`, trackingNo)
	if err != nil {
		return nil, fmt.Errorf("subscribers: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("subscribers: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// MarkStatusNotified queues the messages about a change and marks it told,
// in one transaction, so that each change is announced exactly once.
func (db *DB) MarkStatusNotified(ctx context.Context, changeID int64, acts []outbox.Action) error {
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return fmt.Errorf("mark status notified: %w", err)
	}
	defer release()
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE status_history SET notified = 1 WHERE id = ? AND notified = 0`, changeID)
	if err != nil {
		return fmt.Errorf("mark status notified: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil // told already
	}
	if err := db.enqueueTx(ctx, tx, "status:"+strconv.FormatInt(changeID, 10), acts); err != nil {
		return fmt.Errorf("mark status notified: %w", err)
	}
	return tx.Commit()
}

// Subscribe makes a chat follow an application.
func (db *DB) Subscribe(ctx context.Context, chatID int64, trackingNo string) error {
	_, err := db.conn.ExecContext(ctx, `INSERT INTO status_subscriptions (chat_id, tracking_no, created_at)
		VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, chatID, trackingNo, ts(db.now()))
	if err != nil {
		return fmt.Errorf("subscribe: %w", err)
	}
	return nil
}

// Unsubscribe stops a chat following an application; ok is false when it
// did not follow it.
func (db *DB) Unsubscribe(ctx context.Context, chatID int64, trackingNo string) (bool, error) {
	res, err := db.conn.ExecContext(ctx, `DELETE FROM status_subscriptions WHERE chat_id = ? AND tracking_no = ?`, chatID, trackingNo)
	if err != nil {
		return false, fmt.Errorf("unsubscribe: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// Subscribed reports whether a chat follows an application.
func (db *DB) Subscribed(ctx context.Context, chatID int64, trackingNo string) (bool, error) {
	var n int
	if err := db.conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM status_subscriptions WHERE chat_id = ? AND tracking_no = ?`,
		chatID, trackingNo).Scan(&n); err != nil {
		return false, fmt.Errorf("subscribed: %w", err)
	}
	return n > 0, nil
}

// Subscriptions lists the applications a chat follows.
func (db *DB) Subscriptions(ctx context.Context, chatID int64) ([]helpdesk.Application, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT a.tracking_no, a.service, a.applicant_name, a.status, a.note, a.created_at, a.updated_at
		FROM status_subscriptions s JOIN applications a ON a.tracking_no = s.tracking_no
		WHERE s.chat_id = ? ORDER BY s.created_at, a.tracking_no`, chatID)
	if err != nil {
		return nil, fmt.Errorf("subscriptions: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.Application
	for rows.Next() {
		a, err := scanApplication(rows)
		if err != nil {
			return nil, fmt.Errorf("subscriptions: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// VerifiedAt returns when a chat last gave the right code for a number,
// the zero time when it never did.
func (db *DB) VerifiedAt(ctx context.Context, chatID int64, trackingNo string) (time.Time, error) {
	var at string
	err := db.conn.QueryRowContext(ctx, `SELECT verified_at FROM status_verified WHERE chat_id = ? AND tracking_no = ?`,
		chatID, trackingNo).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	} else if err != nil {
		return time.Time{}, fmt.Errorf("verified at: %w", err)
	}
	return parseTS(at), nil
}

// day is the calendar day (UTC) the per-chat limits count.
func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

// MayTryNumber reports whether a chat may check a number today: it has
// tried it already today, or fewer than MaxNumbersPerDay others.
func (db *DB) MayTryNumber(ctx context.Context, chatID int64, trackingNo string) (bool, error) {
	var seen, n int
	err := db.conn.QueryRowContext(ctx, `SELECT COALESCE(SUM(CASE WHEN tracking_no = ? THEN 1 ELSE 0 END), 0), COUNT(*) FROM status_chat_tries
		WHERE chat_id = ? AND day = ?`, trackingNo, chatID, day(db.now())).Scan(&seen, &n)
	if err != nil {
		return false, fmt.Errorf("may try number: %w", err)
	}
	return seen > 0 || n < MaxNumbersPerDay, nil
}

// CheckStatusCode checks a verify code for a chat. A wrong code and an
// unknown number give the same result after the same work. The hash is
// checked outside any transaction; the outcome is then recorded in one
// write transaction that checks the limits again, so that concurrent
// guesses are counted one by one and none is answered once locked.
//
// Wrong codes lock the number for the chat that gave them (MaxCodeFailures),
// so a stranger who guesses locks out only the stranger. Across all chats a
// number is locked after GlobalCodeFailures wrong codes within a day, for
// every chat except those that gave its right code before (the applicant).
func (db *DB) CheckStatusCode(ctx context.Context, chatID int64, trackingNo, code string) (helpdesk.StatusCheck, error) {
	var res helpdesk.StatusCheck
	now := db.now()
	if res, done, err := db.codeLimits(ctx, db.conn, chatID, trackingNo, now); err != nil || done {
		return res, err
	}
	var hash string
	app, err := scanApplication(db.conn.QueryRowContext(ctx, `SELECT `+appColumns+`, verify_hash FROM applications WHERE tracking_no = ?`,
		trackingNo), &hash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return res, fmt.Errorf("check status code: %w", err)
	}
	// An unknown number costs the same HMAC and never matches.
	code = helpdesk.NormalizeVerifyCode(code)
	ok, legacy := verifyCodeHash(db.verifyKey, hash, trackingNo, code)

	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return res, fmt.Errorf("check status code: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if res, done, err := db.codeLimits(ctx, tx, chatID, trackingNo, now); err != nil || done {
		return res, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO status_chat_tries (chat_id, day, tracking_no) VALUES (?, ?, ?)
		ON CONFLICT DO NOTHING`, chatID, day(now), trackingNo); err != nil {
		return res, fmt.Errorf("check status code: %w", err)
	}
	if ok {
		// The code must still be the one checked: an import may have changed it.
		var current string
		if err := tx.QueryRowContext(ctx, `SELECT verify_hash FROM applications WHERE tracking_no = ?`, trackingNo).Scan(&current); err != nil || current != hash {
			ok = false
		}
	}
	if ok {
		if legacy {
			// The old slow hash gives way to the keyed one.
			if _, err := tx.ExecContext(ctx, `UPDATE applications SET verify_hash = ? WHERE tracking_no = ? AND verify_hash = ?`,
				hashVerifyCode(db.verifyKey, trackingNo, code), trackingNo, hash); err != nil {
				return res, fmt.Errorf("check status code: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE status_chat_attempts SET failures = 0, updated_at = ?
			WHERE chat_id = ? AND tracking_no = ?`, ts(now), chatID, trackingNo); err != nil {
			return res, fmt.Errorf("check status code: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO status_verified (chat_id, tracking_no, verified_at) VALUES (?, ?, ?)
			ON CONFLICT (chat_id, tracking_no) DO UPDATE SET verified_at = excluded.verified_at`, chatID, trackingNo, ts(now)); err != nil {
			return res, fmt.Errorf("check status code: %w", err)
		}
		res.Result, res.Application = helpdesk.CheckOK, app
		return res, tx.Commit()
	}

	// This chat's count.
	var failures, lockouts int
	err = tx.QueryRowContext(ctx, `SELECT failures, lockouts FROM status_chat_attempts WHERE chat_id = ? AND tracking_no = ?`,
		chatID, trackingNo).Scan(&failures, &lockouts)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return res, fmt.Errorf("check status code: %w", err)
	}
	failures++
	lockedUntil := ""
	if failures >= MaxCodeFailures {
		lockouts++
		failures = 0
		until := now.Add(LockoutFor(lockouts))
		lockedUntil = ts(until)
		res.Result, res.LockedUntil, res.NewLockout = helpdesk.CheckLocked, until, true
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO status_chat_attempts (chat_id, tracking_no, failures, lockouts, locked_until, updated_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id, tracking_no) DO UPDATE SET failures = excluded.failures,
		lockouts = excluded.lockouts, locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
		chatID, trackingNo, failures, lockouts, lockedUntil, ts(now)); err != nil {
		return res, fmt.Errorf("check status code: %w", err)
	}

	// The count over all chats, per window of a day.
	var gFailures, gLockouts int
	var gLocked, window string
	err = tx.QueryRowContext(ctx, `SELECT failures, lockouts, locked_until, window_start FROM status_attempts WHERE tracking_no = ?`,
		trackingNo).Scan(&gFailures, &gLockouts, &gLocked, &window)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return res, fmt.Errorf("check status code: %w", err)
	}
	if start := parseTS(window); start.IsZero() || now.Sub(start) >= GlobalWindow {
		gFailures, window = 0, ts(now)
	}
	gFailures++
	if gFailures >= GlobalCodeFailures {
		gLockouts++
		gFailures, window = 0, ts(now)
		gLocked = ts(now.Add(LockoutFor(gLockouts)))
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO status_attempts (tracking_no, failures, lockouts, locked_until, window_start, updated_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tracking_no) DO UPDATE SET failures = excluded.failures,
		lockouts = excluded.lockouts, locked_until = excluded.locked_until, window_start = excluded.window_start,
		updated_at = excluded.updated_at`,
		trackingNo, gFailures, gLockouts, gLocked, window, ts(now)); err != nil {
		return res, fmt.Errorf("check status code: %w", err)
	}
	return res, tx.Commit()
}

// codeLimits reports (done) when a check must stop before the code counts:
// the chat tried too many numbers today, the chat is locked out of the
// number, or the number is locked for everyone who never verified it.
func (db *DB) codeLimits(ctx context.Context, q rowQuerier, chatID int64, trackingNo string, now time.Time) (helpdesk.StatusCheck, bool, error) {
	var res helpdesk.StatusCheck
	var seen, tried int
	if err := q.QueryRowContext(ctx, `SELECT COALESCE(SUM(CASE WHEN tracking_no = ? THEN 1 ELSE 0 END), 0), COUNT(*) FROM status_chat_tries
		WHERE chat_id = ? AND day = ?`, trackingNo, chatID, day(now)).Scan(&seen, &tried); err != nil {
		return res, false, fmt.Errorf("check status code: %w", err)
	}
	if seen == 0 && tried >= MaxNumbersPerDay {
		res.Result = helpdesk.CheckTooMany
		return res, true, nil
	}
	var mine, global string
	var trusted int
	err := q.QueryRowContext(ctx, `SELECT
		COALESCE((SELECT locked_until FROM status_chat_attempts WHERE chat_id = ?1 AND tracking_no = ?2), ''),
		COALESCE((SELECT locked_until FROM status_attempts WHERE tracking_no = ?2), ''),
		CASE WHEN EXISTS (SELECT 1 FROM status_verified WHERE chat_id = ?1 AND tracking_no = ?2)
			OR EXISTS (SELECT 1 FROM status_subscriptions WHERE chat_id = ?1 AND tracking_no = ?2) THEN 1 ELSE 0 END`,
		chatID, trackingNo).Scan(&mine, &global, &trusted)
	if err != nil {
		return res, false, fmt.Errorf("check status code: %w", err)
	}
	if until := parseTS(mine); until.After(now) {
		res.Result, res.LockedUntil = helpdesk.CheckLocked, until
		return res, true, nil
	}
	if until := parseTS(global); until.After(now) && trusted == 0 {
		res.Result, res.LockedUntil = helpdesk.CheckLocked, until
		return res, true, nil
	}
	return res, false, nil
}

// LockoutFor is how long the n-th lockout of a number lasts.
func LockoutFor(n int) time.Duration {
	d := FirstLockout
	for i := 1; i < n && d < MaxLockout; i++ {
		d *= 2
	}
	return min(d, MaxLockout)
}

// PurgeStatusChecks forgets what the limits no longer need: per-chat tries
// of past days, verifications older than a day, and attempt counters idle
// for 30 days (the span the lockout policy is designed for).
func (db *DB) PurgeStatusChecks(ctx context.Context) error {
	now := db.now()
	for _, q := range []struct {
		sql string
		arg string
	}{
		{`DELETE FROM status_chat_tries WHERE day < ?`, day(now.Add(-24 * time.Hour))},
		{`DELETE FROM status_verified WHERE verified_at < ?`, ts(now.Add(-24 * time.Hour))},
		{`DELETE FROM status_attempts WHERE updated_at < ? AND locked_until < ?`, ts(now.Add(-30 * 24 * time.Hour))},
		{`DELETE FROM status_chat_attempts WHERE updated_at < ? AND locked_until < ?`, ts(now.Add(-30 * 24 * time.Hour))},
	} {
		args := []any{q.arg}
		if strings.Count(q.sql, "?") == 2 {
			args = append(args, ts(now))
		}
		if _, err := db.conn.ExecContext(ctx, q.sql, args...); err != nil {
			return fmt.Errorf("purge status checks: %w", err)
		}
	}
	return nil
}
