package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/storage"
)

// runReportGaps prints what the knowledge base could not answer: unanswered
// questions and downvoted answers, grouped by need, most asked first. The
// same report is /celah in Telegram.
func runReportGaps(ctx context.Context, args []string, env *Env) int {
	fs := flag.NewFlagSet("report gaps", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per row")
	top := fs.Int("top", 0, "print only the first N rows (0: all)")
	done := fs.Int("done", 0, "mark row N handled (with --article) instead of printing")
	article := fs.String("article", "", "the article that now covers the row marked with --done")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	cfg, db, code := env.openDB(ctx)
	if code != 0 {
		return code
	}
	defer db.Close()
	items, err := db.ListGapItems(ctx, 0)
	if err != nil {
		fmt.Fprintln(env.Stderr, "report gaps:", err)
		return 1
	}
	arts, err := db.ListArticles(ctx)
	if err != nil {
		fmt.Fprintln(env.Stderr, "report gaps:", err)
		return 1
	}
	titles := map[string]string{}
	for _, a := range arts {
		titles[a.ID] = a.Title
	}
	rows := handlers.BuildGapReport(items, func(id string) string { return titles[id] })
	if *done > 0 {
		return markGapRow(ctx, env, db, rows, *done, *article, titles)
	}
	total := len(rows)
	if *top > 0 && len(rows) > *top {
		rows = rows[:*top]
	}
	if *asJSON {
		return printGapsJSON(env.Stdout, rows)
	}
	printGaps(env.Stdout, rows, len(items), total, cfg.Location)
	return 0
}

// gapRowJSON is the --json form of a row.
type gapRowJSON struct {
	Row        int      `json:"row"`
	Key        string   `json:"key"`
	Need       string   `json:"need"`
	Count      int      `json:"count"`
	Unanswered int      `json:"unanswered"`
	Downvotes  int      `json:"downvotes"`
	Citizens   int      `json:"citizens"`
	First      string   `json:"first"`
	Last       string   `json:"last"`
	Examples   []string `json:"examples"`
	Articles   []string `json:"articles"`
}

// Times are in UTC, for machines.
func printGapsJSON(w io.Writer, rows []helpdesk.GapRow) int {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		ex := r.Examples
		if ex == nil {
			ex = []string{}
		}
		ids := r.ArticleIDs
		if ids == nil {
			ids = []string{}
		}
		if err := enc.Encode(gapRowJSON{Row: r.No, Key: r.Key, Need: r.Label, Count: r.Count, Unanswered: r.Unanswered,
			Downvotes: r.Downvotes, Citizens: r.Chats, First: r.First.UTC().Format(time.RFC3339), Last: r.Last.UTC().Format(time.RFC3339),
			Examples: ex, Articles: ids}); err != nil {
			return 1
		}
	}
	return 0
}

// Days are the office's days, in loc.
func printGaps(w io.Writer, rows []helpdesk.GapRow, items, total int, loc *time.Location) {
	if total == 0 {
		fmt.Fprintln(w, "No unanswered or downvoted questions left to handle.")
		return
	}
	fmt.Fprintf(w, "Gaps report: %d questions in %d needs (unanswered or voted 👎, not yet handled)\n\n", items, total)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tcount\tunanswered\tdown\tcitizens\tfirst\tlast\tneed")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\n", r.No, r.Count, r.Unanswered, r.Downvotes, r.Chats,
			r.First.In(loc).Format("2006-01-02"), r.Last.In(loc).Format("2006-01-02"), oneLine(r.Label, 70))
		if len(r.Examples) > 0 {
			q := make([]string, len(r.Examples))
			for i, e := range r.Examples {
				q[i] = fmt.Sprintf("%q", oneLine(e, 60))
			}
			fmt.Fprintf(tw, "\t\t\t\t\t\t\t  e.g. %s\n", strings.Join(q, ", "))
		}
		if len(r.ArticleIDs) > 0 {
			fmt.Fprintf(tw, "\t\t\t\t\t\t\t  closest: %s\n", strings.Join(r.ArticleIDs, ", "))
		}
	}
	tw.Flush()
	if len(rows) < total {
		fmt.Fprintf(w, "\n… %d more rows (--top 0 shows all)\n", total-len(rows))
	}
	fmt.Fprintln(w, "\nMark a row handled: helpdesk report gaps --done ROW --article ID, or /celah selesai ROW ID in Telegram")
}

// oneLine flattens and shortens a question for a table cell.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// markGapRow marks one row of the report handled by an article.
func markGapRow(ctx context.Context, env *Env, db *storage.DB, rows []helpdesk.GapRow, n int, article string, titles map[string]string) int {
	if _, ok := titles[article]; !ok {
		fmt.Fprintf(env.Stderr, "report gaps: --article %q is not a live article\n", article)
		return 2
	}
	if n > len(rows) {
		fmt.Fprintf(env.Stderr, "report gaps: no row %d (the report has %d)\n", n, len(rows))
		return 2
	}
	r := rows[n-1]
	m, err := db.MarkGapsHandled(ctx, helpdesk.GapMark{ArticleID: article, Label: r.Label, By: "cli"}, r.Items)
	if err != nil {
		fmt.Fprintln(env.Stderr, "report gaps:", err)
		return 1
	}
	fmt.Fprintf(env.Stdout, "Row %d (%q, %d questions) marked handled by %s.\n", n, r.Label, m.Items, article)
	return 0
}
