package main

import (
	"bytes"
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
	m := evalset.Score(qs, evalset.Search(t.Context(), base, qs, 5), func(_ evalset.Question, _ knowledge.Result, why string) { misses = append(misses, why) })
	if m.N != 3 || m.InScope != 2 || m.Hit1 != 0.5 || m.Decision != 2.0/3 {
		t.Fatalf("Metrics=%+v", m)
	}
	if len(misses) != 1 {
		t.Fatalf("misses=%v, want one", misses)
	}
}

// TestRunReportsGroups runs the command on the repository's own data: the
// bundled base and its follow-up conversations, by group.
func TestRunReportsGroups(t *testing.T) {
	var out bytes.Buffer
	err := run([]string{"-kb", filepath.Join("..", "..", "knowledge", "bundled"),
		"-q", filepath.Join("..", "..", "knowledge", "testdata", "followups.jsonl"), "-groups"}, &out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"decision accuracy", "answered wrongly", "follow_up"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
	}
}
