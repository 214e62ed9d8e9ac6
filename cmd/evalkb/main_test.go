package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/knowledge/evalset"
)

func TestEvaluate(t *testing.T) {
	arts, errs := knowledge.LintDir(filepath.Join("..", "..", "knowledge", "testdata", "kb"), knowledge.LintOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	base := knowledge.NewBase(arts)
	qs := []evalset.Question{
		{Q: "syarat bikin paspor", IDs: []string{"paspor"}},
		{Q: "umur brp bisa bikin sim", IDs: []string{"paspor"}}, // not the first hit
		{Q: "halo min"},
	}
	var misses []string
	m := evalset.Score(qs, evalset.Search(base, qs, 5), func(_ evalset.Question, _ knowledge.Result, why string) { misses = append(misses, why) })
	if m.N != 3 || m.InScope != 2 || m.Hit1 != 0.5 || m.Decision != 2.0/3 {
		t.Fatalf("Metrics=%+v", m)
	}
	if len(misses) != 1 {
		t.Fatalf("misses=%v, want one", misses)
	}
}

// TestDevSet guards the retrieval targets on the shared evaluation fixture,
// which CI checks out beside this repository. It fails when the fixture is
// missing rather than skipping.
func TestDevSet(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(dir, "questions-dev.jsonl")); err != nil {
		t.Fatalf("evaluation fixture missing (expected ../shared/eval beside the repository): %v", err)
	}
	var out bytes.Buffer
	err := run([]string{"-kb", filepath.Join(dir, "kb"), "-q", filepath.Join(dir, "questions-dev.jsonl")}, &out)
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := knowledge.LintDir(filepath.Join(dir, "kb"), knowledge.LintOptions{})
	qs, err := evalset.Read(filepath.Join(dir, "questions-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	m := evalset.Score(qs, evalset.Search(knowledge.NewBase(arts), qs, 5), nil)
	if m.Decision < 0.92 || m.Hit1 < 0.93 {
		t.Fatalf("decision accuracy %.3f (want >= 0.92), hit@1 %.3f (want >= 0.93)\n%s", m.Decision, m.Hit1, out.String())
	}
	if !strings.Contains(out.String(), "decision accuracy") {
		t.Fatalf("output lacks the figures: %s", out.String())
	}
}
