// Command evalkb measures retrieval on a fixture: a knowledge base folder and
// a JSONL file of questions with their acceptable article ids. It prints
// decision accuracy, hit@1, hit@3 and MRR@5, and with -v every miss.
//
//	go run ./cmd/evalkb -kb ../shared/eval/kb -q ../shared/eval/questions-dev.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/layananwarga/helpdesk/knowledge"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evalkb:", err)
		os.Exit(1)
	}
}

// question is one line of the questions file.
type question struct {
	Q   string   `json:"q"`
	IDs []string `json:"ids"`
}

// Metrics are the retrieval figures over a question set.
type Metrics struct {
	N, InScope       int
	Decision         float64 // right answer-or-decline decisions / N
	Hit1, Hit3, MRR5 float64 // over in-scope questions
	FalseAnswers     int     // out-of-scope questions answered
	MissedAnswers    int     // in-scope questions declined or answered wrongly
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("evalkb", flag.ContinueOnError)
	kbDir := fs.String("kb", "../shared/eval/kb", "knowledge base folder")
	qPath := fs.String("q", "../shared/eval/questions-dev.jsonl", "questions JSONL file")
	verbose := fs.Bool("v", false, "list every miss")
	half := fs.String("half", "", "evaluate only the even (\"a\") or odd (\"b\") lines")
	if err := fs.Parse(args); err != nil {
		return err
	}
	arts, errs := knowledge.LintDir(*kbDir, knowledge.LintOptions{})
	if len(errs) > 0 {
		return fmt.Errorf("lint %s: %w", *kbDir, errs[0])
	}
	qs, err := readQuestions(*qPath)
	if err != nil {
		return err
	}
	if *half != "" {
		var sel []question
		for i, q := range qs {
			if (*half == "a") == (i%2 == 0) {
				sel = append(sel, q)
			}
		}
		qs = sel
	}
	base := knowledge.NewBase(arts)
	m := Evaluate(base, qs, func(q question, r knowledge.Result, why string) {
		if *verbose {
			var ids []string
			for _, h := range r.Hits {
				if len(ids) == 3 {
					break
				}
				ids = append(ids, fmt.Sprintf("%s(%.1f)", h.ID, h.Score))
			}
			fmt.Fprintf(out, "MISS %-9s q=%q want=%v answered=%v cov=%.2f got=%s\n",
				why, q.Q, q.IDs, r.Answered, r.Coverage, strings.Join(ids, " "))
		}
	})
	fmt.Fprintf(out, "questions %d (in scope %d)\n", m.N, m.InScope)
	fmt.Fprintf(out, "decision accuracy %.3f (answered out of scope %d, in scope not answered right %d)\n",
		m.Decision, m.FalseAnswers, m.MissedAnswers)
	fmt.Fprintf(out, "hit@1 %.3f  hit@3 %.3f  MRR@5 %.3f\n", m.Hit1, m.Hit3, m.MRR5)
	return nil
}

// Evaluate searches every question and computes the metrics; miss is called
// for each wrong decision or ranking.
func Evaluate(base *knowledge.Base, qs []question, miss func(question, knowledge.Result, string)) Metrics {
	var m Metrics
	var dec, h1, h3 int
	var mrr float64
	for _, q := range qs {
		r := base.Search(q.Q, knowledge.SearchOptions{Top: 5})
		m.N++
		ok := map[string]bool{}
		for _, id := range q.IDs {
			ok[id] = true
		}
		if len(q.IDs) == 0 {
			if !r.Answered {
				dec++
			} else {
				m.FalseAnswers++
				miss(q, r, "answered")
			}
			continue
		}
		m.InScope++
		rank := 0
		for i, h := range r.Hits {
			if ok[h.ID] {
				rank = i + 1
				break
			}
		}
		if rank == 1 && r.Answered {
			dec++
		} else {
			m.MissedAnswers++
		}
		switch {
		case rank == 0 || rank > 5:
			miss(q, r, "notfound")
		case rank > 1:
			miss(q, r, fmt.Sprintf("rank%d", rank))
		case !r.Answered:
			miss(q, r, "declined")
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
	}
	if m.InScope > 0 {
		m.Hit1 = float64(h1) / float64(m.InScope)
		m.Hit3 = float64(h3) / float64(m.InScope)
		m.MRR5 = mrr / float64(m.InScope)
	}
	return m
}

func readQuestions(path string) ([]question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open questions: %w", err)
	}
	defer f.Close()
	var qs []question
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}
