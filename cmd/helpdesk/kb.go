package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/storage"
)

const kbUsage = `Usage:
  helpdesk kb lint [--stale [DAYS]] DIR      check a folder of articles; --stale also lists those
                                             not verified within DAYS (default 365), as a report
  helpdesk kb import DIR                     publish a folder (nothing when a file is refused)
  helpdesk kb export DIR                     write every article as DIR/<id>.md
  helpdesk kb search [--kb DIR] [--top N] [--json]   rank the questions read from stdin, one per line
`

// runKB runs the knowledge-base subcommands.
func runKB(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, kbUsage)
		return 2
	}
	sub, args := args[0], args[1:]
	switch sub {
	case "lint":
		return kbLint(args, env)
	case "import":
		return kbImport(ctx, args, env)
	case "export":
		return kbExport(ctx, args, env)
	case "search":
		return kbSearch(ctx, args, env)
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, kbUsage)
		return 0
	}
	fmt.Fprintf(env.Stderr, "unknown kb command %q\n\n%s", sub, kbUsage)
	return 2
}

// kbLintOptions reads KB_ALLOWED_DOMAINS through the configuration, or
// alone (environment, then .env) when the rest of the configuration is
// incomplete: lint and search need nothing else.
func kbLintOptions(env *Env) knowledge.LintOptions {
	if cfg, err := env.Config(); err == nil {
		return lintOptions(cfg)
	}
	getenv, err := envWithDotEnv(env.Getenv, env.DotEnv)
	if err != nil {
		getenv = env.Getenv
	}
	return knowledge.WithExtraDomains(getenv("KB_ALLOWED_DOMAINS"))
}

func oneDir(args []string, env *Env, sub string) (string, bool) {
	if len(args) != 1 || args[0] == "" {
		fmt.Fprintf(env.Stderr, "kb %s needs one folder: helpdesk kb %s DIR\n", sub, sub)
		return "", false
	}
	return args[0], true
}

func kbLint(args []string, env *Env) int {
	staleDays, args, ok := staleFlag(args, env)
	if !ok {
		return 2
	}
	dir, ok := oneDir(args, env, "lint")
	if !ok {
		return 2
	}
	arts, errs := knowledge.LintDir(dir, kbLintOptions(env))
	for _, e := range errs {
		fmt.Fprintln(env.Stdout, e)
	}
	if staleDays > 0 {
		reportStale(env, arts, staleDays, time.Now())
	}
	if len(errs) > 0 {
		fmt.Fprintf(env.Stderr, "%d problem(s) in %s\n", len(errs), dir)
		return 1
	}
	fmt.Fprintf(env.Stdout, "%d articles OK\n", len(arts))
	return 0
}

// staleFlag takes "--stale [DAYS]" or "--stale=DAYS" out of the lint
// arguments. It returns 0 days when the flag is absent, and false (after
// saying why) when DAYS is not a positive whole number.
func staleFlag(args []string, env *Env) (int, []string, bool) {
	days := 0
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(a, "=")
		if name != "--stale" && name != "-stale" {
			rest = append(rest, a)
			continue
		}
		if !hasVal {
			// A number after --stale is the day count; anything else is the folder.
			days = knowledge.DefaultStaleDays
			if i+1 < len(args) {
				if _, err := strconv.Atoi(args[i+1]); err == nil {
					val, hasVal = args[i+1], true
					i++
				}
			}
			if !hasVal {
				continue
			}
		}
		n, err := strconv.Atoi(val)
		if err != nil || n < 1 {
			fmt.Fprintf(env.Stderr, "--stale needs a number of days of at least 1, got %q\n", val)
			return 0, nil, false
		}
		days = n
	}
	return days, rest, true
}

// reportStale lists the articles whose figures were not verified within
// days of now, never-verified first. It is a report for the editors, not a
// lint failure: an old check does not make an article unsafe to publish.
func reportStale(env *Env, arts []knowledge.Article, days int, now time.Time) {
	stale := knowledge.Stale(arts, now, days)
	fmt.Fprintf(env.Stdout, "%d of %d articles not verified within %d days (as of %s):\n",
		len(stale), len(arts), days, now.Format("2006-01-02"))
	for _, a := range stale {
		age, ok := a.VerifiedAge(now)
		if !ok {
			fmt.Fprintf(env.Stdout, "  %s: never verified\n", a.ID)
			continue
		}
		fmt.Fprintf(env.Stdout, "  %s: verified %s (%d days ago)\n", a.ID, a.Verified, age)
	}
}

func kbImport(ctx context.Context, args []string, env *Env) int {
	dir, ok := oneDir(args, env, "import")
	if !ok {
		return 2
	}
	cfg, err := env.Config()
	if err != nil {
		fmt.Fprintln(env.Stderr, "configuration:", err)
		return 2
	}
	arts, errs := knowledge.LintDir(dir, lintOptions(cfg))
	if len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintln(env.Stderr, e)
		}
		fmt.Fprintf(env.Stderr, "nothing imported: %d problem(s) in %s\n", len(errs), dir)
		return 1
	}
	if len(arts) == 0 {
		fmt.Fprintf(env.Stderr, "nothing imported: no .md articles in %s\n", dir)
		return 1
	}
	db, err := env.OpenDB(ctx, cfg)
	if err != nil {
		fmt.Fprintln(env.Stderr, "database:", err)
		return 1
	}
	defer db.Close()
	chs, err := db.SaveArticles(ctx, arts, "cli")
	if err != nil {
		fmt.Fprintln(env.Stderr, "nothing imported:", err)
		return 1
	}
	fmt.Fprintln(env.Stdout, importSummary(chs))
	return 0
}

// importSummary counts the changes: "added 3, updated 1, unchanged 40".
func importSummary(chs []storage.ArticleChange) string {
	n := map[string]int{}
	for _, c := range chs {
		n[c.Action]++
	}
	s := fmt.Sprintf("added %d, updated %d, unchanged %d", n[storage.ArticleCreated], n[storage.ArticleUpdated], n[storage.ArticleUnchanged])
	if r := n[storage.ArticleRestored]; r > 0 {
		s += fmt.Sprintf(", restored %d", r)
	}
	return s
}

func kbExport(ctx context.Context, args []string, env *Env) int {
	dir, ok := oneDir(args, env, "export")
	if !ok {
		return 2
	}
	_, db, code := env.openDB(ctx)
	if code != 0 {
		return code
	}
	defer db.Close()
	arts, err := db.ListArticles(ctx)
	if err != nil {
		fmt.Fprintln(env.Stderr, "export:", err)
		return 1
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(env.Stderr, "export:", err)
		return 1
	}
	for _, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, a.ID+".md"), knowledge.Render(a), 0o644); err != nil {
			fmt.Fprintln(env.Stderr, "export:", err)
			return 1
		}
	}
	fmt.Fprintf(env.Stdout, "exported %d articles to %s\n", len(arts), dir)
	return 0
}

// searchLine is one line of `kb search --json`.
type searchLine struct {
	Query    string         `json:"query"`
	Answered bool           `json:"answered"`
	Results  []searchResult `json:"results"`
}

type searchResult struct {
	ID    string  `json:"id"`
	Title string  `json:"title"`
	Score float64 `json:"score"`
}

func kbSearch(ctx context.Context, args []string, env *Env) int {
	fs := flag.NewFlagSet("kb search", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	dir := fs.String("kb", "", "index this folder of articles in memory (the database is not touched)")
	top := fs.Int("top", 5, "results per question")
	asJSON := fs.Bool("json", false, "one JSON object per line")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *top < 1 {
		fmt.Fprintln(env.Stderr, "--top must be at least 1")
		return 2
	}
	arts, err := searchArticles(ctx, *dir, env)
	if err != nil {
		fmt.Fprintln(env.Stderr, "kb search:", err)
		return 1
	}
	base := knowledge.NewBase(arts)
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	for sc.Scan() {
		q := strings.TrimRight(sc.Text(), "\r")
		r := base.Search(ctx, q, knowledge.SearchOptions{Top: *top})
		line := searchLine{Query: q, Answered: r.Answered, Results: []searchResult{}}
		for _, h := range r.Hits {
			line.Results = append(line.Results, searchResult{ID: h.ID, Title: h.Title, Score: h.Score})
		}
		if *asJSON {
			if err := enc.Encode(line); err != nil {
				fmt.Fprintln(env.Stderr, "kb search:", err)
				return 1
			}
			continue
		}
		fmt.Fprintf(out, "%s\n  answered=%v intent=%s\n", q, r.Answered, r.Intent)
		for i, h := range line.Results {
			fmt.Fprintf(out, "  %d. %s (%s) %.3f\n", i+1, h.Title, h.ID, h.Score)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(env.Stderr, "kb search: read questions:", err)
		return 1
	}
	return 0
}

// searchArticles loads the articles to search: the folder when given (lint
// problems are reported and those files left out), otherwise the configured
// database, read only.
func searchArticles(ctx context.Context, dir string, env *Env) ([]knowledge.Article, error) {
	if dir != "" {
		arts, errs := knowledge.LintDir(dir, kbLintOptions(env))
		for _, e := range errs {
			fmt.Fprintln(env.Stderr, e)
		}
		if len(arts) == 0 {
			return nil, fmt.Errorf("no usable articles in %s", dir)
		}
		return arts, nil
	}
	cfg, err := env.Config()
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	db, err := env.OpenDB(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return db.ListArticles(ctx)
}

// SeedKnowledge fills the database at start. With dir set, the folder is
// imported (upserted by id) and the bundled articles are not used. A file
// that breaks a rule is refused and returned in refused, with its name,
// line and reason, while the good files are imported: one broken article
// must not take the whole help desk down, and the stored version of a
// refused article stays. A folder that cannot be read is an error. Without
// dir, the bundled articles seed a database that has never held an article.
func SeedKnowledge(ctx context.Context, db *storage.DB, dir string, opts knowledge.LintOptions) (refused []error, err error) {
	if dir != "" {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("KNOWLEDGE_DIR must be a folder of .md articles, got %q", dir)
		}
		arts, errs := knowledge.LintDir(dir, opts)
		if len(arts) > 0 {
			if _, err := db.SaveArticles(ctx, arts, "knowledge_dir"); err != nil {
				return errs, fmt.Errorf("import KNOWLEDGE_DIR: %w", err)
			}
		}
		return errs, nil
	}
	arts, err := knowledge.Bundled()
	if err != nil {
		return nil, err
	}
	if _, err := db.SeedArticles(ctx, arts, "bundled"); err != nil {
		return nil, fmt.Errorf("seed bundled articles: %w", err)
	}
	return nil, nil
}
