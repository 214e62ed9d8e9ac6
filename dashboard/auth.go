package dashboard

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"time"

	"github.com/layananwarga/helpdesk"
)

// cookieName is the session cookie.
const cookieName = "dasbor_sesi"

// ErrNotAdmin is returned when a sign-in link is asked for someone who is
// not an admin.
var ErrNotAdmin = errors.New("dashboard: not an admin")

// newSecret returns 32 random bytes, URL-safe.
func newSecret() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashSecret is what is stored of a token or session id: a secret of 256
// random bits needs no salt or stretching.
func hashSecret(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// SignInLink issues a one-time sign-in link for an admin and says how long
// it stays valid. It satisfies handlers.DashboardLinks.
func (s *Server) SignInLink(ctx context.Context, userID int64) (string, time.Duration, error) {
	if !s.isAdmin(userID) {
		return "", 0, ErrNotAdmin
	}
	token := newSecret()
	now := s.now()
	err := s.opt.Store.CreateDashboardLink(ctx, helpdesk.DashboardLink{TokenHash: hashSecret(token), UserID: userID,
		CreatedAt: now, ExpiresAt: now.Add(s.opt.LinkTTL)})
	if err != nil {
		return "", 0, err
	}
	return s.public + "/dasbor/masuk?t=" + token, s.opt.LinkTTL, nil
}

// signInPage shows, for a valid link, a button that signs in; opening the
// link alone uses nothing, so a link preview cannot spend it. Without a
// link it explains how to get one.
func (s *Server) signInPage(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("t")
	if token == "" {
		s.render(w, r, http.StatusOK, "signin", signInData{SignedOut: r.URL.Query().Has("keluar")})
		return
	}
	l, err := s.opt.Store.FindDashboardLink(r.Context(), hashSecret(token))
	if err != nil && !errors.Is(err, helpdesk.ErrNotFound) {
		s.fail(w, r, err)
		return
	}
	if err != nil || !l.UsedAt.IsZero() || !s.now().Before(l.ExpiresAt) || !s.isAdmin(l.UserID) {
		s.render(w, r, http.StatusUnauthorized, "signin", signInData{Invalid: true})
		return
	}
	s.render(w, r, http.StatusOK, "signin", signInData{Token: token})
}

// signIn spends a link and opens a session.
func (s *Server) signIn(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		http.Error(w, "Permintaan ditolak.", http.StatusForbidden)
		return
	}
	token := r.PostFormValue("t")
	if token == "" {
		s.render(w, r, http.StatusUnauthorized, "signin", signInData{Invalid: true})
		return
	}
	id := newSecret()
	now := s.now()
	sess, err := s.opt.Store.RedeemDashboardLink(r.Context(), hashSecret(token), helpdesk.DashboardSession{
		IDHash: hashSecret(id), CSRF: newSecret(), CreatedAt: now, ExpiresAt: now.Add(s.opt.SessionTTL)})
	if errors.Is(err, helpdesk.ErrNotFound) || (err == nil && !s.isAdmin(sess.UserID)) {
		if err == nil {
			s.opt.Store.EndDashboardSession(r.Context(), sess.IDHash)
		}
		s.render(w, r, http.StatusUnauthorized, "signin", signInData{Invalid: true})
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.opt.Logger.Info("dashboard sign-in", "user", sess.UserID)
	http.SetCookie(w, s.cookie(id, sess.ExpiresAt))
	http.Redirect(w, r, s.base+"/", http.StatusSeeOther)
}

// signOut ends the session. The form carries the session's token besides
// the SameSite cookie, so another site cannot sign an admin out.
func (s *Server) signOut(w http.ResponseWriter, r *http.Request) {
	sess, ok := s.session(r)
	if !ok || !sameOrigin(r) ||
		subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(sess.CSRF)) != 1 {
		http.Error(w, "Permintaan ditolak.", http.StatusForbidden)
		return
	}
	if err := s.opt.Store.EndDashboardSession(r.Context(), sess.IDHash); err != nil {
		s.fail(w, r, err)
		return
	}
	c := s.cookie("", time.Unix(0, 0))
	c.MaxAge = -1
	http.SetCookie(w, c)
	http.Redirect(w, r, s.base+"/masuk?keluar", http.StatusSeeOther)
}

// cookie is the session cookie: HttpOnly; SameSite=Strict, because the
// dashboard is only entered from its own sign-in form (a same-site POST)
// and no other site has reason to send it; Secure when PUBLIC_URL is https.
func (s *Server) cookie(value string, expires time.Time) *http.Cookie {
	return &http.Cookie{Name: cookieName, Value: value, Path: s.base + "/", Expires: expires,
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode}
}

// sameOrigin refuses a form posted from another site, as browsers say with
// Sec-Fetch-Site or Origin; a request with neither (not a browser) passes
// to the other checks.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" {
		return site == "same-origin" || site == "none"
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		return o == "http://"+r.Host || o == "https://"+r.Host
	}
	return true
}

type sessionKey struct{}

// session returns the request's valid session.
func (s *Server) session(r *http.Request) (helpdesk.DashboardSession, bool) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" {
		return helpdesk.DashboardSession{}, false
	}
	sess, err := s.opt.Store.FindDashboardSession(r.Context(), hashSecret(c.Value), s.now())
	if err != nil {
		if !errors.Is(err, helpdesk.ErrNotFound) {
			s.opt.Logger.Error("dashboard session", "err", err)
		}
		return sess, false
	}
	return sess, s.isAdmin(sess.UserID)
}

// requireSession lets signed-in admins through. A page asked for without a
// session goes to the sign-in page; anything else (a CSV) is 401.
func (s *Server) requireSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, ok := s.session(r)
		if !ok {
			if r.PathValue("table") != "" {
				http.Error(w, "Belum masuk: minta tautan masuk dengan /dasbor di Telegram.", http.StatusUnauthorized)
				return
			}
			http.Redirect(w, r, s.base+"/masuk", http.StatusSeeOther)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, sess)))
	})
}

func sessionOf(ctx context.Context) helpdesk.DashboardSession {
	s, _ := ctx.Value(sessionKey{}).(helpdesk.DashboardSession)
	return s
}

// fail logs an internal error and shows a short message.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	s.opt.Logger.Error("dashboard", "path", r.URL.Path, "err", err)
	http.Error(w, "Maaf, terjadi kesalahan. Coba lagi sebentar lagi.", http.StatusInternalServerError)
}
