package httpapi_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/httpapi"
	"github.com/layananwarga/helpdesk/storage"
)

var _ httpapi.StatusStore = (*storage.DB)(nil)

func newAPI(t *testing.T, token string) (*httptest.Server, *storage.DB, *int) {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "helpdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.ImportApplicationsCSV(ctx, strings.NewReader("tracking_no,status,applicant_name,verify_code\nAPP-1,diterima,Budi Santoso,123456\n"), "t", nil); err != nil {
		t.Fatal(err)
	}
	notified := new(int)
	now := func() time.Time { return time.Date(2026, 11, 27, 5, 0, 0, 0, time.UTC) }
	srv := httptest.NewServer(httpapi.StatusHandler(db, token, func(context.Context) { *notified++ }, now))
	t.Cleanup(srv.Close)
	return srv, db, notified
}

func put(t *testing.T, srv *httptest.Server, path, auth, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPut, srv.URL+path, strings.NewReader(body))
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("%s: body is not JSON: %v", path, err)
	}
	return res.StatusCode, out
}

func TestStatusAPI(t *testing.T) {
	srv, db, notified := newAPI(t, "s3cret")
	const ok = "Bearer s3cret"
	cases := []struct {
		name, path, auth, body string
		code                   int
	}{
		{"no token", "/api/applications/APP-1", "", `{"status":"selesai"}`, 401},
		{"wrong token", "/api/applications/APP-1", "Bearer s3cre", `{"status":"selesai"}`, 401},
		{"basic scheme", "/api/applications/APP-1", "Basic s3cret", `{"status":"selesai"}`, 401},
		{"bad json", "/api/applications/APP-1", ok, `{"status":`, 400},
		{"no status", "/api/applications/APP-1", ok, `{"note":"x"}`, 400},
		{"unknown status", "/api/applications/APP-1", ok, `{"status":"dikirim"}`, 400},
		{"two objects", "/api/applications/APP-1", ok, `{"status":"selesai"}{}`, 400},
		{"unknown number", "/api/applications/APP-404", ok, `{"status":"selesai"}`, 404},
		{"bad number", "/api/applications/%21%21", ok, `{"status":"selesai"}`, 404},
		{"change", "/api/applications/app-1", ok, `{"status":"Siap Diambil","note":"Loket 3"}`, 200},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, body := put(t, srv, c.path, c.auth, c.body)
			if code != c.code {
				t.Fatalf("code=%d body=%v, want %d", code, body, c.code)
			}
			if code != 200 && body["error"] == "" {
				t.Fatalf("error body=%v, want an error message", body)
			}
		})
	}
	_, body := put(t, srv, "/api/applications/APP-1", ok, `{"status":"selesai","note":"Loket 3"}`)
	if body["status"] != "selesai" || body["note"] != "Loket 3" || body["tracking_no"] != "APP-1" || body["changed"] != false {
		t.Fatalf("repeat body=%v, want unchanged selesai", body)
	}
	if *notified != 1 {
		t.Fatalf("notify called %d times, want 1", *notified)
	}
	h, _ := db.StatusHistory(context.Background(), "APP-1", 10)
	if len(h) != 2 || h[1].Source != helpdesk.SourceAPI || h[1].New != helpdesk.StatusDone || !h[1].At.Equal(time.Date(2026, 11, 27, 5, 0, 0, 0, time.UTC)) {
		t.Fatalf("history=%+v", h)
	}
}

func TestStatusAPIWithoutTokenRefusesAll(t *testing.T) {
	srv, _, _ := newAPI(t, "")
	for _, auth := range []string{"", "Bearer ", "Bearer x"} {
		if code, _ := put(t, srv, "/api/applications/APP-1", auth, `{"status":"selesai"}`); code != 401 {
			t.Fatalf("auth %q: code=%d, want 401", auth, code)
		}
	}
}

func TestStatusAPIChecksTheOfficeWorkflow(t *testing.T) {
	ctx := context.Background()
	wf, err := helpdesk.ParseWorkflow([]byte("statuses:\n  - name: Disposisi\n  - name: Divalidasi\n  - name: Disetujui\n    final: true\n"))
	if err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "helpdesk.db"), storage.WithWorkflow(wf))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ImportApplicationsCSV(ctx, strings.NewReader("tracking_no,status\nKP-1,Disposisi\n"), "t", nil); err != nil {
		t.Fatal(err)
	}
	notified := 0
	srv := httptest.NewServer(httpapi.StatusHandler(db, "tok", func(context.Context) { notified++ }, nil))
	defer srv.Close()
	for _, tc := range []struct{ body, want string }{
		{`{"status":"Disetujiu"}`, `unknown status "Disetujiu"; did you mean "Disetujui"? Use one of: Disposisi, Divalidasi, Disetujui`},
		{`{"status":"selesai"}`, `unknown status "selesai"; use one of: Disposisi, Divalidasi, Disetujui`},
	} {
		code, out := put(t, srv, "/api/applications/KP-1", "Bearer tok", tc.body)
		if code != http.StatusBadRequest || !strings.Contains(out["error"].(string), tc.want) {
			t.Fatalf("%s: %d %v, want 400 with %q", tc.body, code, out, tc.want)
		}
	}
	if notified != 0 {
		t.Fatal("a refused status notified subscribers")
	}
	code, out := put(t, srv, "/api/applications/KP-1", "Bearer tok", `{"status":"  divalidasi "}`)
	if code != http.StatusOK || out["status"] != "Divalidasi" {
		t.Fatalf("valid status: %d %v, want the office's spelling", code, out)
	}
}
