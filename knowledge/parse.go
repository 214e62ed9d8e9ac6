package knowledge

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

var (
	idPattern      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	yamlLineNumber = regexp.MustCompile(`line (\d+)`)
)

// Parse reads one article file: YAML front matter between "---" lines, then a
// Markdown body. It checks every lint rule and returns the article together
// with a LintErrors error (each a *LintError) when any rule is broken.
func Parse(file string, data []byte, opts LintOptions) (Article, error) {
	var errs LintErrors
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &LintError{File: file, Line: line, Reason: fmt.Sprintf(format, args...)})
	}

	text := strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), "\r\n", "\n")
	if n := utf8.RuneCountInString(text); n > MaxArticleChars {
		fail(1, "article is %d characters long, over the limit of %d: split it into shorter articles", n, MaxArticleChars)
		return Article{}, errs
	}
	lines := strings.Split(text, "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		fail(1, "missing front matter: the file must start with a line \"---\"")
		return Article{}, errs
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t") == "---" {
			end = i
			break
		}
	}
	if end < 0 {
		fail(1, "front matter is not closed by a line \"---\"")
		return Article{}, errs
	}
	front := strings.Join(lines[1:end], "\n")
	bodyStart := end + 2 // 1-based line number of the first body line
	var a Article
	a.Body = strings.TrimSpace(strings.Join(lines[end+1:], "\n"))

	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(front), &doc); err != nil {
		line := 2
		if m := yamlLineNumber.FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = n + 1
			// yaml.v3 reports an unclosed flow at its 0-based start line.
			if strings.Contains(err.Error(), "did not find expected") {
				line++
			}
		}
		fail(line, "bad YAML in front matter: %s", strings.TrimPrefix(err.Error(), "yaml: "))
		return a, errs
	}
	keyLine := map[string]int{}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		fail(2, "front matter must be a YAML mapping of keys to values")
		return a, errs
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		line := k.Line + 1
		key := strings.ToLower(k.Value)
		if _, dup := keyLine[key]; dup {
			fail(line, "key %q appears twice", key)
			continue
		}
		keyLine[key] = line
		switch key {
		case "id", "title", "category", "source", "updated", "verified":
			if v.Kind != yaml.ScalarNode {
				fail(line, "%s must be a single value", key)
				continue
			}
			s := strings.TrimSpace(v.Value)
			switch key {
			case "id":
				a.ID = s
			case "title":
				a.Title = s
			case "category":
				a.Category = strings.ToLower(s)
			case "source":
				a.Source = s
			case "updated":
				a.Updated = s
			case "verified":
				a.Verified = s
			}
		case "keywords", "questions":
			list, ok := stringList(v)
			if !ok {
				fail(line, "%s must be a list of texts", key)
				continue
			}
			if key == "keywords" {
				a.Keywords = list
			} else {
				a.Questions = list
			}
		}
	}
	fmLine := func(key string) int {
		if l, ok := keyLine[key]; ok {
			return l
		}
		return 1
	}
	switch {
	case a.ID == "":
		fail(1, "missing id")
	case !idPattern.MatchString(a.ID):
		fail(fmLine("id"), "bad id %q: use lowercase letters, digits and dashes", a.ID)
	}
	if a.Title == "" {
		fail(fmLine("title"), "missing title")
	}
	if a.Updated != "" {
		if _, err := time.Parse("2006-01-02", a.Updated); err != nil {
			fail(fmLine("updated"), "bad updated date %q: write it as YYYY-MM-DD", a.Updated)
		}
	}
	if a.Verified != "" {
		if _, err := time.Parse("2006-01-02", a.Verified); err != nil {
			fail(fmLine("verified"), "bad verified date %q: write it as YYYY-MM-DD", a.Verified)
		}
	}
	if a.Body == "" {
		fail(end+1, "empty body: write the article below the front matter")
	}

	// Content rules: gambling promotion and links, on every field and body line.
	check := func(line int, field, s string) {
		if term := gamblingTerm(s); term != "" {
			fail(line, "%s promotes online gambling (%q)", field, term)
		}
		for _, err := range opts.linkErrors(s) {
			fail(line, "%s %s", field, err)
		}
	}
	check(fmLine("id"), "id", a.ID)
	check(fmLine("title"), "title", a.Title)
	check(fmLine("category"), "category", a.Category)
	for _, k := range a.Keywords {
		check(fmLine("keywords"), "keywords", k)
	}
	for _, q := range a.Questions {
		check(fmLine("questions"), "questions", q)
	}
	if a.Source != "" {
		if term := gamblingTerm(a.Source); term != "" {
			fail(fmLine("source"), "source promotes online gambling (%q)", term)
		}
		if _, err := opts.SourceURL(a.Source); err != nil {
			fail(fmLine("source"), "source %v", err)
		}
	}
	for i, l := range lines[end+1:] {
		check(bodyStart+i, "body", l)
	}
	if len(errs) > 0 {
		sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
		return a, errs
	}
	return a, nil
}

// stringList reads a YAML sequence of scalars, or one scalar as a one-item list.
func stringList(n *yaml.Node) ([]string, bool) {
	switch n.Kind {
	case yaml.ScalarNode:
		if s := strings.TrimSpace(n.Value); s != "" && n.Tag != "!!null" {
			return []string{s}, true
		}
		return nil, true
	case yaml.SequenceNode:
		var out []string
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return nil, false
			}
			if s := strings.TrimSpace(c.Value); s != "" {
				out = append(out, s)
			}
		}
		return out, true
	}
	return nil, false
}

// Render writes an article back as a Markdown file with front matter; Parse
// of the result gives the same article.
func Render(a Article) []byte {
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "id: %s\n", yamlScalar(a.ID))
	fmt.Fprintf(&b, "title: %s\n", yamlScalar(a.Title))
	if a.Category != "" {
		fmt.Fprintf(&b, "category: %s\n", yamlScalar(a.Category))
	}
	if len(a.Keywords) > 0 {
		fmt.Fprintf(&b, "keywords: %s\n", yamlList(a.Keywords))
	}
	if len(a.Questions) > 0 {
		fmt.Fprintf(&b, "questions: %s\n", yamlList(a.Questions))
	}
	if a.Source != "" {
		fmt.Fprintf(&b, "source: %s\n", yamlScalar(a.Source))
	}
	if a.Updated != "" {
		fmt.Fprintf(&b, "updated: %s\n", yamlScalar(a.Updated))
	}
	if a.Verified != "" {
		fmt.Fprintf(&b, "verified: %s\n", yamlScalar(a.Verified))
	}
	b.WriteString("---\n")
	b.WriteString(strings.TrimSpace(a.Body))
	b.WriteString("\n")
	return []byte(b.String())
}

// yamlScalar quotes s only when plain YAML would read it differently.
func yamlScalar(s string) string {
	if s == "" {
		return `""`
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("k: "+s), &n); err == nil && len(n.Content) == 1 {
		m := n.Content[0]
		if len(m.Content) == 2 && m.Content[1].Kind == yaml.ScalarNode && m.Content[1].Value == s &&
			!strings.ContainsAny(s, "#\n") {
			return s
		}
	}
	return strconv.Quote(s)
}

// yamlList writes a flow sequence of double-quoted strings.
func yamlList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
