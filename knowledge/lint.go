package knowledge

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// DefaultAllowedDomains are the domains articles may link to when no other
// list is configured: every Indonesian government site (go.id, which covers
// dukcapil, polri, imigrasi, pajak, bpjs-kesehatan, bpjsketenagakerjaan, oss,
// lapor and the regional governments), the armed forces (mil.id), and Pos
// Indonesia, the state post office where several fees are paid.
var DefaultAllowedDomains = []string{"go.id", "mil.id", "posindonesia.co.id"}

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

func (o LintOptions) allowed(host string) bool {
	ds := o.AllowedDomains
	if len(ds) == 0 {
		ds = DefaultAllowedDomains
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, d := range ds {
		d = strings.Trim(strings.ToLower(d), ". ")
		if d == "*" || d != "" && (host == d || strings.HasSuffix(host, "."+d)) {
			return true
		}
	}
	return false
}

var (
	urlPattern = regexp.MustCompile(`(?i)\b(?:https?|ftp)://[^\s<>()\[\]"']+|\bwww\.[^\s<>()\[\]"']+`)
	// bareDomain finds host names without a scheme ("situs.xyz", "lapor.go.id")
	// whose last label is a common top-level domain.
	bareDomain = regexp.MustCompile(`(?i)\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|id|info|xyz|io|co|me|top|site|online|club|vip|asia|biz|link|ly|gg|cc|tk|pro|shop|store|live|win|bet|casino|app|games|fun|today|icu|cyou|one)\b`)
)

// linkHosts returns the host of every URL or bare domain in s.
func linkHosts(s string) []string {
	var hosts []string
	rest := s
	for _, u := range urlPattern.FindAllString(s, -1) {
		raw := strings.TrimRight(u, ".,;:!?")
		if !strings.Contains(raw, "://") {
			raw = "http://" + raw
		}
		if p, err := url.Parse(raw); err == nil && p.Hostname() != "" {
			hosts = append(hosts, strings.ToLower(p.Hostname()))
		} else {
			hosts = append(hosts, strings.ToLower(u))
		}
		rest = strings.Replace(rest, u, " ", 1)
	}
	for _, d := range bareDomain.FindAllString(rest, -1) {
		hosts = append(hosts, strings.ToLower(d))
	}
	return hosts
}

// gamblingWords are online-gambling promotion terms, compared after the text
// is folded (lowercase, leetspeak digits, separators removed, runs of single
// letters joined) so "S L O T  G4C0R" and "t.o.g.e.l" are caught too.
var gamblingWords = []string{
	"togel", "gacor", "maxwin", "sbobet", "judol", "slotgacor", "slotonline", "judionline",
	"judibola", "situsslot", "situsjudi", "situstogel", "agenslot", "agenjudi", "agentogel",
	"bandarjudi", "bandartogel", "bandarslot", "depositpulsa", "slotdeposit", "slotpulsa", "rtpslot",
	"casinoonline", "kasinoonline", "pragmaticplay", "scatterhitam", "slot88", "slot777",
	"jackpotslot", "akunslot", "akunpro", "bocoranslot", "polaslot",
}

var leet = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t", "@", "a", "$", "s")

// gamblingRank and gamblingPrefixes index gamblingWords: a word's place in
// the list, and every start of one ("" included), so that two words are
// joined only when the first could begin a term. Every message is checked,
// and comparing each word and pair with every term was a sixth of a search.
var gamblingRank, gamblingPrefixes = func() (map[string]int, map[string]bool) {
	rank, prefixes := map[string]int{}, map[string]bool{}
	for i, g := range gamblingWords {
		rank[g] = i
		for j := 0; j <= len(g); j++ {
			prefixes[g[:j]] = true
		}
	}
	return rank, prefixes
}()

// gamblingTerm returns the gambling term promoted in s, or "".
func gamblingTerm(s string) string {
	words := foldWords(s)
	for i, w := range words {
		lw := leet.Replace(w)
		if g := gamblingMatch(w, lw); g != "" {
			return g
		}
		if i+1 < len(words) && (gamblingPrefixes[w] || gamblingPrefixes[lw]) {
			c := w + words[i+1]
			if g := gamblingMatch(c, leet.Replace(c)); g != "" {
				return g
			}
		}
	}
	return ""
}

// gamblingMatch returns the term a word is, as written or as leetspeak, the
// one listed first when both are.
func gamblingMatch(word, leetWord string) string {
	i, ok := gamblingRank[word]
	if j, lok := gamblingRank[leetWord]; lok && (!ok || j < i) {
		i, ok = j, true
	}
	if !ok {
		return ""
	}
	return gamblingWords[i]
}

// foldWords lowercases s, drops separators inside words ("slot-gacor",
// "t.o.g.e.l") and joins runs of single characters ("t o g e l").
func foldWords(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '/' || r == '(' || r == ')' || r == '[' || r == ']'
	})
	var out []string
	single := ""
	flush := func() {
		if single != "" {
			out = append(out, single)
			single = ""
		}
	}
	for _, f := range fields {
		var b strings.Builder
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '$' {
				b.WriteRune(r)
			}
		}
		w := b.String()
		if w == "" {
			continue
		}
		if len([]rune(w)) == 1 {
			single += w
			continue
		}
		flush()
		out = append(out, w)
	}
	flush()
	return out
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
