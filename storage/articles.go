package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk/knowledge"
)

// Outcomes of SaveArticle.
const (
	ArticleCreated   = "created"   // a new id
	ArticleUpdated   = "updated"   // different content for a live article
	ArticleUnchanged = "unchanged" // identical content: no new version
	ArticleRestored  = "restored"  // saved over a deleted article, which is live again
)

// ArticleChange says what SaveArticle did.
type ArticleChange struct {
	Action  string             // ArticleCreated, ArticleUpdated, ArticleUnchanged or ArticleRestored
	Version int                // the article's version after the save
	Before  *knowledge.Article // the previous content (updated, unchanged, restored), nil when created
}

// ArticleVersion is one recorded change of an article.
type ArticleVersion struct {
	ID        int64
	ArticleID string
	Version   int    // 1, 2, ... per article
	Content   string // the full rendered .md file after the change (before it, for a delete)
	Action    string // "create", "update", "delete" or "restore"
	Actor     string
	CreatedAt time.Time
}

// Article parses the version's content.
func (v ArticleVersion) Article() (knowledge.Article, error) {
	return knowledge.Parse(fmt.Sprintf("%s@%d", v.ArticleID, v.Version), []byte(v.Content), knowledge.LintOptions{AllowedDomains: []string{"*"}})
}

const articleColumns = `id, title, category, keywords, questions, source, updated, verified, body`

// ListArticles returns the live articles sorted by category, then title.
func (db *DB) ListArticles(ctx context.Context) ([]knowledge.Article, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles
		WHERE deleted_at IS NULL ORDER BY category, title, id`)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []knowledge.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}

// FindArticle returns the live article with id, or ErrNotFound.
func (db *DB) FindArticle(ctx context.Context, id string) (knowledge.Article, error) {
	a, deleted, err := findArticle(ctx, db.conn, id)
	if err == nil && deleted {
		err = ErrNotFound
	}
	if err != nil {
		return knowledge.Article{}, fmt.Errorf("find article %s: %w", id, err)
	}
	return a, nil
}

// CountArticleVersions returns the number of recorded article changes; 0
// means the database has never held an article.
func (db *DB) CountArticleVersions(ctx context.Context) (int, error) {
	var n int
	if err := db.conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM article_versions`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count article versions: %w", err)
	}
	return n, nil
}

// CountArticles returns the number of live articles.
func (db *DB) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := db.conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE deleted_at IS NULL`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// SaveArticle inserts or updates an article by id and records the change as
// a new version by actor. Saving identical content records nothing.
func (db *DB) SaveArticle(ctx context.Context, a knowledge.Article, actor string) (ArticleChange, error) {
	chs, err := db.SaveArticles(ctx, []knowledge.Article{a}, actor)
	if err != nil {
		return ArticleChange{}, err
	}
	return chs[0], nil
}

// SaveArticles saves several articles in one transaction: all of them or,
// on an error, none. The changes are in the order of the articles.
func (db *DB) SaveArticles(ctx context.Context, as []knowledge.Article, actor string) ([]ArticleChange, error) {
	chs, _, err := db.saveArticles(ctx, as, actor, false)
	return chs, err
}

// SeedArticles saves the articles only into a database that has never held
// one; false when it has. Processes starting together seed it once.
func (db *DB) SeedArticles(ctx context.Context, as []knowledge.Article, actor string) (bool, error) {
	_, saved, err := db.saveArticles(ctx, as, actor, true)
	return saved, err
}

func (db *DB) saveArticles(ctx context.Context, as []knowledge.Article, actor string, onlyFirst bool) (chs []ArticleChange, saved bool, err error) {
	now := ts(db.now())
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("save articles: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if db.conn.pg {
		// Processes on one database take turns: an article is read, then
		// inserted or updated.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, articlesLockKey); err != nil {
			return nil, false, fmt.Errorf("save articles: %w", err)
		}
	}
	if onlyFirst {
		var held bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM article_versions)`).Scan(&held); err != nil {
			return nil, false, fmt.Errorf("save articles: %w", err)
		} else if held {
			return nil, false, nil
		}
	}
	out := make([]ArticleChange, 0, len(as))
	for _, a := range as {
		ch, err := saveArticle(ctx, tx, a, actor, now)
		if err != nil {
			return nil, false, fmt.Errorf("save article %s: %w", a.ID, err)
		}
		out = append(out, ch)
	}
	if err := tx.Commit(); err != nil {
		return nil, false, fmt.Errorf("save articles: %w", err)
	}
	release()
	return out, true, nil
}

func saveArticle(ctx context.Context, tx *sql.Tx, a knowledge.Article, actor, now string) (ArticleChange, error) {
	if a.ID == "" {
		return ArticleChange{}, fmt.Errorf("empty id")
	}
	content := string(knowledge.Render(a))
	old, deleted, err := findArticle(ctx, tx, a.ID)
	var ch ArticleChange
	switch {
	case errors.Is(err, ErrNotFound):
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles (`+articleColumns+`, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.ID, a.Title, a.Category, jsonList(a.Keywords), jsonList(a.Questions), a.Source, a.Updated, a.Verified, a.Body,
			now, now); err != nil {
			return ArticleChange{}, err
		}
		ch.Action = ArticleCreated
	case err != nil:
		return ArticleChange{}, err
	default:
		before := old
		ch.Before = &before
		if !deleted && string(knowledge.Render(old)) == content {
			ch.Action = ArticleUnchanged
			ch.Version, err = lastVersion(ctx, tx, a.ID)
			return ch, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET title = ?, category = ?, keywords = ?, questions = ?,
			source = ?, updated = ?, verified = ?, body = ?, updated_at = ?, deleted_at = NULL WHERE id = ?`,
			a.Title, a.Category, jsonList(a.Keywords), jsonList(a.Questions), a.Source, a.Updated, a.Verified, a.Body, now, a.ID); err != nil {
			return ArticleChange{}, err
		}
		ch.Action = ArticleUpdated
		if deleted {
			ch.Action = ArticleRestored
		}
	}
	action := map[string]string{ArticleCreated: "create", ArticleUpdated: "update", ArticleRestored: "restore"}[ch.Action]
	ch.Version, err = addVersion(ctx, tx, a.ID, content, action, actor, now)
	return ch, err
}

// DeleteArticle soft-deletes a live article and records the deletion (with
// the content it had) as a version; ErrNotFound if there is none.
func (db *DB) DeleteArticle(ctx context.Context, id, actor string) error {
	now := ts(db.now())
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	defer release()
	defer tx.Rollback()
	old, deleted, err := findArticle(ctx, tx, id)
	if err == nil && deleted {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ?`, now, now, id); err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	if _, err := addVersion(ctx, tx, id, string(knowledge.Render(old)), "delete", actor, now); err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	return tx.Commit()
}

// ListArticleVersions returns the versions of an article, oldest first; an
// unknown id gives an empty list.
func (db *DB) ListArticleVersions(ctx context.Context, id string) ([]ArticleVersion, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT id, article_id, version, content, action, actor, created_at
		FROM article_versions WHERE article_id = ? ORDER BY version`, id)
	if err != nil {
		return nil, fmt.Errorf("list article versions: %w", err)
	}
	defer rows.Close()
	var out []ArticleVersion
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, fmt.Errorf("list article versions: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list article versions: %w", err)
	}
	return out, nil
}

// FindArticleVersion returns one version of an article, or ErrNotFound.
func (db *DB) FindArticleVersion(ctx context.Context, id string, version int) (ArticleVersion, error) {
	row := db.conn.QueryRowContext(ctx, `SELECT id, article_id, version, content, action, actor, created_at
		FROM article_versions WHERE article_id = ? AND version = ?`, id, version)
	v, err := scanVersion(row)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return ArticleVersion{}, fmt.Errorf("find article version %s@%d: %w", id, version, err)
	}
	return v, nil
}

// findArticle returns an article whether deleted or not, and whether it is.
func findArticle(ctx context.Context, q rowQuerier, id string) (knowledge.Article, bool, error) {
	var deletedAt sql.NullString
	row := q.QueryRowContext(ctx, `SELECT `+articleColumns+`, deleted_at FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row, &deletedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return knowledge.Article{}, false, ErrNotFound
	} else if err != nil {
		return knowledge.Article{}, false, err
	}
	return a, deletedAt.Valid, nil
}

func scanArticle(s scanner, extra ...any) (knowledge.Article, error) {
	var a knowledge.Article
	var kw, qs string
	dest := append([]any{&a.ID, &a.Title, &a.Category, &kw, &qs, &a.Source, &a.Updated, &a.Verified, &a.Body}, extra...)
	if err := s.Scan(dest...); err != nil {
		return knowledge.Article{}, err
	}
	if err := json.Unmarshal([]byte(kw), &a.Keywords); err != nil {
		return knowledge.Article{}, fmt.Errorf("article %s keywords: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(qs), &a.Questions); err != nil {
		return knowledge.Article{}, fmt.Errorf("article %s questions: %w", a.ID, err)
	}
	// Empty lists read back as nil, as Parse returns them.
	if len(a.Keywords) == 0 {
		a.Keywords = nil
	}
	if len(a.Questions) == 0 {
		a.Questions = nil
	}
	return a, nil
}

func scanVersion(s scanner) (ArticleVersion, error) {
	var v ArticleVersion
	var at string
	if err := s.Scan(&v.ID, &v.ArticleID, &v.Version, &v.Content, &v.Action, &v.Actor, &at); err != nil {
		return ArticleVersion{}, err
	}
	v.CreatedAt = parseTS(at)
	return v, nil
}

func lastVersion(ctx context.Context, q rowQuerier, id string) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM article_versions WHERE article_id = ?`, id).Scan(&n)
	return n, err
}

func addVersion(ctx context.Context, tx *sql.Tx, id, content, action, actor, now string) (int, error) {
	n, err := lastVersion(ctx, tx, id)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_versions (article_id, version, content, action, actor, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, id, n+1, content, action, actor, now); err != nil {
		return 0, err
	}
	return n + 1, nil
}

// jsonList stores a list of strings as a JSON array ("[]" when empty).
func jsonList(items []string) string {
	if len(items) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(items)
	return string(b)
}
