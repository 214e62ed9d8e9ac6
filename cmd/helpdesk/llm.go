package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/llm"
	"github.com/layananwarga/helpdesk/storage"
)

// LLMConfig holds the language-model settings (OPENAI_* and LLM_* variables).
type LLMConfig struct {
	APIKey             string        // OPENAI_API_KEY; empty: retrieval only
	BaseURL            string        // OPENAI_BASE_URL
	Model              string        // OPENAI_MODEL
	EmbeddingModel     string        // OPENAI_EMBEDDING_MODEL; empty: no hybrid retrieval
	Timeout            time.Duration // LLM_TIMEOUT: bound of one whole call
	FirstTokenTimeout  time.Duration // LLM_FIRST_TOKEN_TIMEOUT: no progress by then -> retrieval answer
	DailyTokenBudget   int           // LLM_DAILY_TOKEN_BUDGET: tokens per day over all chats; 0 = unlimited
	ExcludedCategories []string      // LLM_EXCLUDED_CATEGORIES: article categories never sent to the model
}

// Defaults of the LLM_* variables.
const (
	defaultLLMTimeout        = 30 * time.Second
	defaultFirstTokenTimeout = 1500 * time.Millisecond
	defaultDailyTokenBudget  = 1_000_000
	defaultOpenAIModel       = "gpt-4o-mini"
)

// LoadLLMConfig reads the language-model settings; messages name the variable.
func LoadLLMConfig(getenv func(string) string) (LLMConfig, error) {
	c := LLMConfig{
		APIKey:            strings.TrimSpace(getenv("OPENAI_API_KEY")),
		BaseURL:           strings.TrimSpace(getenv("OPENAI_BASE_URL")),
		Model:             strings.TrimSpace(getenv("OPENAI_MODEL")),
		EmbeddingModel:    strings.TrimSpace(getenv("OPENAI_EMBEDDING_MODEL")),
		Timeout:           defaultLLMTimeout,
		FirstTokenTimeout: defaultFirstTokenTimeout,
		DailyTokenBudget:  defaultDailyTokenBudget,
	}
	if c.Model == "" {
		c.Model = defaultOpenAIModel
	}
	for _, d := range []struct {
		name string
		dst  *time.Duration
	}{{"LLM_TIMEOUT", &c.Timeout}, {"LLM_FIRST_TOKEN_TIMEOUT", &c.FirstTokenTimeout}} {
		if v := strings.TrimSpace(getenv(d.name)); v != "" {
			t, err := time.ParseDuration(v)
			if err != nil || t <= 0 {
				return c, fmt.Errorf("%s: want a positive duration such as 30s, got %q", d.name, v)
			}
			*d.dst = t
		}
	}
	if v := strings.TrimSpace(getenv("LLM_DAILY_TOKEN_BUDGET")); v != "" {
		n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
		if err != nil || n < 0 {
			return c, fmt.Errorf("LLM_DAILY_TOKEN_BUDGET: want a whole number of tokens (0 = unlimited), got %q", v)
		}
		c.DailyTokenBudget = n
	}
	for _, cat := range strings.Split(getenv("LLM_EXCLUDED_CATEGORIES"), ",") {
		if cat = strings.ToLower(strings.TrimSpace(cat)); cat != "" {
			c.ExcludedCategories = append(c.ExcludedCategories, cat)
		}
	}
	return c, nil
}

// newLLMClient builds the model client, counting tokens in db.
func newLLMClient(cfg LLMConfig, db *storage.DB, log *slog.Logger) *llm.Client {
	var usage llm.UsageStore
	if db != nil {
		usage = db
	}
	return llm.New(llm.Config{
		APIKey:             cfg.APIKey,
		BaseURL:            cfg.BaseURL,
		Model:              cfg.Model,
		EmbeddingModel:     cfg.EmbeddingModel,
		Timeout:            cfg.Timeout,
		FirstTokenTimeout:  cfg.FirstTokenTimeout,
		RewriteTimeout:     cfg.FirstTokenTimeout,
		DailyTokenBudget:   cfg.DailyTokenBudget,
		ExcludedCategories: cfg.ExcludedCategories,
		Logger:             log,
	}, usage)
}

// wireLLM returns the Composer for handlers.Deps (nil without a chat model) and
// the knowledge the handlers should search: kb itself, or kb with hybrid
// retrieval when an embedding model is configured.
func wireLLM(ctx context.Context, cfg LLMConfig, db *storage.DB, kb handlers.Knowledge, log *slog.Logger) (handlers.Composer, handlers.Knowledge) {
	c := newLLMClient(cfg, db, log)
	var comp handlers.Composer
	if c.ChatEnabled() {
		comp = composer{c: c}
		log.Info("language model on", "model", cfg.Model, "base_url", cfg.BaseURL, "excluded_categories", cfg.ExcludedCategories)
	}
	if c.EmbeddingsEnabled() && db != nil {
		h := newHybrid(c, embeddingStore{db: db}, kb, log)
		h.syncing = true
		go h.sync(ctx)
		log.Info("hybrid retrieval on", "embedding_model", cfg.EmbeddingModel)
		return comp, h
	}
	return comp, kb
}

// composer adapts llm.Client to handlers.Composer.
type composer struct{ c *llm.Client }

var _ handlers.Composer = composer{}

func (a composer) Compose(ctx context.Context, in handlers.ComposeInput, onDelta func(string)) (handlers.ComposeOutput, error) {
	arts := make([]llm.Article, len(in.Articles))
	for i, x := range in.Articles {
		arts[i] = llm.Article{ID: x.ID, Title: x.Title, Category: x.Category, Body: x.Body}
	}
	out, err := a.c.Compose(ctx, llm.ComposeRequest{
		ConversationID: in.ConversationID,
		Question:       in.Question,
		History:        llmTurns(in.History),
		Articles:       arts,
		English:        in.English,
		Part:           in.Part,
	}, onDelta)
	if err != nil {
		return handlers.ComposeOutput{Tokens: out.Tokens}, composeError(err)
	}
	return handlers.ComposeOutput{Outcome: out.Outcome, Text: out.Text, Cited: out.Cited, Tokens: out.Tokens}, nil
}

// composeError tags llm errors with the handlers sentinel they count as.
func composeError(err error) error {
	switch {
	case errors.Is(err, llm.ErrBudgetExhausted):
		return fmt.Errorf("%w: %w", handlers.ErrComposeBudget, err)
	case errors.Is(err, llm.ErrInvalidOutput):
		return fmt.Errorf("%w: %w", handlers.ErrComposeRejected, err)
	case errors.Is(err, llm.ErrExcluded):
		return fmt.Errorf("%w: %w", handlers.ErrComposeSkipped, err)
	}
	return err
}

func (a composer) RewriteQuery(ctx context.Context, question string, history []handlers.Turn) (string, error) {
	conv, _ := handlers.ConversationFrom(ctx)
	return a.c.RewriteQuery(ctx, conv, question, llmTurns(history))
}

func llmTurns(ts []handlers.Turn) []llm.Turn {
	out := make([]llm.Turn, len(ts))
	for i, t := range ts {
		out[i] = llm.Turn{Role: t.Role, Text: t.Text}
	}
	return out
}

// embeddingStore adapts storage.DB to llm.EmbeddingStore.
type embeddingStore struct{ db *storage.DB }

func (s embeddingStore) FindArticleEmbeddings(ctx context.Context, model string) (map[string]llm.StoredEmbedding, error) {
	es, err := s.db.FindArticleEmbeddings(ctx, model)
	if err != nil {
		return nil, err
	}
	out := make(map[string]llm.StoredEmbedding, len(es))
	for _, e := range es {
		out[e.ArticleID] = llm.StoredEmbedding{ContentHash: e.ContentHash, Vector: e.Vector}
	}
	return out, nil
}

func (s embeddingStore) SaveArticleEmbedding(ctx context.Context, model, id string, e llm.StoredEmbedding) error {
	return s.db.SaveArticleEmbedding(ctx, storage.ArticleEmbedding{ArticleID: id, Model: model, ContentHash: e.ContentHash, Vector: e.Vector})
}

// embeddingArticle is what is embedded for an article: title, keywords,
// example questions and body (cmd/evalhybrid embeds the same text).
func embeddingArticle(a knowledge.Article) llm.Article {
	return llm.Article{ID: a.ID, Title: a.Title, Category: a.Category,
		Body: strings.Join(a.Keywords, ", ") + "\n" + strings.Join(a.Questions, "\n") + "\n" + a.Body}
}

// hybridOptions fuse BM25 with vectors. The vector weight is below BM25's
// because no real embedding model could be measured here; see cmd/evalhybrid.
var hybridOptions = knowledge.HybridOptions{K: 60, VectorWeight: 0.5}

// hybridCandidates is how many BM25 and vector candidates are fused.
const hybridCandidates = 20

// hybrid is handlers.Knowledge with searches re-ranked by embedding similarity.
// Vectors are recomputed in the background when an article changes; until
// then a changed article's old vector is not used.
type hybrid struct {
	handlers.Knowledge
	c     *llm.Client
	store llm.EmbeddingStore
	log   *slog.Logger

	mu       sync.Mutex
	vectors  map[string][]float32
	hashes   map[string]string
	syncing  bool
	again    bool // an article changed during a sync: run once more
	lastSync time.Time

	afterSync func() // test hook
}

func newHybrid(c *llm.Client, store llm.EmbeddingStore, kb handlers.Knowledge, log *slog.Logger) *hybrid {
	return &hybrid{Knowledge: kb, c: c, store: store, log: log, vectors: map[string][]float32{}, hashes: map[string]string{}}
}

// sync embeds new and changed articles and loads every current vector.
func (h *hybrid) sync(ctx context.Context) {
	arts := h.Knowledge.List()
	in := make([]llm.Article, len(arts))
	hashes := make(map[string]string, len(arts))
	for i, a := range arts {
		in[i] = embeddingArticle(a)
		hashes[a.ID] = llm.ContentHash(h.c.EmbeddingModel(), in[i])
	}
	vecs, n, err := h.c.SyncEmbeddings(ctx, h.store, in)
	if err != nil {
		h.log.Warn("article embeddings not synced; retrieval is BM25 only for the changed articles", "err", err)
	}
	if n > 0 {
		h.log.Info("article embeddings updated", "count", n)
	}
	h.mu.Lock()
	if vecs != nil {
		h.vectors, h.hashes = vecs, hashes
	}
	h.lastSync = time.Now()
	again := h.again
	h.again, h.syncing = false, again
	hook := h.afterSync
	h.mu.Unlock()
	if hook != nil {
		hook()
	}
	if again {
		h.sync(context.WithoutCancel(ctx))
	}
}

// Sync reasons, from the most to the least urgent.
const (
	syncChanged  = iota // an admin changed an article
	syncStale           // a search met a vector older than its article
	syncPeriodic        // catch changes made elsewhere
)

// kick starts a background sync, unless one ran too recently for the reason.
func (h *hybrid) kick(reason int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.syncing {
		h.again = h.again || reason == syncChanged
		return
	}
	since := time.Since(h.lastSync)
	if reason == syncStale && since < 30*time.Second || reason == syncPeriodic && since < 10*time.Minute {
		return
	}
	h.syncing = true
	go h.sync(context.Background())
}

// Put changes the live base and re-embeds the article in the background.
func (h *hybrid) Put(a knowledge.Article) {
	h.Knowledge.Put(a)
	h.kick(syncChanged)
}

// Remove takes an article out of the live base and out of the vectors.
func (h *hybrid) Remove(id string) {
	h.Knowledge.Remove(id)
	h.mu.Lock()
	vectors := make(map[string][]float32, len(h.vectors))
	for k, v := range h.vectors {
		if k != id {
			vectors[k] = v
		}
	}
	h.vectors = vectors
	h.mu.Unlock()
}

// Search re-ranks the BM25 candidates with the question's embedding. Any
// failure of the embedding call leaves the BM25 result as it is.
func (h *hybrid) Search(q string, opts knowledge.SearchOptions) knowledge.Result {
	top := opts.Top
	if top <= 0 {
		top = 5
	}
	wide := opts
	wide.Top = max(top, hybridCandidates)
	res := h.Knowledge.Search(q, wide)
	plain := res
	plain.Hits = res.Hits[:min(len(res.Hits), top)]
	if res.Intent != knowledge.IntentQuestion {
		return plain
	}
	// A question that retrieval already places in an excluded category does
	// not go to the embedding model either.
	if len(res.Hits) > 0 {
		if a, ok := h.Knowledge.Get(res.Hits[0].ID); ok && h.c.Excluded(a.Category) {
			return plain
		}
	}
	h.mu.Lock()
	vectors, hashes := h.vectors, h.hashes
	h.mu.Unlock()
	h.kick(syncPeriodic)
	if len(vectors) == 0 {
		return plain
	}
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	qv, err := h.c.Embed(ctx, 0, []string{q})
	if err != nil {
		return plain
	}
	var vh []knowledge.VectorHit
	stale := false
	for _, v := range knowledge.RankByVector(qv[0], vectors, hybridCandidates) {
		a, ok := h.Knowledge.Get(v.ID)
		if !ok || llm.ContentHash(h.c.EmbeddingModel(), embeddingArticle(a)) != hashes[v.ID] {
			stale = true
			continue
		}
		vh = append(vh, v)
	}
	if stale {
		h.kick(syncStale)
	}
	opt := hybridOptions
	opt.Top = top
	return knowledge.FuseHybrid(res, vh, func(id string) (string, bool) {
		a, ok := h.Knowledge.Get(id)
		return a.Title, ok
	}, opt)
}
