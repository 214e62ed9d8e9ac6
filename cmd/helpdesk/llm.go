package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/llm"
	"github.com/layananwarga/helpdesk/storage"
)

// newLLMClient builds the model client, counting tokens in db.
func newLLMClient(cfg LLMConfig, loc *time.Location, db *storage.DB, log *slog.Logger) *llm.Client {
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
		Location:           loc,
		Logger:             log,
	}, usage)
}

// wireLLM returns the Composer for handlers.Deps (nil without a chat model) and
// the knowledge the handlers should search: kb itself, or kb with hybrid
// retrieval when an embedding model is configured. stop ends the hybrid
// retrieval's background work; call it at shutdown.
func wireLLM(cfg Config, db *storage.DB, kb *knowledge.Base, log *slog.Logger) (comp handlers.Composer, k handlers.Knowledge, stop func()) {
	c := newLLMClient(cfg.LLM, cfg.Location, db, log)
	if c.ChatEnabled() {
		comp = composer{c: c}
		log.Info("language model on", "model", cfg.LLM.Model, "base_url", cfg.LLM.BaseURL, "excluded_categories", cfg.LLM.ExcludedCategories)
	}
	if c.EmbeddingsEnabled() && db != nil {
		h := knowledge.NewHybrid(kb, llm.ArticleEmbedder{Client: c, Store: embeddingStore{db: db}}, knowledge.HybridConfig{Logger: log})
		h.Start()
		log.Info("hybrid retrieval on", "embedding_model", cfg.LLM.EmbeddingModel)
		return comp, h, h.Close
	}
	return comp, kb, func() {}
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
