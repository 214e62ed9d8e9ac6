package handlers

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/knowledge"
)

func TestMarkdownLinksFollowTheLinkRule(t *testing.T) {
	tests := []struct {
		name, md, want string
	}{
		{"allowed link", "Lihat [OSS](https://oss.go.id/izin).", `Lihat <a href="https://oss.go.id/izin">OSS</a>.`},
		{"host rewritten", "[Lapor](HTTPS://Lapor.GO.ID:443/a?x=1&y=2)", `<a href="https://lapor.go.id/a?x=1&amp;y=2">Lapor</a>`},
		{"parentheses in path", "[wiki](https://jdih.go.id/a_(b))", `<a href="https://jdih.go.id/a_(b)">wiki</a>`},
		{"user info attack", "[portal resmi kemenkes.go.id](https://kemenkes.go.id'@evil.ru/login)", "portal resmi kemenkes.go.id"},
		{"tg link", "[buka](tg://resolve?domain=x)", "buka"},
		{"javascript link", "[klik](javascript:alert(1))", "klik"},
		{"ip link", "[IP](http://2130706433/)", "IP"},
		{"foreign link", "[daftar](https://gacor.example.com)", "daftar"},
		{"foreign domain in a refused label", "[evil.ru](https://evil.ru)", "evil[.]ru"},
		{"raw refused address", "ketik https://x.go.id'@evil.ru/a", "ketik https[:]//x[.]go[.]id&#39;[at]evil[.]ru/a"},
		{"raw allowed address", "ketik https://www.lapor.go.id/a.", "ketik https://www.lapor.go.id/a."},
		{"bare foreign domain and e-mail", "buka hoki.ru atau tulis ke a@evil.ru", "buka hoki[.]ru atau tulis ke a@evil[.]ru"},
		{"emphasis around a link", "**Buka [OSS](https://oss.go.id) sekarang**", `<b>Buka <a href="https://oss.go.id">OSS</a> sekarang</b>`},
		{"emphasis in a label", "[**OSS** resmi](https://oss.go.id)", `<a href="https://oss.go.id"><b>OSS</b> resmi</a>`},
		{"markup escaped", "[<b>x</b>](https://oss.go.id/\"onclick=)", `<a href="https://oss.go.id/%22onclick=">&lt;b&gt;x&lt;/b&gt;</a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := markdownToHTML(tt.md, knowledge.LintOptions{}); got != tt.want {
				t.Fatalf("markdownToHTML(%q)=%q, want %q", tt.md, got, tt.want)
			}
		})
	}
	if got := markdownToHTML("[Toko](https://play.google.com/x)", knowledge.WithExtraDomains("play.google.com")); !strings.Contains(got, "<a href=") {
		t.Fatalf("extra allowed domain not linked: %q", got)
	}
}

func TestSourceLineShowsOnlyCheckedSources(t *testing.T) {
	arts := []knowledge.Article{{Title: "A", Source: "https://kemenkes.go.id'@evil.ru/login"}, {Title: "B", Source: "lapor.go.id"}}
	got := sourceLine(arts, false, knowledge.LintOptions{})
	if strings.Contains(got, "evil") || !strings.Contains(got, `<a href="http://lapor.go.id">lapor.go.id</a>`) {
		t.Fatalf("sourceLine=%q, want the refused source left out and the bare domain linked", got)
	}
}

func TestSplitKeepsTagsBalanced(t *testing.T) {
	long := "<b>" + strings.Repeat("kata tebal ", 900) + "</b> " + `<a href="https://oss.go.id">` + strings.Repeat("tautan ", 900) + "</a>"
	parts := splitMessage(long)
	if len(parts) < 2 {
		t.Fatalf("%d parts, want the line cut", len(parts))
	}
	for _, p := range parts {
		if !balanced(p) {
			t.Fatalf("unbalanced part %q…", p[:min(len(p), 200)])
		}
		if runeLen(p) > 4096 {
			t.Fatalf("part of %d characters", runeLen(p))
		}
	}
}

func TestEmphasisNeverCrosses(t *testing.T) {
	for md, want := range map[string]string{
		"*0`*`":                           "*0`*`",
		"**a *b** c*":                     "**a <i>b</i>* c*",
		"`kode [OSS](https://oss.go.id)`": "`kode <a href=\"https://oss.go.id\">OSS</a>`",
		"**tebal** dan *miring*":          "<b>tebal</b> dan <i>miring</i>",
	} {
		if got := markdownToHTML(md, knowledge.LintOptions{}); got != want {
			t.Errorf("markdownToHTML(%q)=%q, want %q", md, got, want)
		}
	}
}

// balanced reports whether the tags markdownToHTML writes open and close in
// order in s.
func balanced(s string) bool {
	var open []string
	for _, m := range reTag.FindAllStringSubmatch(s, -1) {
		if m[1] == "" {
			if len(open) > 0 && open[len(open)-1] == "code" {
				return false // Telegram allows nothing inside code
			}
			open = append(open, m[2])
			continue
		}
		if len(open) == 0 || open[len(open)-1] != m[2] {
			return false
		}
		open = open[:len(open)-1]
	}
	return len(open) == 0
}

var reAnyTag = regexp.MustCompile(`<[^>]*>`)

// FuzzMarkdownToHTML renders any text: every anchor must point where the
// link rule allows, unchanged by a second check, and the markup must be
// only the tags the renderer writes, balanced.
func FuzzMarkdownToHTML(f *testing.F) {
	for _, s := range []string{
		"[portal resmi kemenkes.go.id](https://kemenkes.go.id'@evil.ru/login)",
		"**Buka [OSS](https://oss.go.id) sekarang** dan *lihat* `kode`",
		"[a](https://x.go.id/a_(b)) https://evil.ru x@evil.ru hoki-maxwin.ru",
		"# Judul [x](tg://a)\n- [y](javascript:alert(1))\n  - [z](https://１２７．０．０．１/)",
		"[**a** *b*](https://lapor.go.id?q=<b>&r=\"x\")",
	} {
		f.Add(s)
	}
	opts := knowledge.LintOptions{}
	f.Fuzz(func(t *testing.T, md string) {
		out := markdownToHTML(md, opts)
		for _, m := range reHrefInternal.FindAllStringSubmatch(out, -1) {
			href := html.UnescapeString(m[1])
			again, err := opts.CheckLink(href)
			if err != nil || again != href {
				t.Fatalf("anchor %q in %q: CheckLink=%q, %v", href, out, again, err)
			}
		}
		for _, tag := range reAnyTag.FindAllString(out, -1) {
			if !reTag.MatchString(tag) {
				t.Fatalf("unexpected markup %q in %q", tag, out)
			}
		}
		for _, line := range strings.Split(out, "\n") {
			if !balanced(line) {
				t.Fatalf("unbalanced line %q from %q", line, md)
			}
		}
	})
}

var reHrefInternal = regexp.MustCompile(`<a href="([^"]*)">`)
