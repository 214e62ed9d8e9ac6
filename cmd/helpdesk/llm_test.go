package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/llm"
	"github.com/layananwarga/helpdesk/storage"
)

func TestLoadConfigLLM(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		check   func(LLMConfig) bool
		wantErr string
	}{
		{"defaults", map[string]string{}, func(c LLMConfig) bool {
			return c.APIKey == "" && c.Model == defaultOpenAIModel && c.Timeout == defaultLLMTimeout && c.FirstTokenTimeout == defaultFirstTokenTimeout &&
				c.DailyTokenBudget == defaultDailyTokenBudget && c.ExcludedCategories == nil
		}, ""},
		{"all set", map[string]string{"OPENAI_API_KEY": "k", "OPENAI_MODEL": "llama3", "LLM_TIMEOUT": "10s",
			"LLM_FIRST_TOKEN_TIMEOUT": "800ms", "LLM_DAILY_TOKEN_BUDGET": "200_000", "LLM_EXCLUDED_CATEGORIES": " Kependudukan, ,kesehatan"},
			func(c LLMConfig) bool {
				return c.Model == "llama3" && c.Timeout == 10*time.Second && c.FirstTokenTimeout == 800*time.Millisecond &&
					c.DailyTokenBudget == 200000 && strings.Join(c.ExcludedCategories, "|") == "kependudukan|kesehatan"
			}, ""},
		{"bad timeout", map[string]string{"LLM_TIMEOUT": "soon"}, nil, "LLM_TIMEOUT"},
		{"bad budget", map[string]string{"LLM_DAILY_TOKEN_BUDGET": "-5"}, nil, "LLM_DAILY_TOKEN_BUDGET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := LoadConfig(func(k string) string { return tt.env[k] })
			c := cfg.LLM
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil || !tt.check(c) {
				t.Fatalf("config = %+v, err = %v", c, err)
			}
		})
	}
}

// fakeOpenAI answers chat completions (streamed) and embeddings, recording bodies.
type fakeOpenAI struct {
	mu     sync.Mutex
	bodies []string
	chat   func(w http.ResponseWriter)
}

func (f *fakeOpenAI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.bodies = append(f.bodies, string(b))
	f.mu.Unlock()
	switch r.URL.Path {
	case "/v1/chat/completions":
		f.chat(w)
	case "/v1/embeddings":
		var req struct {
			Input []string `json:"input"`
		}
		json.Unmarshal(b, &req)
		data := make([]any, len(req.Input))
		for i, s := range req.Input {
			// Two dimensions: "paspor" and everything else.
			v := []float32{1, 0}
			if strings.Contains(strings.ToLower(s), "paspor") {
				v = []float32{0, 1}
			}
			data[i] = map[string]any{"index": i, "embedding": v}
		}
		json.NewEncoder(w).Encode(map[string]any{"data": data, "usage": map[string]int{"total_tokens": 3 * len(req.Input)}})
	default:
		http.NotFound(w, r)
	}
}

func openTestDB(t *testing.T) *storage.DB {
	t.Helper()
	db, err := openDSN(context.Background(), testDSN(t))
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var wireArticles = []knowledge.Article{
	{ID: "ktp-el-baru", Title: "Pembuatan KTP-el Baru", Category: "kependudukan", Keywords: []string{"ktp"}, Body: "Syarat KTP: fotokopi KK. Datang ke Disdukcapil."},
	{ID: "paspor-baru", Title: "Pembuatan Paspor Baru", Category: "keimigrasian", Keywords: []string{"paspor"}, Body: "Syarat paspor: KTP-el, KK, akta. Daftar di aplikasi M-Paspor."},
}

func TestWireLLMComposerThroughAdapter(t *testing.T) {
	f := &fakeOpenAI{chat: func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/event-stream")
		for _, p := range []string{"OUTCOME: answer\nSOURCES: paspor-baru\n", "Baik, Kak. Daftar lewat M-Paspor."} {
			b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}}}})
			fmt.Fprintf(w, "data: %s\n\n", b)
		}
		fmt.Fprint(w, "data: {\"choices\":[],\"usage\":{\"total_tokens\":55}}\n\ndata: [DONE]\n\n")
	}}
	srv := httptest.NewServer(f)
	defer srv.Close()
	db := openTestDB(t)
	cfg, err := LoadConfig(func(k string) string {
		return map[string]string{"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_MODEL": "m"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	comp, kb, stop := wireLLM(cfg, db, knowledge.NewBase(wireArticles), slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer stop()
	if comp == nil {
		t.Fatalf("no composer with a key")
	}
	if _, ok := kb.(*knowledge.Hybrid); ok {
		t.Fatalf("hybrid retrieval on without an embedding model")
	}
	out, err := comp.Compose(context.Background(), handlers.ComposeInput{ConversationID: 99,
		Question: "paspor syaratnya? NIK saya 3201234567890001", Articles: wireArticles[1:]}, nil)
	if err != nil || out.Outcome != handlers.OutcomeAnswer || out.Cited[0] != "paspor-baru" {
		t.Fatalf("out = %+v, err = %v", out, err)
	}
	day := time.Now().In(time.FixedZone("WIB", 7*3600)).Format("2006-01-02")
	if n, _ := db.ConversationTokenUsage(context.Background(), 99, day); n != 55 {
		t.Fatalf("recorded %d tokens for chat 99, want 55", n)
	}
	if strings.Contains(strings.Join(f.bodies, ""), "3201234567890001") {
		t.Fatalf("NIK reached the model")
	}
}

func TestWireLLMOffWithoutKey(t *testing.T) {
	base := knowledge.NewBase(wireArticles)
	comp, kb, stop := wireLLM(Config{LLM: LLMConfig{Model: "m", EmbeddingModel: "e"}}, openTestDB(t), base, slog.Default())
	defer stop()
	if comp != nil || kb != handlers.Knowledge(base) {
		t.Fatalf("without a key: composer %v, knowledge %T; want nil and the base itself", comp, kb)
	}
}

func TestComposeError(t *testing.T) {
	tests := []struct {
		in   error
		want error
	}{
		{fmt.Errorf("compose: %w", llm.ErrBudgetExhausted), handlers.ErrComposeBudget},
		{fmt.Errorf("compose: %w: cites x", llm.ErrInvalidOutput), handlers.ErrComposeRejected},
		{llm.ErrExcluded, handlers.ErrComposeSkipped},
	}
	for _, tt := range tests {
		if got := composeError(tt.in); !errors.Is(got, tt.want) || !errors.Is(got, tt.in) {
			t.Fatalf("composeError(%v) = %v, want it to wrap %v", tt.in, got, tt.want)
		}
	}
	if other := errors.New("boom"); composeError(other) != other {
		t.Fatalf("an unknown error was changed")
	}
}

func TestWireLLMHybridOn(t *testing.T) {
	srv := httptest.NewServer(&fakeOpenAI{})
	defer srv.Close()
	cfg, err := LoadConfig(func(k string) string {
		return map[string]string{"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_EMBEDDING_MODEL": "e"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	_, kb, stop := wireLLM(cfg, openTestDB(t), knowledge.NewBase(wireArticles), slog.New(slog.NewTextHandler(io.Discard, nil)))
	stop() // waits for the first sync's embedding call, or cancels it
	h, ok := kb.(*knowledge.Hybrid)
	if !ok {
		t.Fatalf("knowledge = %T, want hybrid retrieval with an embedding model", kb)
	}
	if res := h.Search(t.Context(), "syarat bikin paspor", knowledge.SearchOptions{Top: 3}); len(res.Hits) == 0 || res.Hits[0].ID != "paspor-baru" {
		t.Fatalf("hits = %+v, want paspor-baru first", res.Hits)
	}
}
