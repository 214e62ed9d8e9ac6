package knowledge

import (
	"sort"
	"strings"
)

// SearchOptions tunes one search.
type SearchOptions struct {
	Top           int      // results wanted; 0 means 5
	PreviousIDs   []string // articles of the previous answer, for follow-ups
	PreviousQuery string   // the previous question, for follow-ups
}

// Result is the outcome of a search and the decision whether to answer.
type Result struct {
	Query     string
	Intent    Intent
	Answered  bool // confident enough to answer from the knowledge base
	Ambiguous bool // the top results are close: offer them as choices
	FollowUp  bool // resolved with the previous answer's context
	English   bool // the question is in English
	Hits      []Hit
	// Coverage is the share of the question's weight the first hit matches.
	Coverage float64
}

// Hit is one ranked article.
type Hit struct {
	ID    string
	Title string
	Score float64
}

// queryTerm is one weighted term of an analysed question.
type queryTerm struct {
	term    string
	weight  float64 // weight in the ranking
	full    float64 // weight in the coverage total (typos count fully)
	unigram bool
}

// analysis is a question turned into index terms.
type analysis struct {
	raw     []string
	canon   []string
	terms   []queryTerm
	unknown float64 // weight of content words the index does not know
	content int     // number of content words
}

// analyze normalises a question and maps its words to index terms: known
// words as they are, unknown ones through typo correction, the rest counted
// as unknown weight.
func (ix *index) analyze(q string, weight float64) analysis {
	an := analysis{raw: rawTokens(q)}
	toks := canonicalTokens(an.raw)
	an.canon = make([]string, len(toks))
	for i, t := range toks {
		an.canon[i] = t.text
	}
	content := contentTokens(toks)
	an.content = len(content)
	seen := map[string]int{}
	addTerm := func(t string, w, full float64, uni bool) {
		if _, ok := ix.terms[t]; !ok && !uni {
			return
		}
		if i, ok := seen[t]; ok {
			an.terms[i].weight = max(an.terms[i].weight, w)
			an.terms[i].full = max(an.terms[i].full, full)
			return
		}
		seen[t] = len(an.terms)
		an.terms = append(an.terms, queryTerm{term: t, weight: w, full: full, unigram: uni})
	}
	stems := make([]string, len(content))
	for i, tok := range content {
		w := tok.text
		full := weight * tok.weight
		if offTopic[w] {
			an.unknown += full
			continue
		}
		s := ix.stemQuery(w)
		wt := full
		if _, ok := ix.terms[s]; !ok && ix.surface[w] == 0 {
			c := ix.correct(w)
			if c == "" {
				an.unknown += full
				continue
			}
			s = ix.stemQuery(c)
			wt = typoWeight * full
			if _, ok := ix.terms[s]; !ok {
				an.unknown += full
				continue
			}
		}
		stems[i] = s
		addTerm(s, wt, full, true)
	}
	for i := range stems {
		for d := 1; d <= 2 && i+d < len(stems); d++ {
			if stems[i] == "" || stems[i+d] == "" {
				continue
			}
			if bg := bigram(stems[i], stems[i+d]); bg != "" {
				w := weight * bigramWeight / float64(d)
				addTerm(bg, w, w, false)
			}
		}
	}
	return an
}

const typoWeight = 0.6

// score ranks documents for the terms with BM25F, scaled by how much of the
// question's weight each document covers (a document that matches every
// word beats one that matches a rare word many times). It returns scores by
// document and the documents with a positive score.
func (ix *index) score(terms []queryTerm, unknown float64) ([]float64, []int) {
	scores := make([]float64, len(ix.docs))
	matched := make([]float64, len(ix.docs))
	var hit []int
	total := unknown * ix.maxIDF
	for _, qt := range terms {
		id, ok := ix.terms[qt.term]
		if !ok {
			if qt.unigram {
				total += qt.full * ix.maxIDF
			}
			continue
		}
		idf := ix.idf[id]
		if qt.unigram {
			total += qt.full * idf
		}
		for _, p := range ix.postings[id] {
			tfw := 0.0
			dl := ix.docLen[p.doc]
			for f := 0; f < numFields; f++ {
				if p.tf[f] == 0 {
					continue
				}
				norm := 1 - fieldB[f] + fieldB[f]*float64(dl[f])/ix.avgLen[f]
				tfw += fieldWeight[f] * float64(p.tf[f]) / norm
			}
			if scores[p.doc] == 0 {
				hit = append(hit, int(p.doc))
			}
			scores[p.doc] += qt.weight * idf * tfw * (bm25K1 + 1) / (bm25K1 + tfw)
			if qt.unigram {
				matched[p.doc] += qt.weight * idf
			}
		}
	}
	if total > 0 {
		for _, d := range hit {
			scores[d] *= 1 - coordWeight + coordWeight*matched[d]/total
		}
	}
	return scores, hit
}

const coordWeight = 0.5

// coverage is the share of the question's unigram weight (by idf) that
// document doc matches, counting unknown words at the highest idf.
func (ix *index) coverage(an analysis, doc int) float64 {
	total := an.unknown * ix.maxIDF
	matched := 0.0
	for _, qt := range an.terms {
		if !qt.unigram {
			continue
		}
		id, ok := ix.terms[qt.term]
		if !ok {
			total += qt.full * ix.maxIDF
			continue
		}
		total += qt.full * ix.idf[id]
		for _, p := range ix.postings[id] {
			if int(p.doc) == doc {
				matched += qt.weight * ix.idf[id]
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return matched / total
}

// headCoverage is coverage counting only matches in the title, keywords or
// questions of doc.
func (ix *index) headCoverage(an analysis, doc int) float64 {
	total := an.unknown * ix.maxIDF
	matched := 0.0
	for _, qt := range an.terms {
		if !qt.unigram {
			continue
		}
		id, ok := ix.terms[qt.term]
		if !ok {
			total += qt.full * ix.maxIDF
			continue
		}
		total += qt.full * ix.idf[id]
		for _, p := range ix.postings[id] {
			if int(p.doc) == doc && p.tf[fieldTitle]+p.tf[fieldKeywords]+p.tf[fieldQuestions] > 0 {
				matched += qt.weight * ix.idf[id]
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return matched / total
}

// Decision thresholds on the first hit, tuned on one half of the development
// questions and checked on the other. Scores are divided by the highest idf
// so they do not depend on the size of the base. The first hit is answered
// when its score reaches answerScore and it covers minCoverage of the
// question, or when its score alone reaches sureScore (long questions full
// of personal context cover little but match strongly).
const (
	answerScore     = 1.0
	sureScore       = 1.5
	minCoverage     = 0.5
	ambiguousMargin = 0.12
)

func (ix *index) search(q string, opts SearchOptions) Result {
	top := opts.Top
	if top <= 0 {
		top = 5
	}
	an := ix.analyze(q, 1)
	res := Result{Query: q, Intent: classify(q, an.raw, an.canon), English: isEnglish(an.raw)}
	if res.Intent != IntentQuestion {
		return res
	}
	scores, docs := ix.score(an.terms, an.unknown)
	if len(opts.PreviousIDs) > 0 && ix.isFollowUp(an) {
		// Rank by the new words, boosting articles close to the previous
		// answer: "kalau hilang gimana?" after KTP-el -> the lost-KTP article.
		if sim := ix.previousSimilarity(opts); sim != nil {
			res.FollowUp = true
			for _, d := range docs {
				scores[d] *= 1 + followUpBoost*sim[d]
			}
		}
	}
	docs = ix.topDocs(scores, docs, max(top, 2))
	for i, d := range docs {
		if i == top {
			break
		}
		res.Hits = append(res.Hits, Hit{ID: ix.docs[d].ID, Title: ix.docs[d].Title, Score: round3(scores[d])})
	}
	if len(docs) == 0 {
		return res
	}
	res.Coverage = ix.coverage(an, docs[0])
	s1 := scores[docs[0]]
	norm := s1 / ix.maxIDF
	res.Answered = norm >= answerScore && (res.Coverage >= minCoverage || norm >= sureScore)
	if res.FollowUp {
		res.Answered = norm >= answerScore
	}
	if len(docs) > 1 {
		s2 := scores[docs[1]]
		if (s1-s2)/s1 < ambiguousMargin {
			res.Ambiguous = true
		}
	}
	if !res.Answered && len(docs) > 1 {
		res.Ambiguous = true
	}
	return res
}

// isFollowUp reports whether a question leans on the previous answer: short,
// and without a subject of its own.
func (ix *index) isFollowUp(an analysis) bool {
	if an.content == 0 || an.content > 5 {
		return false
	}
	marker := false
	for _, w := range an.canon {
		switch w {
		case "kalau", "terus", "lalu", "kemudian", "itu", "nya", "juga", "gimana", "bagaimana", "tapi", "and", "what", "if":
			marker = true
		}
	}
	// A question that names its own subject strongly is a new question.
	scores, docs := ix.score(an.terms, an.unknown)
	if len(docs) > 0 {
		best := 0.0
		for _, d := range docs {
			best = max(best, scores[d])
		}
		cov := 0.0
		for _, d := range docs {
			if scores[d] == best {
				cov = ix.coverage(an, d)
			}
		}
		if cov >= 0.99 && best >= 2*sureScore*ix.maxIDF && !marker {
			return false
		}
	}
	return marker || an.content <= 3
}

// previousSimilarity scores every article against the previous answer's
// titles and question, scaled to 0..1; nil without usable context.
func (ix *index) previousSimilarity(opts SearchOptions) []float64 {
	var text []string
	for _, id := range opts.PreviousIDs {
		if i, ok := ix.byID[id]; ok {
			text = append(text, ix.docs[i].Title)
		}
	}
	text = append(text, opts.PreviousQuery)
	an := ix.analyze(strings.Join(text, " . "), 1)
	scores, docs := ix.score(an.terms, 0)
	best := 0.0
	for _, d := range docs {
		best = max(best, scores[d])
	}
	if best == 0 {
		return nil
	}
	for _, d := range docs {
		scores[d] /= best
	}
	return scores
}

const followUpBoost = 2.0

// topDocs returns the k best documents, best first (ties by id), selecting
// without sorting every hit.
func (ix *index) topDocs(scores []float64, docs []int, k int) []int {
	better := func(a, b int) bool {
		if scores[a] != scores[b] {
			return scores[a] > scores[b]
		}
		return ix.docs[a].ID < ix.docs[b].ID
	}
	top := make([]int, 0, k+1)
	for _, d := range docs {
		if len(top) == k && !better(d, top[k-1]) {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return better(d, top[i]) })
		top = append(top, 0)
		copy(top[i+1:], top[i:])
		top[i] = d
		if len(top) > k {
			top = top[:k]
		}
	}
	return top
}

func round3(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}
