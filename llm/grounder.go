package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
)

// ComposeRequest is what a grounded answer rests on.
type ComposeRequest struct {
	ConversationID int64 // for token accounting
	Question       string
	History        []Turn
	Articles       []Article // best first; only these may be cited
	English        bool
	Part           string // the part of the service asked about; "" for all
}

// Answer is a validated model reply.
type Answer struct {
	Outcome string // OutcomeAnswer or OutcomeHandoff
	Text    string // plain text, bounded; the caller escapes it
	Cited   []string
	Tokens  int
}

var errStalled = errors.New("llm: no progress from the model")

// Compose writes a grounded answer from the given articles, streaming the answer text
// (never the header) to onDelta as it grows. Articles of excluded categories are dropped;
// when the best one is excluded the model is not called at all. Any error means:
// answer from retrieval instead.
func (c *Client) Compose(ctx context.Context, in ComposeRequest, onDelta func(partial string)) (Answer, error) {
	if !c.ChatEnabled() {
		return Answer{}, ErrDisabled
	}
	if len(in.Articles) == 0 {
		return Answer{}, fmt.Errorf("compose: %w: no articles", ErrInvalidOutput)
	}
	if c.Excluded(in.Articles[0].Category) {
		return Answer{}, ErrExcluded
	}
	kept := in.Articles[:0:0]
	for _, a := range in.Articles {
		if !c.Excluded(a.Category) {
			kept = append(kept, a)
		}
	}
	in.Articles = kept
	if err := c.begin(ctx, c.br); err != nil {
		return Answer{}, err
	}
	system, user := c.composeMessages(in)
	req := c.chatRequest(system, user, c.cfg.MaxOutputTokens, 0.2)
	if !c.noUsageOption.Load() {
		req.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
	}
	p := newOutputParser(in.Articles, c.cfg.MaxAnswerChars)
	tokens, err := c.stream(ctx, req, func(delta string) error {
		hadBody := len(p.body)
		if err := p.feed(delta); err != nil {
			return err
		}
		if onDelta != nil && p.outcome == OutcomeAnswer && len(p.body) > hadBody {
			onDelta(p.text())
		}
		if p.full {
			return io.EOF
		}
		return nil
	})
	if tokens == 0 {
		tokens = estimateTokens(len(system) + len(user) + p.raw.Len() + len(string(p.body)))
	}
	c.record(ctx, in.ConversationID, tokens)
	if err != nil {
		return Answer{Tokens: tokens}, fmt.Errorf("compose: %w", err)
	}
	if err := p.finish(); err != nil {
		return Answer{Tokens: tokens}, fmt.Errorf("compose: %w", err)
	}
	out := Answer{Outcome: p.outcome, Text: p.text(), Cited: p.sources, Tokens: tokens}
	if out.Outcome == OutcomeAnswer {
		if utf8.RuneCountInString(out.Text) < 2 {
			return Answer{Tokens: tokens}, fmt.Errorf("compose: %w: empty answer", ErrInvalidOutput)
		}
		if err := checkBody(out.Text, in.Articles); err != nil {
			return Answer{Tokens: tokens}, fmt.Errorf("compose: %w", err)
		}
	}
	return out, nil
}

// stream runs a streamed chat completion, passing each content delta to onDelta until
// it returns io.EOF (enough) or an error (abort). Without a first delta within
// FirstTokenTimeout, or without progress for as long later, the call fails with
// ErrTimeout, so a hanging model costs the citizen at most that long.
func (c *Client) stream(parent context.Context, req openai.ChatCompletionRequest, onDelta func(string) error) (tokens int, err error) {
	ctx, cancelTimeout := context.WithTimeout(parent, c.cfg.Timeout)
	defer cancelTimeout()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	watchdog := time.AfterFunc(c.cfg.FirstTokenTimeout, func() { cancel(errStalled) })
	defer watchdog.Stop()
	ctx = withRetryDeadline(ctx, time.Now().Add(c.cfg.FirstTokenTimeout))

	err = c.readStream(ctx, req, func(resp openai.ChatCompletionStreamResponse) error {
		watchdog.Reset(c.cfg.FirstTokenTimeout)
		if resp.Usage != nil {
			tokens = resp.Usage.TotalTokens
		}
		for _, ch := range resp.Choices {
			if ch.Delta.Content != "" {
				if err := onDelta(ch.Delta.Content); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if errors.Is(err, io.EOF) {
		err = nil
	}
	if err != nil && errors.Is(context.Cause(ctx), errStalled) {
		err = fmt.Errorf("%w: %w", ErrTimeout, err)
	} else if err != nil && errors.Is(err, context.DeadlineExceeded) && parent.Err() == nil {
		err = fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	if errors.Is(err, ErrInvalidOutput) {
		// The model works; its answer was refused. Not a reason to open the breaker.
		c.br.success()
		return tokens, err
	}
	return tokens, c.finish(parent, c.br, err)
}

// readStream opens the stream and hands every chunk to fn until the stream ends.
func (c *Client) readStream(ctx context.Context, req openai.ChatCompletionRequest, fn func(openai.ChatCompletionStreamResponse) error) error {
	st, err := c.api.CreateChatCompletionStream(ctx, req)
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	if req.StreamOptions != nil && (errors.As(err, &apiErr) && apiErr.HTTPStatusCode == http.StatusBadRequest ||
		errors.As(err, &reqErr) && reqErr.HTTPStatusCode == http.StatusBadRequest) {
		// Older OpenAI-compatible servers refuse stream_options; ask once
		// more without it and estimate tokens from then on.
		c.noUsageOption.Store(true)
		req.StreamOptions = nil
		st, err = c.api.CreateChatCompletionStream(ctx, req)
	}
	if err != nil {
		return fmt.Errorf("open stream: %w", err)
	}
	defer st.Close()
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read stream: %w", err)
		}
		if err := fn(resp); err != nil {
			return err
		}
	}
}

// RewriteQuery turns a messy message (a long story, two questions, English) into a short
// Indonesian search query. The result only feeds retrieval; the articles still come
// from the index. On any error the caller searches with the original text.
func (c *Client) RewriteQuery(ctx context.Context, conversationID int64, question string, history []Turn) (string, error) {
	if !c.ChatEnabled() {
		return "", ErrDisabled
	}
	if err := c.begin(ctx, c.br); err != nil {
		return "", err
	}
	system, user := c.rewriteMessages(question, history)
	cctx, cancel := context.WithTimeout(ctx, c.cfg.RewriteTimeout)
	defer cancel()
	resp, err := c.api.CreateChatCompletion(cctx, c.chatRequest(system, user, 60, 0))
	if err != nil && errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		err = fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	if err = c.finish(ctx, c.br, err); err != nil {
		return "", fmt.Errorf("rewrite query: %w", err)
	}
	tokens := resp.Usage.TotalTokens
	if tokens == 0 {
		tokens = estimateTokens(len(system) + len(user))
	}
	c.record(ctx, conversationID, tokens)
	if len(resp.Choices) == 0 {
		return "", fmt.Errorf("rewrite query: %w: no choices", ErrInvalidOutput)
	}
	q, err := parseQuery(resp.Choices[0].Message.Content)
	if err != nil {
		return "", fmt.Errorf("rewrite query: %w", err)
	}
	return q, nil
}

// parseQuery validates the one-line "QUERY: ..." reply of a rewrite.
func parseQuery(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "\n") {
		return "", fmt.Errorf("%w: more than one line", ErrInvalidOutput)
	}
	v, ok := headerValue(s, "QUERY")
	if !ok {
		return "", fmt.Errorf("%w: no QUERY line", ErrInvalidOutput)
	}
	v = strings.Trim(v, "\"'` ")
	if v == "" || utf8.RuneCountInString(v) > 200 || strings.Contains(v, canary) || reURL.MatchString(v) {
		return "", fmt.Errorf("%w: bad query %q", ErrInvalidOutput, v)
	}
	return v, nil
}

// chatRequest builds a chat request. Reasoning models (o1, o3, o4, gpt-5 and
// later) take max_completion_tokens, which also covers their reasoning, and
// refuse a temperature.
func (c *Client) chatRequest(system, user string, maxTokens int, temperature float32) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{
		Model: c.cfg.Model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: system},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
	}
	m := strings.ToLower(c.cfg.Model)
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(m, p) {
			req.MaxCompletionTokens = 4 * maxTokens
			return req
		}
	}
	// max_tokens, not max_completion_tokens: most OpenAI-compatible servers
	// (Ollama, llama.cpp, older vLLM) read only the older name.
	//lint:ignore SA1019 the compatible servers this talks to need max_tokens
	req.MaxTokens, req.Temperature = maxTokens, temperature
	return req
}
