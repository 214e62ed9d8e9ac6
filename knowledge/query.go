package knowledge

import (
	"slices"
	"strings"
	"unicode"
)

// queryTerm is one weighted term of an analysed question.
type queryTerm struct {
	term    string
	weight  float64 // weight in the ranking
	unigram bool
}

// form is one way a word of the question may appear in an article: the word
// itself, a typo correction, or a broader synonym.
type form struct {
	group int
	id    int32   // index term, -1 when unknown
	full  float64 // the word's weight in the question
	ratio float64 // share of the word a match of this form is worth
}

// analysis is a question turned into index terms.
type analysis struct {
	raw      []string
	canon    []string
	terms    []queryTerm // distinct terms, unigrams and bigrams, for ranking
	forms    []form      // per message word, for coverage
	groups   int
	unknown  float64 // weight of content words the index does not know
	content  int     // number of content words
	phrase   string  // the question's own words as stems, when all are known
	offTopic bool    // names something the help desk does not handle
	// modified: a document name is followed by a word the articles never
	// use, which may make it another kind of document ("sim
	// internasional", "paspor dinas").
	modified bool
	// objects are the message words a service verb acts on ("bikin
	// visa", "urus surat izin usaha"): what the citizen needs.
	objects []int
}

// unknownWeight scales the weight of words the articles never use.
var unknownWeight = 1.0

const (
	typoWeight   = 0.6 // a corrected typo ranks like this share of a word
	synonymCover = 0.8 // a broader synonym covers this share of a word
)

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
	roles := wordRoles(toks, content)
	places := placeWords(toks, content)
	proper := properNames(q)
	objects := objectWords(toks, content)
	seen := map[string]int{}
	addTerm := func(t string, w float64, uni bool) {
		if _, ok := ix.terms[t]; !ok {
			return
		}
		if i, ok := seen[t]; ok {
			an.terms[i].weight = max(an.terms[i].weight, w)
			return
		}
		seen[t] = len(an.terms)
		an.terms = append(an.terms, queryTerm{term: t, weight: w, unigram: uni})
	}
	groupOf := map[int]int{} // message word -> dense group number
	stems := make([]string, len(content))
	groups := make([]int, len(content))
	for i, tok := range content {
		g, ok := groupOf[tok.group]
		if !ok {
			g = len(groupOf)
			groupOf[tok.group] = g
			an.content++
		}
		groups[i] = g
		w := tok.text
		full := weight * tok.weight
		ratio := 1.0
		if tok.weight < 1 {
			ratio = synonymCover
		}
		full *= roles[i]
		unknown := func() {
			if places[i] || placeNames[w] || proper[w] || numberWords[w] || isDigits(w) {
				// A name after "di", "ke", "dari" the articles never
				// use is a place ("hilang di pasar", "pindah ke jawa
				// tengah"): where, not what. A number the articles
				// never use is a detail of the story ("umur 7 thn",
				// "berlaku sampe 2017").
				full *= placeWeight
			}
			an.forms = append(an.forms, form{group: g, id: -1, full: full})
		}
		if offTopic[w] {
			an.offTopic = true
			unknown()
			continue
		}
		if placeNames[w] && ix.surface[w] == 0 {
			// A town the articles never name is where the citizen is,
			// never a word to stem or correct: "kediri" is no "diri",
			// "bekasi" no "bekas", "batam" no "batas".
			unknown()
			continue
		}
		s := ix.stemQuery(w)
		rank := full
		if _, ok := ix.terms[s]; !ok && ix.surface[w] == 0 {
			// "se-" makes "one ..." of a word the articles use:
			// "sehari", "seminggu", "sebulan".
			if r, ok := strings.CutPrefix(w, "se"); ok && len(r) >= 3 && ix.surface[r] > 0 {
				s = ix.stemQuery(r)
			} else if r, ok := strings.CutSuffix(w, "nya"); ok && len(r) >= 2 && ix.surface[r] > 0 {
				// "-nya" on a word of one syllable, which the stemmer
				// leaves whole: "tesnya", "bpnya".
				s = ix.stemQuery(r)
			} else if r := regionalBase(w, ix.surface); r != "" {
				s = ix.stemQuery(r)
			}
		}
		if _, ok := ix.terms[s]; !ok && ix.surface[w] == 0 {
			c := ix.correct(w)
			if c == "" {
				unknown()
				continue
			}
			s = ix.stemQuery(c)
			rank = typoWeight * full
			ratio *= typoWeight
		}
		id, ok := ix.terms[s]
		if !ok {
			unknown()
			continue
		}
		if placeNames[w] && !ix.headTerm[id] {
			// A town the articles only mention in passing ("pindah
			// dari jakarta ke bogor"): where, not what.
			full *= placeWeight
			rank *= placeWeight
		}
		stems[i] = s
		an.forms = append(an.forms, form{group: g, id: id, full: full, ratio: ratio})
		addTerm(s, rank, true)
	}
	an.groups = len(groupOf)
	for i := range content {
		if objects[i] && !slices.Contains(an.objects, groups[i]) {
			an.objects = append(an.objects, groups[i])
		}
	}
	for i := 0; i+1 < len(content); i++ {
		if content[i].weight == 1 && entities[content[i].text] && groups[i+1] != groups[i] &&
			!groupKnown(an.forms, groups[i+1]) {
			an.modified = true
		}
	}
	var own []string
	for i, tok := range content {
		if tok.weight < 1 {
			continue
		}
		if stems[i] == "" {
			own = nil
			break
		}
		own = append(own, stems[i])
	}
	an.phrase = strings.Join(own, " ")
	for _, f := range an.forms {
		if f.id < 0 && f.ratio == 0 && !groupKnown(an.forms, f.group) {
			an.unknown += f.full
		}
	}
	for i := range stems {
		for j := i + 1; j < len(stems); j++ {
			d := groups[j] - groups[i]
			if d == 0 {
				continue
			}
			if d > 2 {
				break
			}
			if stems[i] == "" || stems[j] == "" {
				continue
			}
			if bg := bigram(stems[i], stems[j]); bg != "" {
				addTerm(bg, weight*bigramWeight/float64(d), false)
			}
		}
	}
	return an
}

// Weights of words that are not the topic of a question. A relative
// ("ktp suami sy ilang") is context once the question names the document it
// is about; the aspect asked about ("berapa lama", "biaya", "syarat") applies
// to every service and says little about which one.
const (
	contextWeight = 0.35
	// placeWeight: a town or village the articles never name as what
	// they are about ("dari jakarta ke bogor") says where, not what.
	placeWeight  = 0.15
	aspectWeight = 0.5
)

// contextWords name people around the asker: who a document belongs to, not
// what it is.
var contextWords = setOf("suami", "istri", "anak", "ibu", "ayah", "ortu", "nenek", "kakek", "mertua", "adik",
	"pasangan", "tetangga", "saudara", "keponakan", "cucu", "ipar", "menantu", "paman", "bibi", "teman", "almarhum",
	"pacar", "bos", "majikan")

// aspectWords ask about a side of any service rather than name one.
var aspectWords = setOf("biaya", "syarat", "cara", "prosedur", "kapan", "durasi", "berkas", "dokumen", "urus",
	"langkah", "tahapan", "alur", "mekanisme")

// wordRoles returns each content token's weight factor: contextWeight for
// relatives when the question names a document and for the words of a
// purpose clause ("buat ngelamar kerja" after a subject), aspectWeight for
// aspects when the question has a topic word as well, 1 otherwise. toks are
// all canonical tokens of the message; content its content tokens, in order.
func wordRoles(toks []token, content []token) []float64 {
	roles := make([]float64, len(content))
	names, topic := false, false
	aspect := make([]bool, len(content))
	purpose := make([]bool, len(content)) // in a clause saying what a named document is for
	j := 0
	subject, inPurpose := false, false
	for i, t := range toks {
		if t.purpose && subject {
			inPurpose = true
		}
		if t.weight == 1 && !stopwords[t.text] && len(t.text) > 1 && !aspectWords[t.text] && !inPurpose {
			subject = true // a subject before "buat": "surat rt buat skck"
		}
		if j < len(content) && content[j] == t {
			purpose[j] = inPurpose && !t.purpose
			// "berapa lama" asks how long; "ktp lama" is the old card.
			aspect[j] = aspectWords[t.text] || t.text == "lama" && i > 0 && toks[i-1].text == "berapa" ||
				isSpan(toks, i)
			j++
		}
	}
	// A role belongs to the message word: "nenek" also stands for its
	// broader "anggota".
	aspectGroup, contextGroup := map[int]bool{}, map[int]bool{}
	for i, t := range content {
		if t.weight == 1 && entities[t.text] {
			names = true
		}
		if aspect[i] {
			aspectGroup[t.group] = true
		}
		if contextWords[t.text] {
			contextGroup[t.group] = true
		}
	}
	for _, t := range content {
		if !aspectGroup[t.group] && !contextGroup[t.group] {
			topic = true
		}
	}
	for i, t := range content {
		roles[i] = 1
		switch {
		case aspectGroup[t.group] && topic:
			roles[i] = aspectWeight
		case names && contextGroup[t.group], purpose[i], strings.HasPrefix(t.text, "sim_"):
			// A licence's class (licenceClasses) tells SIM A from SIM
			// D, not renewal from a first licence: it weighs little.
			roles[i] = contextWeight
		}
	}
	return roles
}

// spanUnits measure a stretch of time.
var spanUnits = setOf("menit", "jam", "hari", "minggu", "bulan", "tahun")

// isSpan reports whether toks[i] says how long something takes or how old
// someone is ("sehari", "3 hari", "berapa minggu", "umur 17 tahun"): an
// aspect of any service, not which one.
func isSpan(toks []token, i int) bool {
	w := toks[i].text
	if u, ok := strings.CutPrefix(w, "se"); ok && spanUnits[u] {
		return true
	}
	if !spanUnits[w] || i == 0 {
		return false
	}
	p := toks[i-1].text
	return p == "berapa" || numberWords[p] || isDigits(p)
}

// numberWords are the numbers written out, as single digits are read.
var numberWords = setOf("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
	"belas", "puluh", "ratus")

// locatives introduce a place (Javanese "neng pasar", "teng kantor" too).
var locatives = setOf("di", "ke", "dari", "at", "in", "to", "from", "neng", "nang", "ning", "teng")

// placeWords marks the content tokens in the run of words right after a
// locative ("di pasar induk", "ke jawa tengah").
func placeWords(toks []token, content []token) []bool {
	places := make([]bool, len(content))
	j, in := 0, false
	for _, t := range toks {
		if j < len(content) && content[j] == t {
			places[j] = in
			j++
			continue
		}
		in = locatives[t.text]
	}
	return places
}

// serviceVerbs ask for a service on what follows them: "bikin visa",
// "perpanjang paspor", "daftar bpjs".
var serviceVerbs = setOf("buat", "urus", "daftar", "mendaftar", "perpanjang", "memperpanjang", "cetak", "ganti",
	"klaim", "cair", "cairkan", "mencairkan", "ajukan", "mengajukan", "membuat", "mengurus", "apply", "renew", "get")

// genericHeads name a kind of paper, not which one: the word after them
// says what it is ("surat izin usaha", "kartu prakerja").
var genericHeads = setOf("surat", "kartu", "izin", "dokumen", "berkas", "sertifikat", "buku", "akta", "nomor",
	"keterangan", "layanan", "program", "bantuan")

// verbModifiers stand between a service verb and its object.
var verbModifiers = setOf("ulang", "kembali", "lagi", "baru", "sendiri", "online", "dulu", "mandiri")

// objectWords marks the content tokens a service verb acts on: the first
// content word after the verb, and after a generic head the word that says
// which one.
func objectWords(toks []token, content []token) []bool {
	objects := make([]bool, len(content))
	j, after := 0, false
	for _, t := range toks {
		isContent := j < len(content) && content[j] == t
		switch {
		case serviceVerbs[t.text] && !t.purpose:
			after = true
		case t.purpose, locatives[t.text]:
			// "buat" as typed: what follows is what it is for; "di",
			// "ke": where.
			after = false
		case verbModifiers[t.text]:
			// "cetak ulang", "bikin baru": the object comes next.
		case isContent && after:
			objects[j] = true
			after = genericHeads[t.text] && t.weight == 1
		case !isContent:
			// "cair berapa persen": a word between the verb and a noun
			// means the noun is not what the verb acts on.
			after = false
		}
		if isContent {
			j++
		}
	}
	return objects
}

// groupKnown reports whether any form of group g is an index term.
func groupKnown(fs []form, g int) bool {
	for _, f := range fs {
		if f.group == g && f.id >= 0 {
			return true
		}
	}
	return false
}

// groupWeights returns the weight of each message word in the coverage
// total: its best form's weight times idf, unknown forms at the highest idf.
func (ix *index) groupWeights(an analysis) []float64 {
	gw := make([]float64, an.groups)
	for _, f := range an.forms {
		idf := unknownWeight * ix.maxIDF
		if f.id >= 0 {
			idf = ix.idf[f.id]
		}
		gw[f.group] = max(gw[f.group], f.full*idf)
	}
	return gw
}

// coverageWhere is the share of the question's weight matched by the forms
// for which match returns a share above 0.
func (ix *index) coverageWhere(an analysis, match func(f form) float64) float64 {
	gw := ix.groupWeights(an)
	best := make([]float64, an.groups)
	for _, f := range an.forms {
		if f.id >= 0 {
			best[f.group] = max(best[f.group], f.ratio*match(f))
		}
	}
	total, matched := 0.0, 0.0
	for g, w := range gw {
		total += w
		matched += w * best[g]
	}
	if total == 0 {
		return 0
	}
	return matched / total
}

// coverage is the share of the question's weight document doc matches.
func (ix *index) coverage(an analysis, doc int) float64 {
	return ix.coverageWhere(an, func(f form) float64 {
		p := ix.posting(f.id, doc)
		switch {
		case p == nil:
			return 0
		case p.tf[fieldTitle]+p.tf[fieldKeywords]+p.tf[fieldQuestions] == 0:
			return decisionBodyCover
		}
		return 1
	})
}

// posting returns the posting of term id for doc, or nil.
func (ix *index) posting(id int32, doc int) *posting {
	pl := ix.postings[id]
	lo, hi := 0, len(pl)
	for lo < hi { // postings are in document order
		m := (lo + hi) / 2
		if int(pl[m].doc) < doc {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(pl) && int(pl[lo].doc) == doc {
		return &pl[lo]
	}
	return nil
}

// scratch holds per-query buffers, one slot per document. Queries reuse
// them through index.pool so a search allocates little and does not drive
// the garbage collector over a large index.
type scratch struct {
	scores, matched, best []float64
	// head is each document's rank-only factor (headMatches and
	// entityTitlePenalty), which does not decide whether to answer.
	head []float64
	// namedHead holds the articles whose title or keyword, named in full
	// by the question, includes a document the question names.
	namedHead map[int32]bool
	hit       []int
	touched   []int32
}

func (ix *index) newScratch() *scratch {
	n := len(ix.docs)
	return &scratch{scores: make([]float64, n), matched: make([]float64, n), best: make([]float64, n), head: make([]float64, n)}
}

func (ix *index) getScratch() *scratch {
	if s, ok := ix.pool.Get().(*scratch); ok {
		return s
	}
	return ix.newScratch()
}

// putScratch clears the slots of the documents hit and returns the buffers.
func (ix *index) putScratch(s *scratch, hit []int) {
	for _, d := range hit {
		s.scores[d], s.matched[d], s.head[d] = 0, 0, 0
	}
	s.hit = hit[:0]
	s.namedHead = nil
	ix.pool.Put(s)
}

// scoreEntities ranks documents for the question with BM25F, scaled by how
// much of the question each document covers (a document matching every word
// beats one matching a rare word many times), by how much of its title the
// question names, and down when it never names a document the question is
// about. It returns scores by document and the documents with a positive
// score, in buf, and which documents lack every document name the question
// uses (nil when it names none).
func (ix *index) scoreEntities(an analysis, extra []queryTerm, buf *scratch) ([]float64, []int, map[int32]bool) {
	scores := buf.scores
	hit := buf.hit[:0]
	terms := an.terms
	if len(extra) > 0 {
		terms = append(append([]queryTerm(nil), terms...), extra...)
	}
	for _, qt := range terms {
		id := ix.terms[qt.term]
		idf := ix.idf[id]
		for _, p := range ix.postings[id] {
			tfw := 0.0
			dl := ix.docLen[p.doc]
			for f := 0; f < numFields; f++ {
				if p.tf[f] == 0 {
					continue
				}
				norm := 1 - fieldB[f] + fieldB[f]*float64(dl[f])/ix.avgLen[f]
				tf := float64(p.tf[f])
				if f != fieldBody {
					// A word repeated across keywords or questions names
					// the subject once; repeats say little more.
					tf = min(tf, headTFCap)
				}
				tfw += fieldWeight[f] * tf / norm
			}
			if scores[p.doc] == 0 {
				hit = append(hit, int(p.doc))
			}
			scores[p.doc] += qt.weight * idf * tfw * (bm25K1 + 1) / (bm25K1 + tfw)
		}
	}
	if len(hit) == 0 {
		return scores, hit, nil
	}

	// Coverage per document, word by word.
	gw := ix.groupWeights(an)
	total := 0.0
	for _, w := range gw {
		total += w
	}
	matched, best := buf.matched, buf.best
	touched := buf.touched[:0]
	defer func() { buf.touched = touched[:0] }()
	for g := 0; g < an.groups; g++ {
		touched = touched[:0]
		for _, f := range an.forms {
			if f.group != g || f.id < 0 {
				continue
			}
			for _, p := range ix.postings[f.id] {
				if best[p.doc] == 0 {
					touched = append(touched, p.doc)
				}
				r := f.ratio
				if p.tf[fieldTitle]+p.tf[fieldKeywords]+p.tf[fieldQuestions] == 0 {
					// A word only in the body is often a passing
					// mention ("bawa KTP suami"): it coordinates less.
					r *= bodyCover
				}
				best[p.doc] = max(best[p.doc], r)
			}
		}
		for _, d := range touched {
			matched[d] += gw[g] * best[d]
			best[d] = 0
		}
	}
	asked := make(map[int32]bool, len(an.forms))
	for _, f := range an.forms {
		if f.id >= 0 {
			asked[f.id] = true
		}
	}
	named := ix.namedEntities(an) // documents the question names ("kk", "paspor")
	var hasEntity map[int32]bool
	if len(named) > 0 {
		hasEntity = map[int32]bool{}
		for _, id := range named {
			for _, p := range ix.postings[id] {
				if p.tf[fieldTitle]+p.tf[fieldKeywords]+p.tf[fieldQuestions] > 0 {
					hasEntity[p.doc] = true
				}
			}
		}
	}
	heads, namedHeads := ix.headMatches(an, gw, named)
	buf.namedHead = namedHeads
	for _, d := range hit {
		if total > 0 {
			scores[d] *= 1 - coordWeight + coordWeight*matched[d]/total
		}
		var in, all float64
		for _, id := range ix.titles[d] {
			all += ix.idf[id]
			if asked[id] {
				in += ix.idf[id]
			}
		}
		if all > 0 {
			scores[d] *= 1 + titleBoost*in/all
		}
		if hasEntity != nil && !hasEntity[int32(d)] {
			scores[d] *= entityPenalty
		}
		buf.head[d] = 1
		if total > 0 {
			buf.head[d] += headBoost * heads[int32(d)] / total
		}
		if hasEntity[int32(d)] && !ix.titleNames(named, d) {
			// It mentions the document but is about something else
			// ("kehilangan ktp" on the police report).
			buf.head[d] *= entityTitlePenalty
		}
		scores[d] *= buf.head[d]
	}
	if an.phrase != "" {
		for _, d := range ix.phrases[an.phrase] {
			scores[d] *= 1 + phraseBoost
		}
	}
	return scores, hit, hasEntity
}

// headMatches returns, per article, the weight of the question's words that
// one of its titles or keywords names entirely ("ktp hilang" in "ktp suami
// sy ilang"), by the group weights gw: the best such name. A question that
// contains the name an article goes by is about that article, whatever else
// it says.
//
// The second map holds the articles one of whose fully matched names joins a
// document the question names to another word ("ktp hilang").
func (ix *index) headMatches(an analysis, gw []float64, named []int32) (map[int32]float64, map[int32]bool) {
	asked := map[int32]float64{} // term -> weight of the word it matches
	for _, f := range an.forms {
		if f.id >= 0 {
			asked[f.id] = max(asked[f.id], gw[f.group]*f.ratio)
		}
	}
	var out map[int32]float64
	var withName map[int32]bool
	for id := range asked {
	names:
		for _, h := range ix.heads[id] {
			w := 0.0
			for _, t := range h.terms {
				m, ok := asked[t]
				if !ok {
					continue names
				}
				w += m
			}
			if out == nil {
				out = map[int32]float64{}
			}
			out[h.doc] = max(out[h.doc], w)
			for _, t := range h.terms {
				if slices.Contains(named, t) {
					if withName == nil {
						withName = map[int32]bool{}
					}
					withName[h.doc] = true
				}
			}
		}
	}
	return out, withName
}

// namedEntities returns the documents and programmes the question names in
// its own words, as what it asks about: not in a purpose clause
// ("surat keterangan sehat buat nikah" names no marriage document).
func (ix *index) namedEntities(an analysis) []int32 {
	var named []int32
	for _, f := range an.forms {
		if f.id >= 0 && f.ratio == 1 && f.full >= 0.9 && entities[ix.termText(f.id)] && !slices.Contains(named, f.id) {
			named = append(named, f.id)
		}
	}
	return named
}

// titleNames reports whether doc's title names one of the entities.
func (ix *index) titleNames(named []int32, doc int) bool {
	for _, id := range named {
		if slices.Contains(ix.titles[doc], id) {
			return true
		}
	}
	return false
}

const (
	headBoost          = 0.5
	entityTitlePenalty = 0.85
	bodyCover          = 0.7
	// decisionBodyCover is bodyCover for the coverage that decides whether
	// to answer (flat from 0.6 to 0.8 on every set).
	decisionBodyCover = 0.7
	phraseBoost       = 0.3
	headTFCap         = 2
	coordWeight       = 0.5
	titleBoost        = 0.2
	entityPenalty     = 0.5
)

// regionalSuffixes are the Javanese and Sundanese endings for "its"/"the":
// "biayane", "syarate", "syaratna".
var regionalSuffixes = []string{"ne", "na", "e"}

// regionalBase returns the article word an unknown word is with a
// Javanese or Sundanese ending ("carane" -> "cara"), or "".
func regionalBase(w string, surface map[string]int) string {
	for _, suf := range regionalSuffixes {
		if r, ok := strings.CutSuffix(w, suf); ok && len(r) >= 3 && surface[r] > 0 {
			return r
		}
	}
	return ""
}

// properNames returns, lowercased, the words of a message written as names
// are: a capital and then small letters, not at the start of a sentence
// ("di RSUD Sidoarjo", "nama saya Siti Nurhalizah", "on Instagram"). Such
// a word the articles never use is who or where, not what is asked.
func properNames(q string) map[string]bool {
	var out map[string]bool
	start := true
	for _, f := range strings.Fields(q) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" && !start && isCapitalised(w) {
			if out == nil {
				out = map[string]bool{}
			}
			out[strings.ToLower(w)] = true
		}
		start = strings.ContainsAny(f, ".!?") || w == "" && start
	}
	return out
}

// isCapitalised reports whether w is a capital followed by at least two
// small letters ("Sidoarjo", not "KTP" or "I").
func isCapitalised(w string) bool {
	rs := []rune(w)
	if len(rs) < 3 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
