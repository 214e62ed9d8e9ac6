package bot

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	tg "github.com/go-telegram/bot"
)

func TestAPIClientSendsWholeBodies(t *testing.T) {
	type seen struct {
		length   int64
		encoding []string
		text     string
	}
	var (
		mu  sync.Mutex
		got []seen
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s := seen{length: r.ContentLength, encoding: r.TransferEncoding}
		if err := r.ParseMultipartForm(1 << 20); err == nil {
			s.text = r.FormValue("text")
		}
		mu.Lock()
		got = append(got, s)
		mu.Unlock()
		w.Write([]byte(`{"ok":true,"result":{"message_id":5,"date":0,"chat":{"id":7,"type":"private"}}}`))
	}))
	defer srv.Close()

	api, err := tg.New("123:abc", tg.WithServerURL(srv.URL), tg.WithSkipGetMe(),
		tg.WithHTTPClient(time.Minute, NewAPIClient(time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Syarat KTP-el: fotokopi KK. ", 200) // several KB
	m, err := api.SendMessage(context.Background(), &tg.SendMessageParams{ChatID: 7, Text: text})
	if err != nil || m.ID != 5 {
		t.Fatalf("send: id=%v err=%v", m, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 {
		t.Fatalf("requests = %d, want 1", len(got))
	}
	if got[0].length <= int64(len(text)) || len(got[0].encoding) != 0 {
		t.Fatalf("Content-Length=%d Transfer-Encoding=%v, want the whole body with its length", got[0].length, got[0].encoding)
	}
	if got[0].text != text {
		t.Fatalf("text arrived with %d bytes, want %d", len(got[0].text), len(text))
	}
}

// A Bot API call that hangs, before its headers or in the middle of its
// body, fails once the client's timeout has passed.
func TestAPIClientTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/sendMessage") {
			w.Write([]byte(`{"ok":true,"result":`))
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release) // before Close, which waits for the handlers
	api, err := tg.New("123:abc", tg.WithServerURL(srv.URL), tg.WithSkipGetMe(),
		tg.WithHTTPClient(time.Minute, NewAPIClient(200*time.Millisecond)))
	if err != nil {
		t.Fatal(err)
	}
	for _, call := range []struct {
		name string
		do   func(context.Context) error
	}{
		{"no headers", func(ctx context.Context) error { _, err := api.GetMe(ctx); return err }},
		{"half a body", func(ctx context.Context) error {
			_, err := api.SendMessage(ctx, &tg.SendMessageParams{ChatID: 7, Text: "halo"})
			return err
		}},
	} {
		done := make(chan error, 1)
		go func() { done <- call.do(context.Background()) }()
		select {
		case err := <-done:
			if err == nil {
				t.Errorf("%s: no error, want a timeout", call.name)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: still waiting after 5s, want a timeout after 200ms", call.name)
		}
	}
}
