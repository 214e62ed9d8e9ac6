package storage

import (
	"context"
	"fmt"

	"github.com/layananwarga/helpdesk"
)

// RecordAdminAttempt appends to the admin audit log.
func (db *DB) RecordAdminAttempt(ctx context.Context, a helpdesk.AdminAttempt) error {
	allowed := 0
	if a.Allowed {
		allowed = 1
	}
	_, err := db.conn.ExecContext(ctx, `INSERT INTO admin_audit (user_id, chat_id, action, allowed, detail, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, a.UserID, a.ChatID, a.Action, allowed, a.Detail, ts(orNow(a.At, db.now())))
	if err != nil {
		return fmt.Errorf("record admin attempt: %w", err)
	}
	return nil
}

// ListAdminAttempts returns the newest audit entries first.
func (db *DB) ListAdminAttempts(ctx context.Context, limit int) ([]helpdesk.AdminAttempt, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT id, user_id, chat_id, action, allowed, detail, created_at
		FROM admin_audit ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("list admin attempts: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.AdminAttempt
	for rows.Next() {
		var a helpdesk.AdminAttempt
		var allowed int
		var at string
		if err := rows.Scan(&a.ID, &a.UserID, &a.ChatID, &a.Action, &allowed, &a.Detail, &at); err != nil {
			return nil, fmt.Errorf("list admin attempts: %w", err)
		}
		a.Allowed, a.At = allowed == 1, parseTS(at)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list admin attempts: %w", err)
	}
	return out, nil
}
