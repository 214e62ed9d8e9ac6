package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
)

// CreateDashboardLink stores a new sign-in link (its token's hash only).
func (db *DB) CreateDashboardLink(ctx context.Context, l helpdesk.DashboardLink) error {
	if l.TokenHash == "" || l.UserID == 0 || l.ExpiresAt.IsZero() {
		return fmt.Errorf("create dashboard link: token hash, user and expiry are required")
	}
	_, err := db.conn.ExecContext(ctx, `INSERT INTO dashboard_links (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`,
		l.TokenHash, l.UserID, ts(orNow(l.CreatedAt, db.now())), ts(l.ExpiresAt))
	if err != nil {
		return fmt.Errorf("create dashboard link: %w", err)
	}
	return nil
}

// FindDashboardLink returns a link by its token's hash, used or not, or
// ErrNotFound.
func (db *DB) FindDashboardLink(ctx context.Context, tokenHash string) (helpdesk.DashboardLink, error) {
	l := helpdesk.DashboardLink{TokenHash: tokenHash}
	var created, expires string
	var used sql.NullString
	err := db.conn.QueryRowContext(ctx, `SELECT user_id, created_at, expires_at, used_at FROM dashboard_links WHERE token_hash = ?`,
		tokenHash).Scan(&l.UserID, &created, &expires, &used)
	if errors.Is(err, sql.ErrNoRows) {
		return l, ErrNotFound
	}
	if err != nil {
		return l, fmt.Errorf("find dashboard link: %w", err)
	}
	l.CreatedAt, l.ExpiresAt, l.UsedAt = parseTS(created), parseTS(expires), parseTS(used.String)
	return l, nil
}

// RedeemDashboardLink uses a link and opens the session s for its admin, in
// one transaction: the link must be unused and unexpired at s.CreatedAt,
// otherwise nothing changes and the error is ErrNotFound. It returns s with
// the link's user. Links and sessions expired for a day are dropped.
func (db *DB) RedeemDashboardLink(ctx context.Context, tokenHash string, s helpdesk.DashboardSession) (helpdesk.DashboardSession, error) {
	if s.IDHash == "" || s.CSRF == "" || s.CreatedAt.IsZero() || s.ExpiresAt.IsZero() {
		return s, fmt.Errorf("redeem dashboard link: session id, token and times are required")
	}
	now := ts(s.CreatedAt)
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `UPDATE dashboard_links SET used_at = ?
			WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING user_id`,
			now, tokenHash, now).Scan(&s.UserID)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO dashboard_sessions (id_hash, user_id, csrf, created_at, expires_at)
			VALUES (?, ?, ?, ?, ?)`, s.IDHash, s.UserID, s.CSRF, now, ts(s.ExpiresAt)); err != nil {
			return err
		}
		old := ts(s.CreatedAt.Add(-24 * time.Hour))
		if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_links WHERE expires_at < ?`, old); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM dashboard_sessions WHERE expires_at < ?`, old)
		return err
	})
	if errors.Is(err, ErrNotFound) {
		return s, ErrNotFound
	}
	if err != nil {
		return s, fmt.Errorf("redeem dashboard link: %w", err)
	}
	return s, nil
}

// FindDashboardSession returns the session with the id's hash that has not
// expired at now, or ErrNotFound.
func (db *DB) FindDashboardSession(ctx context.Context, idHash string, now time.Time) (helpdesk.DashboardSession, error) {
	s := helpdesk.DashboardSession{IDHash: idHash}
	var created, expires string
	err := db.conn.QueryRowContext(ctx, `SELECT user_id, csrf, created_at, expires_at FROM dashboard_sessions
		WHERE id_hash = ? AND expires_at > ?`, idHash, ts(now)).Scan(&s.UserID, &s.CSRF, &created, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return s, ErrNotFound
	}
	if err != nil {
		return s, fmt.Errorf("find dashboard session: %w", err)
	}
	s.CreatedAt, s.ExpiresAt = parseTS(created), parseTS(expires)
	return s, nil
}

// EndDashboardSession signs a session out.
func (db *DB) EndDashboardSession(ctx context.Context, idHash string) error {
	if _, err := db.conn.ExecContext(ctx, `DELETE FROM dashboard_sessions WHERE id_hash = ?`, idHash); err != nil {
		return fmt.Errorf("end dashboard session: %w", err)
	}
	return nil
}
