// Package knowledge holds the help desk's articles: their Markdown format with
// YAML front matter, the lint rules that keep spam out, and the in-memory
// retrieval index that answers citizens' questions.
package knowledge

import (
	"fmt"
	"sort"
	"strings"
)

// Article is one knowledge base entry, one Markdown file with front matter.
type Article struct {
	ID        string
	Title     string
	Category  string
	Keywords  []string
	Questions []string
	Source    string
	Updated   string // "2026-11-01" as written in the file
	// Verified is the day ("2026-12-02") the article's figures were last
	// checked against their sources; empty when they never were.
	Verified string
	Body     string // Markdown after the front matter
}

// Category is one group of articles for the /start menu.
type Category struct {
	Key   string
	Label string
	Count int
}

// categoryLabels gives Indonesian menu labels for the category keys in use.
var categoryLabels = map[string]string{
	"kependudukan":     "Kependudukan",
	"pencatatan-sipil": "Pencatatan Sipil",
	"kepolisian":       "Kepolisian",
	"lalu-lintas":      "Lalu Lintas dan SIM",
	"kendaraan":        "Kendaraan dan Samsat",
	"imigrasi":         "Imigrasi dan Paspor",
	"pajak":            "Pajak",
	"jaminan-sosial":   "Jaminan Sosial (BPJS)",
	"kesehatan":        "Kesehatan (BPJS)",
	"sosial":           "Bantuan Sosial",
	"perizinan-usaha":  "Perizinan dan Usaha",
	"perizinan":        "Perizinan",
	"usaha":            "Usaha dan Perizinan",
	"pertanahan":       "Pertanahan",
	"kelurahan":        "Surat Kelurahan/Desa",
	"keagamaan":        "Keagamaan dan Nikah",
	"pengaduan":        "Pengaduan",
	"hukum":            "Hukum dan Pengadilan",
	"pemilu":           "Pemilu",
	"ketenagakerjaan":  "Ketenagakerjaan",
	"pendidikan":       "Pendidikan",
	"umum":             "Umum",
	"agama":            "Keagamaan dan Nikah",
	"desa":             "Surat Kelurahan/Desa",
}

// CategoryLabel returns the Indonesian label of a category key; unknown keys
// are turned into a readable label ("surat-desa" -> "Surat Desa").
func CategoryLabel(key string) string {
	if l, ok := categoryLabels[key]; ok {
		return l
	}
	if key == "" {
		return "Lainnya"
	}
	words := strings.FieldsFunc(key, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// sortArticles orders articles by category, then title, then id.
func sortArticles(as []Article) {
	sort.Slice(as, func(i, j int) bool {
		if as[i].Category != as[j].Category {
			return as[i].Category < as[j].Category
		}
		if as[i].Title != as[j].Title {
			return as[i].Title < as[j].Title
		}
		return as[i].ID < as[j].ID
	})
}

// LintError is one problem found in an article file.
type LintError struct {
	File   string
	Line   int
	Reason string
}

// Error returns "file:line: reason".
func (e *LintError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
}

// LintErrors is every problem found in one file, in line order.
type LintErrors []*LintError

// Error returns one "file:line: reason" per line.
func (es LintErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap exposes each *LintError to errors.As.
func (es LintErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}
