package handlers

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
)

// Errors a Composer may wrap so that the outcome is counted right; any other
// error counts as a model failure. Each means: answer from retrieval.
var (
	ErrComposeBudget   = errors.New("compose: daily token budget used up")
	ErrComposeRejected = errors.New("compose: model reply failed validation")
	ErrComposeSkipped  = errors.New("compose: kept away from the model")
)

// Composer phrases grounded answers with a language model. Any error means:
// answer from retrieval.
type Composer interface {
	// Compose answers from the given articles only, calling onDelta with the
	// growing answer text (plain text) while it is written.
	Compose(ctx context.Context, in ComposeInput, onDelta func(partial string)) (ComposeOutput, error)
	// RewriteQuery turns a messy message into a search query for retrieval.
	RewriteQuery(ctx context.Context, question string, history []Turn) (string, error)
}

// ComposeInput is what the model may use.
type ComposeInput struct {
	ConversationID int64 // the chat id; tokens are counted against it
	Question       string
	History        []Turn
	Articles       []knowledge.Article // best first; the only ones it may cite
	English        bool
	// Part names the part of the service the citizen asked about ("biaya",
	// "syarat", ...); empty for a general question.
	Part string
}

// Outcomes of a composed answer.
const (
	OutcomeAnswer  = "answer"
	OutcomeHandoff = "handoff"
)

// ComposeOutput is what the model said.
type ComposeOutput struct {
	Outcome string // OutcomeAnswer or OutcomeHandoff
	Text    string // plain text
	Cited   []string
	Tokens  int
}

// Drafter shows a growing draft of an answer (Telegram sendMessageDraft).
// Text is plain, not HTML. Draft must not block long; errors are its own.
type Drafter interface {
	Draft(ctx context.Context, chatID int64, draftID string, text string)
}

// maxComposedRunes bounds a composed answer so that, with its title and
// source line, it fits one phone screen like a retrieval answer.
const maxComposedRunes = 850

// draftEvery is the least time between two drafts of the same answer.
const draftEvery = time.Second

type conversationKey struct{}

// WithConversation tells a Composer which conversation a call belongs to,
// for calls such as RewriteQuery that do not carry it.
func WithConversation(ctx context.Context, chatID int64) context.Context {
	return context.WithValue(ctx, conversationKey{}, chatID)
}

// ConversationFrom returns the conversation set by WithConversation.
func ConversationFrom(ctx context.Context) (int64, bool) {
	id, ok := ctx.Value(conversationKey{}).(int64)
	return id, ok
}

// composeAnswer asks the language model to phrase an answer from articles.
// ok=false means: send the retrieval answer instead (model off, slow, failing,
// or its reply did not pass validation). handoff=true means the model found
// that the articles do not answer the question. text is plain and bounded; the
// caller escapes it.
func (s *citizenFlow) composeAnswer(ctx context.Context, req Request, question string, res knowledge.Result, articles []knowledge.Article, history []Turn, aspect knowledge.Aspect) (text string, cited []string, handoff bool, ok bool) {
	if s.composer == nil || len(articles) == 0 {
		return "", nil, false, false
	}
	// The current message is usually already the last turn recorded.
	if n := len(history); n > 0 && history[n-1].Role == helpdesk.RoleCitizen && strings.TrimSpace(history[n-1].Text) == strings.TrimSpace(question) {
		history = history[:n-1]
	}
	in := ComposeInput{
		ConversationID: req.Chat.ID,
		Question:       question,
		History:        history,
		Articles:       articles,
		English:        res.English,
		Part:           string(aspect),
	}
	d := s.newDrafts(ctx, req)
	out, err := s.composer.Compose(WithConversation(ctx, req.Chat.ID), in, d.update)
	d.wait()
	if err != nil {
		result := "error"
		switch {
		case errors.Is(err, ErrComposeBudget):
			result = "budget"
		case errors.Is(err, ErrComposeRejected):
			result = "fallback"
		case errors.Is(err, ErrComposeSkipped):
			result = "skipped"
		}
		s.countLLM(result)
		s.log.Info("composed answer unavailable, answering from retrieval", "chat", req.Chat.ID, "result", result, "err", err)
		return "", nil, false, false
	}
	switch out.Outcome {
	case OutcomeHandoff:
		s.countLLM("handoff")
		return "", nil, true, true
	case OutcomeAnswer:
	default:
		s.countLLM("fallback")
		s.log.Warn("composed answer has an unknown outcome", "chat", req.Chat.ID, "outcome", out.Outcome)
		return "", nil, false, false
	}
	given := make([]string, len(articles))
	for i, a := range articles {
		given[i] = a.ID
	}
	for _, id := range out.Cited {
		if !slices.Contains(given, id) {
			s.countLLM("fallback")
			s.log.Warn("composed answer cites an article it was not given", "chat", req.Chat.ID, "id", id)
			return "", nil, false, false
		}
		if !slices.Contains(cited, id) {
			cited = append(cited, id)
		}
	}
	text = boundText(strings.TrimSpace(out.Text), maxComposedRunes)
	if len(cited) == 0 || text == "" {
		s.countLLM("fallback")
		return "", nil, false, false
	}
	s.countLLM("ok")
	return text, cited, false, true
}

// countLLM counts a composed answer by result: ok, handoff, fallback (reply
// refused), error, budget or skipped.
func (s *citizenFlow) countLLM(result string) {
	if s.metrics != nil {
		s.metrics.LLMCalls.WithLabelValues(result).Inc()
	}
}

// rewriteQuery returns a search query rewritten by the model for a message the
// index could not place, or "" when there is none (no model, failure, or the
// same text). The articles still come from the index.
func (s *citizenFlow) rewriteQuery(ctx context.Context, req Request, question string, history []Turn) string {
	if s.composer == nil {
		return ""
	}
	q, err := s.composer.RewriteQuery(WithConversation(ctx, req.Chat.ID), question, history)
	if err != nil {
		s.log.Info("query rewrite unavailable", "chat", req.Chat.ID, "err", err)
		return ""
	}
	q = strings.TrimSpace(q)
	if strings.EqualFold(q, strings.TrimSpace(question)) {
		return ""
	}
	return q
}

// boundText cuts s to at most n runes, at a word boundary, marking the cut.
func boundText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for i := n; i > n*3/4; i-- {
		if unicode.IsSpace(r[i]) {
			cut = i
			break
		}
	}
	return strings.TrimSpace(string(r[:cut])) + " …"
}

// drafts shows the growing answer at most once per draftEvery, without ever
// making the model's stream wait for Telegram.
type drafts struct {
	s      *citizenFlow
	ctx    context.Context
	chatID int64
	id     string
	mu     sync.Mutex
	last   time.Time
	wg     sync.WaitGroup
	busy   bool
}

func (s *citizenFlow) newDrafts(ctx context.Context, req Request) *drafts {
	id := req.UpdateID
	if id == 0 {
		id = s.now().UnixNano()
	}
	return &drafts{s: s, ctx: ctx, chatID: req.Chat.ID, id: fmt.Sprint(id)}
}

// update is the Composer's onDelta.
func (d *drafts) update(partial string) {
	if d.s.drafter == nil || strings.TrimSpace(partial) == "" {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.s.now()
	if d.busy || (!d.last.IsZero() && now.Sub(d.last) < draftEvery) {
		return
	}
	d.last, d.busy = now, true
	text := boundText(partial, maxComposedRunes)
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		d.s.drafter.Draft(d.ctx, d.chatID, d.id, text)
		d.mu.Lock()
		d.busy = false
		d.mu.Unlock()
	}()
}

// wait lets the last draft land before the final message is sent.
func (d *drafts) wait() { d.wg.Wait() }
