package evalset_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/knowledge/evalset"
)

func TestScore(t *testing.T) {
	qs := []evalset.Question{
		{Q: "a", IDs: []string{"x"}},      // right, answered: clean
		{Q: "b", IDs: []string{"x"}},      // right, offered as a choice
		{Q: "c", IDs: []string{"x", "y"}}, // second
		{Q: "d"},                          // out of scope, declined
		{Q: "e"},                          // out of scope, answered
	}
	hits := func(ids ...string) []knowledge.Hit {
		var h []knowledge.Hit
		for _, id := range ids {
			h = append(h, knowledge.Hit{ID: id})
		}
		return h
	}
	rs := []knowledge.Result{
		{Answered: true, Hits: hits("x", "z")},
		{Answered: true, Ambiguous: true, Hits: hits("x", "y")},
		{Answered: true, Hits: hits("z", "y")},
		{Answered: false, Hits: hits("z")},
		{Answered: true, Hits: hits("z")},
	}
	var misses []string
	m := evalset.Score(qs, rs, func(_ evalset.Question, _ knowledge.Result, why string) { misses = append(misses, why) })
	if m.N != 5 || m.InScope != 3 {
		t.Fatalf("N=%d InScope=%d, want 5 and 3", m.N, m.InScope)
	}
	if m.Decision != 3.0/5 {
		t.Fatalf("Decision=%v, want 0.6", m.Decision)
	}
	if m.Hit1 != 2.0/3 || m.Hit3 != 1 || m.Clean != 1.0/3 {
		t.Fatalf("Hit1=%v Hit3=%v Clean=%v, want 2/3, 1, 1/3", m.Hit1, m.Hit3, m.Clean)
	}
	if m.MRR5 != (1+1+0.5)/3 {
		t.Fatalf("MRR5=%v, want %v", m.MRR5, (1+1+0.5)/3)
	}
	want := []string{evalset.MissChoices, "rank2", evalset.MissAnswered}
	if len(misses) != len(want) {
		t.Fatalf("misses=%v, want %v", misses, want)
	}
	for i := range want {
		if misses[i] != want[i] {
			t.Fatalf("misses=%v, want %v", misses, want)
		}
	}
}

func TestReadReportsTheLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.jsonl")
	os.WriteFile(path, []byte("{\"q\": \"a\", \"ids\": [\"x\"]}\n\n{bad\n"), 0o600)
	if _, err := evalset.Read(path); err == nil || !contains(err.Error(), "q.jsonl:3") {
		t.Fatalf("err=%v, want it to name line 3", err)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestUnseenLeavesOutQuestionsWordedAlike(t *testing.T) {
	seen := []evalset.Question{{Q: "syarat skck apa aja"}, {Q: "biayanya brp?", Prev: "perpanjang sim c"}}
	qs := []evalset.Question{
		{Q: "Syarat SKCK apa aja?"},                       // the same words
		{Q: "syarat skck buat melamar kerja di pabrik"},   // other words around
		{Q: "biayanya brp?", Prev: "bikin paspor baru"},   // the same follow-up after another question
		{Q: "biayanya brp", Prev: "perpanjang sim c gmn"}, // alike, previous message too
	}
	got := evalset.Unseen(qs, seen, 0.8)
	var kept []string
	for _, q := range got {
		kept = append(kept, q.Prev+" | "+q.Q)
	}
	want := []string{" | syarat skck buat melamar kerja di pabrik", "bikin paspor baru | biayanya brp?"}
	if !slices.Equal(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
}
