package handlers

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

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

// TestEmphasisNeverCrosses: marks are read as CommonMark reads them (a code
// span binds first and is literal), and the tags written always nest.
func TestEmphasisNeverCrosses(t *testing.T) {
	for md, want := range map[string]string{
		"*0`*`":                           "*0<code>*</code>",
		"**a *b** c*":                     "<i><i>a <i>b</i></i> c</i>",
		"`kode [OSS](https://oss.go.id)`": "<code>kode [OSS](https://oss.go.id)</code>",
		"`buka [x](https://evil.ru)`":     "<code>buka [x](https[:]//evil[.]ru)</code>",
		"**tebal** dan *miring*":          "<b>tebal</b> dan <i>miring</i>",
		"~~batal~~ __tebal__":             "<s>batal</s> <b>tebal</b>",
	} {
		if got := markdownToHTML(md, knowledge.LintOptions{}); got != want {
			t.Errorf("markdownToHTML(%q)=%q, want %q", md, got, want)
		}
	}
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"heading and lines", "# Judul\nTeks satu\nbaris dua\n\n## Syarat\nKTP", "<b>Judul</b>\nTeks satu\nbaris dua\n\n<b>Syarat</b>\nKTP"},
		{"nested list", "- KTP\n- KK\n  - asli\n    - dilegalisir\n- Foto", "• KTP\n• KK\n   • asli\n      • dilegalisir\n• Foto"},
		{"ordered list", "3. datang\n4. antre", "3. datang\n4. antre"},
		{"quote, nested quote flattened", "> kutip **tebal**\n> > dalam", "<blockquote>kutip <b>tebal</b>\ndalam</blockquote>"},
		{"code block is literal", "```\nkode <x> **y**\n```", "<pre>kode &lt;x&gt; **y**</pre>"},
		{"raw HTML is text", "<div onclick=x>hai</div>\n\nteks <b>x</b>", "&lt;div onclick=x&gt;hai&lt;/div&gt;\n\nteks &lt;b&gt;x&lt;/b&gt;"},
		{"escapes and references", `a\*b &amp; &lt; &#46;`, "a*b &amp; &lt; ."},
		{"address split by the parser is checked whole", "buka https://evil.ru/a_b_c", "buka https[:]//evil[.]ru/a_b_c"},
		{"image shows its description", "![denah kantor](https://oss.go.id/x.png)", "denah kantor"},
		{"empty label shows the address", "[](https://oss.go.id)", `<a href="https://oss.go.id">https://oss.go.id</a>`},
		{"autolink read as an address", "<https://evil.ru> <https://oss.go.id>", "https[:]//evil[.]ru https://oss.go.id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := markdownToHTML(tt.md, knowledge.LintOptions{}); got != tt.want {
				t.Fatalf("markdownToHTML(%q)=\n%q\nwant\n%q", tt.md, got, tt.want)
			}
		})
	}
}

func TestSplitAtBlockBoundaries(t *testing.T) {
	var md strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&md, "## Bagian %d\n> Kutipan **tebal** [OSS](https://oss.go.id) nomor %d yang cukup panjang untuk diisi.\n\n", i, i)
	}
	out := markdownToHTML(md.String(), knowledge.LintOptions{})
	parts := splitAt(out, 300)
	if len(parts) < 10 {
		t.Fatalf("%d parts, want the text cut", len(parts))
	}
	for _, p := range parts {
		if !balanced(p) || runeLen(p) > 300+len("<blockquote>") {
			t.Fatalf("part %q: balanced=%v, %d runes", p, balanced(p), runeLen(p))
		}
		if !strings.HasPrefix(p, "<b>Bagian ") {
			t.Fatalf("part %q does not start at a block", p)
		}
	}
	// A block longer than a message is cut between words, never in a tag.
	long := "<blockquote>" + strings.Repeat(`kata <a href="https://oss.go.id/a?x=1&amp;y=2">tautan panjang</a> &amp; `, 60) + "</blockquote>"
	for _, p := range splitAt(long, 100) {
		if !balanced(p) || strings.Count(p, "<") != len(reAnyTag.FindAllString(p, -1)) {
			t.Fatalf("broken part %q", p)
		}
	}
}

// balanced reports whether the tags markdownToHTML writes open and close in
// order in s.
func balanced(s string) bool {
	var open []string
	for _, m := range reTag.FindAllStringSubmatch(s, -1) {
		if m[1] == "" {
			if len(open) > 0 && (open[len(open)-1] == "code" || open[len(open)-1] == "pre") {
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
// link rule allows, unchanged by a second check; the output must be valid
// UTF-8 whose only markup is the tags the renderer writes, balanced; and
// splitting it, at any size, must give balanced pieces with no tag cut.
func FuzzMarkdownToHTML(f *testing.F) {
	for _, s := range []string{
		"[portal resmi kemenkes.go.id](https://kemenkes.go.id'@evil.ru/login)",
		"**Buka [OSS](https://oss.go.id) sekarang** dan *lihat* `kode`",
		"[a](https://x.go.id/a_(b)) https://evil.ru x@evil.ru hoki-maxwin.ru",
		"# Judul [x](tg://a)\n- [y](javascript:alert(1))\n  - [z](https://１２７．０．０．１/)",
		"[**a** *b*](https://lapor.go.id?q=<b>&r=\"x\")",
		"> kutip\n> > dalam **[x](https://oss.go.id)**\n\n```\n<pre>\n\n</pre>\n```\n1. a\n   - b\n\n~~c~~",
		"<div>\n*a* &amp;&#0;&#x110000; \\<b>\n</div> ![i](https://oss.go.id) [](https://oss.go.id) <https://evil.ru>",
		"\xff\xfe*\x00a*",
	} {
		f.Add(s)
	}
	opts := knowledge.LintOptions{}
	f.Fuzz(func(t *testing.T, md string) {
		out := markdownToHTML(md, opts)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 %q from %q", out, md)
		}
		for _, m := range reHrefInternal.FindAllStringSubmatch(out, -1) {
			href := html.UnescapeString(m[1])
			again, err := opts.CheckLink(href)
			if err != nil || again != href {
				t.Fatalf("anchor %q in %q: CheckLink=%q, %v", href, out, again, err)
			}
		}
		tags := reAnyTag.FindAllString(out, -1)
		for _, tag := range tags {
			if !reTag.MatchString(tag) {
				t.Fatalf("unexpected markup %q in %q", tag, out)
			}
		}
		if strings.Count(out, "<") != len(tags) || strings.Count(out, ">") != len(tags) {
			t.Fatalf("unescaped angle bracket in %q from %q", out, md)
		}
		if !balanced(out) {
			t.Fatalf("unbalanced %q from %q", out, md)
		}
		for _, limit := range []int{8, 24, 80} {
			for _, p := range splitAt(out, limit) {
				if !balanced(p) || !utf8.ValidString(p) {
					t.Fatalf("split at %d: unbalanced piece %q of %q", limit, p, out)
				}
				if strings.Count(p, "<") != len(reAnyTag.FindAllString(p, -1)) || strings.Count(p, "&") != len(reEntity.FindAllString(p, -1)) {
					t.Fatalf("split at %d: piece %q cuts a tag or a reference in %q", limit, p, out)
				}
			}
		}
	})
}

var reEntity = regexp.MustCompile(`&(#[0-9]+|[a-z]+);`)

var reHrefInternal = regexp.MustCompile(`<a href="([^"]*)">`)

func TestRenderCacheStaysBoundedAndKeepsWhatIsUsed(t *testing.T) {
	c := newRenderCache()
	hot := knowledge.Article{Title: "KTP-el", Body: "Bawa **KK**."}
	want := renderArticle(hot, knowledge.LintOptions{})
	for i := range 5 * renderCap {
		a := knowledge.Article{Title: fmt.Sprint("Artikel ", i), Body: "Isi."}
		if got, want := c.article(a, knowledge.LintOptions{}), renderArticle(a, knowledge.LintOptions{}); got != want {
			t.Fatalf("render %d=%q, want %q", i, got, want)
		}
		if i%(renderCap/2) == 0 {
			if got := c.article(hot, knowledge.LintOptions{}); got != want {
				t.Fatalf("hot article=%q, want %q", got, want)
			}
		}
		if n := len(c.cur) + len(c.old); n > 2*renderCap {
			t.Fatalf("%d renders kept, want at most %d", n, 2*renderCap)
		}
	}
	k := keyOf(t, hot)
	if _, inCur := c.cur[k]; !inCur {
		if _, inOld := c.old[k]; !inOld {
			t.Fatal("an article asked for every half generation fell out of the cache")
		}
	}
}

// keyOf finds the cache key of a by rendering it into an empty cache.
func keyOf(t *testing.T, a knowledge.Article) uint64 {
	t.Helper()
	fresh := newRenderCache()
	fresh.article(a, knowledge.LintOptions{})
	for k := range fresh.cur {
		return k
	}
	t.Fatal("nothing cached")
	return 0
}

func TestFirstSentenceKeepsBoldClosed(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"**Gratis.** Tidak ada biaya pendaftaran NPWP. Jasa konsultan pilihan.", "**Gratis.**"},
		{"- Surat keterangan kehilangan dari polisi. Lalu ke Dukcapil.", "Surat keterangan kehilangan dari polisi."},
		{"Rp30.000 per lembar. Bayar di loket.", "Rp30.000 per lembar."},
		{"* **Gratis** untuk warga. Lainnya.", "**Gratis** untuk warga."},
		{"**Biaya beban Rp1.000.000 tanpa titik", "Biaya beban Rp1.000.000 tanpa titik"},
	} {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
