package storage

import (
	"context"
	"fmt"

	"github.com/layananwarga/helpdesk"
)

// maxGapItems bounds the gaps report's input: the newest items win.
const maxGapItems = 5000

// ListGapItems returns the unanswered questions and downvoted answers not
// yet marked handled, oldest first; with limit <= 0 up to 5000 of the newest.
func (db *DB) ListGapItems(ctx context.Context, limit int) ([]helpdesk.GapItem, error) {
	if limit <= 0 || limit > maxGapItems {
		limit = maxGapItems
	}
	rows, err := db.conn.QueryContext(ctx, `SELECT kind, id, chat_id, query, ids, created_at FROM (
			SELECT 'gap' AS kind, g.id, g.chat_id, g.query, g.top_ids AS ids, g.created_at FROM gaps g
			WHERE NOT EXISTS (SELECT 1 FROM gap_mark_items m WHERE m.kind = 'gap' AND m.item_id = g.id)
			UNION ALL
			SELECT 'vote', f.id, f.chat_id, f.query, f.article_ids, f.created_at FROM feedback f
			WHERE f.vote < 0 AND NOT EXISTS (SELECT 1 FROM gap_mark_items m WHERE m.kind = 'vote' AND m.item_id = f.id)
			ORDER BY created_at DESC LIMIT ?) AS items
		ORDER BY created_at, kind, id`, limit)
	if err != nil {
		return nil, fmt.Errorf("list gap items: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.GapItem
	for rows.Next() {
		var it helpdesk.GapItem
		var ids, at string
		if err := rows.Scan(&it.Kind, &it.ID, &it.ChatID, &it.Query, &ids, &at); err != nil {
			return nil, fmt.Errorf("list gap items: %w", err)
		}
		it.ArticleIDs, it.At = splitIDs(ids), parseTS(at)
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list gap items: %w", err)
	}
	return out, nil
}

// MarkGapsHandled records that items are covered by m.ArticleID; items
// already marked keep their first mark. It returns the stored mark.
func (db *DB) MarkGapsHandled(ctx context.Context, m helpdesk.GapMark, items []helpdesk.GapRef) (helpdesk.GapMark, error) {
	if m.ArticleID == "" || len(items) == 0 {
		return m, fmt.Errorf("mark gaps handled: no article or no items")
	}
	if m.At.IsZero() {
		m.At = db.now()
	}
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return m, fmt.Errorf("mark gaps handled: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `INSERT INTO gap_marks (article_id, label, items, marked_by, marked_at) VALUES (?, ?, 0, ?, ?) RETURNING id`,
		m.ArticleID, m.Label, m.By, ts(m.At)).Scan(&m.ID); err != nil {
		return m, fmt.Errorf("mark gaps handled: %w", err)
	}
	n := 0
	for _, it := range items {
		if it.Kind != helpdesk.GapUnanswered && it.Kind != helpdesk.GapDownvote {
			return m, fmt.Errorf("mark gaps handled: bad kind %q", it.Kind)
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO gap_mark_items (kind, item_id, mark_id) VALUES (?, ?, ?)
			ON CONFLICT DO NOTHING`, it.Kind, it.ID, m.ID)
		if err != nil {
			return m, fmt.Errorf("mark gaps handled: %w", err)
		}
		k, _ := r.RowsAffected()
		n += int(k)
	}
	if n == 0 {
		// Everything was marked before (a re-run): keep no empty mark.
		return m, helpdesk.ErrConflict
	}
	m.Items = n
	if _, err := tx.ExecContext(ctx, `UPDATE gap_marks SET items = ? WHERE id = ?`, n, m.ID); err != nil {
		return m, fmt.Errorf("mark gaps handled: %w", err)
	}
	return m, tx.Commit()
}

// ListGapMarks returns the newest marks first.
func (db *DB) ListGapMarks(ctx context.Context, limit int) ([]helpdesk.GapMark, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT id, article_id, label, items, marked_by, marked_at FROM gap_marks
		ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("list gap marks: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.GapMark
	for rows.Next() {
		var m helpdesk.GapMark
		var at string
		if err := rows.Scan(&m.ID, &m.ArticleID, &m.Label, &m.Items, &m.By, &at); err != nil {
			return nil, fmt.Errorf("list gap marks: %w", err)
		}
		m.At = parseTS(at)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list gap marks: %w", err)
	}
	return out, nil
}
