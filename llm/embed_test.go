package llm

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"testing"
)

// writeEmbeddings answers with a deterministic 3-dimensional vector per input.
func writeEmbeddings(w http.ResponseWriter, input []string) {
	data := make([]any, len(input))
	for i, s := range input {
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": []float32{float32(len(s)), 1, float32(i)}}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "model": "test-embed", "data": data,
		"usage": map[string]any{"prompt_tokens": 7 * len(input), "total_tokens": 7 * len(input)}})
}

type memEmbeddings struct {
	mu sync.Mutex
	m  map[string]StoredEmbedding
}

var _ EmbeddingStore = (*memEmbeddings)(nil)

func (m *memEmbeddings) FindArticleEmbeddings(_ context.Context, model string) (map[string]StoredEmbedding, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]StoredEmbedding{}
	for k, v := range m.m {
		out[k] = v
	}
	return out, nil
}

func (m *memEmbeddings) SaveArticleEmbedding(_ context.Context, model, id string, e StoredEmbedding) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m[id] = e
	return nil
}

func TestSyncEmbeddings(t *testing.T) {
	f := newFakeAPI(t)
	var inputs [][]string
	f.embed = func(w http.ResponseWriter, r *http.Request, input []string) {
		inputs = append(inputs, input)
		writeEmbeddings(w, input)
	}
	usage := newMemUsage()
	c := testClient(t, f, func(cfg *Config) { cfg.ExcludedCategories = []string{"kepolisian"} }, usage)
	store := &memEmbeddings{m: map[string]StoredEmbedding{}}
	arts := append([]Article(nil), testArticles...)

	vecs, n, err := c.SyncEmbeddings(context.Background(), store, arts)
	if err != nil || n != 2 || len(vecs) != 2 {
		t.Fatalf("first sync: n=%d vecs=%d err=%v, want 2 computed (skck excluded)", n, len(vecs), err)
	}
	if _, ok := vecs["skck-baru"]; ok {
		t.Fatalf("excluded category was embedded")
	}
	if _, n, _ = c.SyncEmbeddings(context.Background(), store, arts); n != 0 {
		t.Fatalf("second sync recomputed %d, want 0", n)
	}
	arts[1].Body += " Tambahan: formulir F-1.01."
	vecs, n, err = c.SyncEmbeddings(context.Background(), store, arts)
	if err != nil || n != 1 || len(vecs) != 2 {
		t.Fatalf("after change: n=%d vecs=%d err=%v, want 1 recomputed", n, len(vecs), err)
	}
	if len(inputs) != 2 || len(inputs[1]) != 1 {
		t.Fatalf("embedding requests = %v, want 2 with the changed article alone in the second", inputs)
	}
	if usage.byConv[0] != 21 {
		t.Fatalf("embedding tokens = %d, want 21", usage.byConv[0])
	}
}

func TestEmbeddingOutageLeavesChatAlone(t *testing.T) {
	f := newFakeAPI(t)
	f.embed = func(w http.ResponseWriter, r *http.Request, input []string) { writeError(w, 500, "embedder down") }
	f.chat = func(w http.ResponseWriter, r *http.Request, n int) {
		streamChunks(w, []string{"OUTCOME: answer\nSOURCES: ktp-el-baru\nBaik Kak."}, 10)
	}
	c := testClient(t, f, func(cfg *Config) { cfg.MaxRetries = -1; cfg.BreakerFailures = 1 }, nil)
	if _, err := c.Embed(context.Background(), 0, []string{"ktp"}); err == nil {
		t.Fatalf("Embed succeeded against a failing server")
	}
	if _, err := c.Embed(context.Background(), 0, []string{"ktp"}); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("second Embed err = %v, want ErrUnavailable", err)
	}
	if _, err := c.Compose(context.Background(), ComposeRequest{Question: "ktp?", Articles: testArticles[:1]}, nil); err != nil {
		t.Fatalf("Compose after an embedding outage: %v", err)
	}
}
