package dashboard

import (
	"context"
	"net/http"
	"slices"
	"strconv"
)

// page is one page of the dashboard.
type page struct {
	Path  string // under the dashboard's path: "/" or "/pertanyaan"
	Name  string // in CSV addresses
	Title string
	Lead  string
	// Periods are the choosable lengths in days; nil: the page has none.
	Periods []int
	Default int
	build   func(s *Server, ctx context.Context, days int) (view, error)
}

var pages = []page{
	{Path: "/{$}", Name: "ringkasan", Title: "Ringkasan", Lead: "Gambaran layanan hari ini, 7 hari, dan 30 hari terakhir.",
		build: (*Server).overview},
	{Path: "/pertanyaan", Name: "pertanyaan", Title: "Pertanyaan", Lead: "Pertanyaan warga per hari, yang terjawab dari basis pengetahuan, dan yang belum.",
		Periods: []int{7, 30, 90}, Default: 30, build: (*Server).questions},
	{Path: "/kasus", Name: "kasus", Title: "Kasus", Lead: "Percakapan yang dialihkan ke petugas: antrean, kecepatan, dan penilaian warga.",
		Periods: []int{7, 30, 90}, Default: 30, build: (*Server).cases},
	{Path: "/permohonan", Name: "permohonan", Title: "Permohonan", Lead: "Status permohonan layanan: perubahan dan yang belum selesai.",
		Periods: []int{7, 30, 90}, Default: 30, build: (*Server).applications},
	{Path: "/skm", Name: "skm", Title: "SKM", Lead: "Survei Kepuasan Masyarakat menurut Permenpan RB 14/2017: nilai per unsur, IKM, dan mutu layanan.",
		Periods: []int{30, 90, 365}, Default: 365, build: (*Server).survey},
}

// findPage returns the page named name.
func findPage(name string) (*page, bool) {
	for i := range pages {
		if pages[i].Name == name {
			return &pages[i], true
		}
	}
	return nil, false
}

// days reads ?hari=, which must be one of the page's periods.
func (p *page) days(r *http.Request) int {
	if len(p.Periods) == 0 {
		return 0
	}
	if n, err := strconv.Atoi(r.URL.Query().Get("hari")); err == nil && slices.Contains(p.Periods, n) {
		return n
	}
	return p.Default
}

func (s *Server) pageHandler(p page) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		days := p.days(r)
		v, err := p.build(s, r.Context(), days)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		sess := sessionOf(r.Context())
		v.Base, v.Page, v.Pages, v.Days, v.Periods = s.base, &p, navPages(), days, p.Periods
		v.CSRF, v.UserID, v.Generated = sess.CSRF, sess.UserID, fullTime(s.now(), s.opt.Location)
		s.render(w, r, http.StatusOK, "page", v)
	})
}

// navPages are the pages as the menu links them ("/" for the overview).
func navPages() []page {
	out := make([]page, len(pages))
	copy(out, pages)
	for i := range out {
		if out[i].Path == "/{$}" {
			out[i].Path = "/"
		}
	}
	return out
}
