package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
)

// RecordAdminAttempt appends to the admin audit log.
func (db *DB) RecordAdminAttempt(ctx context.Context, a helpdesk.AdminAttempt) error {
	return db.WriteRecords(ctx, helpdesk.Records{AdminAttempts: []helpdesk.AdminAttempt{a}})
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

// PublishArticle saves an article as a new version by actor (SaveArticle),
// in the terms the conversations use.
func (db *DB) PublishArticle(ctx context.Context, a knowledge.Article, actor string) (helpdesk.ArticleSave, error) {
	ch, err := db.SaveArticle(ctx, a, actor)
	if err != nil {
		return helpdesk.ArticleSave{}, err
	}
	return helpdesk.ArticleSave{Action: ch.Action, Version: ch.Version}, nil
}

// WithdrawArticle deletes a live article (DeleteArticle) and returns the
// version that records the deletion.
func (db *DB) WithdrawArticle(ctx context.Context, id, actor string) (int, error) {
	if err := db.DeleteArticle(ctx, id, actor); err != nil {
		return 0, err
	}
	n, err := lastVersion(ctx, db.conn, id)
	if err != nil {
		return 0, fmt.Errorf("delete article %s: %w", id, err)
	}
	return n, nil
}

// ArticleHistory returns the versions of an article, oldest first.
func (db *DB) ArticleHistory(ctx context.Context, id string) ([]helpdesk.ArticleRevision, error) {
	vs, err := db.ListArticleVersions(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]helpdesk.ArticleRevision, len(vs))
	for i, v := range vs {
		out[i] = revision(v)
	}
	return out, nil
}

// FindArticleRevision returns one version of an article, or ErrNotFound.
func (db *DB) FindArticleRevision(ctx context.Context, id string, version int) (helpdesk.ArticleRevision, error) {
	v, err := db.FindArticleVersion(ctx, id, version)
	if err != nil {
		return helpdesk.ArticleRevision{}, err
	}
	return revision(v), nil
}

func revision(v ArticleVersion) helpdesk.ArticleRevision {
	return helpdesk.ArticleRevision{ArticleID: v.ArticleID, Version: v.Version, Action: v.Action, Actor: v.Actor,
		Content: v.Content, At: v.CreatedAt}
}

// PurgeAdminAttempts deletes audit entries older than before and returns
// how many went.
func (db *DB) PurgeAdminAttempts(ctx context.Context, before time.Time) (int64, error) {
	res, err := db.conn.ExecContext(ctx, `DELETE FROM admin_audit WHERE created_at < ?`, ts(before))
	if err != nil {
		return 0, fmt.Errorf("purge admin attempts: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}
