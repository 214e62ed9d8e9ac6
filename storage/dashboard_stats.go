package storage

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
)

// Read queries of the dashboard. Counts come per UTC hour, so that the
// dashboard can group them by day in the office's time zone.

// Keys of QuestionHours.
const (
	CountQuestions = "questions" // citizens' questions (their turns)
	CountAnswered  = "answered"  // answers from the knowledge base
	CountGaps      = "gaps"      // questions the base could not answer
)

// hourOf reads the "YYYY-MM-DDTHH" prefix of a stored time.
func hourOf(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02T15", s)
	return t, err == nil
}

// QuestionHours counts, per UTC hour between from and to, the citizens'
// questions, the answers taken from the knowledge base and the unanswered
// questions, keyed CountQuestions, CountAnswered and CountGaps.
func (db *DB) QuestionHours(ctx context.Context, from, to time.Time) ([]helpdesk.HourCount, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT substr(created_at, 1, 13), ?, COUNT(*) FROM turns
			WHERE role = 'citizen' AND created_at >= ? AND created_at < ? GROUP BY 1
		UNION ALL
		SELECT substr(created_at, 1, 13), ?, COUNT(*) FROM turns
			WHERE role = 'bot' AND article_ids != '' AND created_at >= ? AND created_at < ? GROUP BY 1
		UNION ALL
		SELECT substr(created_at, 1, 13), ?, COUNT(*) FROM gaps
			WHERE created_at >= ? AND created_at < ? GROUP BY 1`,
		CountQuestions, ts(from), ts(to), CountAnswered, ts(from), ts(to), CountGaps, ts(from), ts(to))
	if err != nil {
		return nil, fmt.Errorf("question hours: %w", err)
	}
	return scanHourCounts(rows, "question hours")
}

// StatusChangeHours counts the application status changes per UTC hour
// between from and to, keyed by the new status.
func (db *DB) StatusChangeHours(ctx context.Context, from, to time.Time) ([]helpdesk.HourCount, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT substr(at, 1, 13), new_status, COUNT(*) FROM status_history
		WHERE at >= ? AND at < ? GROUP BY 1, 2`, ts(from), ts(to))
	if err != nil {
		return nil, fmt.Errorf("status change hours: %w", err)
	}
	return scanHourCounts(rows, "status change hours")
}

type hourRows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close() error
}

func scanHourCounts(rows hourRows, what string) ([]helpdesk.HourCount, error) {
	defer rows.Close()
	var out []helpdesk.HourCount
	for rows.Next() {
		var h, key string
		var n int
		if err := rows.Scan(&h, &key, &n); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		t, ok := hourOf(h)
		if !ok {
			continue
		}
		out = append(out, helpdesk.HourCount{Hour: t, Key: key, Count: n})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// CitedArticles counts, per article, the answers between from and to that
// rested on it first.
func (db *DB) CitedArticles(ctx context.Context, from, to time.Time) (map[string]int, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT article_ids, COUNT(*) FROM turns
		WHERE role = 'bot' AND article_ids != '' AND created_at >= ? AND created_at < ? GROUP BY article_ids`, ts(from), ts(to))
	if err != nil {
		return nil, fmt.Errorf("cited articles: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var ids string
		var n int
		if err := rows.Scan(&ids, &n); err != nil {
			return nil, fmt.Errorf("cited articles: %w", err)
		}
		first, _, _ := strings.Cut(ids, ",")
		out[first] += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cited articles: %w", err)
	}
	return out, nil
}

// CaseRatings counts the ratings 1 to 5 (index 0 to 4) of the cases opened
// between from and to, as Report selects its cases.
func (db *DB) CaseRatings(ctx context.Context, from, to time.Time) ([5]int, error) {
	var out [5]int
	rows, err := db.conn.QueryContext(ctx, `SELECT rating, COUNT(*) FROM cases
		WHERE rating BETWEEN 1 AND 5 AND created_at >= ? AND created_at < ? GROUP BY rating`, ts(from), ts(to))
	if err != nil {
		return out, fmt.Errorf("case ratings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r, n int
		if err := rows.Scan(&r, &n); err != nil {
			return out, fmt.Errorf("case ratings: %w", err)
		}
		out[r-1] = n
	}
	if err := rows.Err(); err != nil {
		return out, fmt.Errorf("case ratings: %w", err)
	}
	return out, nil
}

// ApplicationStatusCounts counts the applications per current status.
func (db *DB) ApplicationStatusCounts(ctx context.Context) (map[helpdesk.Status]int, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT status, COUNT(*) FROM applications GROUP BY status`)
	if err != nil {
		return nil, fmt.Errorf("application status counts: %w", err)
	}
	defer rows.Close()
	out := map[helpdesk.Status]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, fmt.Errorf("application status counts: %w", err)
		}
		out[helpdesk.Status(s)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("application status counts: %w", err)
	}
	return out, nil
}

// UnfinishedApplications lists up to limit applications whose status is not
// one of final, the longest unchanged first.
func (db *DB) UnfinishedApplications(ctx context.Context, final []helpdesk.Status, limit int) ([]helpdesk.Application, error) {
	args := []any{}
	marks := make([]string, len(final))
	for i, s := range final {
		marks[i] = "?"
		args = append(args, string(s))
	}
	where := ""
	if len(final) > 0 {
		where = ` WHERE status NOT IN (` + strings.Join(marks, ", ") + `)`
	}
	rows, err := db.conn.QueryContext(ctx, `SELECT tracking_no, service, applicant_name, status, note, created_at, updated_at
		FROM applications`+where+` ORDER BY updated_at, tracking_no LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("unfinished applications: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.Application
	for rows.Next() {
		var a helpdesk.Application
		var status, created, updated string
		if err := rows.Scan(&a.TrackingNo, &a.Service, &a.ApplicantName, &status, &a.Note, &created, &updated); err != nil {
			return nil, fmt.Errorf("unfinished applications: %w", err)
		}
		a.Status, a.CreatedAt, a.UpdatedAt = helpdesk.Status(status), parseTS(created), parseTS(updated)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("unfinished applications: %w", err)
	}
	return out, nil
}

// RecentStatusChanges returns the newest status changes first, without
// their notes, and the service of each application they name.
func (db *DB) RecentStatusChanges(ctx context.Context, limit int) ([]helpdesk.StatusChange, map[string]string, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT h.id, h.tracking_no, h.old_status, h.new_status, h.source, h.at, a.service
		FROM status_history h JOIN applications a ON a.tracking_no = h.tracking_no ORDER BY h.id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, nil, fmt.Errorf("recent status changes: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.StatusChange
	services := map[string]string{}
	for rows.Next() {
		var c helpdesk.StatusChange
		var old, nw, at, service string
		if err := rows.Scan(&c.ID, &c.TrackingNo, &old, &nw, &c.Source, &at, &service); err != nil {
			return nil, nil, fmt.Errorf("recent status changes: %w", err)
		}
		c.Old, c.New, c.At = helpdesk.Status(old), helpdesk.Status(nw), parseTS(at)
		services[c.TrackingNo] = service
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("recent status changes: %w", err)
	}
	return out, services, nil
}
