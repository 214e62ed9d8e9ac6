package dashboard

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"strconv"
)

//go:embed web/*.html web/style.css
var web embed.FS

var templates = template.Must(template.New("").ParseFS(web, "web/*.html"))

// table is one table of a page; each is also served as CSV under its ID.
type table struct {
	ID    string
	Title string
	Note  string
	Head  []string
	Rows  [][]string
	// Num marks the columns that hold figures (aligned right).
	Num   []bool
	Empty string // shown when there are no rows
	// Dates: the first column is a date, kept on one line.
	Dates bool
}

// section is a titled part of a page: a chart, a table, or both.
type section struct {
	Title string
	Note  string
	Chart *chart
	Table *table
}

// card is one headline figure.
type card struct {
	Label, Value, Note string
	ID                 string // for tests and the browser check
}

// view is what the page template shows.
type view struct {
	Base      string
	Page      *page
	Pages     []page
	Days      int
	Periods   []int
	Cards     []card
	Sections  []section
	CSRF      string
	UserID    int64
	Generated string
}

// signInData is what the sign-in template shows.
type signInData struct {
	Base      string
	Token     string
	Invalid   bool
	SignedOut bool
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) {
	if d, ok := data.(signInData); ok {
		d.Base = s.base
		data = d
	}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, name+".html", data); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	buf.WriteTo(w)
}

func serveCSS(w http.ResponseWriter, r *http.Request) {
	b, _ := web.ReadFile("web/style.css")
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "max-age=3600")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.Write(b)
}
