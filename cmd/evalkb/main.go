// Command evalkb measures retrieval on a fixture: a knowledge base folder and
// a JSONL file of questions with their acceptable article ids. It prints
// decision accuracy, hit@1, hit@3, MRR@5 and clean answers (answered with the
// right article, not offered as a choice), and with -v every miss.
//
//	go run ./cmd/evalkb -kb ../shared/eval/kb -q ../shared/eval/questions-dev.jsonl
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/knowledge/evalset"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evalkb:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("evalkb", flag.ContinueOnError)
	kbDir := fs.String("kb", "../shared/eval/kb", "knowledge base folder")
	qPath := fs.String("q", "../shared/eval/questions-dev.jsonl", "questions JSONL file")
	verbose := fs.Bool("v", false, "list every miss")
	half := fs.String("half", "", "evaluate only the even (\"a\") or odd (\"b\") lines")
	withNew := fs.Bool("new", false, "count a question's new_ids as right answers too")
	groups := fs.Bool("groups", false, "report the figures per group of questions as well")
	unseen := fs.String("unseen", "", "leave out questions worded like any in these comma-separated JSONL files (word-set Jaccard >= 0.8)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	arts, errs := knowledge.LintDir(*kbDir, knowledge.LintOptions{})
	if len(errs) > 0 {
		return fmt.Errorf("lint %s: %w", *kbDir, errs[0])
	}
	qs, err := evalset.Read(*qPath)
	if err != nil {
		return err
	}
	if *half != "" {
		qs = evalset.Half(qs, *half)
	}
	if *withNew {
		qs = evalset.WithNew(qs)
	}
	if *unseen != "" {
		var seen []evalset.Question
		for path := range strings.SplitSeq(*unseen, ",") {
			s, err := evalset.Read(path)
			if err != nil {
				return err
			}
			seen = append(seen, s...)
		}
		all := len(qs)
		qs = evalset.Unseen(qs, seen, 0.8)
		fmt.Fprintf(out, "left out %d of %d questions worded like the -unseen sets'\n", all-len(qs), all)
	}
	rs := evalset.Search(context.Background(), knowledge.NewBase(arts), qs, 5)
	m := evalset.Score(qs, rs, func(q evalset.Question, r knowledge.Result, why string) {
		if *verbose {
			var ids []string
			for _, h := range r.Hits[:min(len(r.Hits), 3)] {
				ids = append(ids, fmt.Sprintf("%s(%.1f)", h.ID, h.Score))
			}
			answered := fmt.Sprint(r.Answered)
			if r.Answered && r.Ambiguous {
				answered = "choices"
			}
			prev := ""
			if q.Prev != "" {
				prev = fmt.Sprintf(" prev=%q", q.Prev)
			}
			fmt.Fprintf(out, "MISS %-9s q=%q%s want=%v answered=%s cov=%.2f got=%s\n",
				why, q.Q, prev, q.IDs, answered, r.Coverage, strings.Join(ids, " "))
		}
	})
	fmt.Fprintf(out, "questions %d (in scope %d)\n", m.N, m.InScope)
	fmt.Fprintf(out, "decision accuracy %.3f (answered out of scope %d, in scope not answered right %d)\n",
		m.Decision, m.FalseAnswers, m.MissedAnswers)
	fmt.Fprintf(out, "hit@1 %.3f  hit@3 %.3f  MRR@5 %.3f  clean answers %.3f  answered wrongly %.3f\n",
		m.Hit1, m.Hit3, m.MRR5, m.Clean, m.Wrong)
	if *groups {
		names, by := evalset.ByGroup(qs)
		fmt.Fprintf(out, "%-12s %5s %8s %6s %6s\n", "group", "n", "decision", "hit@1", "wrong")
		for _, g := range names {
			var gq []evalset.Question
			var gr []knowledge.Result
			for _, i := range by[g] {
				gq, gr = append(gq, qs[i]), append(gr, rs[i])
			}
			gm := evalset.Score(gq, gr, nil)
			fmt.Fprintf(out, "%-12s %5d %8.3f %6.3f %6.3f\n", g, gm.N, gm.Decision, gm.Hit1, gm.Wrong)
		}
	}
	return nil
}
