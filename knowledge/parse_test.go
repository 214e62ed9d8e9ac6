package knowledge

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const goodArticle = `---
id: ktp-baru
title: Membuat KTP-el Pertama Kali
category: kependudukan
keywords: [ktp, "e-ktp", rekam ktp]
questions: ["syarat bikin ktp?", "umur berapa: 17?"]
source: https://dukcapil.kemendagri.go.id/page
updated: 2026-11-01
verified: 2026-10-30
extra: ignored
---
# Membuat KTP-el

Gratis, lihat [Dukcapil](https://dukcapil.kemendagri.go.id).
`

func TestParseRoundTrip(t *testing.T) {
	a, err := Parse("ktp-baru.md", []byte(goodArticle), LintOptions{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := Article{
		ID: "ktp-baru", Title: "Membuat KTP-el Pertama Kali", Category: "kependudukan",
		Keywords:  []string{"ktp", "e-ktp", "rekam ktp"},
		Questions: []string{"syarat bikin ktp?", "umur berapa: 17?"},
		Source:    "https://dukcapil.kemendagri.go.id/page", Updated: "2026-11-01",
		Verified: "2026-10-30",
		Body:     "# Membuat KTP-el\n\nGratis, lihat [Dukcapil](https://dukcapil.kemendagri.go.id).",
	}
	if !reflect.DeepEqual(a, want) {
		t.Fatalf("Parse=%#v, want %#v", a, want)
	}
	again, err := Parse("x.md", Render(a), LintOptions{})
	if err != nil {
		t.Fatalf("Parse(Render): %v\n%s", err, Render(a))
	}
	if !reflect.DeepEqual(again, a) {
		t.Fatalf("round trip=%#v, want %#v", again, a)
	}
}

func TestRenderQuotesTrickyValues(t *testing.T) {
	a := Article{ID: "x", Title: "yes", Category: "a: b", Keywords: []string{`say "hi"`, "#tag"},
		Updated: "2026-01-02", Body: "body"}
	got, err := Parse("x.md", Render(a), LintOptions{})
	if err != nil {
		t.Fatalf("Parse(Render): %v\n%s", err, Render(a))
	}
	if !reflect.DeepEqual(got, a) {
		t.Fatalf("round trip=%#v, want %#v", got, a)
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		reason     string
	}{
		{"no front matter", "hello\n", 1, "missing front matter"},
		{"unclosed", "---\nid: a\ntitle: b\n", 1, "not closed"},
		{"bad yaml", "---\nid: a\ntitle: [b\n---\nbody\n", 3, "bad YAML"},
		{"missing id", "---\ntitle: b\n---\nbody\n", 1, "missing id"},
		{"bad id", "---\nid: Bad_ID\ntitle: b\n---\nbody\n", 2, "bad id"},
		{"missing title", "---\nid: a\n---\nbody\n", 1, "missing title"},
		{"empty body", "---\nid: a\ntitle: b\n---\n\n  \n", 4, "empty body"},
		{"bad date", "---\nid: a\ntitle: b\nupdated: 2026-13-45\n---\nbody\n", 4, "bad updated date"},
		{"bad verified date", "---\nid: a\ntitle: b\nupdated: 2026-11-01\nverified: 2.12.2026\n---\nbody\n", 5, "bad verified date"},
		{"verified list", "---\nid: a\ntitle: b\nverified: [2026-12-02]\n---\nbody\n", 4, "verified must be a single value"},
		{"gambling in body", "---\nid: a\ntitle: b\n---\nline\nMain di situs S L O T  G4C0R sekarang\n", 6, "gambling"},
		{"togel keyword", "---\nid: a\ntitle: b\nkeywords: [ktp, t.o.g.e.l]\n---\nbody\n", 4, "gambling"},
		{"judi online", "---\nid: a\ntitle: Judi-Online aman\n---\nbody\n", 3, "gambling"},
		{"maxwin", "---\nid: a\ntitle: b\n---\nPasti MAXWIN hari ini\n", 5, "gambling"},
		{"deposit pulsa", "---\nid: a\ntitle: b\n---\nbisa deposit pulsa tanpa potongan\n", 5, "gambling"},
		{"foreign link", "---\nid: a\ntitle: b\n---\nlihat [ini](https://example.com/x)\n", 5, "example.com"},
		{"bare url", "---\nid: a\ntitle: b\n---\nkunjungi www.bit.ly/abc\n", 5, "bit.ly"},
		{"bare domain", "---\nid: a\ntitle: b\n---\ndaftar di gacorwin88.xyz sekarang\n", 5, "gacorwin88.xyz"},
		{"source outside", "---\nid: a\ntitle: b\nsource: https://blog.example.org/ktp\n---\nbody\n", 4, "blog.example.org"},
		{"lookalike domain", "---\nid: a\ntitle: b\n---\nhttps://dukcapil.go.id.evil.com/\n", 5, "evil.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.md", []byte(tt.text), LintOptions{})
			if err == nil {
				t.Fatalf("Parse succeeded, want %q", tt.reason)
			}
			var le *LintError
			if !errors.As(err, &le) {
				t.Fatalf("error %T is not a *LintError", err)
			}
			var found bool
			var les LintErrors
			errors.As(err, &les)
			for _, e := range les {
				if strings.Contains(e.Reason, tt.reason) && e.Line == tt.line && e.File == "f.md" {
					found = true
				}
			}
			if !found {
				t.Fatalf("errors=%v, want line %d with %q", err, tt.line, tt.reason)
			}
		})
	}
}

func TestParseAllowsOfficialLinks(t *testing.T) {
	text := "---\nid: a\ntitle: b\nkeywords: [lapor.go.id]\nsource: https://www.lapor.go.id\n---\n" +
		"Lihat https://pajak.go.id/id/npwp, [OSS](https://oss.go.id) dan polri.go.id. Kirim ke pengaduan@dukcapil.go.id.\n" +
		"Slot waktu antrean tersedia; foto gelap ditolak. Biaya Rp120.000, form F-1.02.\n"
	if _, err := Parse("a.md", []byte(text), LintOptions{}); err != nil {
		t.Fatalf("Parse: %v", err)
	}
	extra := "---\nid: a\ntitle: b\n---\nUnduh di https://play.google.com/store/apps\n"
	if _, err := Parse("a.md", []byte(extra), LintOptions{}); err == nil {
		t.Fatal("play.google.com allowed by default")
	}
	if _, err := Parse("a.md", []byte(extra), WithExtraDomains(" play.google.com, ")); err != nil {
		t.Fatalf("with extra domain: %v", err)
	}
}

func TestLintDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.md", "---\nid: same\ntitle: A\n---\nbody\n")
	write("b.md", "---\nid: same\ntitle: B\n---\nbody\n")
	write("c.md", "---\nid: c\ntitle: C\n---\nbody\n")
	write("d.md", "---\nid: d\n---\nbody\n")
	write("notes.txt", "ignored")
	arts, errs := LintDir(dir, LintOptions{})
	if len(arts) != 1 || arts[0].ID != "c" {
		t.Fatalf("articles=%v, want only c", arts)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"a.md:2: duplicate id \"same\"", "b.md:2: duplicate id \"same\"", "d.md:1: missing title"} {
		if !strings.Contains(all, want) {
			t.Fatalf("errors=\n%s\nwant %q", all, want)
		}
	}
	if _, errs := LintDir(filepath.Join(dir, "missing"), LintOptions{}); len(errs) == 0 {
		t.Fatal("missing folder gave no error")
	}
}

func TestLintDirTestdata(t *testing.T) {
	arts, errs := LintDir(filepath.Join("testdata", "kb"), LintOptions{})
	if len(errs) > 0 || len(arts) != 5 {
		t.Fatalf("LintDir(testdata)=%d articles, errors %v", len(arts), errs)
	}
}
