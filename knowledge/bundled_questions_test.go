package knowledge

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bundledFigures are retrieval figures over a question set.
type bundledFigures struct {
	n, inScope int
	decision   float64 // right answer-or-decline decisions / n
	hit1       float64 // first hit acceptable, over in-scope questions
	clean      float64 // answered with the right first hit and not offered as a choice, over in-scope
	misses     []string
}

func evalQuestions(t *testing.T, b *Base, path string) bundledFigures {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var fig bundledFigures
	var dec, h1, clean int
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q struct {
			Q   string   `json:"q"`
			IDs []string `json:"ids"`
		}
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		r := b.Search(q.Q, SearchOptions{Top: 5})
		fig.n++
		var got []string
		for i, h := range r.Hits {
			if i < 3 {
				got = append(got, fmt.Sprintf("%s(%.1f)", h.ID, h.Score))
			}
		}
		miss := func(why string) {
			fig.misses = append(fig.misses, fmt.Sprintf("%-9s %q want=%v answered=%v ambiguous=%v cov=%.2f got=%s",
				why, q.Q, q.IDs, r.Answered, r.Ambiguous, r.Coverage, strings.Join(got, " ")))
		}
		if len(q.IDs) == 0 {
			if r.Answered {
				miss("answered")
			} else {
				dec++
			}
			continue
		}
		fig.inScope++
		first := len(r.Hits) > 0 && contains(q.IDs, r.Hits[0].ID)
		switch {
		case !first:
			miss("wrong")
		case !r.Answered:
			miss("declined")
		case r.Ambiguous:
			miss("choices")
		}
		if first {
			h1++
			if r.Answered {
				dec++
				if !r.Ambiguous {
					clean++
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	fig.decision = float64(dec) / float64(fig.n)
	fig.hit1 = float64(h1) / float64(fig.inScope)
	fig.clean = float64(clean) / float64(fig.inScope)
	return fig
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestBundledQuestions guards retrieval on the base that ships in the
// binary, with 349 citizen questions written for it in four batches
// (testdata/bundled-questions.jsonl, about a fifth out of scope; none taken
// from the shared dev set). Floors sit a little below the measured figures
// (decision 0.937, hit@1 0.982, clean answers 0.951). Run with -v to list
// every miss.
func TestBundledQuestions(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	fig := evalQuestions(t, NewBase(arts), filepath.Join("testdata", "bundled-questions.jsonl"))
	if fig.n < 150 {
		t.Fatalf("only %d questions", fig.n)
	}
	for _, m := range fig.misses {
		t.Log(m)
	}
	t.Logf("questions %d (in scope %d): decision %.3f, hit@1 %.3f, clean answers %.3f",
		fig.n, fig.inScope, fig.decision, fig.hit1, fig.clean)
	const minDecision, minHit1, minClean = 0.91, 0.97, 0.93
	if fig.decision < minDecision || fig.hit1 < minHit1 || fig.clean < minClean {
		t.Fatalf("decision %.3f (want >= %.2f), hit@1 %.3f (want >= %.2f), clean answers %.3f (want >= %.2f)",
			fig.decision, minDecision, fig.hit1, minHit1, fig.clean, minClean)
	}
}

// TestBundledSubject checks the linguistic cases behind the ranking: the
// document named is the subject, relatives, aspects and purposes are context,
// and a bare document name offers the articles titled after it.
func TestBundledSubject(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	b := NewBase(arts)
	tests := []struct {
		q         string
		top       string
		ambiguous bool
		rankOnly  bool // only the first hit is checked
	}{
		{q: "ktp suami sy ilaaaang", top: "ktp-el-hilang"},           // not the lost marriage book
		{q: "berapa lama bikin akta kematian", top: "akta-kematian"}, // "berapa lama" is an aspect
		{q: "mau daftar bpjs buat ibu saya gimana caranya", top: "bpjs-kesehatan-mandiri"},
		{q: "e-ktp istri ketinggalan di angkot", top: "ktp-el-hilang", rankOnly: true}, // not "tinggal" (to live)
		{q: "daftar bansos buat nenek yg hidup sendiri", top: "usulan-bansos-dtsen", rankOnly: true},
		{q: "surat pengantar rt buat skck", top: "surat-pengantar-rt-rw"},
		{q: "ktp", top: "ktp-el-baru", ambiguous: true},
	}
	for _, tt := range tests {
		r := b.Search(tt.q, SearchOptions{Top: 3})
		if len(r.Hits) == 0 || r.Hits[0].ID != tt.top || !tt.rankOnly && (!r.Answered || r.Ambiguous != tt.ambiguous) {
			t.Errorf("%q: hits %v answered=%v ambiguous=%v, want %s first, answered, ambiguous=%v",
				tt.q, r.Hits, r.Answered, r.Ambiguous, tt.top, tt.ambiguous)
		}
	}
}
