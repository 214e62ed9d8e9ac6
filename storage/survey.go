package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
)

// Kinds of skm_marks rows.
const (
	markInvited  = "invited"
	markAnswered = "answered"
)

// surveyProfileColumns maps skm.Profile keys to their columns; a key missing
// here is not stored.
var surveyProfileColumns = map[string]string{
	"gender": "gender", "age": "age", "education": "education", "occupation": "occupation",
}

// InviteSurvey records an invitation of a chat to the survey about a
// service and reports whether to send it: false when the chat was invited
// to, or answered, the survey about that service since `since`. The same
// Ref asked again is true again, so that a cause run twice still sends its
// invitation.
func (db *DB) InviteSurvey(ctx context.Context, inv helpdesk.SurveyInvitation, since time.Time) (bool, error) {
	var ok bool
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		ok = false
		rows, err := tx.QueryContext(ctx, `SELECT kind, ref, at FROM skm_marks WHERE chat_id = ? AND service = ?`, inv.ChatID, inv.Service)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var kind, ref, at string
			if err := rows.Scan(&kind, &ref, &at); err != nil {
				return err
			}
			if kind == markInvited && inv.Ref != "" && ref == inv.Ref {
				ok = true
				return nil
			}
			if !parseTS(at).Before(since) {
				return nil
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		_, err = tx.ExecContext(ctx, `INSERT INTO skm_marks (chat_id, service, kind, service_label, ref, at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (chat_id, service, kind) DO UPDATE SET service_label = excluded.service_label, ref = excluded.ref, at = excluded.at`,
			inv.ChatID, inv.Service, markInvited, inv.ServiceLabel, inv.Ref, ts(orNow(inv.At, db.now())))
		ok = err == nil
		return err
	})
	if err != nil {
		return false, fmt.Errorf("invite survey: %w", err)
	}
	return ok, nil
}

// FindSurveyInvitation returns the chat's last invitation to the survey
// about a service, or ErrNotFound.
func (db *DB) FindSurveyInvitation(ctx context.Context, chatID int64, service string) (helpdesk.SurveyInvitation, error) {
	inv := helpdesk.SurveyInvitation{ChatID: chatID, Service: service}
	var at string
	err := db.conn.QueryRowContext(ctx, `SELECT service_label, ref, at FROM skm_marks WHERE chat_id = ? AND service = ? AND kind = ?`,
		chatID, service, markInvited).Scan(&inv.ServiceLabel, &inv.Ref, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return inv, ErrNotFound
	}
	if err != nil {
		return inv, fmt.Errorf("find survey invitation: %w", err)
	}
	inv.At = parseTS(at)
	return inv, nil
}

// SurveyAnswered reports whether the chat answered the survey about a
// service since `since`.
func (db *DB) SurveyAnswered(ctx context.Context, chatID int64, service string, since time.Time) (bool, error) {
	var at string
	err := db.conn.QueryRowContext(ctx, `SELECT at FROM skm_marks WHERE chat_id = ? AND service = ? AND kind = ?`,
		chatID, service, markAnswered).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("survey answered: %w", err)
	}
	return !parseTS(at).Before(since), nil
}

// SubmitSurvey stores a completed survey and notes that the chat answered
// about its service, in one transaction; the response itself keeps no trace
// of the chat. It is false, and stores nothing, when the chat answered about
// the same service since `since`. A response whose nonce is stored already
// (the submitting update run again) is true and stored once.
func (db *DB) SubmitSurvey(ctx context.Context, chatID int64, r helpdesk.SurveyResponse, since time.Time) (bool, error) {
	if r.Nonce == "" || r.Day == "" || r.Service == "" {
		return false, fmt.Errorf("submit survey: nonce, day and service are required")
	}
	if err := r.Answers.Validate(); err != nil {
		return false, fmt.Errorf("submit survey: %w", err)
	}
	prof := map[string]string{}
	for k, v := range r.Profile {
		col, ok := surveyProfileColumns[k]
		if !ok {
			return false, fmt.Errorf("submit survey: unknown profile question %q", k)
		}
		prof[col] = v
	}
	var ok bool
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		ok = false
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM skm_responses WHERE nonce = ?`, r.Nonce).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			ok = true
			return nil
		}
		var at string
		err := tx.QueryRowContext(ctx, `SELECT at FROM skm_marks WHERE chat_id = ? AND service = ? AND kind = ?`,
			chatID, r.Service, markAnswered).Scan(&at)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if err == nil && !parseTS(at).Before(since) {
			return nil
		}
		a := r.Answers
		if _, err := tx.ExecContext(ctx, `INSERT INTO skm_responses (nonce, day, service, service_label,
			u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education, occupation)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.Nonce, r.Day, r.Service, r.ServiceLabel, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
			prof["gender"], prof["age"], prof["education"], prof["occupation"]); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO skm_marks (chat_id, service, kind, service_label, ref, at) VALUES (?, ?, ?, ?, '', ?)
			ON CONFLICT (chat_id, service, kind) DO UPDATE SET service_label = excluded.service_label, at = excluded.at`,
			chatID, r.Service, markAnswered, r.ServiceLabel, ts(db.now())); err != nil {
			return err
		}
		ok = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("submit survey: %w", err)
	}
	return ok, nil
}

// PurgeSurveyMarks forgets invitations and answers noted before `before`:
// once past the limit they serve no purpose.
func (db *DB) PurgeSurveyMarks(ctx context.Context, before time.Time) (int64, error) {
	res, err := db.conn.ExecContext(ctx, `DELETE FROM skm_marks WHERE at < ?`, ts(before))
	if err != nil {
		return 0, fmt.Errorf("purge survey marks: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// surveyWhere is the filter of the survey queries; its arguments follow.
const surveyWhere = ` WHERE (? = '' OR day >= ?) AND (? = '' OR day <= ?) AND (? = '' OR service = ?)`

func surveyArgs(f helpdesk.SurveyFilter) []any {
	return []any{f.From, f.From, f.To, f.To, f.Service, f.Service}
}

// SurveyStats sums the responses f selects: the tally of all and of each
// service, and the respondents' profile.
func (db *DB) SurveyStats(ctx context.Context, f helpdesk.SurveyFilter) (helpdesk.SurveyStats, error) {
	st := helpdesk.SurveyStats{Filter: f, Profile: map[string]map[string]int{}}
	rows, err := db.conn.QueryContext(ctx, `SELECT service, MAX(service_label), COUNT(*), MIN(day), MAX(day),
		SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
		FROM skm_responses`+surveyWhere+` GROUP BY service ORDER BY COUNT(*) DESC, service`, surveyArgs(f)...)
	if err != nil {
		return st, fmt.Errorf("survey stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s helpdesk.SurveyServiceStats
		var first, last string
		dst := []any{&s.Service, &s.Label, &s.Tally.Respondents, &first, &last}
		for i := range s.Tally.Sums {
			dst = append(dst, &s.Tally.Sums[i])
		}
		if err := rows.Scan(dst...); err != nil {
			return st, fmt.Errorf("survey stats: %w", err)
		}
		st.Services = append(st.Services, s)
		st.Tally.Respondents += s.Tally.Respondents
		for i, v := range s.Tally.Sums {
			st.Tally.Sums[i] += v
		}
		if st.FirstDay == "" || first < st.FirstDay {
			st.FirstDay = first
		}
		if last > st.LastDay {
			st.LastDay = last
		}
	}
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("survey stats: %w", err)
	}
	for _, q := range skm.Profile {
		col, ok := surveyProfileColumns[q.Key]
		if !ok {
			continue
		}
		counts, err := db.surveyCounts(ctx, col, f)
		if err != nil {
			return st, err
		}
		st.Profile[q.Key] = counts
	}
	return st, nil
}

// surveyCounts counts the respondents per value of one profile column.
func (db *DB) surveyCounts(ctx context.Context, col string, f helpdesk.SurveyFilter) (map[string]int, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT `+col+`, COUNT(*) FROM skm_responses`+surveyWhere+` GROUP BY `+col, surveyArgs(f)...)
	if err != nil {
		return nil, fmt.Errorf("survey profile: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var v string
		var n int
		if err := rows.Scan(&v, &n); err != nil {
			return nil, fmt.Errorf("survey profile: %w", err)
		}
		out[v] = n
	}
	return out, rows.Err()
}

// scrubMarkKey is the kv key of the last update row scrubbed of survey
// button presses.
const scrubMarkKey = "skm_scrubbed_update"

// ScrubSurveyPresses blanks the stored payloads of handled updates that are
// presses of survey buttons: their callback data are a citizen's answers,
// and the updates table keeps the chat with them until retention ends. It
// reads only the rows added since its last run, up to the first update still
// pending, whose payload a re-run needs.
func (db *DB) ScrubSurveyPresses(ctx context.Context) (int64, error) {
	var n int64
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		n = 0
		var mark int64
		var v string
		err := tx.QueryRowContext(ctx, `SELECT value FROM kv WHERE key = ?`, scrubMarkKey).Scan(&v)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if v != "" {
			if _, err := fmt.Sscan(v, &mark); err != nil {
				return fmt.Errorf("mark %q: %w", v, err)
			}
		}
		var bound int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT MIN(id) FROM updates WHERE state = 'pending'),
			(SELECT COALESCE(MAX(id), 0) + 1 FROM updates))`).Scan(&bound); err != nil {
			return err
		}
		if bound-1 <= mark {
			return nil
		}
		// LIKE reads a blob as text in SQLite, and PostgreSQL has LIKE
		// for bytea.
		res, err := tx.ExecContext(ctx, `UPDATE updates SET payload = ?
			WHERE id > ? AND id < ? AND state != 'pending' AND payload LIKE '%"skm:%'`, []byte("{}"), mark, bound)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		_, err = tx.ExecContext(ctx, `INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
			scrubMarkKey, fmt.Sprint(bound-1), ts(db.now()))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("scrub survey presses: %w", err)
	}
	return n, nil
}

// SurveyTrend tallies the responses f selects per month (YYYY-MM), or per
// day when daily is set, oldest first: the index's trend.
func (db *DB) SurveyTrend(ctx context.Context, f helpdesk.SurveyFilter, daily bool) ([]helpdesk.SurveyPeriodStats, error) {
	period := `substr(day, 1, 7)`
	if daily {
		period = `day`
	}
	rows, err := db.conn.QueryContext(ctx, `SELECT `+period+`, COUNT(*),
		SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
		FROM skm_responses`+surveyWhere+` GROUP BY 1 ORDER BY 1`, surveyArgs(f)...)
	if err != nil {
		return nil, fmt.Errorf("survey trend: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.SurveyPeriodStats
	for rows.Next() {
		var p helpdesk.SurveyPeriodStats
		dst := []any{&p.Period, &p.Tally.Respondents}
		for i := range p.Tally.Sums {
			dst = append(dst, &p.Tally.Sums[i])
		}
		if err := rows.Scan(dst...); err != nil {
			return nil, fmt.Errorf("survey trend: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
