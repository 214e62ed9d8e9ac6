package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/layananwarga/helpdesk"
)

// pendingWrite is one statement of a record, written inside a transaction.
type pendingWrite struct {
	query string
	args  []any
	// after, when set, runs once the write is committed.
	after func()
}

// recordWrites turns what a handler recorded into statements, in an order
// that keeps references right: the citizen before their announcement choice.
func (db *DB) recordWrites(r helpdesk.Records) []pendingWrite {
	var ws []pendingWrite
	for _, c := range r.Citizens {
		if w, ok := db.citizenWrite(c); ok {
			ws = append(ws, w)
		}
	}
	for _, a := range r.Announcements {
		ws = append(ws, pendingWrite{query: `UPDATE citizens SET announcements = ? WHERE chat_id = ?`, args: []any{boolInt(a.On), a.ChatID}})
	}
	for _, t := range r.Turns {
		ws = append(ws, db.turnWrite(t))
	}
	for _, s := range r.States {
		ws = append(ws, db.stateWrite(s))
	}
	for _, f := range r.Feedback {
		ws = append(ws, db.feedbackWrite(f))
	}
	for _, g := range r.Gaps {
		ws = append(ws, db.gapWrite(g))
	}
	for _, m := range r.CaseMessages {
		ws = append(ws, db.caseMessageWrite(m))
	}
	for _, t := range r.CaseTopics {
		ws = append(ws, pendingWrite{query: `UPDATE cases SET thread_id = ?, topic = ? WHERE id = ?`, args: []any{t.Thread, t.Mode, t.CaseID}})
	}
	for _, s := range r.CaseSummaries {
		ws = append(ws, pendingWrite{query: `UPDATE cases SET summary_msg = ? WHERE id = ?`, args: []any{s.Message, s.CaseID}})
	}
	for _, a := range r.AdminAttempts {
		ws = append(ws, pendingWrite{query: `INSERT INTO admin_audit (user_id, chat_id, action, allowed, detail, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, args: []any{a.UserID, a.ChatID, a.Action, boolInt(a.Allowed), a.Detail, ts(orNow(a.At, db.now()))}})
	}
	for _, c := range r.CaseComments {
		ws = append(ws, pendingWrite{query: `UPDATE cases SET comment = ? WHERE id = ? AND citizen_chat = ? AND state = 'closed'`,
			args: []any{c.Comment, c.CaseID, c.CitizenChat}})
	}
	return ws
}

// WriteRecords writes records outside any update, in a transaction of
// their own. Handlers never call it: their records are written by
// CompleteUpdate with the update's actions and handled mark.
func (db *DB) WriteRecords(ctx context.Context, r helpdesk.Records) error {
	ws := db.recordWrites(r)
	if len(ws) == 0 {
		return nil
	}
	if err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error { return db.conn.runWrites(ctx, tx, ws) }); err != nil {
		return fmt.Errorf("write records: %w", err)
	}
	return nil
}

// runWrites runs pending writes in tx.
func (p *pool) runWrites(ctx context.Context, tx *sql.Tx, ws []pendingWrite) error {
	for _, w := range ws {
		st, err := p.txStmt(ctx, tx, w.query)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, w.args...); err != nil {
			return err
		}
		if e := effectsOf(ctx); e != nil && w.after != nil {
			e.after = append(e.after, w.after)
		}
	}
	return nil
}
