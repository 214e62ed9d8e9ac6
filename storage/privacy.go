package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
)

// PersonalData gathers what is stored about the citizen of a chat.
func (db *DB) PersonalData(ctx context.Context, chat int64) (helpdesk.PersonalData, error) {
	var pd helpdesk.PersonalData
	c, err := db.FindCitizen(ctx, chat)
	switch {
	case err == nil:
		pd.Citizen, pd.Known = c, true
	case !errors.Is(err, ErrNotFound):
		return pd, err
	}
	counts := []struct {
		dst   *int
		query string
	}{
		{&pd.Turns, `SELECT COUNT(*) FROM turns WHERE chat_id = ?`},
		{&pd.Feedback, `SELECT COUNT(*) FROM feedback WHERE chat_id = ?`},
		{&pd.Gaps, `SELECT COUNT(*) FROM gaps WHERE chat_id = ?`},
		{&pd.CaseMessages, `SELECT COUNT(*) FROM case_messages m JOIN cases c ON c.id = m.case_id WHERE c.citizen_chat = ?`},
		{&pd.Subscriptions, `SELECT COUNT(*) FROM status_subscriptions WHERE chat_id = ?`},
	}
	for _, q := range counts {
		if err := db.conn.QueryRowContext(ctx, q.query, chat).Scan(q.dst); err != nil {
			return pd, fmt.Errorf("personal data: %w", err)
		}
	}
	if pd.Checked, err = db.checkedNumbers(ctx, chat); err != nil {
		return pd, err
	}
	rows, err := db.conn.QueryContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE citizen_chat = ? ORDER BY id`, chat)
	if err != nil {
		return pd, fmt.Errorf("personal data: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return pd, fmt.Errorf("personal data: %w", err)
		}
		pd.Cases = append(pd.Cases, c)
	}
	return pd, rows.Err()
}

func erasedDetail(e helpdesk.Erased) string {
	return fmt.Sprintf("citizens=%d turns=%d case_messages=%d cases_anonymised=%d feedback=%d gaps=%d updates=%d states=%d subscriptions=%d replies=%d",
		e.Citizens, e.Turns, e.CaseMessages, e.Cases, e.Feedback, e.Gaps, e.Updates, e.States, e.Subscriptions, e.Replies)
}

// PurgeExpired deletes or anonymises personal data older than before:
// conversation turns, case transcripts, closed cases' personal fields,
// citizens not seen since, votes and unanswered questions, chat states,
// delivered replies, update payloads and per-chat token usage. It records what it did, in
// counts, in the audit log.
func (db *DB) PurgeExpired(ctx context.Context, before time.Time) (helpdesk.Erased, error) {
	var e helpdesk.Erased
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return e, fmt.Errorf("purge expired: %w", err)
	}
	defer release()
	defer tx.Rollback()
	cut := ts(before)
	steps := []struct {
		dst   *int64
		query string
	}{
		{&e.CaseMessages, `DELETE FROM case_messages WHERE created_at < ?`},
		{nil, `DELETE FROM case_message_map WHERE case_id IN (SELECT id FROM cases WHERE state = 'closed' AND closed_at < ?)`},
		{&e.Cases, `UPDATE cases SET citizen_chat = 0, citizen_user = 0, citizen_name = '', subject = '', comment = ''
			WHERE state = 'closed' AND closed_at < ? AND citizen_chat != 0`},
		{&e.Turns, `DELETE FROM turns WHERE created_at < ?`},
		{&e.Feedback, `DELETE FROM feedback WHERE created_at < ?`},
		{&e.Gaps, `DELETE FROM gaps WHERE created_at < ?`},
		{&e.Citizens, `DELETE FROM citizens WHERE last_seen < ?`},
		{&e.States, `DELETE FROM chat_state WHERE updated_at < ?`},
		{&e.Replies, `DELETE FROM outbox WHERE state != 'pending' AND created_at < ?`},
		{nil, `DELETE FROM status_verified WHERE verified_at < ?`},
		{nil, `DELETE FROM status_chat_tries WHERE day < substr(?, 1, 10)`},
	}
	for _, s := range steps {
		res, err := tx.ExecContext(ctx, s.query, cut)
		if err != nil {
			return e, fmt.Errorf("purge expired: %w", err)
		}
		if s.dst != nil {
			*s.dst, _ = res.RowsAffected()
		}
	}
	if err := tx.Commit(); err != nil {
		return e, fmt.Errorf("purge expired: %w", err)
	}
	db.states.forgetAll()
	db.seen.forgetAll()
	release()
	if e.Updates, err = db.PurgeUpdates(ctx, before); err != nil {
		return e, err
	}
	if _, err := db.PurgeTokenUsage(ctx, before.UTC().Format("2006-01-02")); err != nil {
		return e, err
	}
	if e != (helpdesk.Erased{}) {
		db.conn.wipeWAL(ctx)
		if err := db.Audit(ctx, helpdesk.AuditEntry{Actor: "system", Action: "retention_purge", Detail: erasedDetail(e)}); err != nil {
			return e, err
		}
	}
	return e, nil
}

// checkedNumbers lists the tracking numbers a chat tried, verified or
// follows.
func (db *DB) checkedNumbers(ctx context.Context, chat int64) ([]string, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT tracking_no FROM status_chat_tries WHERE chat_id = ?1
		UNION SELECT tracking_no FROM status_verified WHERE chat_id = ?1
		UNION SELECT tracking_no FROM status_subscriptions WHERE chat_id = ?1 ORDER BY 1`, chat)
	if err != nil {
		return nil, fmt.Errorf("personal data: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var no string
		if err := rows.Scan(&no); err != nil {
			return nil, fmt.Errorf("personal data: %w", err)
		}
		out = append(out, no)
	}
	return out, rows.Err()
}
