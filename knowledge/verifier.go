package knowledge

import (
	"math"
	"slices"
)

// The verifier decides whether the best article answers the question, from
// features of the pair (question, best article): how strongly and how
// completely it matches, and above all what the question names that the
// article does not. It is a logistic model trained on the development
// question sets (verifier_train_test.go; the weights are in
// verifier_weights.go) and takes the rules' own decision as one of its
// inputs, so it learns when to overrule them rather than replacing them.
// Some inputs are learnt from the training questions themselves, and ship
// with the weights: which missing words meant another need
// (need_weights.go), which missing words an article's own questions had
// (scope_tables.go), and the nearest training questions an article
// answered rightly or wrongly (near_questions.txt). An article no training
// question reached gets nothing from them.

// verifierOn lets the verifier decide; training turns it off to see the
// rules' own decisions.
var verifierOn = true

// Feature positions in a verifier vector.
const (
	vBias = iota
	vNorm
	vCoverage
	vCoverageNext
	vMargin
	vUnknown      // share of the question's weight in words the base does not know
	vMissKnown    // share in words the base knows and the article lacks
	vMissKnownIDF // rarest such word, by idf over the highest idf
	vMissTitle    // such a word is in another article's title
	vMissEntity   // such a word names a document the base knows
	vObjectMissing
	vEntityMismatch
	vTitleNamed
	vModified
	vOffTopic
	vContent
	vHeadCoverage // share matched by the title, keywords or questions
	vTitleRecall  // share of the article's title the question names
	vEnglish
	vRule
	vFollowUp
	vNamedHead
	vUnknownObject // an object of a service verb the base does not know
	vQualifier     // the question names a kind of applicant or place the article never mentions
	vEntityModifier
	vMissHead     // share in missing words other articles name in their title, keywords or questions
	vMissBodyOnly // share in missing words other articles only use in their text
	vTermMissing  // the question names a service term the article lacks a word of
	vTermHead     // the article's title or keywords hold a service term the question names
	vTermNowhere  // no article holds a service term the question names
	vPrevious     // a follow-up, and the best article is the previous answer's
	vQualifierSoft
	vMissNeed   // the words the article lacks, by how often such a word meant another need in training
	vMissStage  // the question names a stage of a document's life (lost, renewed, corrected) the article never mentions
	vScopeRight // share of the missing words that questions this article answered rightly also had, in training
	vScopeWrong // share of the missing words that questions this article answered wrongly also had, in training
	vNearRight  // likeness to the nearest training question this article answered rightly
	vNearWrong  // likeness to the nearest training question this article answered wrongly
	numVerifierFeatures
)

var verifierFeatureNames = [numVerifierFeatures]string{
	"bias", "norm", "coverage", "coverage_next", "margin", "unknown", "miss_known", "miss_known_idf",
	"miss_title", "miss_entity", "object_missing", "entity_mismatch", "title_named", "modified", "off_topic",
	"content", "head_coverage", "title_recall", "english", "rule", "follow_up", "named_head", "unknown_object",
	"qualifier", "entity_modifier", "miss_head", "miss_body_only",
	"term_missing", "term_head", "term_nowhere", "previous", "qualifier_soft", "miss_need", "miss_stage", "scope_right", "scope_wrong", "near_right", "near_wrong",
}

// verifyInput is what search knows about a question and its best article
// when it decides.
type verifyInput struct {
	an            analysis
	ranked        []int
	scores        []float64
	norm          float64
	coverage      float64
	hasEntity     map[int32]bool
	named         []int32
	namedHead     bool
	objectMissing bool
	english       bool
	rule          bool
	followUp      bool
	previous      bool
	terms         []string // the question's topic words, see topicTerms
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// verifierFeatures returns the feature vector of the question and its best
// article, and the topic words of the question the article lacks.
func (ix *index) verifierFeatures(in verifyInput) (v [numVerifierFeatures]float64, missing []string) {
	an, top := in.an, in.ranked[0]
	v[vBias] = 1
	v[vNorm] = min(in.norm, 3)
	v[vCoverage] = in.coverage
	if len(in.ranked) > 1 {
		v[vCoverageNext] = ix.coverage(an, in.ranked[1])
		if s1 := in.scores[top]; s1 > 0 {
			v[vMargin] = (s1 - in.scores[in.ranked[1]]) / s1
		}
	} else {
		v[vMargin] = 1
	}
	gw := ix.groupWeights(an)
	total := 0.0
	for _, w := range gw {
		total += w
	}
	if total == 0 {
		total = 1
	}
	// Per message word: the best way the article matches it.
	const (
		none = iota
		body
		head
	)
	match := make([]int, an.groups)
	known := make([]bool, an.groups)
	for _, f := range an.forms {
		if f.id < 0 {
			continue
		}
		known[f.group] = true
		p := ix.posting(f.id, top)
		switch {
		case p == nil:
		case p.tf[fieldTitle]+p.tf[fieldKeywords]+p.tf[fieldQuestions] > 0:
			match[f.group] = head
		default:
			match[f.group] = max(match[f.group], body)
		}
	}
	for g := range an.groups {
		switch {
		case !known[g]:
			v[vUnknown] += gw[g] / total
		case match[g] == none:
			v[vMissKnown] += gw[g] / total
		case match[g] == head:
			v[vHeadCoverage] += gw[g] / total
		}
	}
	// Where else the base uses each word the article lacks, one pass over
	// its postings per distinct word (a long message repeats words).
	type elsewhere struct{ head, title bool }
	seen := map[int32]elsewhere{}
	lookup := func(id int32) elsewhere {
		if e, ok := seen[id]; ok {
			return e
		}
		var e elsewhere
		for _, p := range ix.postings[id] {
			if int(p.doc) == top {
				continue
			}
			e.head = e.head || p.tf[fieldTitle]+p.tf[fieldKeywords]+p.tf[fieldQuestions] > 0
			e.title = e.title || p.tf[fieldTitle] > 0
		}
		seen[id] = e
		return e
	}
	headElsewhere := make([]bool, an.groups)
	for _, f := range an.forms {
		if f.id < 0 || match[f.group] != none {
			continue
		}
		if lookup(f.id).head {
			headElsewhere[f.group] = true
		}
	}
	for g := range an.groups {
		if known[g] && match[g] == none {
			if headElsewhere[g] {
				v[vMissHead] += gw[g] / total
			} else {
				v[vMissBodyOnly] += gw[g] / total
			}
		}
	}
	for _, f := range an.forms {
		if f.id < 0 || match[f.group] != none || f.full < 0.9 {
			continue
		}
		if w := ix.termText(f.id); !slices.Contains(missing, w) {
			missing = append(missing, w)
		}
		v[vMissKnownIDF] = max(v[vMissKnownIDF], ix.idf[f.id]/ix.maxIDF)
		if entities[ix.termText(f.id)] {
			v[vMissEntity] = 1
		}
		if lookup(f.id).title {
			v[vMissTitle] = 1
		}
	}
	for _, g := range an.objects {
		if !known[g] && !ix.isContext(an, g) {
			v[vUnknownObject] = 1
		}
	}
	v[vQualifier] = b2f(ix.qualifierMissing(an, top, false))
	v[vQualifierSoft] = b2f(ix.qualifierMissing(an, top, true))
	tm := ix.matchTerms(an.canon, top)
	v[vTermMissing], v[vTermHead], v[vTermNowhere] = b2f(tm.missing), b2f(tm.head), b2f(tm.nowhere)
	v[vEntityModifier] = b2f(ix.entityModifierMissing(an, top, match))
	v[vObjectMissing] = b2f(in.objectMissing)
	v[vEntityMismatch] = b2f(in.hasEntity != nil && !in.hasEntity[int32(top)])
	v[vTitleNamed] = b2f(ix.titleNames(in.named, top))
	v[vModified] = b2f(an.modified)
	v[vOffTopic] = b2f(an.offTopic)
	v[vContent] = math.Log1p(float64(an.content))
	if ts := ix.titles[top]; len(ts) > 0 {
		asked := map[int32]bool{}
		for _, f := range an.forms {
			if f.id >= 0 {
				asked[f.id] = true
			}
		}
		var got, all float64
		for _, id := range ts {
			all += ix.idf[id]
			if asked[id] {
				got += ix.idf[id]
			}
		}
		if all > 0 {
			v[vTitleRecall] = got / all
		}
	}
	v[vEnglish] = b2f(in.english)
	v[vRule] = b2f(in.rule)
	v[vFollowUp] = b2f(in.followUp)
	v[vPrevious] = b2f(in.followUp && in.previous)
	v[vNamedHead] = b2f(in.namedHead)
	v[vMissNeed] = missNeed(needWeights, missing)
	v[vScopeRight], v[vScopeWrong] = scopeShares(scopeRight, scopeWrong, ix.docs[top].ID, missing)
	v[vNearRight], v[vNearWrong] = nearest(nearQuestions()[ix.docs[top].ID], in.terms)
	for _, w := range an.canon {
		if !stageWords[w] {
			continue
		}
		if id, ok := ix.terms[ix.stemQuery(w)]; ok && ix.posting(id, top) == nil {
			v[vMissStage] = 1
		}
	}
	return v, missing
}

// scopeShares returns the shares of the missing words that questions the
// article top answered rightly, and wrongly, also lacked in training
// (scope_tables.go, keys "<article id> <word>"): "umroh" for a passport,
// "sekolah" for a child's ID card are the stories of their own questions;
// "kitas kerja" for a spouse's stay permit another need.
func scopeShares(right, wrong map[string]bool, top string, missing []string) (float64, float64) {
	if len(missing) == 0 {
		return 0, 0
	}
	var r, w float64
	for _, m := range missing {
		if right[top+" "+m] {
			r++
		}
		if wrong[top+" "+m] {
			w++
		}
	}
	return r / float64(len(missing)), w / float64(len(missing))
}

// nearQuestion is a training question with the article it was best
// matched with: its topic words, and whether the article answered it.
type nearQuestion struct {
	right bool
	terms []string
}

// nearest returns the likeness (Jaccard, over topic words) of a question's
// topic words to the nearest training question its best article answered
// rightly, and to the nearest it answered wrongly.
func nearest(qs []nearQuestion, terms []string) (right, wrong float64) {
	if len(terms) == 0 {
		return 0, 0
	}
	for _, q := range qs {
		shared := 0
		for _, t := range q.terms {
			if slices.Contains(terms, t) {
				shared++
			}
		}
		j := float64(shared) / float64(len(terms)+len(q.terms)-shared)
		if q.right {
			right = max(right, j)
		} else {
			wrong = max(wrong, j)
		}
	}
	return right, wrong
}

// topicTerms returns the distinct topic words of a question the base knows.
func (ix *index) topicTerms(an analysis) []string {
	var out []string
	for _, f := range an.forms {
		if f.id >= 0 && f.full >= 0.9 {
			if w := ix.termText(f.id); !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// stageWords name a stage of a document's life: made, lost or damaged,
// renewed, corrected, moved, cancelled. A question about a stage its best
// article never mentions ("akta kematian hilang, cetak ulangnya") is
// likely about another article, or one the base lacks.
var stageWords = setOf("hilang", "rusak", "perpanjang", "perpanjangan", "duplikat", "mutasi", "pembetulan",
	"batal", "pembatalan", "cabut", "hapus", "legalisir", "pecah", "pemecahan", "ganti", "penggantian", "ubah",
	"perubahan", "salah", "cetak", "sobek", "robek", "basah", "expired", "kadaluarsa", "mati")

// missNeed is the strongest sign among the words a question names and its
// best article lacks that the question asks for another need: for each
// word, the log odds, smoothed, that an answer lacking it was wrong in the
// training sets ("visa", "kitas", "b1" are other needs; "anak", "kerja"
// are stories), relative to all answers lacking some word. Words seen too
// rarely in training weigh nothing.
func missNeed(weights map[string]float64, missing []string) float64 {
	best := 0.0
	for _, w := range missing {
		best = max(best, weights[w])
	}
	return best
}

// settled reports whether the best article answers without the verifier:
// a follow-up that the previous answer's article still ranks first for
// ("kalo ga terdaftar, daftarnya gmn?") or a bare document name (see
// bareName); either unless the question names a public-service thing no
// article has.
func settled(v [numVerifierFeatures]float64) bool {
	if v[vTermNowhere] == 1 {
		return false
	}
	return v[vPrevious] == 1 || bareName(v)
}

// namesTitle reports whether the question names the very name the article
// goes by, with the document in it ("ktp istri ilang di pasar" and KTP-el
// Hilang): a story around such a question seldom makes it another need,
// so the verifier gives it the benefit of the doubt (namedSlack).
func namesTitle(v [numVerifierFeatures]float64) bool {
	return v[vTermNowhere] != 1 && v[vRule] == 1 && v[vNamedHead] == 1 && v[vTitleNamed] == 1
}

// namedSlack is how far below even odds the verifier may score a question
// that names the article's title and still answer it. (Answering every
// such question, as before, let through one near miss in six of those the
// training sets' held-out judgements still answered: "perpanjang paspor
// di KBRI", "SKCK buat WN Belanda".)
const namedSlack = -1.0

// bareName reports whether the question is no more than a name articles
// are titled after ("kk", "sim c"): the answer offers them to choose
// from, which is no confident answer to decline.
func bareName(v [numVerifierFeatures]float64) bool {
	return v[vRule] == 1 && v[vTitleNamed] == 1 && v[vHeadCoverage] >= 0.99 && v[vContent] <= math.Log1p(2)
}

// judge decides whether to answer with the best article: never when the
// question names a kind of applicant or place the article never mentions
// (a foreigner or someone abroad, a company: right twice in 23 such
// questions of the development sets), always when the rules' answer is
// settled, with some slack when the question names the article's title,
// else as score says.
func judge(v [numVerifierFeatures]float64, score func([numVerifierFeatures]float64) float64) bool {
	switch {
	case v[vQualifier] == 1:
		return false
	case settled(v):
		return true
	case namesTitle(v):
		return score(v) >= namedSlack
	}
	return score(v) >= 0
}

// verifierScore is the trained model's log odds that the best article
// answers the question.
func verifierScore(v [numVerifierFeatures]float64) float64 {
	z := 0.0
	for i, x := range v {
		z += verifierWeights[i] * x
	}
	return z
}

// qualifierClasses are kinds of applicant or circumstance that make a need
// another one: a foreigner, a citizen abroad, a company or foundation, a
// deceased person. An article that never mentions the kind does not cover
// the need, whatever else matches.
var qualifierClasses = []struct {
	cues, covers map[string]bool
	// domain, when set, are words one of which the article's title must
	// have for the class to matter.
	domain map[string]bool
	// soft: the kind is often only part of the story ("waktu beberes
	// rumah almarhum kakek"), so it weighs in the verifier, not decides.
	soft bool
}{
	{
		// A foreigner is not a citizen going abroad: "SKCK buat WNA" is not
		// covered by the SKCK article's line on SKCK for going abroad.
		cues:   setOf("wna", "asing", "foreigner", "expat"),
		covers: setOf("wna", "asing", "mancanegara"),
	},
	{
		// Abroad, or a foreign country named: an article on foreigners
		// covers a spouse "orang jepang" too.
		cues: setOf("luarnegeri", "foreign", "abroad", "overseas", "kbri", "kjri",
			"malaysia", "singapura", "singapore", "brunei", "jepang", "japan", "korea", "taiwan", "hongkong", "cina", "china",
			"tiongkok", "arab", "saudi", "riyadh", "jeddah", "dubai", "qatar", "kuwait", "mesir", "turki", "australia",
			"amerika", "usa", "belanda", "jerman", "inggris", "perancis", "prancis", "eropa", "thailand", "filipina",
			"vietnam", "india", "pakistan", "kanada", "canada", "rusia", "italia", "spanyol", "swiss", "selandia"),
		covers: setOf("wna", "asing", "luarnegeri", "kbri", "kjri", "perwakilan", "konsulat", "kedutaan", "mancanegara"),
	},
	{
		// Graduate study: "KIP Kuliah buat S2" is not covered by an
		// article on undergraduate aid that never names it. Only for
		// articles titled after study: on a scholar's move abroad it is
		// story.
		cues:   setOf("s2", "s3", "magister", "master", "doktor", "doktoral", "pascasarjana"),
		covers: setOf("s2", "s3", "magister", "master", "doktor", "doktoral", "pascasarjana"),
		domain: setOf("kuliah", "sekolah", "pendidikan", "beasiswa", "ijazah", "siswa", "mahasiswa"),
	},
	{
		cues:   setOf("pt", "cv", "yayasan", "perusahaan", "koperasi", "firma", "perseroan", "company", "ormas", "perkumpulan", "korporasi"),
		covers: setOf("pt", "cv", "yayasan", "perusahaan", "koperasi", "firma", "perseroan", "badan", "korporasi", "perkumpulan"),
	},
	{
		cues:   setOf("meninggal", "almarhum", "almarhumah", "alm", "wafat", "mendiang", "died", "deceased", "dead"),
		covers: setOf("meninggal", "almarhum", "wafat", "kematian", "waris", "ahli"),
		soft:   true,
	},
}

// qualifierMissing reports whether the question names a qualifier class
// that article doc never mentions, among the soft classes or the others.
func (ix *index) qualifierMissing(an analysis, doc int, soft bool) bool {
	for _, c := range qualifierClasses {
		if c.soft != soft {
			continue
		}
		cued := false
		for _, w := range an.canon {
			if c.cues[w] {
				cued = true
				break
			}
		}
		if !cued || c.domain != nil && !ix.titleHasAny(doc, c.domain) {
			continue
		}
		covered := false
		for w := range c.covers {
			if id, ok := ix.terms[ix.stemQuery(w)]; ok && ix.posting(id, doc) != nil {
				covered = true
				break
			}
		}
		if !covered {
			return true
		}
	}
	return false
}

// titleHasAny reports whether doc's title has one of words.
func (ix *index) titleHasAny(doc int, words map[string]bool) bool {
	for w := range words {
		if id, ok := ix.terms[ix.stemQuery(w)]; ok {
			if p := ix.posting(id, doc); p != nil && p.tf[fieldTitle] > 0 {
				return true
			}
		}
	}
	return false
}

// entityModifierMissing reports whether a document the question names is
// followed by a word the article lacks ("paspor dinas", "sim d"): perhaps
// another kind of that document.
func (ix *index) entityModifierMissing(an analysis, doc int, match []int) bool {
	isEntity := make([]bool, an.groups)
	main := make([]bool, an.groups)
	for _, f := range an.forms {
		if f.id >= 0 && entities[ix.termText(f.id)] {
			isEntity[f.group] = true
		}
		if f.full >= 0.9 {
			main[f.group] = true
		}
	}
	for g := 0; g+1 < an.groups; g++ {
		if isEntity[g] && !isEntity[g+1] && main[g+1] && match[g+1] == 0 {
			return true
		}
	}
	return false
}
