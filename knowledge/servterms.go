package knowledge

import (
	_ "embed"
	"slices"
	"strings"
)

// serviceTerms names public-service things citizens ask for (documents,
// permits, licence classes, programmes, land titles...), across Indonesian
// public services, not only those the base covers: a question that names
// one the best article never mentions is about something else. The list
// was written from general knowledge, apart from the question sets
// (servterms.txt).
//
//go:embed servterms.txt
var serviceTermsText string

// serviceTerms maps each term, as canonical words joined by spaces, to its
// words.
var serviceTerms, serviceTermLen = func() (map[string][]string, int) {
	terms := map[string][]string{}
	longest := 0
	for line := range strings.SplitSeq(serviceTermsText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		raw := rawTokens(line)
		words := primaryWords(canonicalTokens(raw))
		if len(words) == 0 || !sameThing(raw, words) {
			continue
		}
		terms[strings.Join(words, " ")] = words
		longest = max(longest, len(words))
	}
	return terms, longest
}()

// sameThing reports whether a term's canonical words still name what its
// raw words do: no word dropped as a stopword ("paket a" is not "paket"),
// and a word the chat lexicon respells ("dpt" is "dapat" in a chat, "pppk"
// "pakai") only into a document's name ("akte" -> "akta") or from a phrase
// ("kartu keluarga" -> "kk").
func sameThing(raw, words []string) bool {
	if len(words) > len(raw) {
		return false
	}
	phrase := len(words) < len(raw)
	for _, w := range words {
		switch {
		case slices.Contains(raw, w):
		case entities[w]:
		case phrase:
		default:
			return false
		}
	}
	for _, w := range raw {
		if stopwords[w] {
			return false
		}
	}
	return true
}

// primaryWords keeps the words as typed (or normalised), without broader
// synonyms.
func primaryWords(toks []token) []string {
	var out []string
	for _, t := range toks {
		if t.weight == 1 && !stopwords[t.text] {
			out = append(out, t.text)
		}
	}
	return out
}

// namedServiceTerms returns the service terms a question names, longest
// first at each position, each at most once.
func namedServiceTerms(canon []string) [][]string {
	words := make([]string, 0, len(canon))
	for _, w := range canon {
		if !stopwords[w] {
			words = append(words, w)
		}
	}
	var out [][]string
	seen := map[string]bool{}
	for i := 0; i < len(words); i++ {
		for n := min(serviceTermLen, len(words)-i); n >= 1; n-- {
			key := strings.Join(words[i:i+n], " ")
			if t, ok := serviceTerms[key]; ok {
				if !seen[key] {
					seen[key] = true
					out = append(out, t)
				}
				i += n - 1
				break
			}
		}
	}
	return out
}

// termMatch is how the question's service terms stand against an article.
type termMatch struct {
	missing bool // doc lacks a word of a term the question names
	head    bool // doc's title or keywords contain every word of a term
	nowhere bool // no article contains every word of a term the question names
}

// matchTerms compares the service terms the question names with doc and the
// rest of the base.
func (ix *index) matchTerms(canon []string, doc int) termMatch {
	var m termMatch
	for _, t := range namedServiceTerms(canon) {
		ids := make([]int32, 0, len(t))
		known := true
		for _, w := range t {
			id, ok := ix.terms[ix.stemQuery(w)]
			if !ok && (len(w) == 1 || isDigits(w)) {
				// The index holds no single letters ("sim c"), and
				// articles may spell a number out ("stnk 5 tahun",
				// "STNK Lima Tahunan").
				continue
			}
			if !ok {
				known = false
				break
			}
			ids = append(ids, id)
		}
		if !known {
			m.missing, m.nowhere = true, true
			continue
		}
		inDoc, inHead := true, true
		for _, id := range ids {
			p := ix.posting(id, doc)
			if p == nil {
				inDoc, inHead = false, false
				break
			}
			if p.tf[fieldTitle]+p.tf[fieldKeywords] == 0 {
				inHead = false
			}
		}
		if !inDoc {
			m.missing = true
			if !ix.anyDocHasAll(ids) {
				m.nowhere = true
			}
		}
		if inHead {
			m.head = true
		}
	}
	return m
}

// anyDocHasAll reports whether some article contains every term of ids.
func (ix *index) anyDocHasAll(ids []int32) bool {
	for _, p := range ix.postings[ids[0]] {
		all := true
		for _, id := range ids[1:] {
			if ix.posting(id, int(p.doc)) == nil {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// isDigits reports whether w is a number written in digits.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}
