package storage

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/layananwarga/helpdesk"
)

// Report computes the service figures of cases and conversations between
// from and to, by day in loc and by officer. A conversation is one citizen
// chat on one day; it was answered by the bot alone when no case was opened
// for that chat that day.
func (db *DB) Report(ctx context.Context, from, to time.Time, loc *time.Location) (helpdesk.Report, error) {
	if loc == nil {
		loc = time.UTC
	}
	rep := helpdesk.Report{From: from, To: to}
	day := func(t time.Time) string { return t.In(loc).Format("2006-01-02") }

	chats := map[string]map[int64]bool{}   // day -> chats that talked
	handoff := map[string]map[int64]bool{} // day -> chats handed off
	add := func(m map[string]map[int64]bool, d string, chat int64) {
		if m[d] == nil {
			m[d] = map[int64]bool{}
		}
		m[d][chat] = true
	}
	rows, err := db.conn.QueryContext(ctx, `SELECT DISTINCT chat_id, substr(created_at, 1, 13) FROM turns
		WHERE role = 'citizen' AND created_at >= ? AND created_at < ?`, ts(from), ts(to))
	if err != nil {
		return rep, fmt.Errorf("report: %w", err)
	}
	for rows.Next() {
		var chat int64
		var hour string
		if err := rows.Scan(&chat, &hour); err != nil {
			rows.Close()
			return rep, fmt.Errorf("report: %w", err)
		}
		t, err := time.Parse("2006-01-02T15", hour)
		if err != nil {
			continue
		}
		add(chats, day(t), chat)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return rep, fmt.Errorf("report: %w", err)
	}

	crow, err := db.conn.QueryContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE created_at >= ? AND created_at < ? ORDER BY id`,
		ts(from), ts(to))
	if err != nil {
		return rep, fmt.Errorf("report: %w", err)
	}
	var cases []helpdesk.Case
	for crow.Next() {
		c, err := scanCase(crow)
		if err != nil {
			crow.Close()
			return rep, fmt.Errorf("report: %w", err)
		}
		cases = append(cases, c)
	}
	crow.Close()
	if err := crow.Err(); err != nil {
		return rep, fmt.Errorf("report: %w", err)
	}

	byDay := map[string]*acc{}
	byOfficer := map[string]*acc{}
	total := &acc{}
	get := func(m map[string]*acc, k string) *acc {
		if m[k] == nil {
			m[k] = &acc{}
		}
		return m[k]
	}
	for _, c := range cases {
		d := day(c.CreatedAt)
		add(chats, d, c.CitizenChat)
		add(handoff, d, c.CitizenChat)
		accs := []*acc{get(byDay, d), total}
		if c.ClaimedBy != 0 {
			name := c.ClaimedName
			if name == "" {
				name = "petugas " + strconv.FormatInt(c.ClaimedBy, 10)
			}
			o := get(byOfficer, name)
			o.f.Conversations++
			accs = append(accs, o)
		}
		for _, a := range accs {
			a.addCase(c)
		}
	}
	for d, set := range chats {
		a := get(byDay, d)
		a.f.Conversations = len(set)
		for chat := range set {
			if !handoff[d][chat] {
				a.f.BotOnly++
			}
		}
		total.f.Conversations += a.f.Conversations
		total.f.BotOnly += a.f.BotOnly
	}
	for k, a := range byDay {
		rep.ByDay = append(rep.ByDay, a.figures(k))
	}
	sort.Slice(rep.ByDay, func(i, j int) bool { return rep.ByDay[i].Key < rep.ByDay[j].Key })
	for k, a := range byOfficer {
		rep.ByOfficer = append(rep.ByOfficer, a.figures(k))
	}
	sort.Slice(rep.ByOfficer, func(i, j int) bool { return rep.ByOfficer[i].Key < rep.ByOfficer[j].Key })
	rep.Total = total.figures("total")
	return rep, nil
}

// acc gathers the figures of a group of cases.
type acc struct {
	f       helpdesk.Figures
	waits   []time.Duration
	closes  []time.Duration
	ratings []float64
}

func (a *acc) addCase(c helpdesk.Case) {
	a.f.Handoffs++
	if c.Complaint {
		a.f.Complaints++
	}
	if !c.FirstReplyAt.IsZero() {
		a.waits = append(a.waits, c.FirstReplyAt.Sub(c.CreatedAt))
	}
	if !c.ClosedAt.IsZero() {
		a.f.Closed++
		a.closes = append(a.closes, c.ClosedAt.Sub(c.CreatedAt))
	}
	if c.Rating > 0 {
		a.ratings = append(a.ratings, float64(c.Rating))
	}
}

func (a *acc) figures(key string) helpdesk.Figures {
	f := a.f
	f.Key = key
	f.MedianWait, f.Waits = median(a.waits), len(a.waits)
	f.MedianClose = median(a.closes)
	f.Ratings = len(a.ratings)
	if n := float64(len(a.ratings)); n > 0 {
		var sum float64
		for _, r := range a.ratings {
			sum += r
		}
		f.AvgRating = sum / n
		var sq float64
		for _, r := range a.ratings {
			sq += (r - f.AvgRating) * (r - f.AvgRating)
		}
		f.RatingSD = math.Sqrt(sq / n)
	}
	return f
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
