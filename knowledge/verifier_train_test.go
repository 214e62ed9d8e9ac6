package knowledge

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var trainVerifier = flag.Bool("train-verifier", false, "train the answer verifier and rewrite verifier_weights.go")

// trainingSets are the development question sets the verifier learns from,
// with the knowledge base each was written for ("" is the bundled base).
// The sets written blind join them once they have been measured and used
// to choose between changes (development sets then); the newest held-out
// sets (see BENCH.md) are never among them, nor the shared evaluation
// fixture's own questions, which live outside the repository. The
// fixture's articles (testdata/fixture-kb) are a base of their own:
// features that hold on two bases are less tied to one.
var trainingSets = []struct{ questions, kb string }{
	{"testdata/blind/questions.jsonl", ""},
	{"testdata/bundled-questions.jsonl", ""},
	{"testdata/followups.jsonl", ""},
	{"testdata/near-miss-dev.jsonl", ""},
	{"testdata/train/questions.jsonl", ""},
	{"testdata/train2/questions.jsonl", ""},
	{"testdata/train3/questions.jsonl", ""},
	{"testdata/train4/questions.jsonl", ""},
	{"testdata/train5/questions.jsonl", ""},
	{"testdata/train6/questions.jsonl", ""},
	{"testdata/train7/questions.jsonl", ""},
	{"testdata/train8/questions.jsonl", ""},
	{"testdata/train9/questions.jsonl", ""},
	{"testdata/blind2/questions.jsonl", ""},
	{"testdata/blind3/questions.jsonl", ""},
	{"testdata/blind4/questions.jsonl", ""},
	{"testdata/blind5/questions.jsonl", ""},
	{"testdata/blind6/questions.jsonl", ""},
	{"testdata/blind7/questions.jsonl", ""},
	{"testdata/blind8/questions.jsonl", ""},
	{"testdata/blind9/questions.jsonl", ""},
	{"testdata/blind10/questions.jsonl", ""},
	{"testdata/blind11/questions.jsonl", ""},
	{"testdata/blind12/questions.jsonl", ""},
	{"testdata/blind13/questions.jsonl", ""},
	{"testdata/blind14/questions.jsonl", ""},
	{"testdata/blind15/questions.jsonl", ""},
	{"testdata/fixture-train/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-train2/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-train3/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-train4/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind2/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind3/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind4/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind5/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind6/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind7/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind8/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind9/questions.jsonl", "testdata/fixture-kb"},
	{"testdata/fixture-blind10/questions.jsonl", "testdata/fixture-kb"},
}

type trainQuestion struct {
	Q      string   `json:"q"`
	IDs    []string `json:"ids"`
	NewIDs []string `json:"new_ids"`
	Prev   string   `json:"prev"`
	Group  string   `json:"group"`
}

type example struct {
	set    int
	other  bool // the question is on another base than the bundled one
	x      [numVerifierFeatures]float64
	y      float64
	rule   bool
	inset  bool // the question has right articles
	group  string
	q, top string
	// missing are the question's topic words the best article lacks.
	missing []string
	// terms are the question's topic words the base knows.
	terms []string
}

// heldOut splits examples into those of training set i and the others.
func heldOut[E any](all []E, setOf func(E) int, i int) (held, others []E) {
	for _, e := range all {
		if setOf(e) == i {
			held = append(held, e)
		} else {
			others = append(others, e)
		}
	}
	return held, others
}

func exampleSet(e example) int { return e.set }

func readTrainSet(t *testing.T, path string) []trainQuestion {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var qs []trainQuestion
	for line := range strings.SplitSeq(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var q trainQuestion
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		q.IDs = append(q.IDs, q.NewIDs...)
		qs = append(qs, q)
	}
	return qs
}

// examples searches every question the way the bot does, with the rules
// alone deciding, and keeps the verifier's inputs for those it would judge.
func examples(t *testing.T, ix *index, set int, qs []trainQuestion) []example {
	var out []example
	for _, q := range qs {
		opts := SearchOptions{Top: 5}
		if q.Prev != "" {
			if p := ix.search(q.Prev, opts); p.Answered && len(p.Hits) > 0 {
				opts.PreviousIDs, opts.PreviousQuery = []string{p.Hits[0].ID}, q.Prev
			}
		}
		r := ix.search(q.Q, opts)
		if r.features[vBias] == 0 || len(r.Hits) == 0 {
			continue
		}
		e := example{set: set, x: r.features, rule: r.features[vRule] == 1, inset: len(q.IDs) > 0, group: q.Group, q: q.Q, top: r.Hits[0].ID,
			missing: r.missing, terms: ix.topicTerms(ix.analyze(q.Q, 1))}
		if slices.Contains(q.IDs, r.Hits[0].ID) {
			e.y = 1
		}
		out = append(out, e)
	}
	return out
}

// falseAnswerCost weighs answering wrongly against declining a question the
// first article answers: a wrong answer misleads, a declined one is named
// as possibly related and offered to an officer.
const falseAnswerCost = 1.5

// fitLogistic fits weights by gradient descent on the weighted log loss with
// a little L2 regularisation (not on the bias).
func fitLogistic(ex []example) [numVerifierFeatures]float64 {
	var w [numVerifierFeatures]float64
	const (
		rounds = 4000
		rate   = 0.5
		l2     = 1e-3
	)
	var sumW float64
	for _, e := range ex {
		sumW += exampleWeight(e)
	}
	for range rounds {
		var grad [numVerifierFeatures]float64
		for _, e := range ex {
			z := 0.0
			for i, x := range e.x {
				z += w[i] * x
			}
			p := 1 / (1 + math.Exp(-z))
			g := (p - e.y) * exampleWeight(e)
			for i, x := range e.x {
				grad[i] += g * x
			}
		}
		for i := range w {
			g := grad[i] / sumW
			if i != vBias {
				g += l2 * w[i]
			}
			w[i] -= rate * g
		}
	}
	return w
}

func exampleWeight(e example) float64 {
	w := 1.0
	if e.y == 0 {
		w = falseAnswerCost
	}
	if e.other {
		w *= otherBaseWeight
	}
	return w
}

// otherBaseWeight weighs the questions of the other base up: they are few
// beside the bundled base's, and a verifier fitted to one base alone
// learns how that base's articles are written.
const otherBaseWeight = 3.0

// decide applies a scorer to the examples (answer when it is at least 0):
// decision accuracy and the share answered wrongly, as evalset scores them
// (every question, right articles or none). A nil scorer is the rules.
func decide(ex []example, score func([numVerifierFeatures]float64) float64) (decision, wrong float64) {
	var right, bad int
	for _, e := range ex {
		ans := e.rule
		if score != nil {
			ans = judge(e.x, score)
		}
		switch {
		case ans && e.y == 1:
			right++
		case ans:
			bad++
		case !e.inset:
			right++
		}
	}
	return float64(right) / float64(len(ex)), float64(bad) / float64(len(ex))
}

func linear(w [numVerifierFeatures]float64) func([numVerifierFeatures]float64) float64 {
	return func(x [numVerifierFeatures]float64) float64 {
		z := 0.0
		for i, v := range x {
			z += w[i] * v
		}
		return z
	}
}

func boosted(base float64, trees [][]vnode) func([numVerifierFeatures]float64) float64 {
	return func(x [numVerifierFeatures]float64) float64 { return base + treeScore(trees, x) }
}

// TestTrainVerifier trains the answer verifier on the training sets and
// rewrites verifier_weights.go:
//
//	go test ./knowledge -run TrainVerifier -train-verifier -v
//
// It logs each set judged by a model trained on the others (the rules, the
// logistic model that ships, and boosted trees for comparison); with
// VERIFIER_SHOW=<set name as logged> it lists that set's questions the
// verifier decides wrongly.
func TestTrainVerifier(t *testing.T) {
	if !*trainVerifier {
		t.Skip("run with -train-verifier to train the answer verifier")
	}
	was := verifierOn
	verifierOn = false
	defer func() { verifierOn = was }()
	all := trainingExamples(t)
	// Each set judged by a model trained on the others: how the verifier
	// does on wording it has not learnt from, by set and, over all sets,
	// by group (where its remaining mistakes are).
	type tally struct{ n, declined, wrong int }
	byGroup := map[string]*tally{}
	for i, set := range trainingSets {
		name := filepath.Base(filepath.Dir(set.questions)) + "/" + filepath.Base(set.questions)
		test, train := heldOut(all, exampleSet, i)
		w := fitLogistic(train)
		for _, e := range test {
			g := byGroup[e.group]
			if g == nil {
				g = &tally{}
				byGroup[e.group] = g
			}
			g.n++
			switch ans := judge(e.x, linear(w)); {
			case ans && e.y == 0:
				g.wrong++
			case !ans && e.inset && e.y == 1:
				g.declined++
			}
		}
		base, trees := fitBoost(train, defaultBoost)
		bscore := boosted(base, trees)
		if os.Getenv("VERIFIER_SHOW") == name {
			// The questions of this set the verifier decides wrongly.
			for _, e := range test {
				z := linear(w)(e.x)
				ans := judge(e.x, linear(w))
				if ans == (e.y == 1) || (!ans && !e.inset) {
					continue
				}
				kind := "FALSE-ANSWER"
				if !ans {
					kind = "DECLINED"
				}
				t.Logf("%s z=%.2f rule=%v %q top=%s f=%s", kind, z, e.rule, e.q, e.top, fmtFeatures(e.x))
			}
		}
		rd, rw := decide(test, nil)
		vd, vw := decide(test, linear(w))
		bd, bw := decide(test, bscore)
		t.Logf("held out %-24s n=%4d  rules %.3f/%.3f  linear %.3f/%.3f  trees %.3f/%.3f", name, len(test), rd, rw, vd, vw, bd, bw)
	}
	for _, name := range slices.Sorted(maps.Keys(byGroup)) {
		g := byGroup[name]
		t.Logf("held out, group %-10s n=%4d  right answers declined %3d  wrong answers %3d", name, g.n, g.declined, g.wrong)
	}
	w := fitLogistic(all)
	rd, rw := decide(all, nil)
	vd, vw := decide(all, linear(w))
	t.Logf("all sets n=%d  rules: decision %.3f wrong %.3f  verifier: decision %.3f wrong %.3f", len(all), rd, rw, vd, vw)
	var src bytes.Buffer
	src.WriteString("package knowledge\n\n// Code generated by go test ./knowledge -run TrainVerifier -train-verifier; DO NOT EDIT.\n\n")
	src.WriteString("var verifierWeights = [numVerifierFeatures]float64{\n")
	for i, x := range w {
		fmt.Fprintf(&src, "\t%.4f, // %s\n", x, verifierFeatureNames[i])
		t.Logf("%-16s %8.3f", verifierFeatureNames[i], x)
	}
	src.WriteString("}\n")
	out, err := format.Source(src.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("verifier_weights.go", out, 0o644); err != nil {
		t.Fatal(err)
	}
	writeNeedWeights(t, needTable(all))
	right, wrong := scopeTables(all)
	writeScopes(t, right, wrong)
	if err := os.WriteFile("near_questions.txt", []byte(nearText(all)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// trainingExamples searches every question of the training sets with the
// rules alone deciding.
func trainingExamples(t *testing.T) []example {
	t.Helper()
	was := rerankOn
	rerankOn = false
	defer func() { rerankOn = was }()
	bundled, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var all []example
	for i, set := range trainingSets {
		arts := bundled
		if set.kb != "" {
			var errs []error
			if arts, errs = LintDir(set.kb, LintOptions{}); len(errs) > 0 {
				t.Fatalf("%s: %v", set.kb, errs[0])
			}
		}
		ex := examples(t, buildIndex(arts), i, readTrainSet(t, set.questions))
		for j := range ex {
			ex[j].other = set.kb != ""
		}
		all = append(all, ex...)
	}
	// Each set's miss_need comes from a table of the other sets: from a
	// table that knew the question's own answer, the feature would look
	// better than it can be on a new question.
	for i := range trainingSets {
		_, others := heldOut(all, exampleSet, i)
		table := needTable(others)
		right, wrong := scopeTables(others)
		near := nearTable(others)
		for j := range all {
			if all[j].set == i {
				all[j].x[vMissNeed] = missNeed(table, all[j].missing)
				all[j].x[vScopeRight], all[j].x[vScopeWrong] = scopeShares(right, wrong, all[j].top, all[j].missing)
				all[j].x[vNearRight], all[j].x[vNearWrong] = nearest(near[all[j].top], all[j].terms)
			}
		}
	}
	return all
}

// nearText returns near_questions.txt for the training examples.
func nearText(ex []example) string {
	var tops []string
	var qs []nearQuestion
	for _, e := range ex {
		if len(e.terms) > 0 {
			tops = append(tops, e.top)
			qs = append(qs, nearQuestion{right: e.y == 1, terms: e.terms})
		}
	}
	return formatNearQuestions(tops, qs)
}

func nearTable(ex []example) map[string][]nearQuestion {
	out := map[string][]nearQuestion{}
	for _, e := range ex {
		if len(e.terms) > 0 {
			out[e.top] = append(out[e.top], nearQuestion{right: e.y == 1, terms: e.terms})
		}
	}
	return out
}

func scopeTables(ex []example) (right, wrong map[string]bool) {
	right, wrong = map[string]bool{}, map[string]bool{}
	for _, e := range ex {
		for _, w := range e.missing {
			if e.y == 1 {
				right[e.top+" "+w] = true
			} else {
				wrong[e.top+" "+w] = true
			}
		}
	}
	return right, wrong
}

// needTable returns, for each word the best article of a training question
// lacked often enough, the smoothed log odds that such an answer was wrong,
// relative to all answers that lacked some word.
func needTable(ex []example) map[string]float64 {
	const (
		minSeen = 3   // fewer sightings weigh nothing
		prior   = 2.0 // pseudo-counts toward the base rate
	)
	wrong, right := map[string]float64{}, map[string]float64{}
	var n0, n1 float64
	for _, e := range ex {
		if len(e.missing) == 0 {
			continue
		}
		if e.y == 1 {
			n1++
		} else {
			n0++
		}
		for _, w := range e.missing {
			if e.y == 1 {
				right[w]++
			} else {
				wrong[w]++
			}
		}
	}
	out := map[string]float64{}
	if n0 == 0 || n1 == 0 {
		return out
	}
	p := n0 / (n0 + n1)
	base := math.Log(p / (1 - p))
	for w, a := range wrong {
		b := right[w]
		if a+b < minSeen {
			continue
		}
		if r := math.Round((math.Log((a+prior*p)/(b+prior*(1-p)))-base)*1e4) / 1e4; r > 0 {
			out[w] = r
		}
	}
	return out
}

// writeScopes writes scope_tables.go from the tables of all sets.
func writeScopes(t *testing.T, right, wrong map[string]bool) {
	t.Helper()
	var src bytes.Buffer
	src.WriteString("package knowledge\n\n// Code generated by go test ./knowledge -run TrainVerifier -train-verifier; DO NOT EDIT.\n\n")
	for _, table := range []struct {
		name string
		keys map[string]bool
	}{{"scopeRight", right}, {"scopeWrong", wrong}} {
		fmt.Fprintf(&src, "var %s = setOf(\n", table.name)
		for i, k := range slices.Sorted(maps.Keys(table.keys)) {
			if i%6 == 0 {
				src.WriteString("\t")
			}
			fmt.Fprintf(&src, "%q,", k)
			if i%6 == 5 {
				src.WriteString("\n")
			} else {
				src.WriteString(" ")
			}
		}
		src.WriteString("\n)\n\n")
	}
	out, err := format.Source(src.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("scope_tables.go", out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeNeedWeights writes need_weights.go from the table of all sets.
func writeNeedWeights(t *testing.T, table map[string]float64) {
	t.Helper()
	var src bytes.Buffer
	src.WriteString("package knowledge\n\n// Code generated by go test ./knowledge -run TrainVerifier -train-verifier; DO NOT EDIT.\n\n")
	src.WriteString("var needWeights = map[string]float64{\n")
	for _, w := range slices.Sorted(maps.Keys(table)) {
		fmt.Fprintf(&src, "\t%q: %.4f,\n", w, table[w])
	}
	src.WriteString("}\n")
	out, err := format.Source(src.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("need_weights.go", out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVerifierWeightsAreTrained checks that verifier_weights.go is what
// the training sets give with the features as they are now: a change to a
// feature, the rules or the sets needs the verifier trained again.
func TestVerifierWeightsAreTrained(t *testing.T) {
	was := verifierOn
	verifierOn = false
	defer func() { verifierOn = was }()
	all := trainingExamples(t)
	table := needTable(all)
	if len(table) != len(needWeights) {
		t.Fatalf("need_weights.go has %d words, training gives %d: run go test ./knowledge -run TrainVerifier -train-verifier",
			len(needWeights), len(table))
	}
	for word, x := range table {
		if math.Abs(x-needWeights[word]) > 1e-3 {
			t.Fatalf("need weight %q is %.4f, training gives %.4f: run go test ./knowledge -run TrainVerifier -train-verifier",
				word, needWeights[word], x)
		}
	}
	right, wrong := scopeTables(all)
	if nearText(all) != nearQuestionsText {
		t.Fatal("near_questions.txt is not what the training sets give: run go test ./knowledge -run TrainVerifier -train-verifier")
	}
	if !maps.Equal(right, scopeRight) || !maps.Equal(wrong, scopeWrong) {
		t.Fatal("scope_tables.go is not what the training sets give: run go test ./knowledge -run TrainVerifier -train-verifier")
	}
	w := fitLogistic(all)
	for i := range w {
		if math.Abs(w[i]-verifierWeights[i]) > 1e-3 {
			t.Fatalf("weight %s is %.4f, training gives %.4f: run go test ./knowledge -run TrainVerifier -train-verifier",
				verifierFeatureNames[i], verifierWeights[i], w[i])
		}
	}
}

func fmtFeatures(x [numVerifierFeatures]float64) string {
	var parts []string
	for i, v := range x {
		if i == vBias || v == 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%.2f", verifierFeatureNames[i], v))
	}
	return strings.Join(parts, " ")
}
