// Package llm talks to an OpenAI-compatible model: grounded answers, query rewriting and
// embeddings, with personal data redacted, a token budget, retries and a circuit breaker.
// It is the only importer of go-openai.
package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Errors returned instead of an answer; on any of them the caller answers from retrieval.
var (
	ErrDisabled        = errors.New("llm: no model configured")
	ErrUnavailable     = errors.New("llm: circuit open after recent failures")
	ErrBudgetExhausted = errors.New("llm: daily token budget exhausted")
	ErrExcluded        = errors.New("llm: article category kept away from the model")
	ErrTimeout         = errors.New("llm: model too slow")
	ErrInvalidOutput   = errors.New("llm: model output rejected")
)

// Config holds the model settings. Zero values get the defaults noted on each field.
type Config struct {
	APIKey         string
	BaseURL        string // default https://api.openai.com/v1
	Model          string // chat model; empty disables Compose and RewriteQuery
	EmbeddingModel string // empty disables Embed

	Timeout           time.Duration // whole call, default 30s
	FirstTokenTimeout time.Duration // no first token (or no progress) by then: fail, default 1.5s
	RewriteTimeout    time.Duration // query rewrite, default 1.5s
	MaxRetries        int           // on 429/5xx within the first-token deadline, default 2; <0 none
	RetryBase         time.Duration // first backoff, default 200ms

	MaxOutputTokens int // default 700
	MaxAnswerChars  int // answer text bound, default 2000
	MaxArticleChars int // per article given to the model, default 4000
	MaxHistoryTurns int // default 6

	DailyTokenBudget   int      // 0 = unlimited
	ExcludedCategories []string // article categories never sent to the model

	BreakerFailures int           // consecutive failures that open the breaker, default 3
	BreakerCooldown time.Duration // default 30s

	HTTPClient *http.Client
	Now        func() time.Time
	// Location is the office's time zone, the day boundary of the token
	// budget; default Asia/Jakarta.
	Location *time.Location
	Logger   *slog.Logger // default slog.Default()
}

// UsageStore records tokens per conversation per day (day is YYYY-MM-DD in
// Config.Location).
type UsageStore interface {
	AddTokenUsage(ctx context.Context, conversationID int64, day string, tokens int) error
	TokenUsageOn(ctx context.Context, day string) (int, error)
}

// Client is a model client. Its zero value is not usable; call New.
type Client struct {
	cfg      Config
	api      *openai.Client
	br       *breaker // chat model
	ebr      *breaker // embedding model, often another server or process
	usage    UsageStore
	excluded map[string]bool
	// noUsageOption is set once the server refused stream_options.
	noUsageOption atomic.Bool
}

// jakarta is the default Location: Western Indonesian Time, which has no
// daylight saving.
var jakarta = time.FixedZone("WIB", 7*3600)

// New builds a client; usage may be nil (no accounting, no budget).
func New(cfg Config, usage UsageStore) *Client {
	if cfg.BaseURL == "" {
		cfg.BaseURL = "https://api.openai.com/v1"
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	defInt := func(d *int, v int) {
		if *d == 0 {
			*d = v
		}
	}
	def(&cfg.Timeout, 30*time.Second)
	def(&cfg.FirstTokenTimeout, 1500*time.Millisecond)
	def(&cfg.RewriteTimeout, 1500*time.Millisecond)
	def(&cfg.RetryBase, 200*time.Millisecond)
	def(&cfg.BreakerCooldown, 30*time.Second)
	defInt(&cfg.MaxRetries, 2)
	defInt(&cfg.MaxOutputTokens, 700)
	defInt(&cfg.MaxAnswerChars, 2000)
	defInt(&cfg.MaxArticleChars, 4000)
	defInt(&cfg.MaxHistoryTurns, 6)
	defInt(&cfg.BreakerFailures, 3)
	if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Location == nil {
		cfg.Location = jakarta
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	oc.HTTPClient = &retryDoer{client: cfg.HTTPClient, retries: cfg.MaxRetries, base: cfg.RetryBase}
	c := &Client{
		cfg:      cfg,
		api:      openai.NewClientWithConfig(oc),
		br:       &breaker{limit: cfg.BreakerFailures, cooldown: cfg.BreakerCooldown, now: cfg.Now},
		ebr:      &breaker{limit: cfg.BreakerFailures, cooldown: cfg.BreakerCooldown, now: cfg.Now},
		usage:    usage,
		excluded: map[string]bool{},
	}
	for _, cat := range cfg.ExcludedCategories {
		if cat = strings.ToLower(strings.TrimSpace(cat)); cat != "" {
			c.excluded[cat] = true
		}
	}
	return c
}

// ChatEnabled reports whether a chat model is configured.
func (c *Client) ChatEnabled() bool { return c != nil && c.cfg.APIKey != "" && c.cfg.Model != "" }

// EmbeddingsEnabled reports whether an embedding model is configured.
func (c *Client) EmbeddingsEnabled() bool {
	return c != nil && c.cfg.APIKey != "" && c.cfg.EmbeddingModel != ""
}

// EmbeddingModel names the configured embedding model.
func (c *Client) EmbeddingModel() string { return c.cfg.EmbeddingModel }

// Excluded reports whether articles of category cat are kept away from the model.
func (c *Client) Excluded(cat string) bool {
	return c.excluded[strings.ToLower(strings.TrimSpace(cat))]
}

// BreakerOpen reports whether chat calls are currently refused after failures.
func (c *Client) BreakerOpen() bool { return c.br.open() }

func (c *Client) day() string { return c.cfg.Now().In(c.cfg.Location).Format("2006-01-02") }

// checkBudget refuses a call once the day's tokens reach the budget.
func (c *Client) checkBudget(ctx context.Context) error {
	if c.usage == nil || c.cfg.DailyTokenBudget <= 0 {
		return nil
	}
	used, err := c.usage.TokenUsageOn(ctx, c.day())
	if err != nil {
		return fmt.Errorf("read token usage: %w", err)
	}
	if used >= c.cfg.DailyTokenBudget {
		return ErrBudgetExhausted
	}
	return nil
}

// record adds tokens to the conversation's daily usage. It runs even when the
// caller's context is done, since the tokens were spent anyway. A failure is
// logged, not returned: a good answer is not thrown away over accounting.
func (c *Client) record(ctx context.Context, conversationID int64, tokens int) {
	if c.usage == nil || tokens <= 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	if err := c.usage.AddTokenUsage(ctx, conversationID, c.day(), tokens); err != nil {
		c.cfg.Logger.Warn("token usage not recorded", "conversation", conversationID, "tokens", tokens, "err", err)
	}
}

// begin checks the budget and the breaker before a call.
func (c *Client) begin(ctx context.Context, br *breaker) error {
	if err := c.checkBudget(ctx); err != nil {
		return err
	}
	if !br.allow() {
		return ErrUnavailable
	}
	return nil
}

// finish feeds the breaker with the outcome of a call that went out and returns
// the error to report. Cancellation by the caller says nothing about the model.
func (c *Client) finish(parent context.Context, br *breaker, err error) error {
	switch {
	case err == nil:
		br.success()
		return nil
	case parent.Err() != nil:
		br.neutral()
		return parent.Err()
	default:
		br.failure()
		return err
	}
}

// estimateTokens approximates tokens for servers that do not report usage.
func estimateTokens(chars int) int { return chars/4 + 1 }
