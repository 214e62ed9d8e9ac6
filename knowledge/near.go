package knowledge

import (
	_ "embed"
	"strings"
	"sync"
)

// nearQuestionsText holds the training questions the verifier compares a
// new question with: one per line, "<best article id> <1 if it answered
// rightly, else 0> <topic words...>" (generated with the verifier's
// weights by go test ./knowledge -run TrainVerifier -train-verifier).
//
//go:embed near_questions.txt
var nearQuestionsText string

var nearQuestions = sync.OnceValue(func() map[string][]nearQuestion {
	return parseNearQuestions(nearQuestionsText)
})

// parseNearQuestions reads nearQuestionsText's format.
func parseNearQuestions(text string) map[string][]nearQuestion {
	out := map[string][]nearQuestion{}
	for line := range strings.SplitSeq(text, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		out[f[0]] = append(out[f[0]], nearQuestion{right: f[1] == "1", terms: f[2:]})
	}
	return out
}

// formatNearQuestions writes questions in nearQuestionsText's format, in
// the order given.
func formatNearQuestions(tops []string, qs []nearQuestion) string {
	var b strings.Builder
	for i, q := range qs {
		b.WriteString(tops[i])
		if q.right {
			b.WriteString(" 1")
		} else {
			b.WriteString(" 0")
		}
		for _, t := range q.terms {
			b.WriteByte(' ')
			b.WriteString(t)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
