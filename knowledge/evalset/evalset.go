// Package evalset reads retrieval question sets (one JSON object a line:
// {"q": "...", "ids": ["acceptable-id", ...]}, no ids when the knowledge
// base cannot answer) and scores search results against them, the way
// shared/eval/README.md defines the figures.
package evalset

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/layananwarga/helpdesk/knowledge"
)

// Question is one line of a question set.
type Question struct {
	Q   string   `json:"q"`
	IDs []string `json:"ids"`
	// Group names the kind of question in sets that report by group
	// (in_scope, near_miss, off_topic, english, follow_up, ...).
	Group string `json:"group,omitempty"`
	// Prev is the message before a follow-up ("biayanya brp?" after
	// "syarat skck"); it is searched first and gives the context.
	Prev string `json:"prev,omitempty"`
	// NewIDs are right answers among articles added after the set was
	// written; WithNew counts them as right.
	NewIDs []string `json:"new_ids,omitempty"`
}

// WithNew returns the questions with NewIDs counted as right answers, for a
// base that has those articles.
func WithNew(qs []Question) []Question {
	out := make([]Question, len(qs))
	for i, q := range qs {
		q.IDs = append(slices.Clone(q.IDs), q.NewIDs...)
		out[i] = q
	}
	return out
}

// ByGroup splits a question set by Group, in order of first appearance.
func ByGroup(qs []Question) (groups []string, by map[string][]int) {
	by = map[string][]int{}
	for i, q := range qs {
		if _, ok := by[q.Group]; !ok {
			groups = append(groups, q.Group)
		}
		by[q.Group] = append(by[q.Group], i)
	}
	return groups, by
}

// Read loads a question set.
func Read(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	defer f.Close()
	var qs []Question
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

// Half keeps the even ("a") or odd ("b") lines, for checking tuning on one
// half against the other.
func Half(qs []Question, half string) []Question {
	var out []Question
	for i, q := range qs {
		if (half == "a") == (i%2 == 0) {
			out = append(out, q)
		}
	}
	return out
}

// Metrics are the retrieval figures over a question set.
type Metrics struct {
	N, InScope       int
	Decision         float64 // right answer-or-decline decisions / N
	Hit1, Hit3, MRR5 float64 // ranking over in-scope questions, whatever the decision
	// Clean counts, over in-scope questions, answers with the right first
	// article that the bot gives straight away, not as a choice.
	Clean         float64
	FalseAnswers  int // out-of-scope questions answered
	MissedAnswers int // in-scope questions declined or answered wrongly
	// Wrong is the share of all questions answered confidently (not as a
	// choice) with an article that is not a right one, or answered at all
	// when the base has no right article.
	Wrong float64
}

// Miss kinds passed to the miss callback of Score.
const (
	MissAnswered = "answered" // out of scope, yet answered
	MissNotFound = "notfound" // no acceptable article in the top five
	MissDeclined = "declined" // right first article, but not answered
	MissChoices  = "choices"  // right first article, offered among close ones
)

// Score compares rs[i] with qs[i]. miss, when not nil, is told of every
// question that was not answered cleanly, with MissAnswered, MissNotFound,
// MissDeclined, MissChoices or "rankN".
func Score(qs []Question, rs []knowledge.Result, miss func(Question, knowledge.Result, string)) Metrics {
	if miss == nil {
		miss = func(Question, knowledge.Result, string) {}
	}
	var m Metrics
	var dec, h1, h3, clean, wrong int
	var mrr float64
	for i, q := range qs {
		r := rs[i]
		m.N++
		if r.Answered && !r.Ambiguous && (len(r.Hits) == 0 || !slices.Contains(q.IDs, r.Hits[0].ID)) {
			wrong++
		}
		if len(q.IDs) == 0 {
			if r.Answered {
				m.FalseAnswers++
				miss(q, r, MissAnswered)
			} else {
				dec++
			}
			continue
		}
		m.InScope++
		rank := 0
		for j, h := range r.Hits {
			if slices.Contains(q.IDs, h.ID) {
				rank = j + 1
				break
			}
		}
		switch {
		case rank == 0 || rank > 5:
			miss(q, r, MissNotFound)
		case rank > 1:
			miss(q, r, fmt.Sprintf("rank%d", rank))
		case !r.Answered:
			miss(q, r, MissDeclined)
		case r.Ambiguous:
			miss(q, r, MissChoices)
		}
		if rank == 1 && r.Answered {
			dec++
			if !r.Ambiguous {
				clean++
			}
		} else {
			m.MissedAnswers++
		}
		if rank == 1 {
			h1++
		}
		if rank >= 1 && rank <= 3 {
			h3++
		}
		if rank >= 1 && rank <= 5 {
			mrr += 1 / float64(rank)
		}
	}
	if m.N > 0 {
		m.Decision = float64(dec) / float64(m.N)
		m.Wrong = float64(wrong) / float64(m.N)
	}
	if m.InScope > 0 {
		in := float64(m.InScope)
		m.Hit1, m.Hit3, m.MRR5, m.Clean = float64(h1)/in, float64(h3)/in, mrr/in, float64(clean)/in
	}
	return m
}

// Search runs every question through base, as the bot would: without
// context, or after its Prev message when it has one (the previous answer's
// article, when it was answered, is the context of the follow-up).
func Search(ctx context.Context, base *knowledge.Base, qs []Question, top int) []knowledge.Result {
	rs := make([]knowledge.Result, len(qs))
	for i, q := range qs {
		opts := knowledge.SearchOptions{Top: top}
		if q.Prev != "" {
			if p := base.Search(ctx, q.Prev, knowledge.SearchOptions{Top: top}); p.Answered && len(p.Hits) > 0 {
				opts.PreviousIDs, opts.PreviousQuery = []string{p.Hits[0].ID}, q.Prev
			}
		}
		rs[i] = base.Search(ctx, q.Q, opts)
	}
	return rs
}

// Unseen returns the questions whose words are not like those of any of
// seen's (Jaccard similarity of their sets of lowercased words, and of
// their previous messages' when they have one, below like): questions a
// model trained on seen has not met in other words. Sets written apart by
// the same kind of writer share some questions word for word ("syarat
// skck"); a figure about unseen wording leaves them out.
func Unseen(qs, seen []Question, like float64) []Question {
	words := func(q Question) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(q.Prev+" | "+q.Q), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '|'
		}) {
			m[w] = true
		}
		return m
	}
	jaccard := func(a, b map[string]bool) float64 {
		shared := 0
		for w := range a {
			if b[w] {
				shared++
			}
		}
		if u := len(a) + len(b) - shared; u > 0 {
			return float64(shared) / float64(u)
		}
		return 1
	}
	seenWords := make([]map[string]bool, len(seen))
	for i, q := range seen {
		seenWords[i] = words(q)
	}
	var out []Question
	for _, q := range qs {
		w := words(q)
		if !slices.ContainsFunc(seenWords, func(s map[string]bool) bool { return jaccard(w, s) >= like }) {
			out = append(out, q)
		}
	}
	return out
}
