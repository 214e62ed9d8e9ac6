package storage

import (
	"context"
	"fmt"

	"github.com/layananwarga/helpdesk/redact"
)

// queriesRedactedKey marks a database whose stored gaps and votes have
// been redacted (those recorded before redaction held personal data).
const queriesRedactedKey = "queries_redacted"

// redactStoredQueries replaces personal data in the questions of gaps and
// votes stored before they were redacted on the way in, once per database.
func (db *DB) redactStoredQueries(ctx context.Context) error {
	if v, _, err := db.GetValue(ctx, queriesRedactedKey); err != nil || v != "" {
		return err
	}
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return fmt.Errorf("redact stored queries: %w", err)
	}
	defer release()
	defer tx.Rollback()
	for _, table := range []string{"gaps", "feedback"} {
		rows, err := tx.QueryContext(ctx, `SELECT id, query FROM `+table)
		if err != nil {
			return fmt.Errorf("redact stored queries: %w", err)
		}
		changed := map[int64]string{}
		for rows.Next() {
			var id int64
			var q string
			if err := rows.Scan(&id, &q); err != nil {
				rows.Close()
				return fmt.Errorf("redact stored queries: %w", err)
			}
			if r := redact.Text(q); r != q {
				changed[id] = r
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("redact stored queries: %w", err)
		}
		for id, q := range changed {
			if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET query = ? WHERE id = ?`, q, id); err != nil {
				return fmt.Errorf("redact stored queries: %w", err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO kv (key, value, updated_at) VALUES (?, '1', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, queriesRedactedKey, ts(db.now())); err != nil {
		return fmt.Errorf("redact stored queries: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("redact stored queries: %w", err)
	}
	release()
	db.conn.wipeWAL(ctx)
	return nil
}
