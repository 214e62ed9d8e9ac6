package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
)

// runReport prints the service figures by day and by officer (the same as
// /laporan in Telegram); "report gaps" prints what the knowledge base could
// not answer.
func runReport(ctx context.Context, args []string, env *Env) int {
	if len(args) > 0 && args[0] == "gaps" {
		return runReportGaps(ctx, args[1:], env)
	}
	if len(args) > 0 && args[0] == "skm" {
		return runReportSKM(ctx, args[1:], env)
	}
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	days := fs.Int("days", 30, "the last N days, today included")
	fromS := fs.String("from", "", "first day, YYYY-MM-DD (instead of --days)")
	toS := fs.String("to", "", "last day, YYYY-MM-DD (default today)")
	asJSON := fs.Bool("json", false, "print the figures as one JSON object")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "report: unknown report %q (try: helpdesk report, helpdesk report gaps, helpdesk report skm)\n", fs.Arg(0))
		return 2
	}
	cfg, err := env.Config()
	if err != nil {
		fmt.Fprintln(env.Stderr, "configuration:", err)
		return 2
	}
	loc := cfg.Location
	from, to, err := reportPeriod(time.Now().In(loc), loc, *days, *fromS, *toS)
	if err != nil {
		fmt.Fprintln(env.Stderr, "report:", err)
		return 2
	}
	db, err := env.OpenDB(ctx, cfg)
	if err != nil {
		fmt.Fprintln(env.Stderr, "database:", err)
		return 1
	}
	defer db.Close()
	rep, err := db.Report(ctx, from, to, loc)
	if err != nil {
		fmt.Fprintln(env.Stderr, "report:", err)
		return 1
	}
	var overdue *int
	if cfg.Workflow.HasStandards() {
		list, err := handlers.OverdueApplications(ctx, db, cfg.Workflow, helpdesk.NewCalendar(loc, cfg.OfficeHolidays), time.Now())
		if err != nil {
			fmt.Fprintln(env.Stderr, "report:", err)
			return 1
		}
		n := len(list)
		overdue = &n
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		out := reportJSON(rep)
		out.ApplicationsOverdue = overdue
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(env.Stderr, "report:", err)
			return 1
		}
		return 0
	}
	printReport(env.Stdout, rep)
	if overdue != nil {
		fmt.Fprintf(env.Stdout, "\nApplications past their service time standard now: %d (list them with /terlambat in the officers' group)\n", *overdue)
	}
	return 0
}

// reportPeriod turns the flags into [from, to) in loc.
func reportPeriod(now time.Time, loc *time.Location, days int, fromS, toS string) (time.Time, time.Time, error) {
	day := func(s string) (time.Time, error) {
		t, err := time.ParseInLocation("2006-01-02", s, loc)
		if err != nil {
			return t, fmt.Errorf("date %q: want YYYY-MM-DD", s)
		}
		return t, nil
	}
	to := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, 1)
	if toS != "" {
		t, err := day(toS)
		if err != nil {
			return t, t, err
		}
		to = t.AddDate(0, 0, 1)
	}
	if fromS != "" {
		from, err := day(fromS)
		if err != nil {
			return from, to, err
		}
		if !from.Before(to) {
			return from, to, fmt.Errorf("--from %s is after --to", fromS)
		}
		return from, to, nil
	}
	if days < 1 {
		return to, to, fmt.Errorf("--days must be at least 1")
	}
	return to.AddDate(0, 0, -days), to, nil
}

func printReport(w io.Writer, rep helpdesk.Report) {
	fmt.Fprintf(w, "Service figures %s to %s\n\n", rep.From.Format("2006-01-02"), rep.To.AddDate(0, 0, -1).Format("2006-01-02"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "day\tconversations\tbot alone\thandoffs\tmedian wait\tmedian to close\trating\tspread\trated\t")
	for _, f := range rep.ByDay {
		fmt.Fprintln(tw, figuresRow(f, true))
	}
	fmt.Fprintln(tw, figuresRow(rep.Total, true))
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "officer\tcases\t\t\tmedian wait\tmedian to close\trating\tspread\trated\t")
	if len(rep.ByOfficer) == 0 {
		fmt.Fprintln(tw, "(none)\t\t\t\t\t\t\t\t\t")
	}
	for _, f := range rep.ByOfficer {
		fmt.Fprintln(tw, figuresRow(f, false))
	}
	tw.Flush()
}

func figuresRow(f helpdesk.Figures, byDay bool) string {
	rating, spread := "-", "-"
	if f.Ratings > 0 {
		rating, spread = fmt.Sprintf("%.2f", f.AvgRating), fmt.Sprintf("%.2f", f.RatingSD)
	}
	if !byDay {
		return fmt.Sprintf("%s\t%d\t\t\t%s\t%s\t%s\t%s\t%d\t", f.Key, f.Handoffs, dur(f.MedianWait, f.Waits),
			dur(f.MedianClose, f.Closed), rating, spread, f.Ratings)
	}
	return fmt.Sprintf("%s\t%d\t%.0f%%\t%d\t%s\t%s\t%s\t%s\t%d\t", f.Key, f.Conversations, 100*f.BotShare(), f.Handoffs,
		dur(f.MedianWait, f.Waits), dur(f.MedianClose, f.Closed), rating, spread, f.Ratings)
}

func dur(d time.Duration, n int) string {
	if n == 0 {
		return "-"
	}
	return d.Round(time.Second).String()
}

// figuresJSON is one row of the JSON report; durations in seconds.
type figuresJSON struct {
	Key           string  `json:"key"`
	Conversations int     `json:"conversations"`
	BotOnly       int     `json:"bot_only"`
	BotShare      float64 `json:"bot_share"`
	Handoffs      int     `json:"handoffs"`
	Complaints    int     `json:"complaints"`
	Closed        int     `json:"closed"`
	MedianWaitS   float64 `json:"median_wait_seconds"`
	MedianCloseS  float64 `json:"median_close_seconds"`
	Ratings       int     `json:"ratings"`
	AvgRating     float64 `json:"avg_rating"`
	RatingSD      float64 `json:"rating_sd"`
}

type reportOut struct {
	From      string        `json:"from"`
	To        string        `json:"to"`
	Total     figuresJSON   `json:"total"`
	ByDay     []figuresJSON `json:"by_day"`
	ByOfficer []figuresJSON `json:"by_officer"`
	// ApplicationsOverdue counts applications past their service time
	// standard now; absent without standards in STATUS_WORKFLOW.
	ApplicationsOverdue *int `json:"applications_overdue,omitempty"`
}

func reportJSON(rep helpdesk.Report) reportOut {
	conv := func(f helpdesk.Figures) figuresJSON {
		return figuresJSON{Key: f.Key, Conversations: f.Conversations, BotOnly: f.BotOnly, BotShare: f.BotShare(),
			Handoffs: f.Handoffs, Complaints: f.Complaints, Closed: f.Closed, MedianWaitS: f.MedianWait.Seconds(), MedianCloseS: f.MedianClose.Seconds(),
			Ratings: f.Ratings, AvgRating: f.AvgRating, RatingSD: f.RatingSD}
	}
	out := reportOut{From: rep.From.Format(time.RFC3339), To: rep.To.Format(time.RFC3339), Total: conv(rep.Total),
		ByDay: []figuresJSON{}, ByOfficer: []figuresJSON{}}
	for _, f := range rep.ByDay {
		out.ByDay = append(out.ByDay, conv(f))
	}
	for _, f := range rep.ByOfficer {
		out.ByOfficer = append(out.ByOfficer, conv(f))
	}
	return out
}
