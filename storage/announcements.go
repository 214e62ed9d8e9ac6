package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
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
	var id int64
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO announcements (text, created_by, created_update, state, created_at)
			VALUES (?, ?, ?, 'draft', ?) RETURNING id`, text, createdBy, updateID, ts(db.now())).Scan(&id)
	})
	if err != nil {
		return helpdesk.Announcement{}, fmt.Errorf("create announcement: %w", err)
	}
	return db.FindAnnouncement(ctx, id)
}

// FindAnnouncement returns one announcement.
func (db *DB) FindAnnouncement(ctx context.Context, id int64) (helpdesk.Announcement, error) {
	return findAnnouncement(ctx, db.conn, id)
}

func findAnnouncement(ctx context.Context, q rowQuerier, id int64) (helpdesk.Announcement, error) {
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

// announcementSource is the outbox source of one batch of an announcement.
func announcementSource(id int64, batch int) string {
	return "announce:" + strconv.FormatInt(id, 10) + ":" + strconv.Itoa(batch)
}

// StartAnnouncement marks a draft for sending; EnqueueAnnouncementBatch then
// enqueues its messages. A draft already sent or cancelled gives ErrConflict.
func (db *DB) StartAnnouncement(ctx context.Context, id int64) (helpdesk.Announcement, error) {
	res, err := db.conn.ExecContext(ctx, `UPDATE announcements SET state = 'sending', cursor = ?, batches = 0, recipients = 0
		WHERE id = ? AND state = 'draft'`, int64(math.MinInt64), id)
	if err != nil {
		return helpdesk.Announcement{}, fmt.Errorf("start announcement: %w", err)
	}
	a, err := db.FindAnnouncement(ctx, id)
	if err != nil {
		return a, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return a, helpdesk.ErrConflict
	}
	return a, nil
}

// SendingAnnouncements lists the announcements still being enqueued, oldest first.
func (db *DB) SendingAnnouncements(ctx context.Context) ([]helpdesk.Announcement, error) {
	return db.listAnnouncements(ctx, `SELECT id FROM announcements WHERE state = 'sending' ORDER BY id`)
}

// EnqueueAnnouncementBatch enqueues msg (its ChatID set per citizen) to up to
// n more citizens who opted in, in chat order, in the same transaction that
// advances the announcement's cursor, so each citizen gets it once. When
// none remain the announcement is marked sent and done is true.
func (db *DB) EnqueueAnnouncementBatch(ctx context.Context, id int64, n int, msg outbox.Action) (enqueued int, done bool, err error) {
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("enqueue announcement: %w", err)
	}
	defer release()
	defer tx.Rollback()
	var state string
	var cursor int64
	var batches int
	err = tx.QueryRowContext(ctx, `SELECT state, cursor, batches FROM announcements WHERE id = ?`, id).Scan(&state, &cursor, &batches)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, ErrNotFound
	} else if err != nil {
		return 0, false, fmt.Errorf("enqueue announcement: %w", err)
	}
	if state != helpdesk.AnnouncementSending {
		return 0, true, nil
	}
	chats, err := queryChatIDs(ctx, tx, `SELECT chat_id FROM citizens WHERE announcements = 1 AND chat_id > ?
		ORDER BY chat_id LIMIT ?`, cursor, n)
	if err != nil {
		return 0, false, fmt.Errorf("enqueue announcement: %w", err)
	}
	if len(chats) > 0 {
		acts := make([]outbox.Action, len(chats))
		for i, c := range chats {
			acts[i] = msg
			acts[i].ChatID = c
		}
		if err := db.enqueueTx(ctx, tx, announcementSource(id, batches), acts); err != nil {
			return 0, false, fmt.Errorf("enqueue announcement: %w", err)
		}
		cursor = chats[len(chats)-1]
	}
	done = len(chats) < n
	if _, err := tx.ExecContext(ctx, `UPDATE announcements SET cursor = ?, batches = batches + 1, recipients = recipients + ?,
		state = CASE WHEN ? = 1 THEN 'sent' ELSE state END, sent_at = CASE WHEN ? = 1 THEN ? ELSE sent_at END WHERE id = ?`,
		cursor, len(chats), done, done, ts(db.now()), id); err != nil {
		return 0, false, fmt.Errorf("enqueue announcement: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, false, fmt.Errorf("enqueue announcement: %w", err)
	}
	release()
	return len(chats), done, nil
}

// CancelAnnouncement drops a draft; one being sent or sent gives ErrConflict.
func (db *DB) CancelAnnouncement(ctx context.Context, id int64) error {
	res, err := db.conn.ExecContext(ctx, `UPDATE announcements SET state = 'cancelled' WHERE id = ? AND state = 'draft'`, id)
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
	rows, err := db.conn.QueryContext(ctx, `SELECT state, COUNT(*) FROM outbox WHERE source LIKE ? GROUP BY state`,
		"announce:"+strconv.FormatInt(id, 10)+":%")
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
	return db.listAnnouncements(ctx, `SELECT id FROM announcements ORDER BY id DESC LIMIT ?`, limit)
}

func (db *DB) listAnnouncements(ctx context.Context, q string, args ...any) ([]helpdesk.Announcement, error) {
	rows, err := db.conn.QueryContext(ctx, q, args...)
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
