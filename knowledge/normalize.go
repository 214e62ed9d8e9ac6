package knowledge

import (
	"regexp"
	"strings"
	"unicode"
)

var letterPrefix = regexp.MustCompile(`\b([a-z])-([a-z]{3,})`)

// rawTokens lowercases s and splits it into words of letters and digits.
// It folds stretched letters ("ilaaang" -> "ilang"), drops the reduplication
// digit ("robek2" -> "robek"), and splits a leading number from letters
// ("17thn" -> "17", "thn").
func rawTokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		out = appendWord(out, b.String())
		b.Reset()
	}
	// "m-paspor", "e-tilang": keep the joined name and the word.
	lower := strings.ToLower(s)
	if strings.IndexByte(lower, '-') >= 0 {
		lower = letterPrefix.ReplaceAllString(lower, "$1$2 $2")
	}
	for _, r := range lower {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// "neighbor's" -> "neighbor" + "s"; "s" is a stopword.
			flush()
		case unicode.IsLetter(r):
			// Accented Latin letters fold to ASCII; other scripts become
			// words of their own, which the index does not know.
			if f := foldAccent(r); f != 0 {
				b.WriteRune(f)
			} else {
				b.WriteRune(r)
			}
		default:
			flush()
		}
	}
	flush()
	return licenceClasses(out)
}

// licenceClasses joins a driving licence's class to it: "sim c" -> "sim
// sim_c". Single letters are no words to the index, so without this "SIM
// D" (for people with disabilities) reads as "SIM" and answers as SIM C.
// The underscore keeps the class out of typo correction, which would
// make "sim_d" the "sim_c" the articles have.
func licenceClasses(words []string) []string {
	for i := 1; i < len(words); i++ {
		if words[i-1] == "sim" && len(words[i]) == 1 && words[i][0] >= 'a' && words[i][0] <= 'd' {
			words[i] = "sim_" + words[i]
		}
	}
	return words
}

func appendWord(out []string, w string) []string {
	w = squeezeRuns(w, 3)
	// Split digits from letters: "17thn", "2x", "kk2"; keep codes like
	// "n1", "ak1", "pph21", "1770ss" stays "1770" + "ss".
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i > 0 && i < len(w) {
		out = append(out, w[:i])
		w = w[i:]
	}
	// Reduplication "tiba2", "robek2": letters then a single "2".
	if n := len(w); n >= 4 && w[n-1] == '2' && isLetters(w[:n-1]) {
		w = w[:n-1]
	}
	if rest, ok := antarCompound(w); ok {
		return append(out, "antar", rest)
	}
	return append(out, w)
}

// antarCompound splits the prefix "antar" (between) from the word it is
// written together with, as the rules of spelling want it and citizens
// seldom do: the articles' "antarprovinsi" is the citizen's "antar
// provinsi". Not "antara" (between) nor "antarkan" (deliver).
func antarCompound(w string) (string, bool) {
	rest, ok := strings.CutPrefix(w, "antar")
	if !ok || len(rest) < 4 || rest[0] == 'a' || !isLetters(rest) ||
		strings.HasPrefix(rest, "kan") || rest == "innya" || rest == "inlah" {
		// "antarkannya", "antarinnya": the verb with its endings.
		return "", false
	}
	return rest, true
}

// squeezeRuns shortens runs of min or more equal letters to one letter.
func squeezeRuns(w string, min int) string {
	run, longest := 1, 1
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] {
			run++
			longest = max(longest, run)
		} else {
			run = 1
		}
	}
	if longest < min {
		return w
	}
	rs := []rune(w)
	var out []rune
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i >= min && !unicode.IsDigit(rs[i]) {
			out = append(out, rs[i])
		} else {
			out = append(out, rs[i:j]...)
		}
		i = j
	}
	return string(out)
}

func foldAccent(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return 'a'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'ô', 'õ', 'ö':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ñ':
		return 'n'
	case 'ç':
		return 'c'
	}
	return 0
}

// token is one normalised query or document word.
type token struct {
	text   string
	weight float64 // 1 for the user's own words, less for broader synonyms
	group  int     // the message word it comes from
	// purpose is set on "buat", "untuk", "for" as typed: what follows is
	// what a document is for ("skck buat ngelamar kerja"). "bikin", also
	// "buat" once spelled, is never one.
	purpose bool
}

var purposeWords = setOf("buat", "untuk", "utk", "tuk", "bwt", "for")

// canonical applies the phrase and slang lexicons to raw words: multi-word
// phrases first (longest match), then single words.
func canonical(words []string) []string {
	toks := canonicalTokens(words)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// broaderPairs holds "a|b" for each lexicon value that gives b as the
// broader synonym of a (see canonicalTokens).
var broaderPairs = func() map[string]bool {
	out := map[string]bool{}
	for _, lex := range []map[string]string{slang, phrases} {
		for _, v := range lex {
			for _, f := range strings.Fields(v) {
				alts := strings.Split(f, "|")
				for _, b := range alts[1:] {
					out[alts[0]+"|"+b] = true
				}
			}
		}
	}
	return out
}()

// isBroader reports whether canon[i] is the broader synonym the lexicon
// added after canon[i-1] ("terbakar rusak" for "kebakaran"), not a word
// of the citizen's.
func isBroader(canon []string, i int) bool {
	return i > 0 && broaderPairs[canon[i-1]+"|"+canon[i]]
}

// canonicalTokens is canonical with weights and word groups: each word of
// the message is one group; a lexicon value "a|b" gives a (weight 1) and its
// broader synonym b (expansionWeight) in the same group.
func canonicalTokens(words []string) []token {
	var out []token
	group := 0
	emit := func(repl string) {
		for _, f := range strings.Fields(repl) {
			if n := len(out); n > 0 && out[n-1].text == f {
				continue // "e-ktp" -> "ektp ktp" -> one "ktp"
			}
			for j, alt := range strings.Split(f, "|") {
				w := 1.0
				if j > 0 {
					w = expansionWeight
				}
				out = append(out, token{text: alt, weight: w, group: group})
			}
			group++
		}
	}
	// Spelling first ("tdk" -> "tidak", "akte" -> "akta"), so phrases match
	// however their words were typed.
	spelled := make([]string, len(words))
	for i, w := range words {
		w = unpossessed(w)
		spelled[i] = w
		if repl, ok := slang[w]; ok && !strings.ContainsAny(repl, " |") {
			spelled[i] = repl
		} else if !ok {
			if repl := affixedSlang(w); repl != "" {
				spelled[i] = repl
			}
		}
	}
	raw := words
	words = spelled
	for i := 0; i < len(words); {
		matched := false
		for n := maxPhrase; n >= 2 && (phraseStarts[words[i]] || phraseStarts[raw[i]]); n-- {
			if i+n > len(words) {
				continue
			}
			repl, ok := phrases[strings.Join(raw[i:i+n], " ")]
			if !ok {
				repl, ok = phrases[strings.Join(words[i:i+n], " ")]
			}
			if !ok {
				// "ktp digitalnya": a phrase with "-nya" on its last word.
				if last, cut := cutPossessive(words[i+n-1]); cut {
					repl, ok = phrases[strings.Join(words[i:i+n-1], " ")+" "+last]
				}
			}
			if ok {
				emit(repl)
				i += n
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		w := words[i]
		i++
		n := len(out)
		if repl, ok := slang[w]; ok {
			emit(repl)
		} else {
			emit(w)
		}
		if purposeWords[raw[i-1]] && len(out) == n+1 {
			out[n].purpose = true
		}
	}
	return out
}

const expansionWeight = 0.6

// phraseStarts holds the first word of every phrase, to skip lookups.
var phraseStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range phrases {
		m[strings.Fields(p)[0]] = true
	}
	return m
}()

// contentWords drops stopwords, chat noise and one-letter words.
func contentWords(words []string) []string {
	out := words[:0:0]
	for _, w := range words {
		if !stopwords[w] && len(w) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// contentTokens is contentWords for weighted tokens.
func contentTokens(toks []token) []token {
	out := toks[:0:0]
	for _, t := range toks {
		if !stopwords[t.text] && len(t.text) > 1 {
			out = append(out, t)
		}
	}
	return out
}

// cutPossessive returns w without "-nya", if it ends so and keeps a word
// of two letters or more.
func cutPossessive(w string) (string, bool) {
	if rest, ok := strings.CutSuffix(w, "nya"); ok && len(rest) >= 2 {
		return rest, true
	}
	return w, false
}

// possessives end a word with whose it is: "ktpku", "simmu", "aktenya",
// Javanese "ktpne".
var possessives = []string{"nya", "ku", "mu", "ne"}

// unpossessed returns the document a word names with a possessive ending
// ("ktpku" -> "ktp", "akteku" -> "akte"), or w itself. Only document names
// are cut: the stemmer takes endings off longer words, but not off
// acronyms without vowels, and many roots end in these letters.
func unpossessed(w string) string {
	if _, ok := slang[w]; ok || entities[w] {
		return w
	}
	for _, p := range possessives {
		rest, ok := strings.CutSuffix(w, p)
		if !ok || len(rest) < 2 {
			continue
		}
		if entities[rest] {
			return rest
		}
		if repl, ok := slang[rest]; ok && entities[repl] {
			return rest
		}
	}
	return w
}

// affixedSlang returns the standard word for a chat word with a passive
// "di-" or a Jakartan "-in" around a word the slang table knows
// ("dibikin", "bikinin", "dibikinin", "diurusin": made, done), or with a
// possessive "-nya" ("ilangnya": lost), or "".
func affixedSlang(w string) string {
	for _, a := range [][2]string{{"di", "in"}, {"di", ""}, {"", "in"}, {"", "nya"}} {
		r, ok := strings.CutPrefix(w, a[0])
		if !ok {
			continue
		}
		if r, ok = strings.CutSuffix(r, a[1]); !ok || len(r) < 3 {
			continue
		}
		if repl, ok := slang[r]; ok && !strings.ContainsAny(repl, " |") {
			return repl
		}
	}
	return ""
}
