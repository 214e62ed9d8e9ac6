package knowledge_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/llm"
	"github.com/layananwarga/helpdesk/storage"
)

// fakeEmbeddings is an OpenAI-compatible embeddings server with two
// dimensions: "paspor" and everything else. It records every request body;
// block, when set, holds each request until the client gives up.
type fakeEmbeddings struct {
	mu      sync.Mutex
	bodies  []string
	block   bool
	started chan struct{} // receives once per request when block is set
}

func (f *fakeEmbeddings) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.bodies = append(f.bodies, string(b))
	block := f.block
	f.mu.Unlock()
	if r.URL.Path != "/v1/embeddings" {
		http.NotFound(w, r)
		return
	}
	if block {
		f.started <- struct{}{}
		<-r.Context().Done()
		return
	}
	var req struct {
		Input []string `json:"input"`
	}
	json.Unmarshal(b, &req)
	data := make([]any, len(req.Input))
	for i, s := range req.Input {
		v := []float32{1, 0}
		if strings.Contains(strings.ToLower(s), "paspor") {
			v = []float32{0, 1}
		}
		data[i] = map[string]any{"index": i, "embedding": v}
	}
	json.NewEncoder(w).Encode(map[string]any{"data": data, "usage": map[string]int{"total_tokens": 3 * len(req.Input)}})
}

func (f *fakeEmbeddings) requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.bodies...)
}

var hybridArticles = []knowledge.Article{
	{ID: "ktp-el-baru", Title: "Pembuatan KTP-el Baru", Category: "kependudukan", Keywords: []string{"ktp"}, Body: "Syarat KTP: fotokopi KK. Datang ke Disdukcapil."},
	{ID: "paspor-baru", Title: "Pembuatan Paspor Baru", Category: "keimigrasian", Keywords: []string{"paspor"}, Body: "Syarat paspor: KTP-el, KK, akta. Daftar di aplikasi M-Paspor."},
}

// embeddingStore keeps vectors in the real database.
type embeddingStore struct{ db *storage.DB }

func (s embeddingStore) FindArticleEmbeddings(ctx context.Context, model string) (map[string]llm.StoredEmbedding, error) {
	es, err := s.db.FindArticleEmbeddings(ctx, model)
	if err != nil {
		return nil, err
	}
	out := map[string]llm.StoredEmbedding{}
	for _, e := range es {
		out[e.ArticleID] = llm.StoredEmbedding{ContentHash: e.ContentHash, Vector: e.Vector}
	}
	return out, nil
}

func (s embeddingStore) SaveArticleEmbedding(ctx context.Context, model, id string, e llm.StoredEmbedding) error {
	return s.db.SaveArticleEmbedding(ctx, storage.ArticleEmbedding{ArticleID: id, Model: model, ContentHash: e.ContentHash, Vector: e.Vector})
}

// newHybrid is a Hybrid over hybridArticles, embedding through a fake
// OpenAI server into a database in t.TempDir(). Its timeouts are a minute,
// so that only a context can end a blocked call within the tests' waits.
func newHybrid(t *testing.T, f *fakeEmbeddings, excluded ...string) (*knowledge.Hybrid, *storage.DB) {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	db, err := storage.Open(t.Context(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	c := llm.New(llm.Config{APIKey: "k", BaseURL: srv.URL + "/v1", EmbeddingModel: "e", Timeout: time.Minute,
		FirstTokenTimeout: time.Second, MaxRetries: -1, ExcludedCategories: excluded, Logger: quiet}, db)
	h := knowledge.NewHybrid(knowledge.NewBase(hybridArticles), llm.ArticleEmbedder{Client: c, Store: embeddingStore{db: db}},
		knowledge.HybridConfig{Logger: quiet, QueryTimeout: time.Minute})
	t.Cleanup(h.Close)
	return h, db
}

func TestHybridSearch(t *testing.T) {
	f := &fakeEmbeddings{}
	h, db := newHybrid(t, f)
	h.Sync(t.Context())
	if n := knowledge.VectorCount(h); n != 2 {
		t.Fatalf("vectors = %d, want 2", n)
	}
	stored, _ := db.FindArticleEmbeddings(t.Context(), "e")
	if len(stored) != 2 {
		t.Fatalf("stored embeddings = %d, want 2", len(stored))
	}
	res := h.Search(t.Context(), "syarat bikin paspor", knowledge.SearchOptions{Top: 3})
	if len(res.Hits) == 0 || res.Hits[0].ID != "paspor-baru" {
		t.Fatalf("hits = %+v, want paspor-baru first", res.Hits)
	}
	// An admin's change is re-embedded at once in the background, and only it.
	synced := make(chan struct{}, 4)
	knowledge.SetAfterSync(h, func() { synced <- struct{}{} })
	before := len(f.requests())
	changed := hybridArticles[0]
	changed.Body += " Tambahan."
	h.Put(changed)
	select {
	case <-synced:
	case <-time.After(5 * time.Second):
		t.Fatalf("no sync after Put")
	}
	sent := f.requests()[before:]
	if len(sent) != 1 || !strings.Contains(sent[0], "Tambahan") {
		t.Fatalf("sync after a change sent %d requests, want 1 with the changed article", len(sent))
	}
	h.Remove("paspor-baru")
	if res := h.Search(t.Context(), "syarat bikin paspor", knowledge.SearchOptions{Top: 3}); len(res.Hits) > 0 && res.Hits[0].ID == "paspor-baru" {
		t.Fatalf("a removed article is still found: %+v", res.Hits)
	}
}

func TestHybridSkipsExcludedCategory(t *testing.T) {
	f := &fakeEmbeddings{}
	h, _ := newHybrid(t, f, "kependudukan")
	h.Sync(t.Context())
	first := f.requests()
	if strings.Contains(strings.Join(first, ""), "Disdukcapil") {
		t.Fatalf("an article of an excluded category was embedded")
	}
	h.Search(t.Context(), "syarat ktp baru fotokopi kk", knowledge.SearchOptions{Top: 3})
	if after := f.requests(); len(after) != len(first) {
		t.Fatalf("a question placed in an excluded category went to the embedding model")
	}
}

// TestHybridSearchHonoursContext: a search whose context is cancelled while
// the question is being embedded returns at once, with the BM25 result.
func TestHybridSearchHonoursContext(t *testing.T) {
	f := &fakeEmbeddings{started: make(chan struct{}, 1)}
	h, _ := newHybrid(t, f)
	h.Sync(t.Context())
	f.mu.Lock()
	f.block = true
	f.mu.Unlock()
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-f.started
		cancel()
	}()
	done := make(chan knowledge.Result, 1)
	go func() { done <- h.Search(ctx, "syarat bikin paspor", knowledge.SearchOptions{Top: 3}) }()
	select {
	case res := <-done:
		if len(res.Hits) == 0 || res.Hits[0].ID != "paspor-baru" {
			t.Fatalf("hits = %+v, want the BM25 result", res.Hits)
		}
		if !errors.Is(ctx.Err(), context.Canceled) {
			t.Fatalf("search returned before its context was cancelled")
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("a cancelled search is still waiting for the embedding model")
	}
}

// TestHybridCloseStopsSync: Close cancels a background sync's embedding call
// and waits for it to end.
func TestHybridCloseStopsSync(t *testing.T) {
	f := &fakeEmbeddings{block: true, started: make(chan struct{}, 1)}
	h, _ := newHybrid(t, f)
	synced := make(chan struct{}, 1)
	knowledge.SetAfterSync(h, func() { synced <- struct{}{} })
	h.Start()
	<-f.started
	closed := make(chan struct{})
	go func() { h.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatalf("Close did not stop the background embedding call")
	}
	select {
	case <-synced:
	default:
		t.Fatalf("Close returned before the background sync ended")
	}
	if n := knowledge.VectorCount(h); n != 0 {
		t.Fatalf("vectors = %d after a cancelled sync, want 0", n)
	}
}
