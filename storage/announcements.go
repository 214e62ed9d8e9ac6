package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// CreateAnnouncement stores a draft. A re-run of the same update returns
// the draft it created the first time.
func (db *DB) CreateAnnouncement(ctx context.Context, text, createdBy string, updateID int64) (helpdesk.Announcement, error) {
	if updateID > 0 {
		var id int64
		err := db.conn.QueryRowContext(ctx, `SELECT id FROM announcements WHERE created_update = ?`, updateID).Scan(&id)
		if err == nil {
			return db.FindAnnouncement(ctx, id)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return helpdesk.Announcement{}, fmt.Errorf("create announcement: %w", err)
		}
	}
	res, err := db.conn.ExecContext(ctx, `INSERT INTO announcements (text, created_by, created_update, state, created_at)
		VALUES (?, ?, ?, 'draft', ?)`, text, createdBy, updateID, ts(db.now()))
	if err != nil {
		return helpdesk.Announcement{}, fmt.Errorf("create announcement: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return helpdesk.Announcement{}, fmt.Errorf("create announcement: %w", err)
	}
	return db.FindAnnouncement(ctx, id)
}

// FindAnnouncement returns one announcement.
func (db *DB) FindAnnouncement(ctx context.Context, id int64) (helpdesk.Announcement, error) {
	return findAnnouncement(ctx, db.conn, id)
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func findAnnouncement(ctx context.Context, q queryRower, id int64) (helpdesk.Announcement, error) {
	var a helpdesk.Announcement
	var created string
	var sent sql.NullString
	err := q.QueryRowContext(ctx, `SELECT id, text, created_by, state, recipients, created_at, sent_at
		FROM announcements WHERE id = ?`, id).Scan(&a.ID, &a.Text, &a.CreatedBy, &a.State, &a.Recipients, &created, &sent)
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	} else if err != nil {
		return a, fmt.Errorf("find announcement: %w", err)
	}
	a.CreatedAt, a.SentAt = parseTS(created), parseTS(sent.String)
	return a, nil
}

// AnnouncementSource is the outbox source of an announcement's messages; the
// sender keeps such bulk sends within the global rate limit.
func AnnouncementSource(id int64) string { return "announce:" + strconv.FormatInt(id, 10) }

// SendAnnouncement turns a draft into one message per citizen who opted in,
// enqueued in the same transaction that marks it sent, so it goes out once.
// msg is the message; its ChatID is set per citizen. A draft already sent
// or cancelled gives ErrConflict.
func (db *DB) SendAnnouncement(ctx context.Context, id int64, msg outbox.Action) (helpdesk.Announcement, error) {
	tx, err := db.conn.BeginTx(ctx, nil)
	if err != nil {
		return helpdesk.Announcement{}, fmt.Errorf("send announcement: %w", err)
	}
	defer tx.Rollback()
	a, err := findAnnouncement(ctx, tx, id)
	if err != nil {
		return a, err
	}
	if a.State != helpdesk.AnnouncementDraft {
		return a, helpdesk.ErrConflict
	}
	chats, err := queryChatIDs(ctx, tx, `SELECT chat_id FROM citizens WHERE announcements = 1 ORDER BY chat_id`)
	if err != nil {
		return a, fmt.Errorf("send announcement: %w", err)
	}
	acts := make([]outbox.Action, len(chats))
	for i, c := range chats {
		acts[i] = msg
		acts[i].ChatID = c
	}
	if err := db.enqueueTx(ctx, tx, AnnouncementSource(id), acts); err != nil {
		return a, fmt.Errorf("send announcement: %w", err)
	}
	a.State, a.Recipients, a.SentAt = helpdesk.AnnouncementSent, len(chats), db.now()
	if _, err := tx.ExecContext(ctx, `UPDATE announcements SET state = ?, recipients = ?, sent_at = ? WHERE id = ?`,
		a.State, a.Recipients, ts(a.SentAt), id); err != nil {
		return a, fmt.Errorf("send announcement: %w", err)
	}
	return a, tx.Commit()
}

// CancelAnnouncement drops a draft; a sent one gives ErrConflict.
func (db *DB) CancelAnnouncement(ctx context.Context, id int64) error {
	res, err := db.conn.ExecContext(ctx, `UPDATE announcements SET state = 'cancelled' WHERE id = ? AND state != 'sent'`, id)
	if err != nil {
		return fmt.Errorf("cancel announcement: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		if _, err := db.FindAnnouncement(ctx, id); err != nil {
			return err
		}
		return helpdesk.ErrConflict
	}
	return nil
}

// AnnouncementStats counts how the messages of a sent announcement ended.
func (db *DB) AnnouncementStats(ctx context.Context, id int64) (helpdesk.AnnouncementStats, error) {
	var s helpdesk.AnnouncementStats
	rows, err := db.conn.QueryContext(ctx, `SELECT state, COUNT(*) FROM outbox WHERE source = ? GROUP BY state`, AnnouncementSource(id))
	if err != nil {
		return s, fmt.Errorf("announcement stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return s, fmt.Errorf("announcement stats: %w", err)
		}
		switch state {
		case "pending":
			s.Pending += n
		case "failed":
			s.Failed += n
		default:
			s.Sent += n
		}
	}
	return s, rows.Err()
}

// SetAnnouncements records a citizen's choice to receive announcements.
func (db *DB) SetAnnouncements(ctx context.Context, chatID int64, on bool) error {
	v := 0
	if on {
		v = 1
	}
	res, err := db.conn.ExecContext(ctx, `UPDATE citizens SET announcements = ? WHERE chat_id = ?`, v, chatID)
	if err != nil {
		return fmt.Errorf("set announcements: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// CountSubscribers counts the citizens who receive announcements.
func (db *DB) CountSubscribers(ctx context.Context) (int, error) {
	var n int
	if err := db.conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM citizens WHERE announcements = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count subscribers: %w", err)
	}
	return n, nil
}

func queryChatIDs(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ListAnnouncements returns the newest announcements first.
func (db *DB) ListAnnouncements(ctx context.Context, limit int) ([]helpdesk.Announcement, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT id FROM announcements ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("list announcements: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list announcements: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list announcements: %w", err)
	}
	out := make([]helpdesk.Announcement, 0, len(ids))
	for _, id := range ids {
		a, err := db.FindAnnouncement(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
