package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// EraseCitizen deletes what is stored about the citizen of a chat, wherever
// the bot put it: their profile, conversation turns, votes, unanswered
// questions, chat state, status checks, stored updates (update, the erasure's
// own, included) and replies; of their closed cases, the transcript, the
// group posts and the officers' updates about them, while the case itself
// stays, anonymised, for the figures. Refused admin attempts lose the chat,
// the audit log the citizen's id. The erasure is recorded in the audit log in
// counts only. Deleted content is overwritten (secure_delete) and the WAL
// emptied, so no byte of it stays in the files. Open cases are left alone:
// the caller closes them first. It returns the anonymised cases, so that the
// caller can redact their posts in the officers' group.
func (db *DB) EraseCitizen(ctx context.Context, chat, update int64) (helpdesk.Erased, []helpdesk.Case, error) {
	var e helpdesk.Erased
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return e, nil, fmt.Errorf("erase citizen: %w", err)
	}
	defer release()
	defer tx.Rollback()
	cases, err := erasableCases(ctx, tx, chat)
	if err != nil {
		return e, nil, fmt.Errorf("erase citizen: %w", err)
	}
	for _, c := range cases {
		n, err := eraseCaseTraces(ctx, tx, c)
		if err != nil {
			return e, nil, fmt.Errorf("erase citizen: case %d: %w", c.ID, err)
		}
		e.Updates += n.updates
		e.Replies += n.replies
	}
	steps := []struct {
		dst   *int64
		query string
		args  []any
	}{
		{&e.CaseMessages, `DELETE FROM case_messages WHERE case_id IN (SELECT id FROM cases WHERE citizen_chat = ? AND state = 'closed')`, nil},
		{nil, `DELETE FROM case_message_map WHERE case_id IN (SELECT id FROM cases WHERE citizen_chat = ? AND state = 'closed')`, nil},
		{nil, `UPDATE cases SET closed_by = 0 WHERE citizen_chat = ?1 AND state = 'closed' AND closed_by = ?1`, nil},
		{&e.Cases, `UPDATE cases SET citizen_chat = 0, citizen_user = 0, citizen_name = '', subject = '', comment = ''
			WHERE citizen_chat = ? AND state = 'closed'`, nil},
		{&e.Turns, `DELETE FROM turns WHERE chat_id = ?`, nil},
		{&e.Feedback, `DELETE FROM feedback WHERE chat_id = ?`, nil},
		{&e.Gaps, `DELETE FROM gaps WHERE chat_id = ?`, nil},
		{&e.Citizens, `DELETE FROM citizens WHERE chat_id = ?`, nil},
		{&e.States, `DELETE FROM chat_state WHERE chat_id = ?`, nil},
		{&e.Updates, `DELETE FROM updates WHERE chat_id = ?1 AND (state != 'pending' OR id = ?2)`, []any{chat, update}},
		{&e.Replies, `DELETE FROM outbox WHERE chat_id = ? AND state != 'pending'`, nil},
		{&e.Subscriptions, `DELETE FROM status_subscriptions WHERE chat_id = ?`, nil},
		{nil, `DELETE FROM status_verified WHERE chat_id = ?`, nil},
		{nil, `DELETE FROM status_chat_tries WHERE chat_id = ?`, nil},
		{nil, `DELETE FROM llm_token_usage WHERE conversation_id = ?`, nil},
		{nil, `DELETE FROM skm_marks WHERE chat_id = ?`, nil},
		{nil, `DELETE FROM admin_audit WHERE chat_id = ?1 OR user_id = ?1`, nil},
		{nil, `UPDATE audit_log SET actor = 'citizen' WHERE actor = ?`, []any{"citizen:" + strconv.FormatInt(chat, 10)}},
		// A finished announcement needs no cursor; a running one keeps it.
		{nil, `UPDATE announcements SET cursor = 0 WHERE cursor = ? AND state != 'sending'`, nil},
	}
	for _, s := range steps {
		args := s.args
		if args == nil {
			args = []any{chat}
		}
		res, err := tx.ExecContext(ctx, s.query, args...)
		if err != nil {
			return e, nil, fmt.Errorf("erase citizen: %w", err)
		}
		if s.dst != nil {
			n, _ := res.RowsAffected()
			*s.dst += n
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, actor, action, detail) VALUES (?, 'citizen', 'personal_data_erased', ?)`,
		ts(db.now()), erasedDetail(e)); err != nil {
		return e, nil, fmt.Errorf("erase citizen: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return e, nil, fmt.Errorf("erase citizen: %w", err)
	}
	release()
	db.states.forget(chat)
	db.seen.forget(chat)
	db.conn.wipeWAL(ctx)
	for i := range cases {
		cases[i].CitizenChat, cases[i].CitizenUser, cases[i].CitizenName, cases[i].Subject, cases[i].Comment = 0, 0, "", "", ""
	}
	return e, cases, nil
}

// erasableCases lists a citizen's closed cases.
func erasableCases(ctx context.Context, tx *sql.Tx, chat int64) ([]helpdesk.Case, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE citizen_chat = ? AND state = 'closed' ORDER BY id`, chat)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []helpdesk.Case
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

type traceCounts struct{ updates, replies int64 }

// eraseCaseTraces deletes what a case left in the officers' group: the
// bot's posts about it (the summary and its edits, relayed messages, notes,
// topic names) and the officers' updates in its topic or answering its
// posts, which carry the citizen's words quoted by Telegram.
func eraseCaseTraces(ctx context.Context, tx *sql.Tx, c helpdesk.Case) (traceCounts, error) {
	var n traceCounts
	posts := map[int]bool{}
	if c.SummaryMsg != 0 {
		posts[c.SummaryMsg] = true
	}
	mapped, err := tx.QueryContext(ctx, `SELECT group_msg FROM case_message_map WHERE case_id = ?`, c.ID)
	if err != nil {
		return n, err
	}
	for mapped.Next() {
		var m int
		if err := mapped.Scan(&m); err != nil {
			mapped.Close()
			return n, err
		}
		posts[m] = true
	}
	mapped.Close()
	if err := mapped.Err(); err != nil {
		return n, err
	}
	since := ts(c.CreatedAt)
	ups, err := idsWhere(ctx, tx, `SELECT id, payload FROM updates WHERE chat_id = ? AND state != 'pending' AND received_at >= ?`,
		[]any{c.GroupChat, since}, func(_ int, payload []byte) bool { return updateOfCase(payload, c, posts) })
	if err != nil {
		return n, err
	}
	if n.updates, err = deleteIDs(ctx, tx, "updates", ups); err != nil {
		return n, err
	}
	outs, err := idsWhere(ctx, tx, `SELECT o.id, o.message_id, p.payload FROM outbox o JOIN outbox_payloads p ON p.id = o.id
		WHERE o.chat_id = ? AND o.created_at >= ?`, []any{c.GroupChat, since},
		func(msg int, payload []byte) bool { return posts[msg] || postOfCase(payload, c, posts) })
	if err != nil {
		return n, err
	}
	n.replies, err = deleteIDs(ctx, tx, "outbox", outs)
	return n, err
}

// idsWhere runs q, whose rows are an id, optionally a message id, and a
// payload, and returns the ids keep accepts.
func idsWhere(ctx context.Context, tx *sql.Tx, q string, args []any, keep func(msg int, payload []byte) bool) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []int64
	for rows.Next() {
		var id int64
		var msg int
		var payload []byte
		dst := []any{&id, &payload}
		if len(cols) == 3 {
			dst = []any{&id, &msg, &payload}
		}
		if err := rows.Scan(dst...); err != nil {
			return nil, err
		}
		if keep(msg, payload) {
			out = append(out, id)
		}
	}
	return out, rows.Err()
}

func deleteIDs(ctx context.Context, tx *sql.Tx, table string, ids []int64) (int64, error) {
	var n int64
	for len(ids) > 0 {
		k := min(len(ids), 500)
		parts := make([]string, k)
		for i, id := range ids[:k] {
			parts[i] = strconv.FormatInt(id, 10)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id IN (`+strings.Join(parts, ",")+`)`)
		if err != nil {
			return n, err
		}
		d, _ := res.RowsAffected()
		n += d
		ids = ids[k:]
	}
	return n, nil
}

// groupMessage is the part of a message in an officers' group that ties it
// to a case.
type groupMessage struct {
	ID       int `json:"message_id"`
	ThreadID int `json:"message_thread_id"`
	ReplyTo  *struct {
		ID int `json:"message_id"`
	} `json:"reply_to_message"`
}

// updateOfCase reports whether a stored update of the officers' group
// belongs to case c: written in its topic, answering one of its posts, or a
// button of the case.
func updateOfCase(payload []byte, c helpdesk.Case, posts map[int]bool) bool {
	var u struct {
		Message  *groupMessage `json:"message"`
		Edited   *groupMessage `json:"edited_message"`
		Callback *struct {
			Data    string        `json:"data"`
			Message *groupMessage `json:"message"`
		} `json:"callback_query"`
	}
	if json.Unmarshal(payload, &u) != nil {
		return false
	}
	ofCase := func(m *groupMessage) bool {
		if m == nil {
			return false
		}
		return (c.ThreadID != 0 && m.ThreadID == c.ThreadID) || posts[m.ID] || (m.ReplyTo != nil && posts[m.ReplyTo.ID])
	}
	if u.Callback != nil {
		if d := u.Callback.Data; strings.HasPrefix(d, "case:") && strings.HasSuffix(d, ":"+strconv.FormatInt(c.ID, 10)) {
			return true
		}
		return ofCase(u.Callback.Message)
	}
	return ofCase(u.Message) || ofCase(u.Edited)
}

// postOfCase reports whether a stored action in the officers' group is
// about case c.
func postOfCase(payload []byte, c helpdesk.Case, posts map[int]bool) bool {
	a, err := outbox.Decode(payload)
	if err != nil {
		return false
	}
	return a.CaseID == c.ID || posts[a.MessageID] || posts[a.ReplyTo] || (c.ThreadID != 0 && a.ThreadID == c.ThreadID)
}
