package knowledge

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Fields of an article, each with its own weight and length normalisation
// (BM25F): a word in the title or keywords says more than one in the body.
const (
	fieldTitle = iota
	fieldKeywords
	fieldQuestions
	fieldBody
	numFields
)

var (
	fieldWeight = [numFields]float64{3.0, 3.0, 2.0, 1.0}
	fieldB      = [numFields]float64{0.4, 0.3, 0.5, 0.75}
)

const (
	bm25K1       = 1.2
	bigramWeight = 0.6
	bodyDF       = 0.5

	fullBigramLimit = 2000
)

// headName is one title or keyword of an article, as terms.
type headName struct {
	doc   int32
	terms []int32
}

type posting struct {
	doc int32
	tf  [numFields]float32
}

// index is an immutable inverted index over one set of articles.
type index struct {
	docs     []Article
	byID     map[string]int
	terms    map[string]int32
	postings [][]posting
	idf      []float64
	docLen   [][numFields]float32
	titles   [][]int32 // unigram terms of each title
	names    []string  // term text by id
	// phrases maps a title or keyword, as stems, to its articles: a
	// question that is exactly a keyword ("sim", "legalisir kk") prefers them.
	phrases map[string][]int32
	// heads holds the terms of each title and keyword of two or more
	// words, the names an article answers to ("ktp hilang"), filed under
	// their rarest term so a question looks up only the names it may contain.
	heads  map[int32][]headName
	avgLen [numFields]float64
	maxIDF float64
	// pointers are, for each article, the other articles it sends its
	// reader to ("langkah di daerah tujuan dijelaskan di artikel **Pindah
	// Datang**"), with the words of the sentence that does.
	pointers [][]pointer
	// spoken holds, for each article, the parts it speaks of (partsSpoken):
	// a follow-up asking for another part is not answered from it.
	spoken []map[Aspect]bool
	// headTerm marks the terms some article answers to: in a title,
	// keywords or questions, not only in a body.
	headTerm []bool

	// surface holds every canonical word of the articles (before stemming):
	// the vocabulary for stemming choices and typo correction.
	surface map[string]int // word -> document frequency
	deletes map[string][]string
	// skeletons maps a word without its vowels to the words, for chat
	// abbreviations that drop them ("prpnjang", "syrt", "hlng").
	skeletons map[string][]string
	stems     map[string]string
	pool      sync.Pool // *scratch, see getScratch
}

// buildIndex indexes articles.
func buildIndex(articles []Article) *index {
	ix := &index{
		docs:      articles,
		byID:      make(map[string]int, len(articles)),
		terms:     make(map[string]int32),
		surface:   make(map[string]int),
		deletes:   make(map[string][]string),
		skeletons: make(map[string][]string),
		stems:     make(map[string]string),
		phrases:   make(map[string][]int32),
	}
	// First pass: the surface vocabulary, so the stemmer can prefer roots
	// that really occur ("menikah" -> "nikah", not "tikah").
	segs := make([][numFields][][]string, len(articles))
	for i, a := range articles {
		ix.byID[a.ID] = i
		segs[i] = articleSegments(a)
		seen := map[string]bool{}
		for f := 0; f < numFields; f++ {
			for _, seg := range segs[i][f] {
				for _, w := range seg {
					if !seen[w] {
						seen[w] = true
						ix.surface[w]++
					}
				}
			}
		}
	}
	for w := range ix.surface {
		if len(w) >= 4 {
			for _, d := range deletes1(w) {
				ix.deletes[d] = append(ix.deletes[d], w)
			}
		}
		if sk := skeleton(w); len(sk) >= 3 && sk != w {
			ix.skeletons[sk] = append(ix.skeletons[sk], w)
		}
	}
	// On a large base, bigrams of the body are indexed only when some
	// title, keyword or question uses them too: that keeps the phrases
	// people ask about and drops the long tail of incidental pairs, most of
	// the index's size. A base of usual size keeps them all.
	allBodyBigrams := len(articles) <= fullBigramLimit
	headBigrams := map[string]bool{}
	for i := range articles {
		for f := 0; f < fieldBody; f++ {
			for _, seg := range segs[i][f] {
				for j := 0; j+1 < len(seg); j++ {
					if bg := bigram(ix.stem(seg[j]), ix.stem(seg[j+1])); bg != "" {
						headBigrams[bg] = true
					}
				}
			}
		}
	}
	ix.docLen = make([][numFields]float32, len(articles))
	titleStems := make([][]string, len(articles))
	headStems := make([][][]string, len(articles))
	tf := map[string]*[numFields]float32{}
	for i := range articles {
		clear(tf)
		for f := 0; f < numFields; f++ {
			for _, seg := range segs[i][f] {
				stems := make([]string, len(seg))
				for j, w := range seg {
					stems[j] = ix.stem(w)
				}
				if f == fieldTitle && len(titleStems[i]) == 0 {
					titleStems[i] = append([]string{}, stems...)
				}
				if f == fieldTitle || f == fieldKeywords {
					if len(stems) >= 2 {
						headStems[i] = append(headStems[i], stems)
					}
					k := strings.Join(stems, " ")
					if ds := ix.phrases[k]; k != "" && (len(ds) == 0 || ds[len(ds)-1] != int32(i)) {
						ix.phrases[k] = append(ds, int32(i))
					}
				}
				for j, s := range stems {
					add(tf, s, f, 1)
					if j+1 < len(stems) {
						if bg := bigram(s, stems[j+1]); bg != "" && (f != fieldBody || allBodyBigrams || headBigrams[bg]) {
							add(tf, bg, f, 1)
						}
					}
				}
				ix.docLen[i][f] += float32(len(stems))
			}
		}
		for t, v := range tf {
			id, ok := ix.terms[t]
			if !ok {
				id = int32(len(ix.postings))
				ix.terms[t] = id
				ix.postings = append(ix.postings, nil)
			}
			ix.postings[id] = append(ix.postings[id], posting{doc: int32(i), tf: *v})
		}
	}
	n := float64(len(articles))
	for i := range articles {
		for f := 0; f < numFields; f++ {
			ix.avgLen[f] += float64(ix.docLen[i][f])
		}
	}
	for f := 0; f < numFields; f++ {
		if n > 0 {
			ix.avgLen[f] /= n
		}
		if ix.avgLen[f] == 0 {
			ix.avgLen[f] = 1
		}
	}
	ix.names = make([]string, len(ix.postings))
	for t, id := range ix.terms {
		ix.names[id] = t
	}
	ix.idf = make([]float64, len(ix.postings))
	ix.headTerm = make([]bool, len(ix.postings))
	for id, pl := range ix.postings {
		// A word in an article's title, keywords or questions names what
		// the article is about; in the body it is often a passing mention
		// ("bawa KK dan KTP"). Body-only occurrences count for less, so
		// subjects like "kk" keep a useful weight.
		df := 0.0
		for _, p := range pl {
			if p.tf[fieldTitle]+p.tf[fieldKeywords]+p.tf[fieldQuestions] > 0 {
				df++
				ix.headTerm[id] = true
			} else {
				df += bodyDF
			}
		}
		ix.idf[id] = math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	ix.maxIDF = math.Log(1 + (n+0.5)/0.5)
	ix.heads = map[int32][]headName{}
	for i, segs := range headStems {
	next:
		for _, seg := range segs {
			var ids []int32
			for _, st := range seg {
				id, ok := ix.terms[st]
				if !ok {
					continue next
				}
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
			if len(ids) < 2 {
				continue
			}
			key := ids[0]
			for _, id := range ids[1:] {
				if len(ix.postings[id]) < len(ix.postings[key]) {
					key = id
				}
			}
			dup := false
			for _, h := range ix.heads[key] {
				dup = dup || int(h.doc) == i && slices.Equal(h.terms, ids)
			}
			if !dup {
				ix.heads[key] = append(ix.heads[key], headName{doc: int32(i), terms: ids})
			}
		}
	}
	ix.titles = make([][]int32, len(articles))
	for i, stems := range titleStems {
		for _, st := range stems {
			if id, ok := ix.terms[st]; ok && !slices.Contains(ix.titles[i], id) {
				ix.titles[i] = append(ix.titles[i], id)
			}
		}
	}
	titles := lowerTitles(ix.docs)
	ix.pointers = ix.findPointers(titles)
	ix.spoken = make([]map[Aspect]bool, len(ix.docs))
	for i, a := range ix.docs {
		ix.spoken[i] = partsSpoken(titles, i, a.Body)
	}
	return ix
}

// pointer is a sentence of an article that sends the reader to another.
type pointer struct {
	doc   int
	terms []int32
	// after is the time limit, in days, past which the sentence sends
	// the reader on ("Jika sudah lewat 60 hari, lihat ..."), or 0.
	after float64
}

// pastLimit finds a time limit the reader has gone past: "lewat 60 hari",
// "lebih dari 1 tahun", "melewati 30 hari".
var pastLimit = regexp.MustCompile(`(?i)\b(?:lewat|lebih dari|melewati)\s+(\d+)\s+(hari|minggu|bulan|tahun)\b`)

// articleRef finds where an article points to another: "artikel" and the
// other's title, in bold or up to a punctuation mark, or "lihat" and the
// title in bold.
var articleRef = regexp.MustCompile(`(?i)\bartikel\s+(?:\*\*([^*\n]+)\*\*|([^*\n).;,:]+))|\blihat\s+\*\*([^*\n]+)\*\*`)

// findPointers returns, for each article, the sentences that send the
// reader to another article by its title, the start of its title, or the
// acronym its title gives in brackets ("lihat artikel IKD").
func (ix *index) findPointers(titles []string) [][]pointer {
	out := make([][]pointer, len(ix.docs))
	for i, a := range ix.docs {
		for _, m := range articleRef.FindAllStringSubmatchIndex(a.Body, -1) {
			doc := referredTo(titles, a.Body, m, i)
			if doc < 0 {
				continue
			}
			// The sentence around the reference: from the end of the
			// previous one (or clause: "...; jika hilang, lihat ...") to
			// the end of the reference.
			start := strings.LastIndexAny(a.Body[:m[0]], ".;\n") + 1
			if head := a.Body[start:m[0]]; len(strings.Fields(head)) <= 4 && start > 0 && a.Body[start-1] == '.' {
				// "SKCK berlaku 6 bulan. Setelah habis, lihat artikel
				// Perpanjangan SKCK": a short lead-in points back to the
				// sentence before it, which says what it is about.
				start = strings.LastIndexAny(a.Body[:start-1], ".\n") + 1
			}
			var terms []int32
			for _, f := range ix.analyze(a.Body[start:m[1]], 1).forms {
				if f.id >= 0 && !slices.Contains(terms, f.id) {
					terms = append(terms, f.id)
				}
			}
			p := pointer{doc: doc, terms: terms}
			if l := pastLimit.FindStringSubmatch(a.Body[start:m[0]]); l != nil {
				n, _ := strconv.Atoi(l[1])
				p.after = float64(n) * daysIn[strings.ToLower(l[2])]
			}
			out[i] = append(out[i], p)
		}
	}
	return out
}

// lowerTitles returns the articles' titles in lower case, for referredTo.
func lowerTitles(docs []Article) []string {
	titles := make([]string, len(docs))
	for i, a := range docs {
		titles[i] = strings.ToLower(a.Title)
	}
	return titles
}

// referredTo returns the article other than self that the match m of
// articleRef in s names by its title, the start of its title, or the
// acronym its title gives in brackets, or -1. titles are the articles'
// titles in lower case. The most specific title wins, whatever the
// articles' order: "lihat **Akta Kelahiran Terlambat (Lebih dari 60
// Hari)**" names that article, not the one whose title before its
// brackets ("Akta Kelahiran") it merely starts with.
func referredTo(titles []string, s string, m []int, self int) int {
	from, to := m[2], m[3] // the bold title, else the plain one
	if from < 0 {
		from, to = m[4], m[5]
	}
	if from < 0 {
		from, to = m[6], m[7] // "lihat **Title**"
	}
	name := strings.ToLower(strings.TrimSpace(s[from:to]))
	if len(name) < 3 {
		return -1
	}
	best, bestRank, bestLen := -1, 0, 0
	for i, t := range titles {
		if i == self {
			continue
		}
		short, _, _ := strings.Cut(t, " (")
		_, acronym, _ := strings.Cut(t, "(")
		acronym, _, _ = strings.Cut(acronym, ")")
		rank, n := 0, 0
		switch {
		case t == name:
			rank = 4
		case strings.HasPrefix(t, name):
			rank, n = 3, -len(t) // the shortest title it starts
		case name == acronym:
			rank = 2
		case len(short) >= 3 && strings.HasPrefix(name, short):
			rank, n = 1, len(short) // the longest title it goes on from
		}
		if rank > bestRank || rank == bestRank && rank > 0 && n > bestLen {
			best, bestRank, bestLen = i, rank, n
		}
	}
	return best
}

// partsSpoken returns the aspects article self has a section on or lines
// that speak of (see Part and Mentions), not counting lines that only send
// the reader to another article ("Jika sudah lewat 60 hari, lihat **Akta
// Kelahiran Terlambat**").
func partsSpoken(titles []string, self int, body string) map[Aspect]bool {
	secs := Sections(body)
	out := map[Aspect]bool{}
	for _, sec := range secs {
		if sec.Body != "" {
			out[sec.Aspect] = true
		}
	}
	eachSentence(secs, func(piece, low string) {
		checked, elsewhere := false, false
		for a, cues := range mentionCues {
			if out[a] || !slices.ContainsFunc(cues, func(c string) bool { return strings.Contains(low, c) }) {
				continue
			}
			if !checked {
				checked, elsewhere = true, sendsElsewhere(titles, self, piece, low)
			}
			out[a] = !elsewhere
		}
	})
	return out
}

// sendsElsewhere reports whether a line of article self refers to another
// article by its title (low is the line in lower case).
func sendsElsewhere(titles []string, self int, line, low string) bool {
	if !strings.Contains(low, "artikel") && !strings.Contains(low, "lihat") {
		return false // what articleRef needs
	}
	for _, m := range articleRef.FindAllStringSubmatchIndex(line, -1) {
		if referredTo(titles, line, m, self) >= 0 {
			return true
		}
	}
	return false
}

func add(tf map[string]*[numFields]float32, t string, f int, v float32) {
	p := tf[t]
	if p == nil {
		p = new([numFields]float32)
		tf[t] = p
	}
	p[f] += v
}

// bigram names an unordered pair of adjacent stems ("ktp hilang" and
// "hilang ktp" alike).
func bigram(a, b string) string {
	if a == b {
		return ""
	}
	if b < a {
		a, b = b, a
	}
	return a + "_" + b
}

// articleSegments splits an article into runs of canonical content words,
// per field; bigrams never cross a run (one keyword, one question, one line).
func articleSegments(a Article) [numFields][][]string {
	var s [numFields][][]string
	seg := func(text string) []string { return contentWords(canonical(rawTokens(text))) }
	s[fieldTitle] = append(s[fieldTitle], seg(a.Title), seg(strings.ReplaceAll(a.ID, "-", " ")))
	for _, k := range a.Keywords {
		s[fieldKeywords] = append(s[fieldKeywords], seg(k))
	}
	for _, q := range a.Questions {
		s[fieldQuestions] = append(s[fieldQuestions], seg(q))
	}
	for _, line := range strings.Split(a.Body, "\n") {
		for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == '.' || r == ';' || r == ':' }) {
			if ws := seg(part); len(ws) > 0 {
				s[fieldBody] = append(s[fieldBody], ws)
			}
		}
	}
	return s
}

// stem stems a canonical word, preferring roots found in the articles.
func (ix *index) stem(w string) string {
	if s, ok := ix.stems[w]; ok {
		return s
	}
	s := stemWith(w, func(c string) bool { return ix.surface[c] > 0 })
	ix.stems[w] = s
	return s
}

// stemQuery stems without caching (the index is shared by readers).
func (ix *index) stemQuery(w string) string {
	if s, ok := ix.stems[w]; ok {
		return s
	}
	return stemWith(w, func(c string) bool { return ix.surface[c] > 0 })
}

// correct returns the article word nearest to an unknown word w (edit
// distance 1, or 2 for long words), preferring frequent words; "" if none.
func (ix *index) correct(w string) string {
	if len(w) < 4 || !isLetters(w) {
		return ""
	}
	if sq := squeezeRuns(w, 2); sq != w && ix.surface[sq] > 0 {
		return sq
	}
	// Vowels dropped: "prpnjang" -> "perpanjang", "hlng" -> "hilang".
	best, bestDF := "", 0
	for _, c := range ix.skeletons[skeleton(w)] {
		if len(c) > len(w) && isSubsequence(w, c) && !stopwords[c] {
			if df := ix.surface[c]; df > bestDF || df == bestDF && c < best {
				best, bestDF = c, df
			}
		}
	}
	if best != "" {
		return best
	}
	maxDist := 1
	if len(w) >= 7 {
		maxDist = 2
	}
	bestDist := 99
	consider := func(c string) {
		if c == w || stopwords[c] {
			return
		}
		d := editDistance(w, c, maxDist)
		if d > maxDist {
			return
		}
		df := ix.surface[c]
		if d < bestDist || d == bestDist && (df > bestDF || df == bestDF && c < best) {
			best, bestDist, bestDF = c, d, df
		}
	}
	for _, c := range ix.deletes[w] { // w is c with one letter deleted
		consider(c)
	}
	if ix.surface[w] == 0 {
		for _, d := range deletes1(w) {
			if ix.surface[d] > 0 { // c is w with one letter deleted
				consider(d)
			}
			for _, c := range ix.deletes[d] { // substitution, transposition
				consider(c)
			}
		}
	}
	return best
}

// deletes1 returns w with each single letter removed.
func deletes1(w string) []string {
	out := make([]string, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		out = append(out, w[:i]+w[i+1:])
	}
	return out
}

// editDistance is the optimal-string-alignment distance of a and b, or
// max+1 when it exceeds max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func (ix *index) termText(id int32) string { return ix.names[id] }

// skeleton returns w without vowels, keeping a leading one ("akta" -> "akt").
func skeleton(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i == 0 || !isVowel(w[i]) {
			b = append(b, w[i])
		}
	}
	return string(b)
}

// isSubsequence reports whether the letters of a appear in b in order.
func isSubsequence(a, b string) bool {
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}
