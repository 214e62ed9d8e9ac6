package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeAPI is an OpenAI-compatible server: it records every raw request body
// and answers with what chat or embed returns.
type fakeAPI struct {
	t      *testing.T
	mu     sync.Mutex
	bodies []string
	calls  int
	// abandoned counts the chat requests the client gave up on while the
	// fake was still answering (see hang).
	abandoned int
	chat      func(w http.ResponseWriter, r *http.Request, n int)
	embed     func(w http.ResponseWriter, r *http.Request, input []string)
	srv       *httptest.Server
}

func newFakeAPI(t *testing.T) *fakeAPI {
	t.Helper()
	f := &fakeAPI{t: t}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.bodies = append(f.bodies, string(body))
	f.calls++
	n := f.calls
	f.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer test-key" {
		writeError(w, http.StatusUnauthorized, "invalid api key")
		return
	}
	switch r.URL.Path {
	case "/v1/chat/completions":
		if f.chat == nil {
			writeError(w, http.StatusNotFound, "no chat")
			return
		}
		f.chat(w, r, n)
		if r.Context().Err() != nil {
			f.mu.Lock()
			f.abandoned++
			f.mu.Unlock()
		}
	case "/v1/embeddings":
		var req struct {
			Input []string `json:"input"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		f.embed(w, r, req.Input)
	default:
		writeError(w, http.StatusNotFound, "unknown path "+r.URL.Path)
	}
}

func (f *fakeAPI) requestCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

func (f *fakeAPI) allBodies() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.bodies, "\n")
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"test"}}`, msg)
}

// streamChunks answers a streamed chat completion with the given content pieces,
// then a usage chunk and [DONE].
func streamChunks(w http.ResponseWriter, pieces []string, totalTokens int) {
	w.Header().Set("Content-Type", "text/event-stream")
	fl, _ := w.(http.Flusher)
	for _, p := range pieces {
		chunk := map[string]any{
			"id": "c1", "object": "chat.completion.chunk", "model": "test-model",
			"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}}},
		}
		b, _ := json.Marshal(chunk)
		fmt.Fprintf(w, "data: %s\n\n", b)
		if fl != nil {
			fl.Flush()
		}
	}
	if totalTokens > 0 {
		fmt.Fprintf(w, "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":%d,\"completion_tokens\":0,\"total_tokens\":%d}}\n\n", totalTokens, totalTokens)
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// chatJSON answers a non-streamed chat completion.
func chatJSON(w http.ResponseWriter, content string, totalTokens int) {
	w.Header().Set("Content-Type", "application/json")
	b, _ := json.Marshal(map[string]any{
		"id": "c2", "object": "chat.completion", "model": "test-model",
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": content}}},
		"usage": map[string]any{"prompt_tokens": totalTokens, "completion_tokens": 0, "total_tokens": totalTokens},
	})
	w.Write(b)
}

// hang blocks until the client gives up or the test ends.
func hang(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(time.Minute):
	}
}

// gaveUp waits until the client has given up on a hanging request, as the
// fake sees it a moment after the client lets go; false after a while.
func (f *fakeAPI) gaveUp() bool {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		f.mu.Lock()
		n := f.abandoned
		f.mu.Unlock()
		if n > 0 {
			return true
		}
	}
	return false
}

// memUsage is an in-memory UsageStore.
type memUsage struct {
	mu     sync.Mutex
	byConv map[int64]int
	byDay  map[string]int
}

var _ UsageStore = (*memUsage)(nil)

func newMemUsage() *memUsage {
	return &memUsage{byConv: map[int64]int{}, byDay: map[string]int{}}
}

func (m *memUsage) AddTokenUsage(_ context.Context, conv int64, day string, tokens int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.byConv[conv] += tokens
	m.byDay[day] += tokens
	return nil
}

func (m *memUsage) TokenUsageOn(_ context.Context, day string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.byDay[day], nil
}

func testClient(t *testing.T, f *fakeAPI, mod func(*Config), usage UsageStore) *Client {
	t.Helper()
	cfg := Config{
		APIKey:            "test-key",
		BaseURL:           f.srv.URL + "/v1",
		Model:             "test-model",
		EmbeddingModel:    "test-embed",
		FirstTokenTimeout: 1500 * time.Millisecond,
		RetryBase:         10 * time.Millisecond,
	}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg, usage)
}

var testArticles = []Article{
	{ID: "ktp-el-baru", Title: "Pembuatan KTP-el Baru", Category: "kependudukan",
		Body: "Syarat: fotokopi KK. Datang ke Disdukcapil. Biaya gratis. Info: https://dukcapil.kemendagri.go.id/layanan"},
	{ID: "kk-baru", Title: "Pembuatan Kartu Keluarga Baru", Category: "kependudukan",
		Body: "Syarat: buku nikah, surat pindah. Gratis."},
	{ID: "skck-baru", Title: "SKCK Baru", Category: "kepolisian",
		Body: "Syarat: KTP-el, KK, akta kelahiran, pas foto 4x6. Biaya PNBP Rp30.000."},
}
