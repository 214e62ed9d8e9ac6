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

// EraseCitizen deletes what is stored about the citizen of a chat and
// anonymises their closed cases (their figures stay), recording the
// erasure in the audit log without the data. Open cases are left alone:
// the caller closes them first.
func (db *DB) EraseCitizen(ctx context.Context, chat int64) (helpdesk.Erased, error) {
	var e helpdesk.Erased
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return e, fmt.Errorf("erase citizen: %w", err)
	}
	defer release()
	defer tx.Rollback()
	steps := []struct {
		dst   *int64
		query string
	}{
		{&e.CaseMessages, `DELETE FROM case_messages WHERE case_id IN (SELECT id FROM cases WHERE citizen_chat = ? AND state = 'closed')`},
		{nil, `DELETE FROM case_message_map WHERE case_id IN (SELECT id FROM cases WHERE citizen_chat = ? AND state = 'closed')`},
		{&e.Cases, `UPDATE cases SET citizen_chat = 0, citizen_user = 0, citizen_name = '', subject = '', comment = ''
			WHERE citizen_chat = ? AND state = 'closed'`},
		{&e.Turns, `DELETE FROM turns WHERE chat_id = ?`},
		{&e.Feedback, `DELETE FROM feedback WHERE chat_id = ?`},
		{&e.Gaps, `DELETE FROM gaps WHERE chat_id = ?`},
		{&e.Citizens, `DELETE FROM citizens WHERE chat_id = ?`},
		{&e.States, `DELETE FROM chat_state WHERE chat_id = ?`},
		{&e.Updates, `DELETE FROM updates WHERE chat_id = ? AND state != 'pending'`},
		{&e.Replies, `DELETE FROM outbox WHERE chat_id = ? AND state != 'pending'`},
		{&e.Subscriptions, `DELETE FROM status_subscriptions WHERE chat_id = ?`},
		{nil, `DELETE FROM status_verified WHERE chat_id = ?`},
		{nil, `DELETE FROM status_chat_tries WHERE chat_id = ?`},
		{nil, `DELETE FROM llm_token_usage WHERE conversation_id = ?`},
		{nil, `DELETE FROM skm_marks WHERE chat_id = ?`},
	}
	for _, s := range steps {
		res, err := tx.ExecContext(ctx, s.query, chat)
		if err != nil {
			return e, fmt.Errorf("erase citizen: %w", err)
		}
		if s.dst != nil {
			*s.dst, _ = res.RowsAffected()
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, actor, action, detail) VALUES (?, 'citizen', 'personal_data_erased', ?)`,
		ts(db.now()), erasedDetail(e)); err != nil {
		return e, fmt.Errorf("erase citizen: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return e, fmt.Errorf("erase citizen: %w", err)
	}
	db.states.forget(chat)
	db.seen.forget(chat)
	return e, nil
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
		if err := db.Audit(ctx, helpdesk.AuditEntry{Actor: "system", Action: "retention_purge", Detail: erasedDetail(e)}); err != nil {
			return e, err
		}
	}
	return e, nil
}
