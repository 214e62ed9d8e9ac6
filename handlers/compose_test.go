package handlers

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
)

// llmCount reads the LLM call counter for one result.
func llmCount(t *testing.T, s *citizenFlow, result string) float64 {
	t.Helper()
	var m dto.Metric
	if err := s.metrics.LLMCalls.WithLabelValues(result).Write(&m); err != nil {
		t.Fatalf("read counter: %v", err)
	}
	return m.GetCounter().GetValue()
}

// fakeComposer is a hand-written Composer.
type fakeComposer struct {
	ComposeFn func(ctx context.Context, in ComposeInput, onDelta func(string)) (ComposeOutput, error)
	RewriteFn func(ctx context.Context, q string, h []Turn) (string, error)
}

var _ Composer = (*fakeComposer)(nil)

func (f *fakeComposer) Compose(ctx context.Context, in ComposeInput, onDelta func(string)) (ComposeOutput, error) {
	return f.ComposeFn(ctx, in, onDelta)
}

func (f *fakeComposer) RewriteQuery(ctx context.Context, q string, h []Turn) (string, error) {
	return f.RewriteFn(ctx, q, h)
}

// fakeDrafter records drafts with the (fake) time they were shown.
type fakeDrafter struct {
	mu     sync.Mutex
	texts  []string
	ids    []string
	chatID int64
}

var _ Drafter = (*fakeDrafter)(nil)

func (d *fakeDrafter) Draft(_ context.Context, chatID int64, draftID, text string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.texts, d.ids, d.chatID = append(d.texts, text), append(d.ids, draftID), chatID
}

var composeArticles = []knowledge.Article{
	{ID: "ktp-el-baru", Title: "Pembuatan KTP-el Baru", Category: "kependudukan", Body: "Syarat: fotokopi KK."},
	{ID: "ktp-el-hilang", Title: "KTP-el Hilang", Category: "kependudukan", Body: "Syarat: surat kehilangan."},
}

func composeService(c Composer, d Drafter, now func() time.Time) *citizenFlow {
	return New(Deps{Composer: c, Drafter: d, Now: now}).citizen
}

func TestComposeAnswer(t *testing.T) {
	req := Request{UpdateID: 77, Chat: Chat{ID: 5001, Type: ChatPrivate}}
	tests := []struct {
		name        string
		out         ComposeOutput
		err         error
		wantOK      bool
		wantHandoff bool
		wantCited   []string
		wantCount   string
	}{
		{"grounded", ComposeOutput{Outcome: OutcomeAnswer, Text: "Baik, Kak. Bawa fotokopi KK.", Cited: []string{"ktp-el-baru", "ktp-el-baru"}}, nil, true, false, []string{"ktp-el-baru"}, "ok"},
		{"two sources", ComposeOutput{Outcome: OutcomeAnswer, Text: "Baik, Kak.", Cited: []string{"ktp-el-hilang", "ktp-el-baru"}}, nil, true, false, []string{"ktp-el-hilang", "ktp-el-baru"}, "ok"},
		{"invented citation", ComposeOutput{Outcome: OutcomeAnswer, Text: "Baik, Kak.", Cited: []string{"ktp-el-baru", "paspor-baru"}}, nil, false, false, nil, "fallback"},
		{"no citation", ComposeOutput{Outcome: OutcomeAnswer, Text: "Baik, Kak."}, nil, false, false, nil, "fallback"},
		{"empty text", ComposeOutput{Outcome: OutcomeAnswer, Text: "  ", Cited: []string{"ktp-el-baru"}}, nil, false, false, nil, "fallback"},
		{"handoff", ComposeOutput{Outcome: OutcomeHandoff, Text: "Maaf."}, nil, true, true, nil, "handoff"},
		{"unknown outcome", ComposeOutput{Outcome: "refund", Text: "x", Cited: []string{"ktp-el-baru"}}, nil, false, false, nil, "fallback"},
		{"model error", ComposeOutput{}, errors.New("llm: model too slow"), false, false, nil, "error"},
		{"rejected in the stream", ComposeOutput{}, ErrComposeRejected, false, false, nil, "fallback"},
		{"budget", ComposeOutput{}, ErrComposeBudget, false, false, nil, "budget"},
		{"excluded category", ComposeOutput{}, ErrComposeSkipped, false, false, nil, "skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got ComposeInput
			c := &fakeComposer{ComposeFn: func(ctx context.Context, in ComposeInput, _ func(string)) (ComposeOutput, error) {
				got = in
				return tt.out, tt.err
			}}
			s := composeService(c, nil, nil)
			history := []Turn{
				{Role: helpdesk.RoleBot, Text: "Pembuatan KTP-el Baru"},
				{Role: helpdesk.RoleCitizen, Text: "syarat ktp baru?"},
			}
			text, cited, handoff, ok := s.composeAnswer(context.Background(), req, "syarat ktp baru?",
				knowledge.Result{Answered: true, English: true}, composeArticles, history, "")
			if ok != tt.wantOK || handoff != tt.wantHandoff {
				t.Fatalf("ok=%v handoff=%v, want ok=%v handoff=%v", ok, handoff, tt.wantOK, tt.wantHandoff)
			}
			if strings.Join(cited, ",") != strings.Join(tt.wantCited, ",") {
				t.Fatalf("cited = %v, want %v", cited, tt.wantCited)
			}
			if ok && !handoff && text != tt.out.Text {
				t.Fatalf("text = %q, want %q", text, tt.out.Text)
			}
			if got.ConversationID != 5001 || !got.English || len(got.Articles) != 2 {
				t.Fatalf("input = %+v, want chat 5001, English, 2 articles", got)
			}
			if len(got.History) != 1 || got.History[0].Role != helpdesk.RoleBot {
				t.Fatalf("history = %+v, want the current question dropped", got.History)
			}
			if n := llmCount(t, s, tt.wantCount); n != 1 {
				t.Fatalf("helpdesk_llm_calls_total{result=%q} = %v, want 1", tt.wantCount, n)
			}
		})
	}
}

func TestComposeAnswerNoComposer(t *testing.T) {
	s := composeService(nil, nil, nil)
	if _, _, _, ok := s.composeAnswer(context.Background(), Request{}, "q", knowledge.Result{}, composeArticles, nil, ""); ok {
		t.Fatalf("ok = true without a Composer")
	}
}

func TestComposeAnswerBoundsLength(t *testing.T) {
	long := strings.Repeat("Syarat lengkapnya ada di kantor. ", 200)
	c := &fakeComposer{ComposeFn: func(context.Context, ComposeInput, func(string)) (ComposeOutput, error) {
		return ComposeOutput{Outcome: OutcomeAnswer, Text: long, Cited: []string{"ktp-el-baru"}}, nil
	}}
	text, _, _, ok := composeService(c, nil, nil).composeAnswer(context.Background(), Request{}, "q", knowledge.Result{}, composeArticles, nil, "")
	if !ok || runeLen(text) > maxComposedRunes+2 || !strings.HasSuffix(text, "…") {
		t.Fatalf("ok=%v len=%d, want bounded at %d with an ellipsis", ok, runeLen(text), maxComposedRunes)
	}
}

func TestComposeAnswerDraftsThrottled(t *testing.T) {
	var mu sync.Mutex
	now := time.Date(2026, 11, 27, 2, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	d := &fakeDrafter{}
	full := ""
	c := &fakeComposer{ComposeFn: func(_ context.Context, _ ComposeInput, onDelta func(string)) (ComposeOutput, error) {
		for i := range 20 {
			full += "kata" + string(rune('a'+i)) + " "
			onDelta(full)
			// Each delta arrives 250 ms after the previous one: 5 s in all.
			mu.Lock()
			now = now.Add(250 * time.Millisecond)
			mu.Unlock()
		}
		return ComposeOutput{Outcome: OutcomeAnswer, Text: full, Cited: []string{"ktp-el-baru"}}, nil
	}}
	s := composeService(c, d, clock)
	_, _, _, ok := s.composeAnswer(context.Background(), Request{UpdateID: 9, Chat: Chat{ID: 42}}, "q", knowledge.Result{}, composeArticles, nil, "")
	if !ok {
		t.Fatalf("ok = false")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.texts) == 0 || len(d.texts) > 5 {
		t.Fatalf("drafts = %d, want 1 to 5 for 5 s of streaming", len(d.texts))
	}
	// A draft runs in its own goroutine, so the fake's clock reading may
	// come after the stream moved on; the words a draft holds tell which
	// delta, and so which moment, it was taken at.
	at := func(text string) time.Duration {
		return time.Duration(len(strings.Fields(text))-1) * 250 * time.Millisecond
	}
	for i := 1; i < len(d.texts); i++ {
		if gap := at(d.texts[i]) - at(d.texts[i-1]); gap < time.Second {
			t.Fatalf("drafts %d and %d are %v apart, want at least 1 s", i-1, i, gap)
		}
		if !strings.HasPrefix(d.texts[i], d.texts[i-1]) {
			t.Fatalf("draft %d does not grow: %q then %q", i, d.texts[i-1], d.texts[i])
		}
	}
	if d.chatID != 42 || d.ids[0] != "9" {
		t.Fatalf("draft chat=%d id=%q, want 42 and 9", d.chatID, d.ids[0])
	}
}

func TestRewriteQueryHelper(t *testing.T) {
	tests := []struct {
		name  string
		reply string
		err   error
		want  string
	}{
		{"rewritten", "syarat perpanjang sim", nil, "syarat perpanjang sim"},
		{"same text", "SIM habis", nil, ""},
		{"error", "", errors.New("down"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var conv int64
			c := &fakeComposer{RewriteFn: func(ctx context.Context, q string, _ []Turn) (string, error) {
				conv, _ = ConversationFrom(ctx)
				return tt.reply, tt.err
			}}
			got := composeService(c, nil, nil).rewriteQuery(context.Background(), Request{Chat: Chat{ID: 31}}, "sim habis", nil)
			if got != tt.want || conv != 31 {
				t.Fatalf("rewriteQuery = %q (conversation %d), want %q (31)", got, conv, tt.want)
			}
		})
	}
}
