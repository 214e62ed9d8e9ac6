package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

const caseColumns = `id, citizen_chat, citizen_user, citizen_name, group_chat, thread_id, topic, COALESCE(topic_asked_at, ''),
	summary_msg, state, priority, subject, update_id, claimed_by, claimed_name, COALESCE(claimed_at, ''),
	COALESCE(first_officer_reply_at, ''), COALESCE(closed_at, ''), closed_by, rating, comment, created_at, complaint`

func scanCase(r scanner) (helpdesk.Case, error) {
	var c helpdesk.Case
	var asked, claimed, first, closed, created, state string
	var prio, complaint int
	err := r.Scan(&c.ID, &c.CitizenChat, &c.CitizenUser, &c.CitizenName, &c.GroupChat, &c.ThreadID, &c.Topic, &asked,
		&c.SummaryMsg, &state, &prio, &c.Subject, &c.UpdateID, &c.ClaimedBy, &c.ClaimedName, &claimed,
		&first, &closed, &c.ClosedBy, &c.Rating, &c.Comment, &created, &complaint)
	if err != nil {
		return c, err
	}
	c.State, c.Priority, c.Complaint = helpdesk.CaseState(state), prio == 1, complaint == 1
	c.TopicAskedAt, c.ClaimedAt, c.FirstReplyAt = parseTS(asked), parseTS(claimed), parseTS(first)
	c.ClosedAt, c.CreatedAt = parseTS(closed), parseTS(created)
	return c, nil
}

func (db *DB) findCase(ctx context.Context, q rowQuerier, where string, args ...any) (helpdesk.Case, error) {
	c, err := scanCase(q.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	} else if err != nil {
		return c, fmt.Errorf("find case: %w", err)
	}
	return c, nil
}

// OpenCase opens a case for a citizen in the least busy of groups, unless
// the citizen already has an open case, which is then returned instead
// (created is false). A re-run of the same update (c.UpdateID) gets
// created=true again, so that its replies are rebuilt.
func (db *DB) OpenCase(ctx context.Context, c helpdesk.Case, groups []int64) (helpdesk.Case, bool, error) {
	if len(groups) == 0 {
		return c, false, fmt.Errorf("open case: no officers' group")
	}
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return c, false, fmt.Errorf("open case: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if db.conn.pg {
		// Processes open cases in turn: each counts the groups' open cases
		// to pick the least busy one, and two counting at once would pick
		// the same.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, casesLockKey); err != nil {
			return c, false, fmt.Errorf("open case: %w", err)
		}
	}
	old, err := db.findCase(ctx, tx, `citizen_chat = ? AND state != 'closed'`, c.CitizenChat)
	if err == nil {
		return old, c.UpdateID > 0 && old.UpdateID == c.UpdateID, nil
	} else if !errors.Is(err, ErrNotFound) {
		return c, false, err
	}
	group, best := groups[0], -1
	for _, g := range groups {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases WHERE group_chat = ? AND state != 'closed'`, g).Scan(&n); err != nil {
			return c, false, fmt.Errorf("open case: %w", err)
		}
		if best < 0 || n < best {
			group, best = g, n
		}
	}
	topic := helpdesk.TopicPending
	var forum int
	err = tx.QueryRowContext(ctx, `SELECT forum FROM agent_groups WHERE chat_id = ?`, group).Scan(&forum)
	if err == nil && forum == 0 {
		topic = helpdesk.TopicReplies
	} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return c, false, fmt.Errorf("open case: %w", err)
	}
	now := db.now()
	if c.CreatedAt.IsZero() {
		c.CreatedAt = now
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO cases (citizen_chat, citizen_user, citizen_name, group_chat, topic, topic_asked_at,
		state, priority, complaint, subject, update_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?) RETURNING id`,
		c.CitizenChat, c.CitizenUser, c.CitizenName, group, topic, ts(now), boolInt(c.Priority), boolInt(c.Complaint),
		c.Subject, c.UpdateID, ts(c.CreatedAt)).Scan(&id)
	if err != nil {
		return c, false, fmt.Errorf("open case: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, actor, action, detail) VALUES (?, 'citizen', 'case_opened', ?)`,
		ts(now), fmt.Sprintf("case %d", id)); err != nil {
		return c, false, fmt.Errorf("open case: %w", err)
	}
	out, err := db.findCase(ctx, tx, `id = ?`, id)
	if err != nil {
		return c, false, err
	}
	// Forgotten before the commit and again after, so that no lookup in
	// between leaves the chat remembered as having no case.
	db.noCase.forget(c.CitizenChat)
	if err := tx.Commit(); err != nil {
		return c, false, fmt.Errorf("open case: %w", err)
	}
	db.noCase.forget(c.CitizenChat)
	return out, true, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// FindCase returns a case by its number.
func (db *DB) FindCase(ctx context.Context, id int64) (helpdesk.Case, error) {
	return db.findCase(ctx, db.conn, `id = ?`, id)
}

// FindOpenCase returns the open case of a citizen's chat.
func (db *DB) FindOpenCase(ctx context.Context, citizenChat int64) (helpdesk.Case, error) {
	// Only OpenCase opens cases: a chat remembered without one has none.
	if _, ok := db.noCase.get(citizenChat); ok {
		return helpdesk.Case{}, ErrNotFound
	}
	gen := db.noCase.generation()
	c, err := db.findCase(ctx, db.conn, `citizen_chat = ? AND state != 'closed'`, citizenChat)
	if errors.Is(err, ErrNotFound) {
		db.noCase.fill(citizenChat, struct{}{}, gen)
	}
	return c, err
}

// FindLastCase returns the latest case of a citizen's chat, open or not.
func (db *DB) FindLastCase(ctx context.Context, citizenChat int64) (helpdesk.Case, error) {
	return db.findCase(ctx, db.conn, `citizen_chat = ? ORDER BY id DESC LIMIT 1`, citizenChat)
}

// FindCaseByThread returns the latest case whose topic is thread in group.
func (db *DB) FindCaseByThread(ctx context.Context, group int64, thread int) (helpdesk.Case, error) {
	if thread == 0 {
		return helpdesk.Case{}, ErrNotFound
	}
	return db.findCase(ctx, db.conn, `group_chat = ? AND thread_id = ? ORDER BY id DESC LIMIT 1`, group, thread)
}

// FindCaseByGroupMessage returns the case a bot message in a group belongs
// to, with the citizen's message it carried (0 when none).
func (db *DB) FindCaseByGroupMessage(ctx context.Context, group int64, msg int) (helpdesk.Case, int, error) {
	var id int64
	var citizenMsg int
	err := db.conn.QueryRowContext(ctx, `SELECT case_id, citizen_msg FROM case_message_map WHERE group_chat = ? AND group_msg = ?`,
		group, msg).Scan(&id, &citizenMsg)
	if errors.Is(err, sql.ErrNoRows) {
		return helpdesk.Case{}, 0, ErrNotFound
	} else if err != nil {
		return helpdesk.Case{}, 0, fmt.Errorf("find case by message: %w", err)
	}
	c, err := db.FindCase(ctx, id)
	return c, citizenMsg, err
}

// MapGroupMessage remembers that a bot message in a group belongs to a case.
func (db *DB) MapGroupMessage(ctx context.Context, group int64, msg int, caseID int64, citizenMsg int) error {
	_, err := db.conn.ExecContext(ctx, `INSERT INTO case_message_map (group_chat, group_msg, case_id, citizen_msg)
		VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, group, msg, caseID, citizenMsg)
	if err != nil {
		return fmt.Errorf("map group message: %w", err)
	}
	return nil
}

// QueuePosition is the place of a waiting case among the waiting cases,
// priority cases first; 0 when it is not waiting.
func (db *DB) QueuePosition(ctx context.Context, id int64) (int, error) {
	var n int
	err := db.conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases o, cases c WHERE c.id = ? AND c.state = 'waiting'
		AND o.state = 'waiting' AND (o.priority > c.priority OR (o.priority = c.priority AND o.id <= c.id))`, id).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("queue position: %w", err)
	}
	return n, nil
}

// OpenCases lists the open cases of a group (every group when 0), priority
// and oldest first.
func (db *DB) OpenCases(ctx context.Context, group int64) ([]helpdesk.Case, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE state != 'closed'
		AND (? = 0 OR group_chat = ?) ORDER BY priority DESC, id`, group, group)
	if err != nil {
		return nil, fmt.Errorf("open cases: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.Case
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, fmt.Errorf("open cases: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ClaimCase gives a waiting case to an officer; changed is false when it
// was not waiting (the current case is returned).
func (db *DB) ClaimCase(ctx context.Context, id, officer int64, name string) (helpdesk.Case, bool, error) {
	return db.changeCase(ctx, id, `UPDATE cases SET state = 'claimed', claimed_by = ?, claimed_name = ?, claimed_at = ?
		WHERE id = ? AND state = 'waiting'`, "officer", officer, "case_claimed", officer, name, ts(db.now()), id)
}

// CloseCase closes an open case; by is the officer, 0 for the citizen.
// changed is true when this call closed it, or when update (non-zero)
// is the one that closed it before, so that a re-run repeats its replies.
func (db *DB) CloseCase(ctx context.Context, id, by, update int64) (helpdesk.Case, bool, error) {
	actor := "citizen"
	if by != 0 {
		actor = "officer"
	}
	c, changed, err := db.changeCase(ctx, id, `UPDATE cases SET state = 'closed', closed_by = ?, closed_at = ?, close_update = ?
		WHERE id = ? AND state != 'closed'`, actor, by, "case_closed", by, ts(db.now()), update, id)
	if err != nil || changed || update == 0 {
		return c, changed, err
	}
	var closer int64
	if err := db.conn.QueryRowContext(ctx, `SELECT close_update FROM cases WHERE id = ?`, id).Scan(&closer); err != nil {
		return c, false, fmt.Errorf("close case: %w", err)
	}
	return c, closer == update, nil
}

func (db *DB) changeCase(ctx context.Context, id int64, query, actor string, who int64, action string, args ...any) (helpdesk.Case, bool, error) {
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return helpdesk.Case{}, false, fmt.Errorf("%s: %w", action, err)
	}
	defer release()
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return helpdesk.Case{}, false, fmt.Errorf("%s: %w", action, err)
	}
	n, _ := res.RowsAffected()
	if n > 0 {
		if who != 0 {
			actor = fmt.Sprintf("%s:%d", actor, who)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)`,
			ts(db.now()), actor, action, fmt.Sprintf("case %d", id)); err != nil {
			return helpdesk.Case{}, false, fmt.Errorf("%s: %w", action, err)
		}
	}
	c, err := db.findCase(ctx, tx, `id = ?`, id)
	if err != nil {
		return c, false, err
	}
	return c, n > 0, tx.Commit()
}

// RateCase records the citizen's rating of a closed case, once.
func (db *DB) RateCase(ctx context.Context, id, citizenChat int64, rating int) (bool, error) {
	if rating < 1 || rating > 5 {
		return false, fmt.Errorf("rate case: rating %d out of range", rating)
	}
	res, err := db.conn.ExecContext(ctx, `UPDATE cases SET rating = ? WHERE id = ? AND citizen_chat = ? AND state = 'closed' AND rating = 0`,
		rating, id, citizenChat)
	if err != nil {
		return false, fmt.Errorf("rate case: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// CommentCase records the citizen's comment on a closed case.
func (db *DB) CommentCase(ctx context.Context, id, citizenChat int64, comment string) error {
	return db.WriteRecords(ctx, helpdesk.Records{CaseComments: []helpdesk.CaseComment{{CaseID: id, CitizenChat: citizenChat, Comment: comment}}})
}

// AddCaseMessage adds a line to a case's transcript, once per update.
func (db *DB) AddCaseMessage(ctx context.Context, m helpdesk.CaseMessage) error {
	return db.WriteRecords(ctx, helpdesk.Records{CaseMessages: []helpdesk.CaseMessage{m}})
}

func (db *DB) caseMessageWrite(m helpdesk.CaseMessage) pendingWrite {
	return pendingWrite{query: `INSERT INTO case_messages (case_id, update_id, sender, officer_id, officer_name, text,
		media_kind, file_id, source_chat, source_msg, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		args: []any{m.CaseID, m.UpdateID, m.From, m.OfficerID, m.OfficerName, m.Text, m.MediaKind, m.FileID, m.SourceChat, m.SourceMsg,
			ts(orNow(m.At, db.now()))}}
}

// CaseMessages returns a case's transcript, oldest first.
func (db *DB) CaseMessages(ctx context.Context, caseID int64) ([]helpdesk.CaseMessage, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT case_id, update_id, sender, officer_id, officer_name, text, media_kind, file_id,
		source_chat, source_msg, created_at FROM case_messages WHERE case_id = ? ORDER BY id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("case messages: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.CaseMessage
	for rows.Next() {
		var m helpdesk.CaseMessage
		var at string
		if err := rows.Scan(&m.CaseID, &m.UpdateID, &m.From, &m.OfficerID, &m.OfficerName, &m.Text, &m.MediaKind, &m.FileID,
			&m.SourceChat, &m.SourceMsg, &at); err != nil {
			return nil, fmt.Errorf("case messages: %w", err)
		}
		m.At = parseTS(at)
		out = append(out, m)
	}
	return out, rows.Err()
}

// OfficerSpoke records that an officer wrote to the citizen of a case: the
// first officer reply, a waiting case claimed by them. first is true the
// first time this officer speaks in the case.
func (db *DB) OfficerSpoke(ctx context.Context, caseID, officer int64, name string) (bool, error) {
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return false, fmt.Errorf("officer spoke: %w", err)
	}
	defer release()
	defer tx.Rollback()
	now := ts(db.now())
	res, err := tx.ExecContext(ctx, `INSERT INTO case_officers (case_id, officer_id, name, first_at) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, caseID, officer, name, now)
	if err != nil {
		return false, fmt.Errorf("officer spoke: %w", err)
	}
	n, _ := res.RowsAffected()
	if _, err := tx.ExecContext(ctx, `UPDATE cases SET first_officer_reply_at = COALESCE(first_officer_reply_at, ?) WHERE id = ?`,
		now, caseID); err != nil {
		return false, fmt.Errorf("officer spoke: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE cases SET state = 'claimed', claimed_by = ?, claimed_name = ?, claimed_at = ?
		WHERE id = ? AND state = 'waiting'`, officer, name, now, caseID); err != nil {
		return false, fmt.Errorf("officer spoke: %w", err)
	}
	return n > 0, tx.Commit()
}

// SetCaseTopic records the topic of a case and how it is threaded.
func (db *DB) SetCaseTopic(ctx context.Context, id int64, thread int, mode string) error {
	return db.WriteRecords(ctx, helpdesk.Records{CaseTopics: []helpdesk.CaseTopic{{CaseID: id, Thread: thread, Mode: mode}}})
}

// AskTopic marks a case as waiting for a new topic (its old one is gone).
// It returns false when one was asked for after since, so that a burst of
// failed sends asks once; by names the asker (the outcome's outbox id), and
// the same asker asking again (its handling re-run after a crash) is told
// true again.
func (db *DB) AskTopic(ctx context.Context, id int64, since time.Time, by int64) (bool, error) {
	res, err := db.conn.ExecContext(ctx, `UPDATE cases SET thread_id = 0, topic = 'pending', topic_asked_at = ?, topic_asked_by = ?
		WHERE id = ? AND (NOT (topic = 'pending' AND COALESCE(topic_asked_at, '') > ?) OR (topic = 'pending' AND topic_asked_by = ? AND ? != 0))`,
		ts(db.now()), by, id, ts(since), by, by)
	if err != nil {
		return false, fmt.Errorf("ask topic: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// NoteQueueNotice records that a waiting citizen is told their place in
// the queue now; false when they were told after since (or the case is not
// waiting), so that the notice is not repeated too often.
func (db *DB) NoteQueueNotice(ctx context.Context, id int64, since time.Time) (bool, error) {
	res, err := db.conn.ExecContext(ctx, `UPDATE cases SET queue_noticed_at = ? WHERE id = ? AND state = 'waiting'
		AND COALESCE(queue_noticed_at, created_at) <= ?`, ts(db.now()), id, ts(since))
	if err != nil {
		return false, fmt.Errorf("note queue notice: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// SetSummaryMessage records the summary message of a case in its group.
func (db *DB) SetSummaryMessage(ctx context.Context, id int64, msg int) error {
	return db.WriteRecords(ctx, helpdesk.Records{CaseSummaries: []helpdesk.CaseSummary{{CaseID: id, Message: msg}}})
}

// SetGroupForum records whether an officers' group has topics.
func (db *DB) SetGroupForum(ctx context.Context, chat int64, forum bool) error {
	_, err := db.conn.ExecContext(ctx, `INSERT INTO agent_groups (chat_id, forum, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (chat_id) DO UPDATE SET forum = excluded.forum, updated_at = excluded.updated_at`, chat, boolInt(forum), ts(db.now()))
	if err != nil {
		return fmt.Errorf("set group forum: %w", err)
	}
	return nil
}

// FlagOverdueCases marks cases waiting unclaimed since before as flagged
// and enqueues the reminders build returns, in one transaction, so that
// each case is flagged once.
func (db *DB) FlagOverdueCases(ctx context.Context, before time.Time, build func(helpdesk.Case) []outbox.Action) (int, error) {
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("flag overdue cases: %w", err)
	}
	defer release()
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE state = 'waiting' AND sla_flagged_at IS NULL
		AND created_at < ? ORDER BY id`, ts(before))
	if err != nil {
		return 0, fmt.Errorf("flag overdue cases: %w", err)
	}
	var due []helpdesk.Case
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			rows.Close()
			return 0, fmt.Errorf("flag overdue cases: %w", err)
		}
		due = append(due, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("flag overdue cases: %w", err)
	}
	for _, c := range due {
		if _, err := tx.ExecContext(ctx, `UPDATE cases SET sla_flagged_at = ? WHERE id = ?`, ts(db.now()), c.ID); err != nil {
			return 0, fmt.Errorf("flag overdue cases: %w", err)
		}
		if err := db.enqueueTx(ctx, tx, fmt.Sprintf("sla:%d", c.ID), build(c)); err != nil {
			return 0, fmt.Errorf("flag overdue cases: %w", err)
		}
	}
	return len(due), tx.Commit()
}

// Audit records who did what, without personal data.
func (db *DB) Audit(ctx context.Context, e helpdesk.AuditEntry) error {
	_, err := db.conn.ExecContext(ctx, `INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)`,
		ts(orNow(e.At, db.now())), e.Actor, e.Action, e.Detail)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// AuditLog lists the audit entries since a time, oldest first.
func (db *DB) AuditLog(ctx context.Context, since time.Time) ([]helpdesk.AuditEntry, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT at, actor, action, detail FROM audit_log WHERE at >= ? ORDER BY id`, ts(since))
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.AuditEntry
	for rows.Next() {
		var e helpdesk.AuditEntry
		var at string
		if err := rows.Scan(&at, &e.Actor, &e.Action, &e.Detail); err != nil {
			return nil, fmt.Errorf("audit log: %w", err)
		}
		e.At = parseTS(at)
		out = append(out, e)
	}
	return out, rows.Err()
}
