// Package dashboard serves the supervisors' dashboard: read-only pages in
// Indonesian with the service's figures, charts drawn on the server as SVG
// and every table as CSV. Admins sign in with a one-time link the bot gives
// them (/dasbor); a signed-in browser holds a server-side session.
package dashboard

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/skm"
)

// Store is what the dashboard reads and the little it writes (sign-in links
// and sessions); storage.DB satisfies it.
type Store interface {
	CreateDashboardLink(ctx context.Context, l helpdesk.DashboardLink) error
	FindDashboardLink(ctx context.Context, tokenHash string) (helpdesk.DashboardLink, error)
	RedeemDashboardLink(ctx context.Context, tokenHash string, s helpdesk.DashboardSession) (helpdesk.DashboardSession, error)
	FindDashboardSession(ctx context.Context, idHash string, now time.Time) (helpdesk.DashboardSession, error)
	EndDashboardSession(ctx context.Context, idHash string) error

	QuestionHours(ctx context.Context, from, to time.Time) ([]helpdesk.HourCount, error)
	CitedArticles(ctx context.Context, from, to time.Time) (map[string]int, error)
	ListGapItems(ctx context.Context, limit int) ([]helpdesk.GapItem, error)
	ListArticles(ctx context.Context) ([]knowledge.Article, error)
	Report(ctx context.Context, from, to time.Time, loc *time.Location) (helpdesk.Report, error)
	CaseRatings(ctx context.Context, from, to time.Time) ([5]int, error)
	OpenCases(ctx context.Context, group int64) ([]helpdesk.Case, error)
	ApplicationStatusCounts(ctx context.Context) (map[helpdesk.Status]int, error)
	StatusChangeHours(ctx context.Context, from, to time.Time) ([]helpdesk.HourCount, error)
	UnfinishedApplications(ctx context.Context, final []helpdesk.Status, limit int) ([]helpdesk.Application, error)
	RecentStatusChanges(ctx context.Context, limit int) ([]helpdesk.StatusChange, map[string]string, error)
	SurveyStats(ctx context.Context, f helpdesk.SurveyFilter) (helpdesk.SurveyStats, error)
	SurveyDays(ctx context.Context, f helpdesk.SurveyFilter) ([]string, []skm.Tally, error)
}

// Defaults of Options.
const (
	DefaultLinkTTL    = 10 * time.Minute
	DefaultSessionTTL = 8 * time.Hour
)

// Options configure a Server.
type Options struct {
	Store Store
	// PublicURL is where browsers reach the HTTP listener; sign-in links
	// start with it and the dashboard is served under its path.
	PublicURL string
	// Admins may sign in.
	Admins []int64
	// Location is the office's time zone, in which days are counted.
	Location *time.Location
	// FinalStatuses are the application statuses after which nothing is
	// expected (default: selesai and ditolak).
	FinalStatuses []helpdesk.Status
	// Overdue, when set, tells whether an unfinished application is past
	// its service time standard; nil when the office has none.
	Overdue    func(a helpdesk.Application, now time.Time) bool
	LinkTTL    time.Duration
	SessionTTL time.Duration
	Now        func() time.Time
	Logger     *slog.Logger
}

// Server is the dashboard.
type Server struct {
	opt    Options
	base   string // the dashboard's path, e.g. "/dasbor" or "/layanan/dasbor"
	secure bool   // PublicURL is https: cookies are Secure
	public string // PublicURL without a trailing slash
}

// New checks the options and fills in defaults.
func New(o Options) (*Server, error) {
	u, err := url.Parse(o.PublicURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("dashboard: PUBLIC_URL must be an http(s) address without query, got %q", o.PublicURL)
	}
	if o.Store == nil {
		return nil, errors.New("dashboard: no store")
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.FinalStatuses == nil {
		o.FinalStatuses = []helpdesk.Status{helpdesk.StatusDone, helpdesk.StatusRejected}
	}
	if o.LinkTTL <= 0 {
		o.LinkTTL = DefaultLinkTTL
	}
	if o.SessionTTL <= 0 {
		o.SessionTTL = DefaultSessionTTL
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	path := strings.TrimRight(u.Path, "/")
	return &Server{opt: o, base: path + "/dasbor", secure: u.Scheme == "https",
		public: strings.TrimRight(o.PublicURL, "/")}, nil
}

// Path is the dashboard's path prefix on the listener, e.g. "/dasbor".
func (s *Server) Path() string { return s.base }

func (s *Server) now() time.Time { return s.opt.Now().UTC() }

func (s *Server) isAdmin(id int64) bool { return slices.Contains(s.opt.Admins, id) }

// Handler serves every dashboard path under Path().
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	p := s.base
	mux.HandleFunc("GET "+p+"/masuk", s.signInPage)
	mux.HandleFunc("POST "+p+"/masuk", s.signIn)
	mux.HandleFunc("POST "+p+"/keluar", s.signOut)
	mux.HandleFunc("GET "+p+"/style.css", serveCSS)
	mux.HandleFunc("GET "+p, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, p+"/", http.StatusSeeOther)
	})
	for _, pg := range pages {
		mux.Handle("GET "+p+pg.Path, s.requireSession(s.pageHandler(pg)))
	}
	mux.Handle("GET "+p+"/csv/{page}/{table}", s.requireSession(http.HandlerFunc(s.csvHandler)))
	return securityHeaders(mux)
}

// securityHeaders sets the headers every answer carries: no framing, no
// sniffing, nothing from elsewhere, no referrer (a sign-in URL holds a
// token), and no caching of figures.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		// The stylesheet is a file of its own and the charts use SVG
		// attributes, so neither inline styles nor scripts are allowed.
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
