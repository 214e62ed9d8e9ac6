package knowledge

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseArticle reads any file as an article: Parse never panics, and an
// article it accepts renders back to a file that parses, without error, to
// the same article.
func FuzzParseArticle(f *testing.F) {
	f.Add([]byte(goodArticle))
	files, _ := filepath.Glob(filepath.Join("testdata", "kb", "*.md"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"---\nid: x\n---\n",
		"---\nid: [a\ntitle: b\n---\nbody",
		"\xef\xbb\xbf---\r\nid: x\r\ntitle: \"a: b\"\r\nkeywords: [\"#t\", 'y']\r\n---\r\n# Judul\r\n",
		"---\n---\n---\n",
		"---\nkeywords: {a: b}\nquestions: !!binary aGk=\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("x.md", data, LintOptions{})
		if err != nil {
			return
		}
		out := Render(a)
		again, err := Parse("x.md", out, LintOptions{})
		if err != nil {
			t.Fatalf("Parse(Render(a)) failed: %v\narticle %#v\nrendered:\n%s", err, a, out)
		}
		if !reflect.DeepEqual(again, a) {
			t.Fatalf("round trip changed the article:\n got %#v\nwant %#v\nrendered:\n%s", again, a, out)
		}
	})
}

// FuzzRenderArticle renders articles built from any field values. Parse
// normalizes what it reads (trims values, lowercases the category, drops
// blank list items), so the first parse may differ from the values; it must
// keep the scalar fields as trimmed, and from there render and parse are a
// fixed point: the same article and the same file.
func FuzzRenderArticle(f *testing.F) {
	f.Add("ktp-baru", "Membuat KTP-el Pertama Kali", "kependudukan", "e-ktp", "syarat bikin ktp?",
		"https://dukcapil.kemendagri.go.id/page", "2026-11-01", "# Membuat KTP-el\n\nGratis, datang ke Dukcapil.")
	f.Add("x", "yes", "a: b", `say "hi"`, "#tag", "", "2026-01-02", "body")
	f.Add("y", "'quoted' & [flow]", "null", "~", "- item", "lapor.go.id", "", "---\nnot front matter\n---")
	f.Add("0", "0", "0", " ", "0", "", "", "0")
	f.Fuzz(func(t *testing.T, id, title, category, keyword, question, source, updated, body string) {
		for _, v := range []string{id, title, category, keyword, question, source, updated, body} {
			if !utf8.ValidString(v) {
				return // YAML holds only UTF-8; articles come from files and Telegram, both UTF-8
			}
		}
		a := Article{ID: id, Title: title, Category: category, Source: source, Updated: updated, Body: body}
		if keyword != "" {
			a.Keywords = []string{keyword, keyword + " 2"}
		}
		if question != "" {
			a.Questions = []string{question}
		}
		out := Render(a)
		got, err := Parse("x.md", out, LintOptions{})
		if err != nil {
			return // lint refuses the values; Parse did not panic
		}
		trim := strings.TrimSpace
		if got.ID != trim(id) || got.Title != trim(title) || got.Source != trim(source) || got.Updated != trim(updated) ||
			got.Body != trim(body) {
			t.Fatalf("parse lost a value:\n got %#v\nfrom %#v\nrendered:\n%s", got, a, out)
		}
		again := Render(got)
		back, err := Parse("x.md", again, LintOptions{})
		if err != nil {
			t.Fatalf("Parse(Render(parsed)) failed: %v\n%s", err, again)
		}
		if !reflect.DeepEqual(back, got) || string(Render(back)) != string(again) {
			t.Fatalf("not a fixed point:\n got %#v\nwant %#v\nrendered:\n%s", back, got, again)
		}
	})
}
