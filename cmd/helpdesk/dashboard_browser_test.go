package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
	"github.com/layananwarga/helpdesk/storage"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// chromium finds a Chromium or Chrome binary, "" when none is installed.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// seedService writes, before the bot starts, what the browser test reads:
// today two cases (one closed and rated, one waiting), three applications
// and three survey responses, and a history before today; today's
// questions come through the bot itself.
func seedService(t *testing.T, dsn string, now time.Time) {
	t.Helper()
	ctx := context.Background()
	db, err := openDSN(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	at := now.Add(-40 * time.Minute)
	db.Now = func() time.Time { return at }
	c, _, err := db.OpenCase(ctx, helpdesk.Case{CitizenChat: 9001, CitizenName: "Rina Wati"}, []int64{-100123})
	must(err)
	at = at.Add(3 * time.Minute)
	_, err = db.OfficerSpoke(ctx, c.ID, 55, "Petugas Andi")
	must(err)
	at = at.Add(12 * time.Minute)
	_, _, err = db.CloseCase(ctx, c.ID, 55, 0)
	must(err)
	_, err = db.RateCase(ctx, c.ID, 9001, 4)
	must(err)
	_, _, err = db.OpenCase(ctx, helpdesk.Case{CitizenChat: 9002, CitizenName: "Joko Susilo", Complaint: true}, []int64{-100123})
	must(err)
	_, err = db.ImportApplications(ctx, []storage.ApplicationRow{
		{TrackingNo: "PMH-2026-000123", Status: helpdesk.StatusReceived, Service: "KTP-el", ApplicantName: "Siti Aminah"},
		{TrackingNo: "PMH-2026-000124", Status: helpdesk.StatusProcessing, Service: "Kartu Keluarga", ApplicantName: "Bambang"},
		{TrackingNo: "PMH-2026-000125", Status: helpdesk.StatusDone, Service: "Akta Kelahiran", ApplicantName: "Dewi"},
	}, "test")
	must(err)
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	day := now.In(jkt).Format("2006-01-02")
	for i, a := range []skm.Answers{{4, 3, 4, 3, 4, 4, 4, 3, 3}, {3, 3, 2, 4, 3, 3, 4, 2, 3}, {4, 4, 4, 4, 4, 4, 4, 4, 4}} {
		service := []string{"kependudukan", "kependudukan", "pencatatan-sipil"}[i]
		_, err := db.SubmitSurvey(ctx, int64(9100+i), helpdesk.SurveyResponse{Nonce: fmt.Sprint("seed", i), Day: day,
			Service: service, ServiceLabel: strings.ToUpper(service[:1]) + service[1:], Answers: a}, now.Add(-30*24*time.Hour))
		must(err)
	}

	// A week of questions, hand-offs and status changes before today, and
	// survey answers over the past months, so that every chart has a shape.
	chat := int64(9500)
	for d := 1; d <= 6; d++ {
		at = now.AddDate(0, 0, -d)
		for q := 0; q < 2+d%3*2; q++ {
			chat++
			must(db.AddTurn(ctx, chat, chat, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "syarat ktp", At: at}))
			if q%3 == 2 {
				must(db.AddTurn(ctx, chat, chat, helpdesk.Turn{Role: helpdesk.RoleBot, Text: "(tidak ada jawaban)", At: at}))
				must(db.RecordGap(ctx, helpdesk.Gap{ChatID: chat, UpdateID: chat, Query: "izin usaha kapal wisata hp 081298765432", At: at}))
				continue
			}
			must(db.AddTurn(ctx, chat, chat, helpdesk.Turn{Role: helpdesk.RoleBot, Text: "KTP", ArticleIDs: []string{[]string{"ktp-el-baru", "akta-kelahiran"}[q%2]}, At: at}))
		}
		if d%2 == 0 {
			c, _, err := db.OpenCase(ctx, helpdesk.Case{CitizenChat: chat, CitizenName: "Warga"}, []int64{-100123})
			must(err)
			at = at.Add(time.Duration(2+d) * time.Minute)
			_, err = db.OfficerSpoke(ctx, c.ID, 56, "Petugas Sari")
			must(err)
			at = at.Add(20 * time.Minute)
			_, _, err = db.CloseCase(ctx, c.ID, 56, 0)
			must(err)
			_, err = db.RateCase(ctx, c.ID, chat, 3+d%3)
			must(err)
		}
		_, _, err := db.SetStatus(ctx, helpdesk.StatusUpdate{TrackingNo: "PMH-2026-000124", Status: []helpdesk.Status{helpdesk.StatusVerifying,
			helpdesk.StatusProcessing}[d%2], Source: helpdesk.SourceOfficer, Actor: "55", At: at})
		must(err)
	}
	for m := 1; m <= 5; m++ {
		d := now.In(jkt).AddDate(0, -m, 0).Format("2006-01-02")
		for i := 0; i < m; i++ {
			a := skm.Answers{3, 3, 3, 3, 3, 3, 3, 3, 3}
			a[i%9] = 2 + m%3
			_, err := db.SubmitSurvey(ctx, int64(9200+10*m+i), helpdesk.SurveyResponse{Nonce: fmt.Sprint("old", m, i), Day: d,
				Service: "kependudukan", ServiceLabel: "Kependudukan", Answers: a}, now.AddDate(0, -m, -31))
			must(err)
		}
	}
}

// expected reads the figures the pages must show straight from the
// database, with SQL of its own.
type expected struct {
	questions7, answered7      int
	openCases                  int
	applications, unfinished   int
	rated30, satisfied30       int
	respondents, respondents30 int
	ikm, ikm30                 float64
}

func readExpected(t *testing.T, dsn string, now time.Time) expected {
	t.Helper()
	db := openRaw(t, dsn)
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	n := now.In(jkt)
	midnight := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, jkt)
	from7 := midnight.AddDate(0, 0, -6).UTC().Format("2006-01-02T15:04:05.000000000Z")
	from30 := midnight.AddDate(0, 0, -29).UTC().Format("2006-01-02T15:04:05.000000000Z")
	var e expected
	var avgs [9]float64
	rows := []struct {
		q    string
		args []any
		dst  []any
	}{
		{`SELECT COUNT(*) FROM turns WHERE role = 'citizen' AND created_at >= ?`, []any{from7}, []any{&e.questions7}},
		{`SELECT COUNT(*) FROM turns WHERE role = 'bot' AND article_ids != '' AND created_at >= ?`, []any{from7}, []any{&e.answered7}},
		{`SELECT COUNT(*) FROM cases WHERE state != 'closed'`, nil, []any{&e.openCases}},
		{`SELECT COUNT(*) FROM applications`, nil, []any{&e.applications}},
		{`SELECT COUNT(*) FROM applications WHERE status NOT IN ('selesai', 'ditolak')`, nil, []any{&e.unfinished}},
		{`SELECT COUNT(*), COALESCE(SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END), 0) FROM cases WHERE rating > 0 AND created_at >= ?`, []any{from30}, []any{&e.rated30, &e.satisfied30}},
	}
	for _, r := range rows {
		if err := db.QueryRow(r.q, r.args...).Scan(r.dst...); err != nil {
			t.Fatalf("%s: %v", r.q, err)
		}
	}
	// The index as the method defines it: the mean of the nine averages
	// times 25, over the days since `since`.
	ikm := func(since string) (int, float64) {
		var n int
		dst := []any{&n}
		for i := range avgs {
			dst = append(dst, &avgs[i])
		}
		if err := db.QueryRow(`SELECT COUNT(*), AVG(u1), AVG(u2), AVG(u3), AVG(u4), AVG(u5), AVG(u6), AVG(u7), AVG(u8), AVG(u9)
			FROM skm_responses WHERE day >= ?`, since).Scan(dst...); err != nil {
			t.Fatal(err)
		}
		var sum float64
		for _, a := range avgs {
			sum += a
		}
		return n, sum / 9 * 25
	}
	e.respondents, e.ikm = ikm(n.AddDate(0, 0, -364).Format("2006-01-02"))
	e.respondents30, e.ikm30 = ikm(n.AddDate(0, 0, -29).Format("2006-01-02"))
	return e
}

// commaDec writes x as the dashboard does: 87,50.
func commaDec(x float64, d int) string {
	return strings.Replace(fmt.Sprintf("%.*f", d, x), ".", ",", 1)
}

func TestDashboardInABrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium binary found (install Debian's chromium: apt-get install chromium); the browser test is skipped")
	}
	shots := os.Getenv("HELPDESK_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	dsn := testDSN(t)
	seedService(t, dsn, time.Now())

	tg := telegramtest.New(t)
	addr := freeAddr(t)
	base := "http://" + addr
	startBot(t, tg, withDB(dsn, map[string]string{"HTTP_ADDR": addr, "PUBLIC_URL": base, "ADMIN_USER_IDS": kbAdminIDs,
		"AGENT_CHAT_ID": "-100123"}), nil)
	asker := telegramtest.User{ID: 5151, FirstName: "Wulan", Language: "id"}
	for i, q := range []string{"syarat bikin ktp baru apa aja min", "cara urus akta kelahiran anak",
		"nik saya 3171234567890123 mau tanya izin kapal selam pribadi"} {
		tg.PrivateMessage(asker, q, nil)
		tg.Wait(15*time.Second, "a reply to question "+fmt.Sprint(i+1), func() bool { return len(tg.Sent(asker.ID)) > i })
	}
	link, _ := dashboardLink(t, tg, kbAdmin, "/dasbor/masuk?t=")
	want := readExpected(t, dsn, time.Now())
	if want.questions7 < 20 || want.openCases != 1 || want.respondents30 != 3 || want.respondents != 18 {
		t.Fatalf("seeded data not as planned: %+v", want)
	}

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 120*time.Second)
	defer cancelT()
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}

	// Without a session a page leads to the sign-in page.
	do("open a page without a session", chromedp.Navigate(base+"/dasbor/kasus"), chromedp.WaitVisible(chromedp.CSS("body.signin")))
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.HasSuffix(loc, "/dasbor/masuk") {
		t.Fatalf("without a session the page went to %q, want the sign-in page", loc)
	}
	do("sign in", chromedp.Navigate(link), chromedp.Click(chromedp.CSS("#masuk")), chromedp.WaitVisible(chromedp.CSS("#kartu-pertanyaan")))

	checks := map[string]map[string]string{
		"/dasbor/": {
			"#kartu-pertanyaan .value": fmt.Sprint(want.questions7),
			"#kartu-terjawab .value":   commaDec(100*float64(want.answered7)/float64(want.questions7), 1) + "%",
			"#kartu-ikm .value":        commaDec(want.ikm30, 2) + " (" + skm.Grade(want.ikm30) + ")",
		},
		"/dasbor/pertanyaan?hari=7": {"#kartu-pertanyaan .value": fmt.Sprint(want.questions7), "#kartu-terjawab .value": fmt.Sprint(want.answered7)},
		"/dasbor/kasus": {"#kartu-terbuka .value": fmt.Sprint(want.openCases),
			"#kartu-csat .value": commaDec(100*float64(want.satisfied30)/float64(want.rated30), 1) + "%"},
		"/dasbor/permohonan": {"#kartu-permohonan .value": fmt.Sprint(want.applications), "#kartu-belum-selesai .value": fmt.Sprint(want.unfinished)},
		"/dasbor/skm":        {"#kartu-responden .value": fmt.Sprint(want.respondents), "#kartu-ikm .value": commaDec(want.ikm, 2) + " (" + skm.Grade(want.ikm) + ")"},
	}
	names := map[string]string{"/dasbor/": "ringkasan", "/dasbor/pertanyaan?hari=7": "pertanyaan", "/dasbor/kasus": "kasus",
		"/dasbor/permohonan": "permohonan", "/dasbor/skm": "skm"}
	for _, width := range []int64{390, 1280} {
		for _, path := range []string{"/dasbor/", "/dasbor/pertanyaan?hari=7", "/dasbor/kasus", "/dasbor/permohonan", "/dasbor/skm"} {
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
			if width < 800 {
				opts = append(opts, chromedp.EmulateMobile)
			}
			do("open "+path, chromedp.EmulateViewport(width, 900, opts...), chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS("main h1")))
			for sel, w := range checks[path] {
				if got := text(sel); got != w {
					t.Errorf("%s %s = %q, want %q (from the database)", path, sel, got, w)
				}
			}
			html, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("html")))
			if err != nil {
				t.Fatal(err)
			}
			for _, hidden := range []string{"Rina", "Joko", "3171234567890123", "Siti", "PMH-2026-000123"} {
				if strings.Contains(html, hidden) {
					t.Errorf("%s shows %q", path, hidden)
				}
			}
			if !strings.Contains(html, "<svg") || !strings.Contains(html, "Unduh CSV") {
				t.Errorf("%s has no chart or no CSV link", path)
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(shots, fmt.Sprintf("%s-%d.png", names[path], width))
			if err := os.WriteFile(file, png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("screenshots in %s", shots)

	// The link does not work a second time, and signing out ends the session.
	do("reuse the link", chromedp.Navigate(link), chromedp.WaitVisible(chromedp.CSS("#tautan-tidak-berlaku")))
	do("sign out", chromedp.Navigate(base+"/dasbor/"), chromedp.Click(chromedp.CSS("#keluar")), chromedp.WaitVisible(chromedp.CSS("#sudah-keluar")))
	do("a page after signing out", chromedp.Navigate(base+"/dasbor/skm"), chromedp.WaitVisible(chromedp.CSS("body.signin")))
}
