package bot

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/storage"
	"github.com/layananwarga/helpdesk/telegramtest"
)

func newTestAPI(t *testing.T, url, token string) *API {
	t.Helper()
	api, err := NewAPI(url, token, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return api
}

// startPoller polls the fake into an intake whose dispatched updates go
// to got; Run's result arrives on the returned channel.
func startPoller(t *testing.T, api *API) (<-chan storage.Update, <-chan error) {
	t.Helper()
	db := openDB(t, filepath.Join(t.TempDir(), "helpdesk.db"))
	got := make(chan storage.Update, 10)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	in := pipeline.NewIntake(db, func(u storage.Update) { got <- u }, metrics.New(), log)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- (&Poller{Intake: in, API: api, DB: db, Log: log, Timeout: time.Second}).Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return got, done
}

func TestPollerStopsWhenTheTokenIsRefused(t *testing.T) {
	fake := telegramtest.New(t)
	api := newTestAPI(t, fake.URL, "999:refused")
	if err := api.GetMe(context.Background()); !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("getMe err=%v, want ErrUnauthorized", err)
	}
	db := openDB(t, filepath.Join(t.TempDir(), "helpdesk.db"))
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	in := pipeline.NewIntake(db, func(storage.Update) {}, metrics.New(), log)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := (&Poller{Intake: in, API: api, DB: db, Log: log}).Run(ctx); !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("Run err=%v, want ErrUnauthorized", err)
	}
}

func TestPollerWaitsRetryAfterAndAsksOnceForItsUpdateTypes(t *testing.T) {
	fake := telegramtest.New(t)
	fake.Fail("getUpdates", 0, 1, 429, 1)
	fake.PrivateMessage(telegramtest.User{ID: 7, FirstName: "Budi"}, "halo", nil)
	api := newTestAPI(t, fake.URL, telegramtest.Token)
	var successes atomic.Int32
	api.OnSuccess = func() { successes.Add(1) }
	got, _ := startPoller(t, api)
	select {
	case u := <-got:
		if u.ChatID != 7 {
			t.Fatalf("update of chat %d, want 7", u.ChatID)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no update stored")
	}
	calls := fake.Calls("getUpdates")
	if len(calls) < 2 {
		t.Fatalf("getUpdates calls=%d, want the refused one and the retry", len(calls))
	}
	if d := calls[1].At.Sub(calls[0].At); d < time.Second {
		t.Fatalf("retried after %s, want at least retry_after=1s", d)
	}
	if got := calls[1].Params["allowed_updates"]; got != `["message","callback_query","my_chat_member"]` {
		t.Fatalf("allowed_updates=%s", got)
	}
	if len(fake.Calls("deleteWebhook")) != 1 {
		t.Fatalf("deleteWebhook calls=%d, want 1", len(fake.Calls("deleteWebhook")))
	}
	if successes.Load() == 0 {
		t.Fatalf("OnSuccess never told")
	}
}

func TestAPIErrorsDoNotQuoteTheToken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ln.Close() // nothing listens: every call fails to connect
	const token = "123456:SECRET-token"
	api := newTestAPI(t, url, token)
	ctx := context.Background()
	_, pollErr := api.getUpdates(ctx, 0, 0)
	for name, err := range map[string]error{"getMe": api.GetMe(ctx), "getUpdates": pollErr,
		"setWebhook": api.SetWebhook(ctx, "https://example.org/hook", "s")} {
		if err == nil || strings.Contains(err.Error(), "SECRET") {
			t.Fatalf("%s err=%v, want a failure without the token", name, err)
		}
	}
}

func openDB(t *testing.T, path string) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
