package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
)

func TestReportGapsGroupsParaphrases(t *testing.T) {
	dir := t.TempDir()
	dsn := testDSN(t)
	ctx := context.Background()
	db, err := openDSN(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 20, 2, 0, 0, 0, time.UTC)
	for i, q := range []string{
		"syarat izin keramaian untuk hajatan apa saja?",
		"gimana cara ngurus izin keramaian buat acara nikahan",
		"izin keramaian hajatan di polsek gmn",
		"harga sewa gedung serbaguna kelurahan",
	} {
		if err := db.RecordGap(ctx, helpdesk.Gap{ChatID: int64(i + 1), UpdateID: int64(i + 1), Query: q, At: at.Add(time.Duration(i) * 24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.RecordFeedback(ctx, helpdesk.Feedback{ChatID: 9, UpdateID: 50, Query: "izin keramaian acara hajatan", ArticleIDs: []string{"skck"}, Vote: -1, At: at}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveArticle(ctx, knowledge.Article{ID: "izin-hajatan-uji", Title: "Izin Keramaian", Body: "Di Polsek."}, "test"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	vars := withDB(dsn, nil)
	run := func(args ...string) string {
		var out, errb bytes.Buffer
		e := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] },
			DotEnv: filepath.Join(dir, "none.env")}
		if code := runReportGaps(ctx, args, e); code != 0 {
			t.Fatalf("report gaps %v exited %d: %s", args, code, errb.String())
		}
		return out.String()
	}
	var rows []gapRowJSON
	for _, line := range strings.Split(strings.TrimSpace(run("--json")), "\n") {
		var r gapRowJSON
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		rows = append(rows, r)
	}
	if len(rows) != 2 || rows[0].Count != 4 || rows[0].Unanswered != 3 || rows[0].Downvotes != 1 || rows[1].Count != 1 {
		t.Fatalf("rows=%+v, want the keramaian paraphrases (3 gaps + 1 downvote) as one row, the gedung question apart", rows)
	}
	if rows[0].First != "2026-11-20T02:00:00Z" || rows[0].Last != "2026-11-22T02:00:00Z" || len(rows[0].Examples) == 0 {
		t.Fatalf("row=%+v, want the date range and examples", rows[0])
	}
	text := run()
	if !strings.Contains(text, "5 questions in 2 needs") || !strings.Contains(text, "e.g.") {
		t.Fatalf("text report=%q", text)
	}
	if out := run("--top", "1"); !strings.Contains(out, "1 more rows") {
		t.Fatalf("--top 1 output=%q", out)
	}
	if out := run("--done", "1", "--article", "izin-hajatan-uji"); !strings.Contains(out, "4 questions) marked handled by izin-hajatan-uji") {
		t.Fatalf("--done output=%q", out)
	}
	if out := run(); !strings.Contains(out, "1 questions in 1 needs") || strings.Contains(out, "keramaian") {
		t.Fatalf("report after marking=%q, want only the gedung row", out)
	}
}
