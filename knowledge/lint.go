package knowledge

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultAllowedDomains are the domains articles may link to when no other
// list is configured: every Indonesian government site (go.id, which covers
// dukcapil, polri, imigrasi, pajak, bpjs-kesehatan, bpjsketenagakerjaan, oss,
// lapor and the regional governments), the armed forces (mil.id), and Pos
// Indonesia, the state post office where several fees are paid.
var DefaultAllowedDomains = []string{"go.id", "mil.id", "posindonesia.co.id"}

// MaxArticleChars is the longest article file, in characters, that lint
// accepts: about five times the longest bundled article (2,577), and short
// enough that an article always fits in the few messages a reply may take
// (handlers caps a reply at four Telegram messages of 3,800 characters), so
// a reply is never cut. Longer texts belong in several articles.
const MaxArticleChars = 12000

// LintOptions configures the content rules.
type LintOptions struct {
	// AllowedDomains lists the domains (with their subdomains) that links may
	// point at. Empty means DefaultAllowedDomains; "*" allows any domain (for
	// re-reading content that was checked when it was saved).
	AllowedDomains []string
}

// WithExtraDomains returns options allowing DefaultAllowedDomains plus a
// comma-separated list such as the KB_ALLOWED_DOMAINS setting.
func WithExtraDomains(list string) LintOptions {
	ds := append([]string(nil), DefaultAllowedDomains...)
	for _, d := range strings.Split(list, ",") {
		if d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), "."); d != "" {
			ds = append(ds, d)
		}
	}
	return LintOptions{AllowedDomains: ds}
}

// LintDir parses every *.md file in dir (sorted by name). It returns the good
// articles and one error per problem; a duplicate id is refused in both files.
func LintDir(dir string, opts LintOptions) ([]Article, []error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, []error{fmt.Errorf("list %s: %w", dir, err)}
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, []error{fmt.Errorf("open knowledge folder: %w", err)}
	}
	sort.Strings(paths)
	var (
		arts  []Article
		files []string
		errs  []error
	)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, &LintError{File: p, Line: 1, Reason: fmt.Sprintf("cannot read: %v", err)})
			continue
		}
		a, err := Parse(p, data, opts)
		if err != nil {
			var les LintErrors
			if errors.As(err, &les) {
				for _, e := range les {
					errs = append(errs, e)
				}
			} else {
				errs = append(errs, err)
			}
			continue
		}
		arts = append(arts, a)
		files = append(files, p)
	}
	seen := map[string]int{}
	dup := map[string]bool{}
	for i, a := range arts {
		if j, ok := seen[a.ID]; ok {
			errs = append(errs,
				&LintError{File: files[i], Line: idLine(files[i]), Reason: fmt.Sprintf("duplicate id %q, also used by %s", a.ID, files[j])},
				&LintError{File: files[j], Line: idLine(files[j]), Reason: fmt.Sprintf("duplicate id %q, also used by %s", a.ID, files[i])})
			dup[a.ID] = true
			continue
		}
		seen[a.ID] = i
	}
	good := arts[:0:0]
	for _, a := range arts {
		if !dup[a.ID] {
			good = append(good, a)
		}
	}
	return good, errs
}

// idLine returns the line of the "id:" key in a file, or 1.
func idLine(path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		return 1
	}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "id:") {
			return i + 1
		}
	}
	return 1
}
