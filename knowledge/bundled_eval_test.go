package knowledge_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/knowledge/evalset"
)

// TestBundledQuestions guards retrieval on the base that ships in the
// binary, with the citizen questions written for it while tuning
// (testdata/bundled-questions.jsonl, a development set: about a sixth out
// of scope, four for each article added later; none taken from the shared
// dev set or the blind set) and the follow-up conversations of
// testdata/followups.jsonl. Floors sit a little below the measured figures
// (decision 0.981, hit@1 0.981, clean answers 0.954 on the afternoon of
// 2026-12-03; these questions are among the verifier's training questions,
// which it now compares new ones with, so they say little about unseen
// wording: the held-out sets in testdata do). Run with -v to list every
// miss.
func TestBundledQuestions(t *testing.T) {
	arts, err := knowledge.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	qs, err := evalset.Read(filepath.Join("testdata", "bundled-questions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	follow, err := evalset.Read(filepath.Join("testdata", "followups.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	qs = append(qs, follow...)
	if len(qs) < 150 {
		t.Fatalf("only %d questions", len(qs))
	}
	m := evalset.Score(qs, evalset.Search(t.Context(), knowledge.NewBase(arts), qs, 5), func(q evalset.Question, r knowledge.Result, why string) {
		var got []string
		for _, h := range r.Hits[:min(len(r.Hits), 3)] {
			got = append(got, fmt.Sprintf("%s(%.1f)", h.ID, h.Score))
		}
		t.Logf("%-9s %q want=%v answered=%v ambiguous=%v got=%s", why, q.Q, q.IDs, r.Answered, r.Ambiguous, strings.Join(got, " "))
	})
	t.Logf("questions %d (in scope %d): decision %.3f, hit@1 %.3f, clean answers %.3f", m.N, m.InScope, m.Decision, m.Hit1, m.Clean)
	const minDecision, minHit1, minClean = 0.97, 0.97, 0.94
	if m.Decision < minDecision || m.Hit1 < minHit1 || m.Clean < minClean {
		t.Fatalf("decision %.3f (want >= %.2f), hit@1 %.3f (want >= %.2f), clean answers %.3f (want >= %.2f)",
			m.Decision, minDecision, m.Hit1, minHit1, m.Clean, minClean)
	}
}

// TestAnswersWhateverTheArticleOrder checks that the bot answers the same
// whether the articles come in the files' order (as the evaluations read
// them) or by ID (as the database lists them to the running bot): a title
// lookup that took the first match once lost pointers in production only
// (3 of the blind sets' questions answered differently).
func TestAnswersWhateverTheArticleOrder(t *testing.T) {
	arts, err := knowledge.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	byID := slices.Clone(arts)
	slices.SortFunc(byID, func(a, b knowledge.Article) int { return strings.Compare(a.ID, b.ID) })
	files, _ := filepath.Glob("testdata/blind*/questions.jsonl")
	files = append(files, "testdata/followups.jsonl")
	for _, f := range files {
		qs, err := evalset.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		ra := evalset.Search(context.Background(), knowledge.NewBase(arts), qs, 3)
		rb := evalset.Search(context.Background(), knowledge.NewBase(byID), qs, 3)
		for i, q := range qs {
			if a, b := summary(ra[i]), summary(rb[i]); a != b {
				t.Errorf("%s: %q (after %q): file order %s, ID order %s", f, q.Q, q.Prev, a, b)
			}
		}
	}
}

// summary is what a citizen would see change: answered or not, as a
// choice or not, and the articles offered.
func summary(r knowledge.Result) string {
	s := fmt.Sprintf("answered=%v choices=%v", r.Answered, r.Ambiguous)
	for _, h := range r.Hits {
		s += " " + h.ID
	}
	return s
}
