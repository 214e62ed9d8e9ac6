package knowledge

import (
	"slices"
	"sort"
	"strconv"
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
	Answered  bool   // confident enough to answer from the knowledge base
	Ambiguous bool   // the top results are close: offer them as choices
	FollowUp  bool   // resolved with the previous answer's context
	English   bool   // the question is in English
	Aspect    Aspect // the part of the service asked about
	Hits      []Hit
	// Others are articles about other needs the same message names ("ktp
	// dan kk hilang"): the answer is the first hit, these are offered.
	Others []Hit
	// Related: not answered, but the first hit shares enough with the
	// question to be named as possibly related (never as the answer).
	Related bool
	// OffTopic: the message names a matter the help desk does not handle
	// (weather, loans, politics...).
	OffTopic bool
	// Coverage is the share of the question's weight the first hit matches.
	Coverage float64
	// features are the verifier's inputs for the first hit.
	features [numVerifierFeatures]float64
	// missing are the topic words of the question the first hit lacks.
	missing []string
}

// Hit is one ranked article.
type Hit struct {
	ID    string
	Title string
	Score float64
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
	entityScore     = 0.6
	entityCoverage  = 0.4
	fullCoverage    = 0.9 // an article matching nearly every word is not "about something else"
	ambiguousMargin = 0.09
	// relatedScore: below the answer threshold, a first hit this strong is
	// named to the citizen as possibly related.
	relatedScore = 0.5
	// relatedLogOdds: nor, unless it is titled after a document the
	// question names, when the verifier gives it less than about a 5 %
	// chance of answering ("rumah bocor" is not about the digital ID).
	relatedLogOdds = -3.0
)

// rerankOn lets the nearest training questions re-rank the first three
// articles; training turns it off, as a training question would find
// itself among them.
var rerankOn = true

func (ix *index) search(q string, opts SearchOptions) Result {
	top := opts.Top
	if top <= 0 {
		top = 5
	}
	an := ix.analyze(towardDestination(q, opts.PreviousQuery), 1)
	res := Result{Query: q, Intent: classify(q, an.raw, an.canon), English: isEnglish(an.raw), OffTopic: an.offTopic}
	if res.Intent != IntentQuestion && res.Intent != IntentComplaint {
		return res
	}
	res.Aspect = DetectAspect(q)
	if len(opts.PreviousIDs) > 0 && res.Intent == IntentQuestion {
		if d, ok := ix.byID[opts.PreviousIDs[0]]; ok {
			if a, only := AspectOnly(q); only {
				if ix.spoken[d][a] {
					// "biayanya brp?" after an answer: that part of the
					// article under discussion.
					res.Answered, res.FollowUp = true, true
					res.Hits = []Hit{{ID: ix.docs[d].ID, Title: ix.docs[d].Title, Score: 1}}
					return res
				}
				if doc := ix.titleDocuments(d); doc != "" {
					// It has nothing on that part: "telat bayar dendanya
					// brp" after the article on joining BPJS asks about
					// BPJS arrears, another article. Asked afresh with the
					// document it is about, without the pull of the
					// article that lacks it.
					r := ix.search(q+" "+doc, SearchOptions{Top: opts.Top})
					r.Query, r.FollowUp = q, true
					return r
				}
			}
		}
	}
	buf := ix.getScratch()
	scores, docs, hasEntity := ix.scoreEntities(an, nil, buf)
	defer func() { ix.putScratch(buf, docs) }() // docs may grow below
	if len(opts.PreviousIDs) > 0 && ix.isFollowUp(an, scores, docs) {
		// Rank by the new words, boosting articles close to the previous
		// answer: "kalau hilang gimana?" after KTP-el -> the lost-KTP article.
		if sim := ix.previousSimilarity(an, opts); sim != nil {
			res.FollowUp = true
			for _, d := range docs {
				scores[d] *= 1 + followUpBoost*sim[d]
			}
		}
	}
	ranked := ix.topDocs(scores, docs, max(top, 2))
	stayed, moveTo := false, -1
	if len(ranked) == 0 && len(opts.PreviousIDs) > 0 && res.Intent == IntentQuestion && happensOnly(an) {
		if d, ok := ix.byID[opts.PreviousIDs[0]]; ok {
			// "kalo dicuekin aja gmn?" after the ETLE answer: nothing but
			// what is done to the citizen's case, which no article's
			// words match; the article under discussion says what then.
			res.FollowUp, stayed = true, true
			docs = append(docs, d) // its slot is cleared with the others
			scores[d] = 1
			ranked = []int{d}
		}
	}
	if res.FollowUp {
		var moves, within bool
		limitTo := -1
		p, known := ix.byID[opts.PreviousIDs[0]]
		if known {
			moveTo, moves = ix.movedTo(an, p)
			limitTo, within = ix.pastItsLimit(an, p)
		}
		d, ok := ix.staysOn(an, opts, moves)
		switch {
		case limitTo >= 0:
			// "kalo udh lewat 3 bulan?": the previous article itself
			// says which article applies past its time limit.
			d, ok = limitTo, true
		case within:
			// "kalo baru 2 minggu?": within it, the previous one does.
			d, ok = p, true
		}
		stayed = ok
		if ok && (len(ranked) == 0 || ranked[0] != d) {
			// "harus ke polsek dulu ga?" after the lost-KTP answer: a
			// short question naming nothing new, which the previous
			// article answers, is about that article, however well a
			// word of it matches another one.
			if scores[d] == 0 {
				docs = append(docs, d) // its slot is cleared with the others
			}
			ranked = slices.DeleteFunc(ranked, func(x int) bool { return x == d })
			ranked = append([]int{d}, ranked...)
			scores[d] = scores[ranked[min(1, len(ranked)-1)]] * (1 + 2*ambiguousMargin)
			if len(ranked) == 1 {
				scores[d] = 1
			}
		}
	}
	if i := slices.Index(ranked, moveTo); !stayed && moveTo >= 0 && i > 0 {
		putFirst(ranked, scores, i)
	}
	terms := ix.topicTerms(an)
	if !stayed && rerankOn {
		ix.rerank(ranked, scores, terms)
	}
	if res.FollowUp {
		terms = ix.withPreviousDocument(slices.Clone(terms), opts)
	}
	for i, d := range ranked {
		if i == top {
			break
		}
		res.Hits = append(res.Hits, Hit{ID: ix.docs[d].ID, Title: ix.docs[d].Title, Score: round3(scores[d])})
	}
	if len(ranked) == 0 {
		return res
	}
	res.Coverage = ix.coverage(an, ranked[0])
	res.Others = ix.otherNeeds(an, ranked)
	s1 := scores[ranked[0]]
	// The decision rests on how well the words match, before the boost
	// for naming an article's title or keyword, which only ranks.
	norm := s1 / buf.head[ranked[0]] / ix.maxIDF
	// A strong match may answer a long message full of personal context,
	// but not one that names something the help desk does not handle.
	res.Answered = norm >= answerScore && (res.Coverage >= minCoverage || norm >= sureScore && !an.offTopic)
	if hasEntity != nil && hasEntity[int32(ranked[0])] && !an.offTopic &&
		norm >= entityScore && res.Coverage >= entityCoverage {
		// The question names a document this article is about ("ane mau
		// bikin npwp gan"): unknown chat words around it do not matter.
		res.Answered = true
	}
	named := ix.namedEntities(an)
	if buf.namedHead[int32(ranked[0])] && !an.offTopic && !an.modified && norm >= entityScore &&
		ix.titleNames(named, ranked[0]) {
		// The question uses the very name the article goes by, with the
		// document in it ("ktp ... hilang"), and the article is titled
		// after that document: a story around it does not matter.
		res.Answered = true
	}
	if hasEntity != nil && !hasEntity[int32(ranked[0])] && res.Coverage < fullCoverage {
		// The question names a document (a BPJS programme, a KK ...) the
		// best article does not cover: it is about something else.
		res.Answered = false
	}
	// What the citizen asks to get is named, and the best article is not
	// about it (see below).
	objectMissing := !ix.titleNames(named, ranked[0]) && ix.objectMissing(an, ranked[0]) && res.Coverage < fullCoverage
	if res.Answered && objectMissing {
		// What the citizen asks to get is something no article is about,
		// or something this article never mentions: a near miss. (A
		// question naming the document the article is titled after has
		// its object already; a later verb is its story: "akte ilang,
		// mau daftar sekolah".)
		res.Answered = false
	}
	if an.content == 1 && len(named) == 1 && !an.offTopic && ix.titleNames(named, ranked[0]) {
		// Only a document's name ("ktp"): answer with the articles titled
		// after it, as choices when there are several.
		res.Answered = true
		if len(ranked) > 1 && ix.titleNames(named, ranked[1]) {
			res.Ambiguous = true
		}
	}
	if an.offTopic && res.Coverage < fullCoverage {
		// "siapa presiden indonesia": a word the help desk does not handle,
		// and the article matches only the rest.
		res.Answered = false
	}
	if res.FollowUp {
		// A follow-up is short by nature; the previous answer supplies
		// its subject. Not when it asks to get something no article near
		// the previous answer is about: "bikin visa jepang gimana" after
		// a KTP answer is a new need, and a near miss.
		res.Answered = norm >= followUpScore && !objectMissing
	}
	if stayed {
		res.Answered = true
	}
	if res.Intent == IntentQuestion && !stayed {
		res.features, res.missing = ix.verifierFeatures(verifyInput{
			an: an, ranked: ranked, scores: scores, norm: norm, coverage: res.Coverage,
			hasEntity: hasEntity, named: named, namedHead: buf.namedHead[int32(ranked[0])],
			objectMissing: objectMissing, english: res.English, rule: res.Answered, followUp: res.FollowUp, terms: terms,
			previous: len(opts.PreviousIDs) > 0 && ix.docs[ranked[0]].ID == opts.PreviousIDs[0],
		})
		if verifierOn {
			res.Answered = judge(res.features, verifierScore)
		}
	}
	// A follow-up that names where it goes ("di kota tujuan urus apa?"
	// after the moving-out answer) is no choice between close articles.
	moved := moveTo >= 0 && !stayed && ranked[0] == moveTo
	if len(ranked) > 1 && !moved {
		s2 := scores[ranked[1]]
		if (s1-s2)/s1 < ambiguousMargin {
			res.Ambiguous = true
		}
	}
	if !res.Answered && len(ranked) > 1 {
		res.Ambiguous = true
	}
	res.Related = !res.Answered && !an.offTopic && norm >= relatedScore &&
		(res.features[vBias] == 0 || res.features[vTitleNamed] == 1 || verifierScore(res.features) >= relatedLogOdds)
	if res.Intent == IntentComplaint && len(ranked) > 0 && ix.asksObjection(an, ranked[0]) {
		// "tetangga mampu tetap dapat bansos ... ada cara resmi untuk
		// menyanggah?": the service has its own way to object, which its
		// article describes; that is the answer, not the complaints one.
		res.Intent = IntentQuestion
	}
	if res.Intent == IntentComplaint {
		ix.complaintFirst(&res, scores)
	}
	return res
}

// titleEntities returns the documents and programmes article doc is
// titled after ("bpjs" for Daftar BPJS Kesehatan Mandiri), as terms.
func (ix *index) titleEntities(doc int) []int32 {
	var out []int32
	for _, id := range ix.titles[doc] {
		if entities[ix.termText(id)] {
			out = append(out, id)
		}
	}
	return out
}

// titleDocuments returns titleEntities as words.
func (ix *index) titleDocuments(doc int) string {
	var out []string
	for _, id := range ix.titleEntities(doc) {
		out = append(out, ix.termText(id))
	}
	return strings.Join(out, " ")
}

// requirementWords ask whether something is needed or to be brought.
var requirementWords = setOf("perlu", "butuh", "harus", "wajib", "bawa", "pakai", "lampir", "need", "bring", "required")

// haveWords say having a thing: "harus punya nib?" asks whether it is
// needed.
var haveWords = setOf("punya", "milik", "memiliki", "have")

// asksWhat reports whether a message asks what or how rather than whether:
// "yg jual perlu ngapain?" asks what the seller must do, which may be
// another article, and so does "perlu apa aja"; "apa perlu kk?" asks
// whether. The words are canonical ("gmn" is "bagaimana") but for
// "ngapain", which the lexicon folds into "apa".
func asksWhat(an analysis) bool {
	for i, w := range an.canon {
		if whatWords[w] || w == "apa" && i+1 < len(an.canon) && an.canon[i+1] == "saja" {
			return true
		}
	}
	return slices.Contains(an.raw, "ngapain")
}

var whatWords = setOf("bagaimana", "dimana", "berapa", "kapan", "kenapa", "what", "how")

// asksItsRequirement reports whether a short follow-up asks whether
// something article doc speaks of is needed: "perlu surat kehilangan?"
// after the damaged-KTP answer, which says it is not. Its words name
// other articles (the police letter, the lost KTP), but the question is
// about this one. Not when it asks to get something ("perlu apa buat
// bikin kk?" is a new need).
func (ix *index) asksItsRequirement(an analysis, doc int) bool {
	if an.content > 3 || !names(an.canon, requirementWords) || names(an.canon, serviceVerbs) || asksWhat(an) {
		return false
	}
	// The asking words themselves ("wajib punya") are no topic the
	// article must have.
	return ix.coverageWhere(an, func(f form) float64 {
		if w := ix.termText(f.id); ix.posting(f.id, doc) != nil || requirementWords[w] || haveWords[w] {
			return 1
		}
		return 0
	}) >= fullCoverage
}

// asksObjection reports whether the question asks how to object
// ("menyanggah", "keberatan") and article doc describes an objection by
// that word: the service's own channel for the grievance.
func (ix *index) asksObjection(an analysis, doc int) bool {
	objects := slices.Contains(an.canon, "keberatan")
	for _, f := range an.forms {
		if f.id < 0 {
			continue
		}
		if w := ix.termText(f.id); (w == "sanggah" || w == "berat" && objects) && ix.posting(f.id, doc) != nil {
			return true
		}
	}
	return false
}

// ComplaintCategory is the category of articles on filing a complaint
// (SP4N-LAPOR! and the office's own channels).
const ComplaintCategory = "pengaduan"

// complaintFirst answers a complaint with the base's complaints article
// (how to file one), ahead of whatever the complaint's words matched; a
// base without one leaves the complaint to an officer.
//
// A service article the complaint's words would have been answered with
// ("ktp 3 bulan belum jadi, petugasnya cuek" and the new-KTP article) is
// kept as another need.
func (ix *index) complaintFirst(res *Result, scores []float64) {
	if res.Answered && len(res.Hits) > 0 {
		if d, ok := ix.byID[res.Hits[0].ID]; ok && ix.docs[d].Category != ComplaintCategory {
			res.Others = append([]Hit{res.Hits[0]}, slices.DeleteFunc(res.Others, func(h Hit) bool { return h.ID == res.Hits[0].ID })...)
		}
	}
	res.Answered, res.Ambiguous, res.Related = false, false, false
	best := -1
	for d := range ix.docs {
		if ix.docs[d].Category == ComplaintCategory && (best < 0 || scores[d] > scores[best]) {
			best = d
		}
	}
	if d := best; d >= 0 {
		hit := Hit{ID: ix.docs[d].ID, Title: ix.docs[d].Title, Score: round3(scores[d])}
		if i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.ID == hit.ID }); i >= 0 {
			hit = res.Hits[i]
			res.Hits = slices.Delete(res.Hits, i, i+1)
		}
		res.Hits = append([]Hit{hit}, res.Hits...)
		res.Answered = true
		return
	}
}

// objectMissing reports whether an object of a service verb in the
// question ("bikin visa") is unknown to the base or absent from doc.
func (ix *index) objectMissing(an analysis, doc int) bool {
	for _, g := range an.objects {
		if ix.isContext(an, g) {
			// In a purpose clause or a place: not what is asked for.
			continue
		}
		found := false
		for _, f := range an.forms {
			if f.group != g || f.id < 0 {
				continue
			}
			if ix.posting(f.id, doc) != nil {
				found = true
			}
		}
		if !found {
			return true
		}

	}
	return false
}

// isContext reports whether message word g weighs less than a topic word
// (a relative, a place, a purpose): it is not what is asked for.
func (ix *index) isContext(an analysis, g int) bool {
	for _, f := range an.forms {
		if f.group == g && f.full < 0.9 {
			return true
		}
	}
	return false
}

// shiftsFrom reports whether a follow-up names a word that the title of a
// neighbour of the previous article (one about the same document) has and
// the previous article's title has not: "hilang" after "KTP-el Rusak".
func (ix *index) shiftsFrom(cur analysis, prev int, same []float64) bool {
	for _, f := range cur.forms {
		if f.id < 0 || slices.Contains(ix.titles[prev], f.id) {
			continue
		}
		for d := range ix.docs {
			if d != prev && same[d] > 0 && slices.Contains(ix.titles[d], f.id) {
				return true
			}
		}
	}
	return false
}

// staysOn returns the previous answer's article when a follow-up names no
// document other than those in its title, asks about nothing a neighbour
// of it is titled after, and either the article covers most of what it
// asks or nothing in it points elsewhere.
//
// moves tells that the follow-up moves to another article (movedTo).
func (ix *index) staysOn(an analysis, opts SearchOptions, moves bool) (int, bool) {
	if len(opts.PreviousIDs) == 0 {
		return 0, false
	}
	d, ok := ix.byID[opts.PreviousIDs[0]]
	if !ok {
		return 0, false
	}
	if ix.asksItsRequirement(an, d) {
		return d, true
	}
	for _, e := range ix.namedEntities(an) {
		if !slices.Contains(ix.titles[d], e) {
			return 0, false
		}
	}
	if moves || ix.shiftsTitle(an, d) {
		return 0, false
	}
	return d, ix.bodyCoverage(an, d) >= stayCoverage || !ix.pointsElsewhere(an, d)
}

// rerank puts first, in place, the second or third article when its own
// training questions are much more like this one than the first article's
// are and it scores not far below it: people asked it this way before. The
// articles above it move down one place; the scores stay with the places,
// so the margins between the first three stay what the ranking gave. Only between articles that both have training
// questions: an article an office has just added has none, and would
// always lose.
func (ix *index) rerank(ranked []int, scores []float64, terms []string) {
	if len(ranked) < 2 {
		return
	}
	nq := nearQuestions()
	first := nq[ix.docs[ranked[0]].ID]
	if len(first) == 0 {
		return
	}
	r0, _ := nearest(first, terms)
	for i := 1; i < min(3, len(ranked)); i++ {
		ri, _ := nearest(nq[ix.docs[ranked[i]].ID], terms)
		if ri >= rerankMin && ri-r0 >= rerankGap && scores[ranked[i]] >= rerankScore*scores[ranked[0]] {
			putFirst(ranked, scores, i)
			return
		}
	}
}

// happensOnly reports whether a message's content words are all verbs the
// base does not know, in a passive or Jakartan form ("dicuekin",
// "ditanggepin", "didiemin", "ngilangin"): it asks what happens to the
// matter under discussion, and names nothing else to be about.
func happensOnly(an analysis) bool {
	if an.content == 0 {
		return false
	}
	for _, f := range an.forms {
		if f.id >= 0 {
			return false
		}
	}
	for _, w := range an.canon {
		if stopwords[w] || len(w) < 2 {
			continue
		}
		verb := len(w) >= 6 && (strings.HasPrefix(w, "di") || strings.HasSuffix(w, "in") || strings.HasPrefix(w, "nge"))
		if !verb {
			return false
		}
	}
	return true
}

// withPreviousDocument adds to a follow-up's topic words the documents the
// previous article is titled after: "kalau rusak gimana?" after the
// lost-KTP answer is about a damaged KTP, and the verifier likens it to
// the training questions as such. The re-ranking goes by the follow-up's
// own words: the previous document would pull towards articles on both.
func (ix *index) withPreviousDocument(terms []string, opts SearchOptions) []string {
	d, ok := ix.byID[opts.PreviousIDs[0]]
	if !ok {
		return terms
	}
	for _, id := range ix.titleEntities(d) {
		if w := ix.termText(id); !slices.Contains(terms, w) {
			terms = append(terms, w)
		}
	}
	return terms
}

// pointedTo returns the article that the previous one sends its reader to
// in a sentence sharing the follow-up's words, or -1: "di kota tujuan
// ngapain?" after the moving-out answer, whose "langkah di daerah tujuan
// dijelaskan di artikel Pindah Datang" says where that step is. At least
// half of the follow-up's topic words must be in that sentence and not in
// the previous article's title, and only one such sentence. A sentence
// with a time limit the follow-up's span falls short of does not count
// ("kalo udah lewat 40 hari?" and "lewat 60 hari"); a span past it is
// pastItsLimit's, which search puts before it.
func (ix *index) pointedTo(an analysis, prev int) int {
	topic := ix.namingGroups(an, 0.5)
	if len(topic) == 0 || len(topic) > 4 {
		return -1
	}
	_, days := timeGone(an)
	to := -1
	for _, p := range ix.pointers[prev] {
		if p.after > 0 && days > 0 && days < p.after {
			continue
		}
		shared := 0
		for _, ids := range topic {
			if slices.ContainsFunc(ids, func(id int32) bool {
				return slices.Contains(p.terms, id) && !slices.Contains(ix.titles[prev], id)
			}) {
				shared++
			}
		}
		if shared > 0 && 2*shared >= len(topic) {
			if to >= 0 && to != p.doc {
				return -1
			}
			to = p.doc
		}
	}
	return to
}

// pastItsLimit returns the article the previous one sends its reader to
// once a time limit has passed, when the follow-up says that much time has
// gone by ("kalo udh lewat 3 bulan?", "udh telat 4 bulan" after the birth
// certificate's "jika sudah lewat 60 hari, lihat ..."), or -1; and
// whether the span it names is within every such limit ("kalo baru 2
// minggu?"), so the previous article still applies.
func (ix *index) pastItsLimit(an analysis, prev int) (int, bool) {
	past, days := timeGone(an)
	if days == 0 {
		return -1, false
	}
	to, limits, within := -1, 0, true
	for _, p := range ix.pointers[prev] {
		if p.after == 0 {
			continue
		}
		limits++
		if days < p.after {
			continue
		}
		within = false
		if !past {
			continue
		}
		if to >= 0 && to != p.doc {
			return -1, false
		}
		to = p.doc
	}
	return to, limits > 0 && within
}

// timeGone returns whether a message says time has gone by, and the
// longest span it names, in days ("udh 4 bulan lalu": true, 120).
func timeGone(an analysis) (past bool, days float64) {
	for i, w := range an.canon {
		past = past || pastWords[w]
		if u := daysIn[w]; u > 0 {
			days = max(days, numberBefore(an.canon, i)*u)
		} else if r, ok := strings.CutPrefix(w, "se"); ok && daysIn[r] > 0 {
			days = max(days, daysIn[r]) // "sebulan", "setahun"
		}
	}
	return past, days
}

// numberBefore returns the number the words before canon[i] spell
// ("empat", "dua belas", "tiga puluh", "60"), or 0.
func numberBefore(canon []string, i int) float64 {
	if i == 0 {
		return 0
	}
	w := canon[i-1]
	if n, err := strconv.Atoi(w); err == nil {
		return float64(n)
	}
	if n := units[w]; n > 0 {
		return n
	}
	if i >= 2 && (w == "belas" || w == "puluh") {
		if n := units[canon[i-2]]; n > 0 {
			if w == "belas" {
				return n + 10
			}
			return n * 10
		}
	}
	return 0
}

// units are the number words below ten, with "sepuluh" and "sebelas".
var units = map[string]float64{"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
	"delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11}

// daysIn is how many days a unit of time is, roughly.
var daysIn = map[string]float64{"hari": 1, "minggu": 7, "bulan": 30, "tahun": 365}

// pastWords say that time has gone by: "lewat", "telat", "udah ... lalu".
var pastWords = setOf("lewat", "terlambat", "lebih", "lalu", "sudah", "melewati")

// movedTo returns the article a follow-up moves to from the previous one,
// by naming its title (movesTo) or the sentence that points to it
// (pointedTo); the article is -1 when the move is clear but its target is
// not.
func (ix *index) movedTo(an analysis, prev int) (int, bool) {
	if d, ok := ix.movesTo(an, prev); ok {
		return d, true
	}
	if d := ix.pointedTo(an, prev); d >= 0 {
		return d, true
	}
	if d := ix.completesName(an, prev); d >= 0 {
		return d, true
	}
	return -1, false
}

// completesName returns the one other article that the follow-up's
// service verb, with the document the previous article is about, names in
// full by one of its titles or keywords, or -1: "kalo ga terdaftar,
// daftarnya gmn?" after the article on checking bansos is "daftar bansos",
// the keyword of the article on proposing oneself for it. A word of a part
// ("biaya") makes no name, and a detail alone ("sim nya udh mati") asks
// about the case under discussion, not for another service; the previous
// article must not be named so itself.
func (ix *index) completesName(an analysis, prev int) int {
	own, verb := map[int32]bool{}, false
	for _, f := range an.forms {
		if f.id < 0 || f.full < 0.5 {
			continue
		}
		w := ix.termText(f.id)
		if _, cue := aspectCues[w]; !cue && !slices.Contains(ix.titles[prev], f.id) {
			own[f.id] = true
			verb = verb || serviceVerbs[w]
		}
	}
	subject := map[int32]bool{}
	for _, id := range ix.titleEntities(prev) {
		subject[id] = true
	}
	if !verb || len(subject) == 0 {
		return -1
	}
	to := -1
	for _, ids := range []map[int32]bool{own, subject} {
		for key := range ids {
			for _, h := range ix.heads[key] {
				mine, theirs, all := false, false, true
				for _, id := range h.terms {
					mine = mine || own[id]
					theirs = theirs || subject[id]
					all = all && (own[id] || subject[id])
				}
				if !all || !mine || !theirs {
					continue
				}
				if int(h.doc) == prev {
					return -1
				}
				if to >= 0 && to != int(h.doc) {
					return -1
				}
				to = int(h.doc)
			}
		}
	}
	return to
}

// namingGroups returns, for each word of the question that may name an
// article (not a word of a part such as "bayar", nor a service verb such
// as "buat"), the index terms it reads as, those weighing at least
// minFull of a word.
func (ix *index) namingGroups(an analysis, minFull float64) [][]int32 {
	var out [][]int32
	for g := range an.groups {
		var ids []int32
		for _, f := range an.forms {
			if f.group != g || f.id < 0 || f.full < minFull {
				continue
			}
			w := ix.termText(f.id)
			if _, cue := aspectCues[w]; !cue && !serviceVerbs[w] {
				ids = append(ids, f.id)
			}
		}
		if len(ids) > 0 {
			out = append(out, ids)
		}
	}
	return out
}

// putFirst moves ranked[i] to the front, the articles above it down one
// place; the scores stay with the places, so the margins between them stay
// what the ranking gave.
func putFirst(ranked []int, scores []float64, i int) {
	kept := make([]float64, i+1)
	for j := range kept {
		kept[j] = scores[ranked[j]]
	}
	d := ranked[i]
	copy(ranked[1:i+1], ranked[:i])
	ranked[0] = d
	for j := range kept {
		scores[ranked[j]] = kept[j]
	}
}

// pointsElsewhere reports whether a word of the question that doc lacks is
// unknown to the base (perhaps a need it has nothing on: "kalo sim b1?") or
// names another article in its title or keywords.
func (ix *index) pointsElsewhere(an analysis, doc int) bool {
	known := make([]bool, an.groups)
	has := make([]bool, an.groups)
	for _, f := range an.forms {
		if f.id < 0 {
			continue
		}
		known[f.group] = true
		if ix.posting(f.id, doc) != nil {
			has[f.group] = true
		}
	}
	for _, f := range an.forms {
		if f.id < 0 || has[f.group] {
			continue
		}
		// A word many articles go by ("surat", "bayar") names none of
		// them in particular.
		named := 0
		for _, p := range ix.postings[f.id] {
			if int(p.doc) != doc && p.tf[fieldTitle]+p.tf[fieldKeywords] > 0 {
				named++
			}
		}
		if named > 0 && named <= maxNamedElsewhere {
			return true
		}
	}
	for g := range an.groups {
		if !known[g] {
			return true
		}
	}
	return false
}

// movesTo returns the article a follow-up names, in two words or more,
// by its title better than the previous one's: "surat dari polisinya bikin
// di mana?" after the lost-KTP answer asks about the police letter, "trus
// ktp digitalnya?" after the new-KTP answer about the digital one. Words of
// a part ("bayar", "syarat") name no article. It reports false when no
// title is named better; the article is -1 when more than one is, equally
// ("bpjs kesehatan" after a BPJS-TK answer).
func (ix *index) movesTo(an analysis, prev int) (int, bool) {
	groups := ix.namingGroups(an, 0)
	titled := func(d int) int {
		n := 0
		for _, ids := range groups {
			if slices.ContainsFunc(ids, func(id int32) bool { return slices.Contains(ix.titles[d], id) }) {
				n++
			}
		}
		return n
	}
	own := titled(prev)
	best, to, ties := own, -1, 0
	for d := range ix.docs {
		if d == prev {
			continue
		}
		switch n := titled(d); {
		case n > best:
			best, to, ties = n, d, 1
		case n == best && n > own:
			ties++
		}
	}
	if best < 2 || best == own {
		return -1, false
	}
	if ties > 1 {
		to = -1
	}
	return to, true
}

// shiftsTitle reports whether the question names a word that the title of
// another article on the same document has and doc's title has not:
// "kalau rusak gimana?" after the lost-KTP answer asks about its neighbour.
func (ix *index) shiftsTitle(an analysis, doc int) bool {
	var docEntities []int32
	for _, id := range ix.titles[doc] {
		if entities[ix.termText(id)] {
			docEntities = append(docEntities, id)
		}
	}
	for _, f := range an.forms {
		if f.id < 0 || slices.Contains(ix.titles[doc], f.id) {
			continue
		}
		if _, cue := aspectCues[ix.termText(f.id)]; cue || officeWords[ix.termText(f.id)] {
			// "bayar" in "Bayar Pajak Kendaraan" asks for a part of
			// any service ("bayarnya dimana?"), not for that one; so
			// does an office ("dukcapil mana aja bisa?" after the lost
			// birth certificate, though "Akta Perceraian di Dukcapil"
			// has the word).
			continue
		}
		for e := range ix.docs {
			if e != doc && slices.Contains(ix.titles[e], f.id) &&
				slices.ContainsFunc(docEntities, func(id int32) bool { return slices.Contains(ix.titles[e], id) }) {
				return true
			}
		}
	}
	return false
}

// officeWords name offices, where any of their services is had.
var officeWords = setOf("dukcapil", "disdukcapil", "capil", "kecamatan", "kelurahan", "polres", "polsek", "polda",
	"samsat", "satpas", "kua", "bpn", "mpp")

// stayCoverage is how much of a follow-up the previous article must cover
// to keep answering it.
const stayCoverage = 0.5

// bodyCoverage is the share of the question's weight document doc
// mentions anywhere, its text counting as much as its title.
func (ix *index) bodyCoverage(an analysis, doc int) float64 {
	return ix.coverageWhere(an, func(f form) float64 {
		if ix.posting(f.id, doc) == nil {
			return 0
		}
		return 1
	})
}

// otherNeeds returns, for each document the question names that the first
// article's title does not, the best ranked article titled after it.
func (ix *index) otherNeeds(an analysis, ranked []int) []Hit {
	named := ix.namedEntities(an)
	if len(named) < 2 || len(ranked) < 2 {
		return nil
	}
	var out []Hit
	for _, e := range named {
		if ix.titleNames([]int32{e}, ranked[0]) {
			continue
		}
		for _, d := range ranked[1:] {
			if ix.titleNames([]int32{e}, d) && !slices.ContainsFunc(out, func(h Hit) bool { return h.ID == ix.docs[d].ID }) {
				out = append(out, Hit{ID: ix.docs[d].ID, Title: ix.docs[d].Title})
				break
			}
		}
	}
	return out
}

// isFollowUp reports whether a question leans on the previous answer: short,
// and without a subject of its own. scores and docs are the question's own
// scores, before any boost for the previous answer.
func (ix *index) isFollowUp(an analysis, scores []float64, docs []int) bool {
	if an.content == 0 || an.content > 5 {
		return false
	}
	marker := false
	for _, w := range an.canon {
		switch w {
		case "kalau", "terus", "lalu", "kemudian", "itu", "nya", "juga", "tapi", "and", "what", "if":
			marker = true
		}
	}
	// A question that names its own subject strongly is a new question.
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

// previousSimilarity scores every article against the previous answer,
// 0..1: mostly whether it is about the same document (the "ktp" of a KTP-el
// answer), and partly how well it matches the previous titles and question.
// It is nil without usable context.
func (ix *index) previousSimilarity(cur analysis, opts SearchOptions) []float64 {
	var text []string
	var prevDocs []int
	for _, id := range opts.PreviousIDs {
		if i, ok := ix.byID[id]; ok {
			text = append(text, ix.docs[i].Title)
			prevDocs = append(prevDocs, i)
		}
	}
	text = append(text, opts.PreviousQuery)
	an := ix.analyze(strings.Join(text, " . "), 1)
	buf := ix.getScratch()
	scores, docs, _ := ix.scoreEntities(an, nil, buf)
	defer ix.putScratch(buf, docs)
	best := 0.0
	for _, d := range docs {
		best = max(best, scores[d])
	}
	if best == 0 {
		return nil
	}
	sim := make([]float64, len(ix.docs))
	for _, d := range docs {
		sim[d] = scores[d] / best
	}
	// The documents the previous articles are about: those their titles
	// name, else those their keywords or questions name.
	var named, mentioned []int32
	for e := range entities {
		id, ok := ix.terms[e]
		if !ok {
			continue
		}
		for _, d := range prevDocs {
			p := ix.posting(id, d)
			if p == nil {
				continue
			}
			if p.tf[fieldTitle] > 0 {
				named = append(named, id)
				break
			}
			if p.tf[fieldKeywords]+p.tf[fieldQuestions] > 0 {
				mentioned = append(mentioned, id)
			}
		}
	}
	if len(named) == 0 {
		named = mentioned
	}
	if len(named) == 0 {
		return sim
	}
	// Titled after the same document counts fully; naming it in keywords or
	// questions ("kehilangan ktp" on the police report) counts less.
	same := make([]float64, len(ix.docs))
	for _, id := range named {
		for _, p := range ix.postings[id] {
			switch {
			case p.tf[fieldTitle] > 0:
				same[p.doc] = 1
			case p.tf[fieldKeywords]+p.tf[fieldQuestions] > 0:
				same[p.doc] = max(same[p.doc], 0.5)
			}
		}
	}
	for d := range sim {
		sim[d] = 0.7*same[d] + 0.3*sim[d]
	}
	for _, d := range prevDocs {
		if ix.shiftsFrom(cur, d, same) {
			// "kalau hilang gimana?" after the damaged-KTP answer asks
			// about another article on the same document: the previous
			// one is boosted like its neighbours, not above them.
			sim[d] = 0.7 * same[d]
		}
	}
	return sim
}

const (
	followUpBoost = 3.0
	// An article re-ranks first when its nearest training question is at
	// least rerankMin alike, rerankGap more than the first article's, and
	// it scores at least rerankScore of the first.
	rerankMin   = 0.5
	rerankGap   = 0.25
	rerankScore = 0.6
	// maxNamedElsewhere is how many other articles at most may go by a
	// word of a follow-up for it to point away from the previous answer.
	maxNamedElsewhere = 3
	followUpScore     = 0.5
)

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
