package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/redact"
)

// qChatState reads a chat's state.
const qChatState = `SELECT state FROM chat_state WHERE chat_id = ?`

// LoadChatState returns the state saved for a chat, nil when none. The
// returned bytes are shared and must not be changed.
func (db *DB) LoadChatState(ctx context.Context, chatID int64) ([]byte, error) {
	if b, ok := db.states.get(chatID); ok {
		return b, nil
	}
	gen := db.states.generation()
	var b []byte
	err := db.conn.QueryRowContext(ctx, qChatState, chatID).Scan(&b)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("load chat state: %w", err)
	}
	db.states.fill(chatID, b, gen)
	return b, nil
}

// SaveChatState saves the conversation state of a chat.
func (db *DB) SaveChatState(ctx context.Context, chatID int64, state []byte) error {
	return db.WriteRecords(ctx, helpdesk.Records{States: []helpdesk.ChatState{{ChatID: chatID, State: state}}})
}

// stateWrite is the write of a chat's state.
func (db *DB) stateWrite(s helpdesk.ChatState) pendingWrite {
	return pendingWrite{query: `INSERT INTO chat_state (chat_id, state, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
		args:  []any{s.ChatID, s.State, ts(db.now())},
		after: func() { db.states.saved(s.ChatID, s.State) }}
}

// AddTurn records a line of a conversation, once per (chat, update, role).
func (db *DB) AddTurn(ctx context.Context, chatID, updateID int64, t helpdesk.Turn) error {
	return db.WriteRecords(ctx, helpdesk.Records{Turns: []helpdesk.ChatTurn{{ChatID: chatID, UpdateID: updateID, Turn: t}}})
}

func (db *DB) turnWrite(t helpdesk.ChatTurn) pendingWrite {
	return pendingWrite{query: `INSERT INTO turns (chat_id, update_id, role, text, article_ids, created_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		args: []any{t.ChatID, t.UpdateID, t.Role, t.Text, joinIDs(t.ArticleIDs), ts(orNow(t.At, db.now()))}}
}

// RecentTurns returns the last n turns of a chat, oldest first.
func (db *DB) RecentTurns(ctx context.Context, chatID int64, n int) ([]helpdesk.Turn, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT role, text, article_ids, created_at FROM
		(SELECT id, role, text, article_ids, created_at FROM turns WHERE chat_id = ? ORDER BY id DESC LIMIT ?) AS t ORDER BY id`, chatID, n)
	if err != nil {
		return nil, fmt.Errorf("recent turns: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.Turn
	for rows.Next() {
		var t helpdesk.Turn
		var ids, at string
		if err := rows.Scan(&t.Role, &t.Text, &ids, &at); err != nil {
			return nil, fmt.Errorf("recent turns: %w", err)
		}
		t.ArticleIDs, t.At = splitIDs(ids), parseTS(at)
		out = append(out, t)
	}
	return out, rows.Err()
}

// seenAgain is how long a citizen's unchanged profile is not written again.
// The DB's seen cache holds what RememberCitizen last wrote for each chat,
// so that a citizen writing again within it costs no statement at all (the
// statement itself would change nothing). last_seen is then up to twice
// seenAgain behind, which retention, counted in days, does not notice.
const seenAgain = 10 * time.Minute

type seenCitizen struct {
	profile citizenProfile
	at      time.Time
}

// citizenProfile is what a message tells about its sender.
type citizenProfile struct {
	userID                                  int64
	firstName, lastName, username, language string
}

func profileOf(c helpdesk.Citizen) citizenProfile {
	return citizenProfile{c.UserID, c.FirstName, c.LastName, c.Username, c.LanguageCode}
}

// writtenSince reports whether p was written for chat less than seenAgain
// before at.
func (db *DB) writtenSince(chat int64, p citizenProfile, at time.Time) bool {
	s, ok := db.seen.get(chat)
	return ok && s.profile == p && !at.Before(s.at) && at.Sub(s.at) < seenAgain
}

// RememberCitizen records who wrote, keeping the first-seen time and the
// announcement choice.
func (db *DB) RememberCitizen(ctx context.Context, c helpdesk.Citizen) error {
	return db.WriteRecords(ctx, helpdesk.Records{Citizens: []helpdesk.Citizen{c}})
}

// citizenWrite is the write of who wrote; ok is false when there is none
// to make: an unchanged citizen seen in the last ten minutes is not written
// again (see seenAgain), as this runs on every message.
func (db *DB) citizenWrite(c helpdesk.Citizen) (w pendingWrite, ok bool) {
	seen := orNow(c.LastSeen, db.now())
	profile := profileOf(c)
	if db.writtenSince(c.ChatID, profile, seen) {
		return w, false
	}
	return pendingWrite{query: `INSERT INTO citizens (chat_id, user_id, first_name, last_name, username, language_code, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (chat_id) DO UPDATE SET user_id = excluded.user_id, first_name = excluded.first_name,
			last_name = excluded.last_name, username = excluded.username, language_code = excluded.language_code,
			last_seen = excluded.last_seen
		WHERE citizens.last_seen < ? OR citizens.first_name != excluded.first_name OR citizens.last_name != excluded.last_name
			OR citizens.username != excluded.username OR citizens.language_code != excluded.language_code`,
		args:  []any{c.ChatID, c.UserID, c.FirstName, c.LastName, c.Username, c.LanguageCode, ts(seen), ts(seen), ts(seen.Add(-seenAgain))},
		after: func() { db.seen.saved(c.ChatID, seenCitizen{profile, seen}) }}, true
}

// FindCitizen returns what is kept about the citizen of a chat.
func (db *DB) FindCitizen(ctx context.Context, chatID int64) (helpdesk.Citizen, error) {
	var c helpdesk.Citizen
	var first, last string
	var ann int
	err := db.conn.QueryRowContext(ctx, `SELECT chat_id, user_id, first_name, last_name, username, language_code, first_seen, last_seen, announcements
		FROM citizens WHERE chat_id = ?`, chatID).Scan(&c.ChatID, &c.UserID, &c.FirstName, &c.LastName, &c.Username,
		&c.LanguageCode, &first, &last, &ann)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	} else if err != nil {
		return c, fmt.Errorf("find citizen: %w", err)
	}
	c.FirstSeen, c.LastSeen, c.Announcements = parseTS(first), parseTS(last), ann == 1
	return c, nil
}

// RecordFeedback stores a vote on an answer, once per update.
func (db *DB) RecordFeedback(ctx context.Context, f helpdesk.Feedback) error {
	return db.WriteRecords(ctx, helpdesk.Records{Feedback: []helpdesk.Feedback{f}})
}

// feedbackWrite stores a vote. Personal data in the question is replaced
// by placeholders first: votes are read by admins in reports.
func (db *DB) feedbackWrite(f helpdesk.Feedback) pendingWrite {
	return pendingWrite{query: `INSERT INTO feedback (chat_id, update_id, query, article_ids, vote, created_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		args: []any{f.ChatID, f.UpdateID, redact.Text(f.Query), joinIDs(f.ArticleIDs), f.Vote, ts(orNow(f.At, db.now()))}}
}

// RecordGap stores a question the knowledge base could not answer.
func (db *DB) RecordGap(ctx context.Context, g helpdesk.Gap) error {
	return db.WriteRecords(ctx, helpdesk.Records{Gaps: []helpdesk.Gap{g}})
}

// gapWrite stores a gap, with personal data replaced by placeholders:
// admins read gaps in reports.
func (db *DB) gapWrite(g helpdesk.Gap) pendingWrite {
	return pendingWrite{query: `INSERT INTO gaps (chat_id, update_id, query, top_ids, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		args: []any{g.ChatID, g.UpdateID, redact.Text(g.Query), joinIDs(g.TopIDs), ts(orNow(g.At, db.now()))}}
}

func orNow(t, now time.Time) time.Time {
	if t.IsZero() {
		return now
	}
	return t
}
