package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/storage"
)

// runKBCmd runs `helpdesk kb ...` with a private environment and returns the
// exit code, stdout and stderr.
func runKBCmd(t *testing.T, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return vars[k] }, DotEnv: filepath.Join(t.TempDir(), "none.env")}
	code := run(context.Background(), append([]string{"kb"}, args...), env)
	return code, stdout.String(), stderr.String()
}

func writeArticles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	kbKTP = "---\nid: ktp-hilang\ntitle: KTP-el Hilang\ncategory: kependudukan\nkeywords: [ktp hilang]\n" +
		"source: https://dukcapil.kemendagri.go.id\nupdated: 2026-11-01\n---\nBawa surat kehilangan dari polisi ke Disdukcapil. Gratis.\n"
	kbPaspor = "---\nid: paspor-baru\ntitle: Paspor Baru\ncategory: imigrasi\nkeywords: [paspor, bikin paspor]\n---\n" +
		"Daftar lewat M-Paspor lalu datang ke kantor imigrasi.\n"
	kbSpam = "---\nid: promo\ntitle: Info\n---\nMain di situs slot gacor, klik https://gacor.example.com\n"
)

func TestKBLint(t *testing.T) {
	good := writeArticles(t, map[string]string{"a.md": kbKTP, "b.md": kbPaspor})
	if code, out, _ := runKBCmd(t, nil, "", "lint", good); code != 0 || !strings.Contains(out, "2 articles OK") {
		t.Fatalf("lint good: exit %d, %q", code, out)
	}
	bad := writeArticles(t, map[string]string{"a.md": kbKTP, "promo.md": kbSpam, "dup.md": kbKTP})
	code, out, _ := runKBCmd(t, nil, "", "lint", bad)
	if code != 1 {
		t.Fatalf("lint bad: exit %d, want 1", code)
	}
	for _, want := range []string{"promo.md:5: body promotes online gambling", "gacor.example.com", "dup.md:2: duplicate id", "a.md:2: duplicate id"} {
		if !strings.Contains(out, want) {
			t.Fatalf("lint output %q lacks %q", out, want)
		}
	}
	// KB_ALLOWED_DOMAINS extends the allowlist.
	ext := writeArticles(t, map[string]string{"a.md": "---\nid: a\ntitle: A\n---\nUnduh di https://play.google.com/store\n"})
	if code, _, _ := runKBCmd(t, nil, "", "lint", ext); code != 1 {
		t.Fatalf("lint without allowlist: exit %d, want 1", code)
	}
	if code, out, _ := runKBCmd(t, map[string]string{"KB_ALLOWED_DOMAINS": "play.google.com"}, "", "lint", ext); code != 0 {
		t.Fatalf("lint with KB_ALLOWED_DOMAINS: exit %d, %s", code, out)
	}
	if code, _, _ := runKBCmd(t, nil, "", "lint"); code != 2 {
		t.Fatalf("lint without a folder: exit %d, want 2", code)
	}
}

func TestKBImportExport(t *testing.T) {
	dsn := testDSN(t)
	vars := withDB(dsn, nil)
	bad := writeArticles(t, map[string]string{"a.md": kbKTP, "promo.md": kbSpam})
	code, _, errOut := runKBCmd(t, vars, "", "import", bad)
	if code != 1 || !strings.Contains(errOut, "nothing imported") || !strings.Contains(errOut, "promo.md") {
		t.Fatalf("import bad: exit %d, %q", code, errOut)
	}
	if n := countArticles(t, dsn); n != 0 {
		t.Fatalf("%d articles after a refused import, want 0", n)
	}

	dir := writeArticles(t, map[string]string{"a.md": kbKTP, "b.md": kbPaspor})
	if code, out, errOut := runKBCmd(t, vars, "", "import", dir); code != 0 || !strings.Contains(out, "added 2, updated 0, unchanged 0") {
		t.Fatalf("import: exit %d, %q %q", code, out, errOut)
	}
	changed := strings.Replace(kbPaspor, "Paspor Baru", "Pembuatan Paspor Baru", 1)
	dir2 := writeArticles(t, map[string]string{"a.md": kbKTP, "b.md": changed})
	if code, out, _ := runKBCmd(t, vars, "", "import", dir2); code != 0 || !strings.Contains(out, "added 0, updated 1, unchanged 1") {
		t.Fatalf("re-import: exit %d, %q", code, out)
	}

	out := filepath.Join(t.TempDir(), "export")
	if code, msg, errOut := runKBCmd(t, vars, "", "export", out); code != 0 || !strings.Contains(msg, "exported 2 articles") {
		t.Fatalf("export: exit %d, %q %q", code, msg, errOut)
	}
	exported, errs := knowledge.LintDir(out, knowledge.LintOptions{})
	if len(errs) > 0 || len(exported) != 2 {
		t.Fatalf("exported folder: %d articles, %v", len(exported), errs)
	}
	original, _ := knowledge.LintDir(dir2, knowledge.LintOptions{})
	if !reflect.DeepEqual(byID(exported), byID(original)) {
		t.Fatalf("export=%+v, want %+v", exported, original)
	}
	// The export imports back as unchanged.
	if code, msg, _ := runKBCmd(t, vars, "", "import", out); code != 0 || !strings.Contains(msg, "unchanged 2") {
		t.Fatalf("import of export: exit %d, %q", code, msg)
	}
}

func byID(as []knowledge.Article) map[string]knowledge.Article {
	m := map[string]knowledge.Article{}
	for _, a := range as {
		m[a.ID] = a
	}
	return m
}

func countArticles(t *testing.T, dsn string) int {
	t.Helper()
	db, err := openDSN(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, err := db.CountArticles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestKBSearchJSON(t *testing.T) {
	dsn := testDSN(t)
	vars := withDB(dsn, nil)
	dir := writeArticles(t, map[string]string{"a.md": kbKTP, "b.md": kbPaspor})
	code, out, errOut := runKBCmd(t, vars, "ktp sy ilang gmn\nhalo min\n\"bikin paspor\" <b>\n", "search", "--kb", dir, "--top", "1", "--json")
	if code != 0 {
		t.Fatalf("search: exit %d, %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3: %q", len(lines), out)
	}
	var got []searchLine
	for _, l := range lines {
		var s searchLine
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, s)
	}
	if !got[0].Answered || len(got[0].Results) != 1 || got[0].Results[0].ID != "ktp-hilang" || got[0].Results[0].Score <= 0 {
		t.Fatalf("first line=%+v, want ktp-hilang answered", got[0])
	}
	if got[1].Answered || got[1].Results == nil || !strings.Contains(lines[1], `"results":[]`) {
		t.Fatalf("greeting line=%q, want not answered with empty results", lines[1])
	}
	if got[2].Query != `"bikin paspor" <b>` || got[2].Results[0].ID != "paspor-baru" {
		t.Fatalf("third line=%+v", got[2])
	}
	if onPostgres() {
		var tables int
		if err := openRaw(t, dsn).QueryRow(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'`).Scan(&tables); err != nil || tables != 0 {
			t.Fatalf("kb search --kb touched the database: %d tables (%v)", tables, err)
		}
	} else if _, err := os.Stat(dsn); !os.IsNotExist(err) {
		t.Fatalf("kb search --kb touched the database (%v)", err)
	}
}

func TestSeedKnowledge(t *testing.T) {
	ctx := context.Background()
	open := func() *storage.DB {
		db, err := openDSN(ctx, testDSN(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	// Without a folder, the bundled articles seed an empty database, once.
	db := open()
	if _, err := SeedKnowledge(ctx, db, "", knowledge.LintOptions{}); err != nil {
		t.Fatal(err)
	}
	bundled, _ := knowledge.Bundled()
	if n, _ := db.CountArticles(ctx); n != len(bundled) || n == 0 {
		t.Fatalf("seeded %d articles, want %d", n, len(bundled))
	}
	if err := db.DeleteArticle(ctx, bundled[0].ID, "admin:1"); err != nil {
		t.Fatal(err)
	}
	if _, err := SeedKnowledge(ctx, db, "", knowledge.LintOptions{}); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.CountArticles(ctx); n != len(bundled)-1 {
		t.Fatalf("reseeded: %d articles, want %d (a deleted article stays deleted)", n, len(bundled)-1)
	}

	// With a folder, exactly that folder; a refused file is reported and the
	// good ones still load.
	db = open()
	dir := writeArticles(t, map[string]string{"a.md": kbKTP, "b.md": kbPaspor})
	if refused, err := SeedKnowledge(ctx, db, dir, knowledge.LintOptions{}); err != nil || len(refused) > 0 {
		t.Fatalf("refused=%v err=%v", refused, err)
	}
	if arts, _ := db.ListArticles(ctx); len(arts) != 2 {
		t.Fatalf("KNOWLEDGE_DIR seed: %d articles, want 2", len(arts))
	}
	db = open()
	bad := writeArticles(t, map[string]string{"a.md": kbKTP, "promo.md": kbSpam})
	refused, err := SeedKnowledge(ctx, db, bad, knowledge.LintOptions{})
	if err != nil || len(refused) == 0 || !strings.Contains(refused[0].Error(), "promo.md:") {
		t.Fatalf("KNOWLEDGE_DIR with a spam file: refused=%v err=%v, want promo.md refused", refused, err)
	}
	if n, _ := db.CountArticles(ctx); n != 1 {
		t.Fatalf("KNOWLEDGE_DIR with a spam file imported %d articles, want the good one", n)
	}
	if _, err := SeedKnowledge(ctx, db, filepath.Join(bad, "missing"), knowledge.LintOptions{}); err == nil || !strings.Contains(err.Error(), "KNOWLEDGE_DIR") {
		t.Fatalf("missing KNOWLEDGE_DIR: err=%v, want it named", err)
	}
}

func TestKBLintStale(t *testing.T) {
	day := func(daysAgo int) string { return time.Now().AddDate(0, 0, -daysAgo).Format("2006-01-02") }
	art := func(id, verified string) string {
		v := ""
		if verified != "" {
			v = "verified: " + verified + "\n"
		}
		return "---\nid: " + id + "\ntitle: " + id + "\nsource: https://polri.go.id/skck\nupdated: 2026-11-01\n" + v + "---\nIsi.\n"
	}
	dir := writeArticles(t, map[string]string{
		"fresh.md": art("fresh", day(10)),
		"month.md": art("month", day(40)),
		"old.md":   art("old", day(400)),
		"never.md": art("never", ""),
	})
	tests := []struct {
		name     string
		args     []string
		code     int
		listed   []string
		unlisted []string
	}{
		{"default 365 days", []string{"--stale", dir}, 0, []string{"never: never verified", "old: verified " + day(400) + " (400 days ago)", "2 of 4 articles not verified within 365 days"}, []string{"month:", "fresh:"}},
		{"30 days", []string{"--stale", "30", dir}, 0, []string{"never:", "old:", "month: verified", "3 of 4"}, []string{"fresh:"}},
		{"equals form after the folder", []string{dir, "--stale=30"}, 0, []string{"3 of 4"}, nil},
		{"without --stale no report", []string{dir}, 0, []string{"4 articles OK"}, []string{"never:", "not verified"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runKBCmd(t, nil, "", append([]string{"lint"}, tc.args...)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; %s %s", code, tc.code, out, errOut)
			}
			for _, w := range tc.listed {
				if !strings.Contains(out, w) {
					t.Errorf("output %q lacks %q", out, w)
				}
			}
			for _, w := range tc.unlisted {
				if strings.Contains(out, w) {
					t.Errorf("output %q has %q", out, w)
				}
			}
		})
	}
	// Never-verified first, then the oldest check.
	_, out, _ := runKBCmd(t, nil, "", "lint", "--stale", "30", dir)
	if n, o, m := strings.Index(out, "never:"), strings.Index(out, "old:"), strings.Index(out, "month:"); !(n < o && o < m) {
		t.Fatalf("order in %q: want never, old, month", out)
	}
	// Stale articles are a report; a real lint error still fails, and is listed too.
	bad := writeArticles(t, map[string]string{"old.md": art("old", day(400)), "promo.md": kbSpam})
	if code, out, _ := runKBCmd(t, nil, "", "lint", "--stale", bad); code != 1 || !strings.Contains(out, "old: verified") || !strings.Contains(out, "gambling") {
		t.Fatalf("lint --stale with a bad file: exit %d, %q; want 1 with both listed", code, out)
	}
	for _, args := range [][]string{{"--stale", "0", dir}, {"--stale=abc", dir}, {"--stale", "-3", dir}} {
		if code, _, errOut := runKBCmd(t, nil, "", append([]string{"lint"}, args...)...); code != 2 || !strings.Contains(errOut, "--stale needs a number") {
			t.Fatalf("lint %v: exit %d, %q; want 2", args, code, errOut)
		}
	}
	// A bad verified date is a lint error with its line.
	badDate := writeArticles(t, map[string]string{"a.md": art("a", "02-12-2026")})
	if code, out, _ := runKBCmd(t, nil, "", "lint", badDate); code != 1 || !strings.Contains(out, "a.md:6: bad verified date") {
		t.Fatalf("lint bad verified: exit %d, %q", code, out)
	}
}
