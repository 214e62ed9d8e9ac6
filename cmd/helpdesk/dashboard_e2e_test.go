package main

import (
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/telegramtest"
)

var reSignInLink = regexp.MustCompile(`https?://[^\s<"]+/dasbor/masuk\?t=[A-Za-z0-9_-]+`)

// dashboardLink asks the bot for a sign-in link as u and returns it, or ""
// when the reply carries none (the reply is returned too).
func dashboardLink(t *testing.T, tg *telegramtest.Server, u telegramtest.User, want string) (string, string) {
	t.Helper()
	before := len(tg.Sent(u.ID))
	tg.PrivateMessage(u, "/dasbor", nil)
	reply := waitSent(t, tg, u.ID, before, want).Text()
	return reSignInLink.FindString(reply), reply
}

// noRedirects is a client that shows redirects to the test.
var noRedirects = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func postSignIn(t *testing.T, link string) *http.Response {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := noRedirects.PostForm(u.Scheme+"://"+u.Host+u.Path, url.Values{"t": {u.Query().Get("t")}})
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

func TestDashboardSignInLinkFromTelegramWorksOnce(t *testing.T) {
	tg := telegramtest.New(t)
	addr := freeAddr(t)
	startBot(t, tg, map[string]string{"HTTP_ADDR": addr, "PUBLIC_URL": "http://" + addr, "ADMIN_USER_IDS": kbAdminIDs}, nil)

	if link, reply := dashboardLink(t, tg, citizen, "pengelola"); link != "" {
		t.Fatalf("a citizen got a sign-in link: %q", reply)
	}
	link, reply := dashboardLink(t, tg, kbAdmin, "/dasbor/masuk?t=")
	if !strings.HasPrefix(link, "http://"+addr+"/dasbor/masuk?t=") || !strings.Contains(reply, "10 menit") {
		t.Fatalf("reply=%q, want a link under PUBLIC_URL valid 10 minutes", reply)
	}
	if code, body := httpDo(t, http.MethodGet, "http://"+addr+"/dasbor/", nil, ""); code != http.StatusOK || !strings.Contains(string(body), "/dasbor") {
		// The default client follows the redirect to the sign-in page.
		t.Fatalf("dashboard without a session: HTTP %d, want the sign-in page", code)
	}
	if code, _ := httpDo(t, http.MethodGet, link, nil, ""); code != http.StatusOK {
		t.Fatalf("opening the link: HTTP %d, want 200", code)
	}
	resp := postSignIn(t, link)
	if resp.StatusCode != http.StatusSeeOther || len(resp.Cookies()) != 1 {
		t.Fatalf("first use: HTTP %d with %d cookies, want 303 and the session", resp.StatusCode, len(resp.Cookies()))
	}
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/dasbor/kasus", nil)
	req.AddCookie(resp.Cookies()[0])
	page, err := noRedirects.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	page.Body.Close()
	if page.StatusCode != http.StatusOK {
		t.Fatalf("a page with the session: HTTP %d, want 200", page.StatusCode)
	}
	if again := postSignIn(t, link); again.StatusCode != http.StatusUnauthorized || len(again.Cookies()) != 0 {
		t.Fatalf("second use: HTTP %d with %d cookies, want 401 and none", again.StatusCode, len(again.Cookies()))
	}
}

func TestDashboardOffSaysHowToTurnItOn(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, map[string]string{"ADMIN_USER_IDS": kbAdminIDs}, nil)
	link, reply := dashboardLink(t, tg, kbAdmin, "PUBLIC_URL")
	if link != "" || !strings.Contains(reply, "HTTP_ADDR") {
		t.Fatalf("reply=%q, want how to set PUBLIC_URL and HTTP_ADDR and no link", reply)
	}
}

func TestPublicURLIsValidated(t *testing.T) {
	for _, bad := range []string{"layanan.example.go.id", "ftp://x.go.id", "https://x.go.id/?a=1"} {
		_, err := LoadConfig(func(k string) string {
			if k == "PUBLIC_URL" {
				return bad
			}
			return ""
		})
		if err == nil || !strings.Contains(err.Error(), "PUBLIC_URL") {
			t.Fatalf("PUBLIC_URL=%q: err=%v, want one naming PUBLIC_URL", bad, err)
		}
	}
}
