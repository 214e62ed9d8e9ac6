package knowledge

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed bundled/*.md
var bundledFS embed.FS

// Bundled returns the articles embedded in the binary, which seed an empty
// database. Every file passes the default lint rules (a test checks this).
func Bundled() ([]Article, error) {
	paths, err := fs.Glob(bundledFS, "bundled/*.md")
	if err != nil {
		return nil, fmt.Errorf("list bundled articles: %w", err)
	}
	sort.Strings(paths)
	var (
		out  []Article
		errs []error
		seen = map[string]string{}
	)
	for _, p := range paths {
		data, err := bundledFS.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		a, err := Parse(p, data, LintOptions{})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if other, ok := seen[a.ID]; ok {
			errs = append(errs, &LintError{File: p, Line: 1, Reason: fmt.Sprintf("duplicate id %q, also used by %s", a.ID, other)})
			continue
		}
		seen[a.ID] = p
		out = append(out, a)
	}
	if len(errs) > 0 {
		return out, fmt.Errorf("bundled articles: %w", errors.Join(errs...))
	}
	return out, nil
}
