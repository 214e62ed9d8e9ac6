package dashboard

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
)

// csvHandler serves one table of a page as CSV, with the page's figures
// for the same period.
func (s *Server) csvHandler(w http.ResponseWriter, r *http.Request) {
	p, ok := findPage(r.PathValue("page"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	v, err := p.build(s, r.Context(), p.days(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var t *table
	for _, sec := range v.Sections {
		if sec.Table != nil && sec.Table.ID == r.PathValue("table") {
			t = sec.Table
		}
	}
	if t == nil {
		http.NotFound(w, r)
		return
	}
	name := p.Name + "-" + t.ID + "-" + s.now().In(s.opt.Location).Format("2006-01-02") + ".csv"
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	// A byte-order mark, so that spreadsheet programs read UTF-8.
	w.Write([]byte("\ufeff"))
	cw := csv.NewWriter(w)
	cw.Write(t.Head)
	for _, row := range t.Rows {
		out := make([]string, len(row))
		for i, c := range row {
			out[i] = csvCell(c)
		}
		cw.Write(out)
	}
	cw.Flush()
}

// csvCell keeps a cell from being read as a formula by a spreadsheet: a
// citizen's question may start with "=".
func csvCell(c string) string {
	if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		if _, err := parseNum(c); err == nil {
			return c
		}
		return "'" + c
	}
	return c
}

// parseNum accepts the dashboard's own figures ("-3", "-1,5").
func parseNum(c string) (float64, error) {
	return strconv.ParseFloat(strings.Replace(strings.ReplaceAll(c, ".", ""), ",", ".", 1), 64)
}
