package dashboard

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
	"github.com/layananwarga/helpdesk/storage"
)

const adminID = 777

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// fixture is a dashboard on a real SQLite database in a temporary folder.
type fixture struct {
	db    *storage.DB
	clk   *clock
	dash  *Server
	srv   *httptest.Server
	jkt   *time.Location
	start time.Time
}

func newFixture(t testing.TB, publicURL string) *fixture {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "helpdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	jkt, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		jkt = time.FixedZone("WIB", 7*3600)
	}
	// 2 December 2026, 10:00 in Jakarta.
	clk := &clock{t: time.Date(2026, 12, 2, 3, 0, 0, 0, time.UTC)}
	db.Now = clk.Now
	f := &fixture{db: db, clk: clk, jkt: jkt, start: clk.Now()}
	mux := http.NewServeMux()
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	if publicURL == "" {
		publicURL = f.srv.URL
	}
	f.dash, err = New(Options{Store: db, PublicURL: publicURL, Admins: []int64{adminID}, Location: jkt, Now: clk.Now,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle(f.dash.Path()+"/", f.dash.Handler())
	return f
}

// client does not follow redirects, so that tests see them.
func client() *http.Client {
	return &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// link asks for a sign-in link and returns its token.
func (f *fixture) link(t *testing.T) string {
	t.Helper()
	l, ttl, err := f.dash.SignInLink(context.Background(), adminID)
	if err != nil {
		t.Fatal(err)
	}
	if ttl != DefaultLinkTTL || !strings.HasPrefix(l, f.srv.URL+"/dasbor/masuk?t=") {
		t.Fatalf("link=%q ttl=%v, want one under PUBLIC_URL valid %v", l, ttl, DefaultLinkTTL)
	}
	u, _ := url.Parse(l)
	return u.Query().Get("t")
}

func (f *fixture) post(t *testing.T, path string, form url.Values, cookie *http.Cookie) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, f.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if cookie != nil {
		req.AddCookie(cookie)
	}
	resp, err := client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func (f *fixture) get(t *testing.T, path string, cookie *http.Cookie) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
	if cookie != nil {
		req.AddCookie(cookie)
	}
	resp, err := client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// signIn spends a fresh link and returns the session cookie.
func (f *fixture) signIn(t *testing.T) *http.Cookie {
	t.Helper()
	resp := f.post(t, "/dasbor/masuk", url.Values{"t": {f.link(t)}}, nil)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in: HTTP %d, want 303", resp.StatusCode)
	}
	for _, c := range resp.Cookies() {
		if c.Name == cookieName {
			return c
		}
	}
	t.Fatal("sign-in set no session cookie")
	return nil
}

func TestSignInLinkWorksOnceAndNotAfterExpiry(t *testing.T) {
	f := newFixture(t, "")
	token := f.link(t)

	// Opening the link (as a link preview would) spends nothing.
	for i := 0; i < 2; i++ {
		resp, body := f.get(t, "/dasbor/masuk?t="+token, nil)
		if resp.StatusCode != http.StatusOK || !strings.Contains(body, `name="t" value="`+token+`"`) {
			t.Fatalf("GET link #%d: HTTP %d, want 200 with the sign-in button", i+1, resp.StatusCode)
		}
	}
	resp := f.post(t, "/dasbor/masuk", url.Values{"t": {token}}, nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/dasbor/" {
		t.Fatalf("first use: HTTP %d to %q, want 303 to /dasbor/", resp.StatusCode, resp.Header.Get("Location"))
	}
	var c *http.Cookie
	for _, x := range resp.Cookies() {
		if x.Name == cookieName {
			c = x
		}
	}
	if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Secure || c.Path != "/dasbor/" {
		t.Fatalf("cookie=%+v, want HttpOnly, SameSite=Strict, not Secure on http, path /dasbor/", c)
	}
	if resp, body := f.get(t, "/dasbor/", c); resp.StatusCode != http.StatusOK || !strings.Contains(body, "Ringkasan") {
		t.Fatalf("overview with the session: HTTP %d", resp.StatusCode)
	}

	tests := []struct {
		name  string
		token func() string
		wait  time.Duration
	}{
		{"second use", func() string { return token }, 0},
		{"after expiry", func() string { return f.link(t) }, DefaultLinkTTL + time.Second},
		{"unknown token", func() string { return "x" + token[1:] }, 0},
		{"empty", func() string { return "" }, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tok := tc.token()
			f.clk.Add(tc.wait)
			if tok != "" {
				if resp, body := f.get(t, "/dasbor/masuk?t="+tok, nil); resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "tidak berlaku") {
					t.Fatalf("GET: HTTP %d, want 401 saying the link is not valid", resp.StatusCode)
				}
			}
			resp := f.post(t, "/dasbor/masuk", url.Values{"t": {tok}}, nil)
			if resp.StatusCode != http.StatusUnauthorized || len(resp.Cookies()) != 0 {
				t.Fatalf("POST: HTTP %d with %d cookies, want 401 and none", resp.StatusCode, len(resp.Cookies()))
			}
		})
	}
}

func TestStoredLinkIsOnlyAHash(t *testing.T) {
	f := newFixture(t, "")
	token := f.link(t)
	if _, err := f.db.FindDashboardLink(context.Background(), token); err == nil {
		t.Fatal("the token itself finds a link: it is stored in the clear")
	}
	l, err := f.db.FindDashboardLink(context.Background(), hashSecret(token))
	if err != nil || l.UserID != adminID {
		t.Fatalf("link by hash: %+v, %v; want the admin's", l, err)
	}
}

func TestNonAdminGetsNoLink(t *testing.T) {
	f := newFixture(t, "")
	if l, _, err := f.dash.SignInLink(context.Background(), 4242); err != ErrNotAdmin || l != "" {
		t.Fatalf("link=%q err=%v, want none and ErrNotAdmin", l, err)
	}
}

func TestSessionExpires(t *testing.T) {
	f := newFixture(t, "")
	c := f.signIn(t)
	f.clk.Add(DefaultSessionTTL + time.Minute)
	if resp, _ := f.get(t, "/dasbor/", c); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("after the session's expiry: HTTP %d, want 303 to sign-in", resp.StatusCode)
	}
}

func TestPagesWithoutSessionRedirectOrAnswer401(t *testing.T) {
	f := newFixture(t, "")
	bogus := &http.Cookie{Name: cookieName, Value: "forged"}
	for _, path := range []string{"/dasbor/", "/dasbor/pertanyaan", "/dasbor/kasus", "/dasbor/permohonan", "/dasbor/skm"} {
		for _, c := range []*http.Cookie{nil, bogus} {
			resp, _ := f.get(t, path, c)
			if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/dasbor/masuk" {
				t.Fatalf("%s (cookie %v): HTTP %d to %q, want 303 to /dasbor/masuk", path, c != nil, resp.StatusCode, resp.Header.Get("Location"))
			}
		}
	}
	if resp, _ := f.get(t, "/dasbor/csv/pertanyaan/harian", nil); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("CSV without a session: HTTP %d, want 401", resp.StatusCode)
	}
	resp, body := f.get(t, "/dasbor/masuk", nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "/dasbor") || !strings.Contains(body, "Telegram") {
		t.Fatalf("sign-in page: HTTP %d, want 200 explaining /dasbor in Telegram", resp.StatusCode)
	}
}

func TestSignOutNeedsItsTokenAndEndsTheSession(t *testing.T) {
	f := newFixture(t, "")
	c := f.signIn(t)
	_, body := f.get(t, "/dasbor/", c)
	i := strings.Index(body, `name="csrf" value="`)
	if i < 0 {
		t.Fatal("no sign-out form on the page")
	}
	csrf := body[i+len(`name="csrf" value="`):]
	csrf = csrf[:strings.IndexByte(csrf, '"')]

	if resp := f.post(t, "/dasbor/keluar", url.Values{"csrf": {"wrong"}}, c); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("sign-out with a wrong token: HTTP %d, want 403", resp.StatusCode)
	}
	if resp, _ := f.get(t, "/dasbor/", c); resp.StatusCode != http.StatusOK {
		t.Fatalf("a refused sign-out ended the session: HTTP %d", resp.StatusCode)
	}
	resp := f.post(t, "/dasbor/keluar", url.Values{"csrf": {csrf}}, c)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-out: HTTP %d, want 303", resp.StatusCode)
	}
	if resp, _ := f.get(t, "/dasbor/", c); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("after sign-out the old cookie still opens pages: HTTP %d", resp.StatusCode)
	}
}

func TestCrossSiteSignInIsRefused(t *testing.T) {
	f := newFixture(t, "")
	req, _ := http.NewRequest(http.MethodPost, f.srv.URL+"/dasbor/masuk", strings.NewReader("t="+f.link(t)))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err := client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site sign-in: HTTP %d, want 403", resp.StatusCode)
	}
}

func TestSecureCookieAndSecurityHeaders(t *testing.T) {
	f := newFixture(t, "https://layanan.example.go.id/helpdesk")
	if f.dash.Path() != "/helpdesk/dasbor" {
		t.Fatalf("path=%q, want PUBLIC_URL's path + /dasbor", f.dash.Path())
	}
	rec := httptest.NewRecorder()
	l, _, _ := f.dash.SignInLink(context.Background(), adminID)
	if !strings.HasPrefix(l, "https://layanan.example.go.id/helpdesk/dasbor/masuk?t=") {
		t.Fatalf("link=%q", l)
	}
	u, _ := url.Parse(l)
	req := httptest.NewRequest(http.MethodPost, "/helpdesk/dasbor/masuk", strings.NewReader("t="+u.Query().Get("t")))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	f.dash.Handler().ServeHTTP(rec, req)
	res := rec.Result()
	if res.StatusCode != http.StatusSeeOther || len(res.Cookies()) != 1 || !res.Cookies()[0].Secure || res.Cookies()[0].Path != "/helpdesk/dasbor/" {
		t.Fatalf("HTTP %d cookies %+v, want one Secure cookie under /helpdesk/dasbor/", res.StatusCode, res.Cookies())
	}
	h := res.Header
	for k, want := range map[string]string{
		"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store",
	} {
		if h.Get(k) != want {
			t.Fatalf("%s=%q, want %q", k, h.Get(k), want)
		}
	}
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "script-src 'none'"} {
		if !strings.Contains(csp, want) || strings.Contains(csp, "unsafe-inline") {
			t.Fatalf("CSP=%q, want %q and no unsafe-inline", csp, want)
		}
	}
}

// seed writes a small service history: five questions (three answered,
// one gap with personal data, one greeting), two cases (one rated 5 and
// closed, one waiting), two applications, two survey responses.
func (f *fixture) seed(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	at := f.start.Add(-time.Hour)
	f.db.Now = func() time.Time { return at }
	turn := func(chat, upd int64, role, text string, ids ...string) {
		must(f.db.AddTurn(ctx, chat, upd, helpdesk.Turn{Role: role, Text: text, ArticleIDs: ids, At: at}))
	}
	for i, id := range []string{"ktp-el-baru", "ktp-el-baru", "akta-kelahiran"} {
		turn(int64(100+i), int64(10+i), helpdesk.RoleCitizen, "syarat ktp")
		turn(int64(100+i), int64(10+i), helpdesk.RoleBot, "KTP", id)
	}
	turn(200, 20, helpdesk.RoleCitizen, "nik saya 3171234567890123 hp 081234567890 kok belum ada")
	turn(200, 20, helpdesk.RoleBot, "(tidak ada jawaban)")
	must(f.db.RecordGap(ctx, helpdesk.Gap{ChatID: 200, UpdateID: 20, Query: "nik saya 3171234567890123 hp 081234567890 kok belum ada", At: at}))
	turn(201, 21, helpdesk.RoleCitizen, "halo")

	c1, _, err := f.db.OpenCase(ctx, helpdesk.Case{CitizenChat: 300, CitizenName: "Rina Wati", Subject: "rahasia warga"}, []int64{-100})
	must(err)
	at = at.Add(4 * time.Minute)
	_, err = f.db.OfficerSpoke(ctx, c1.ID, 55, "Petugas Andi")
	must(err)
	at = at.Add(26 * time.Minute)
	_, _, err = f.db.CloseCase(ctx, c1.ID, 55, 0)
	must(err)
	_, err = f.db.RateCase(ctx, c1.ID, 300, 5)
	must(err)
	_, _, err = f.db.OpenCase(ctx, helpdesk.Case{CitizenChat: 301, CitizenName: "Joko"}, []int64{-100})
	must(err)

	_, err = f.db.ImportApplications(ctx, []storage.ApplicationRow{
		{TrackingNo: "PMH-2026-000123", Status: helpdesk.StatusReceived, Service: "KTP-el", ApplicantName: "Siti Aminah"},
		{TrackingNo: "PMH-2026-000124", Status: helpdesk.StatusDone, Service: "Akta Kelahiran", ApplicantName: "Bambang"},
	}, "test")
	must(err)

	day := at.In(f.jkt).Format("2006-01-02")
	for i, a := range []skm.Answers{{4, 4, 4, 4, 4, 4, 4, 4, 4}, {3, 3, 3, 3, 3, 3, 3, 3, 3}} {
		_, err := f.db.SubmitSurvey(ctx, int64(400+i), helpdesk.SurveyResponse{Nonce: fmt.Sprint("n", i), Day: day, Service: "ktp",
			ServiceLabel: "KTP-el", Answers: a}, at.Add(-30*24*time.Hour))
		must(err)
	}
	f.db.Now = f.clk.Now
}

func TestPagesShowTheFiguresMaskedAndRedacted(t *testing.T) {
	f := newFixture(t, "")
	f.seed(t)
	c := f.signIn(t)
	pagesWant := map[string][]string{
		"/dasbor/": {`id="kartu-pertanyaan"`, "<div class=\"value\">5</div>", "60,0%", "87,50 (B)", "100,0%", "4 mnt", "30 mnt",
			`<svg class="chart"`, "<title id=\"grafik-ringkasan-t\">"},
		"/dasbor/pertanyaan": {"Belum terjawab", "<td>ktp-el-baru</td><td class=\"num\">2</td>", "[NIK]", "[NOMOR_HP]", "/dasbor/csv/pertanyaan/celah?hari=30"},
		"/dasbor/kasus":      {"Jo***", "Petugas Andi", "Menunggu", "5,00"},
		"/dasbor/permohonan": {"PMH…123", "KTP-el", "diterima", "belum ada standar waktu layanan"},
		"/dasbor/skm":        {"87,50", "B — Baik", "U1", "Persyaratan", "3,50", "KTP-el"},
	}
	never := []string{"Rina", "Wati", "Joko", "3171234567890123", "081234567890", "rahasia warga", "Siti", "Bambang", "PMH-2026-000123"}
	for path, wants := range pagesWant {
		resp, body := f.get(t, path, c)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: HTTP %d", path, resp.StatusCode)
		}
		for _, w := range wants {
			if !strings.Contains(body, w) {
				t.Errorf("%s: want %q in the page", path, w)
			}
		}
		for _, n := range never {
			if strings.Contains(body, n) {
				t.Errorf("%s: shows %q, which must stay hidden", path, n)
			}
		}
	}
}

func TestEveryTableDownloadsAsCSV(t *testing.T) {
	f := newFixture(t, "")
	f.seed(t)
	c := f.signIn(t)
	for _, p := range pages {
		v, err := p.build(f.dash, context.Background(), p.Default)
		if err != nil {
			t.Fatal(err)
		}
		for _, sec := range v.Sections {
			if sec.Table == nil {
				continue
			}
			path := "/dasbor/csv/" + p.Name + "/" + sec.Table.ID
			resp, body := f.get(t, path, c)
			if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
				t.Fatalf("%s: HTTP %d %s", path, resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			lines := strings.Split(strings.TrimSpace(strings.TrimPrefix(body, "\ufeff")), "\n")
			if lines[0] != strings.Join(sec.Table.Head, ",") || len(lines) != 1+len(sec.Table.Rows) {
				t.Fatalf("%s: %d lines starting %q, want the header and %d rows", path, len(lines), lines[0], len(sec.Table.Rows))
			}
			if strings.Contains(body, "3171234567890123") {
				t.Fatalf("%s: personal data in the CSV", path)
			}
		}
	}
	if resp, _ := f.get(t, "/dasbor/csv/pertanyaan/tidak-ada", c); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("unknown table: HTTP %d, want 404", resp.StatusCode)
	}
}

func TestCSVCellsAreNotFormulas(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(1)": "'=HYPERLINK(1)", "-3": "-3", "-1,5": "-1,5", "+62 812": "'+62 812", "abc": "abc"} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q)=%q, want %q", in, got, want)
		}
	}
}

func TestChartNamesItselfAndItsFigures(t *testing.T) {
	c := chart{ID: "g", Title: "Pertanyaan <per> hari", Labels: []string{"1 Des", "2 Des"},
		Series: []series{{Name: "Terjawab", Class: "s-ok", Values: []float64{3, 7}}}}
	svg := string(c.SVG())
	for _, want := range []string{`role="img"`, `aria-labelledby="g-t g-d"`, "<title id=\"g-t\">Pertanyaan &lt;per&gt; hari</title>",
		"1 Des: Terjawab 3; 2 Des: Terjawab 7", "<title>2 Des — Terjawab: 7</title>", ">7</text>"} {
		if !strings.Contains(svg, want) {
			t.Fatalf("svg lacks %q:\n%s", want, svg)
		}
	}
}

func TestMasking(t *testing.T) {
	tests := []struct{ in, want string }{{"Rina Wati", "Ri***"}, {"", "Warga"}, {"A", "A***"}, {"Ñoño", "Ño***"}}
	for _, tc := range tests {
		if got := maskName(tc.in); got != tc.want {
			t.Errorf("maskName(%q)=%q, want %q", tc.in, got, tc.want)
		}
	}
	if got := maskTracking("PMH-2026-000123"); got != "PMH…123" {
		t.Errorf("maskTracking=%q", got)
	}
}

func TestLinkSpentOnceUnderConcurrentUse(t *testing.T) {
	f := newFixture(t, "")
	token := f.link(t)
	codes := make(chan int, 8)
	var wg sync.WaitGroup
	for i := 0; i < cap(codes); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := client().PostForm(f.srv.URL+"/dasbor/masuk", url.Values{"t": {token}})
			if err != nil {
				codes <- 0
				return
			}
			resp.Body.Close()
			codes <- resp.StatusCode
		}()
	}
	wg.Wait()
	close(codes)
	won := 0
	for c := range codes {
		switch c {
		case http.StatusSeeOther:
			won++
		case http.StatusUnauthorized:
		default:
			t.Fatalf("HTTP %d, want 303 or 401", c)
		}
	}
	if won != 1 {
		t.Fatalf("%d sign-ins with one link, want 1", won)
	}
}
