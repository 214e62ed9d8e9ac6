package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	unicodenorm "golang.org/x/text/unicode/norm"
)

// Gambling promotion detection, shared by the article linter and the
// citizen-message intent. Text is first folded the way a reader sees it:
// compatibility forms (full-width, mathematical bold, circled letters) by
// NFKD, accents and zero-width characters dropped, Cyrillic, Greek and
// small-capital look-alikes mapped to Latin, leetspeak digits read as
// letters, doubled letters collapsed, and separators inside a word
// ("t.o.g.e.l", "slot-gacor") removed. Then:
//
//   - a strong term (togel, gacor, maxwin, ...) is found anywhere inside a
//     word, so "t0gelhk", "slotgacor88" and "hoki-maxwin.ru" are caught;
//   - a phrase (rtp live, deposit pulsa, ...) is found as consecutive words
//     or glued into one;
//   - "slot" directly followed by two or more digits ("slot88") is caught,
//     while "slot waktu" is not;
//   - runs of single letters are joined ("s l o t g a c o r").
//
// Ordinary words are not affected: none of the strong terms is part of an
// Indonesian word, and the few English words that contain one are listed
// in gamblingExceptions.

// gamblingEntry is one term with the name reported to the user.
type gamblingEntry struct {
	name   string // as shown in a lint message: "rtp live"
	key    string // folded, without spaces
	inside bool   // found inside longer words, not only as whole words
}

var (
	strongTerms = []string{"togel", "gacor", "maxwin", "judol", "sbobet", "scatter"}
	phraseTerms = []string{"judi online", "judi bola", "slot online", "situs slot", "situs judi", "agen slot",
		"agen judi", "bandar judi", "bandar slot", "deposit pulsa", "depo pulsa", "slot deposit", "slot pulsa", "rtp slot",
		"rtp live", "casino online", "kasino online", "live casino", "pragmatic play", "jackpot slot", "akun slot",
		"akun pro", "bocoran slot", "pola slot", "slot demo", "anti rungkad", "bonus new member", "mahjong ways"}
	// phraseWholeOnly are phrases that start ordinary longer words
	// ("akun profil", "slot demokrasi") and so count only as whole words.
	phraseWholeOnly = map[string]bool{"akun pro": true, "slot demo": true}
	// gamblingExceptions are the starts, folded, of ordinary words that
	// contain a strong term: "scattered", "scatterplot", "judoist". Only
	// that term is excused there, so "scatteredtogel" is still caught.
	gamblingExceptions = map[string][]string{
		"scatter": {"scatere", "scateri", "scaters", "scaterb", "scaterp"},
		"judol":   {"judois"},
	}
)

// gamblingTerms lists every term; gamblingByKey names a term by its key;
// gamblingPrefixes holds every proper start of a key, to join words only
// while they can still spell one; gamblingByStart lists the terms found
// inside words by their first three letters, so a word is scanned once.
var gamblingTerms, gamblingByKey, gamblingPrefixes = func() ([]gamblingEntry, map[string]string, map[string]bool) {
	var terms []gamblingEntry
	for _, t := range strongTerms {
		terms = append(terms, gamblingEntry{name: t, key: gamblingSkeleton(t), inside: true})
	}
	for _, t := range phraseTerms {
		terms = append(terms, gamblingEntry{name: t, key: gamblingSkeleton(strings.ReplaceAll(t, " ", "")), inside: !phraseWholeOnly[t]})
	}
	byKey, prefixes := map[string]string{}, map[string]bool{}
	for _, t := range terms {
		byKey[t.key] = t.name
		for j := 1; j < len(t.key); j++ {
			prefixes[t.key[:j]] = true
		}
	}
	return terms, byKey, prefixes
}()

var gamblingByStart = func() map[string][]gamblingEntry {
	m := map[string][]gamblingEntry{}
	for _, t := range gamblingTerms {
		if t.inside {
			m[t.key[:3]] = append(m[t.key[:3]], t)
		}
	}
	return m
}()

// lookalikes maps lowercase letters of other scripts, and Latin small
// capitals, that look like a Latin letter to that letter.
var lookalikes = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'г': 'r', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'п': 'n', 'р': 'p',
	'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ь': 'b', 'ѕ': 's', 'і': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q',
	'ԝ': 'w', 'һ': 'h', 'ӏ': 'l', 'ɡ': 'g',
	// Greek
	'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'μ': 'u', 'ν': 'v', 'ο': 'o',
	'ρ': 'p', 'σ': 'o', 'ς': 'c', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'ϲ': 'c', 'ϳ': 'j',
	// Armenian
	'օ': 'o', 'ս': 'u', 'ց': 'g', 'հ': 'h', 'ո': 'n',
	// Latin small capitals and other look-alikes
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j',
	'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ǫ': 'q', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't',
	'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z', 'ı': 'i', 'ɩ': 'i', 'ɑ': 'a', 'ø': 'o', 'ð': 'd',
	'đ': 'd', 'ł': 'l', 'ƅ': 'b', 'ɵ': 'o',
}

// leetLetters reads digits and symbols written for letters. "1" and "l"
// (and "|") all become "i", so "s1ot", "sl0t" and "jud1" meet their terms.
var leetLetters = map[rune]rune{
	'0': 'o', '1': 'i', 'l': 'i', '|': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
	'@': 'a', '$': 's',
}

// leetTable is leetLetters as a table for the ASCII it covers.
var leetTable = func() (t [utf8.RuneSelf]byte) {
	for r, l := range leetLetters {
		t[r] = byte(l)
	}
	return t
}()

// gamblingSkeleton reads a folded word with leetLetters and collapses doubled
// letters ("gacooor" is "gacor").
func gamblingSkeleton(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	var last rune
	for _, r := range w {
		if r < utf8.RuneSelf && leetTable[r] != 0 {
			r = rune(leetTable[r])
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// foldRunes lowercases s after compatibility decomposition, drops accents
// and invisible characters and maps look-alike letters to Latin.
func foldRunes(s string) string {
	if !isASCII(s) {
		s = unicodenorm.NFKD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
			continue
		}
		r = unicode.ToLower(r)
		if l, ok := lookalikes[r]; ok {
			r = l
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// gamblingWord is one word of a folded text: its letters and digits with
// separators removed, and the pieces the separators cut it into.
type gamblingWord struct {
	joined string
	parts  []string
}

// isWordRune reports whether r is kept inside a folded word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '$' || r == '|'
}

// gamblingWords splits folded text into words and joins runs of single
// characters ("s l o t" is "slot"). Spaces and , / ( ) [ ] < > ; ! ? "
// separate words; any other character that is not a letter or digit
// separates the parts of one word ("slot88.tv").
func gamblingWords(s string) []gamblingWord {
	var out []gamblingWord
	single := ""
	var cur strings.Builder
	var parts []string
	partStart, cut := 0, false
	endWord := func() {
		w := cur.String()
		cur.Reset()
		if cut && partStart < len(w) {
			parts = append(parts, w[partStart:])
		}
		switch n := utf8.RuneCountInString(w); {
		case n == 0:
		case n == 1:
			single += w
		default:
			if single != "" {
				out = append(out, gamblingWord{joined: single})
				single = ""
			}
			gw := gamblingWord{joined: w}
			if cut {
				gw.parts = parts
			}
			out = append(out, gw)
		}
		parts, partStart, cut = nil, 0, false
	}
	for _, r := range foldRunes(s) {
		switch {
		case isWordRune(r):
			cur.WriteRune(r)
		case unicode.IsSpace(r) || strings.ContainsRune(",/()[]<>;!?\"", r):
			endWord()
		default: // a separator inside a word
			if cur.Len() > partStart {
				parts = append(parts, cur.String()[partStart:])
				partStart = cur.Len()
			}
			cut = true
		}
	}
	endWord()
	if single != "" {
		out = append(out, gamblingWord{joined: single})
	}
	return out
}

// joinKeys is the key of two words written together: the keys joined, with
// a letter doubled across the join collapsed as gamblingSkeleton does.
func joinKeys(a, b string) string {
	if a != "" && b != "" && a[len(a)-1] == b[0] {
		b = b[1:]
	}
	return a + b
}

// splitDigits cuts a word into its body and the digits glued to its end.
func splitDigits(w string) (body, digits string) {
	body = strings.TrimRight(w, "0123456789")
	return body, w[len(body):]
}

// gamblingTerm returns the gambling term promoted in s, or "".
func gamblingTerm(s string) string {
	words := gamblingWords(s)
	keys := make([]string, len(words))
	for i, w := range words {
		body, digits := splitDigits(w.joined)
		keys[i] = gamblingSkeleton(body)
		if t := wordTerm(keys[i], digits); t != "" {
			return t
		}
		if len(w.parts) > 1 {
			for _, p := range w.parts {
				pb, pd := splitDigits(p)
				if t := wordTerm(gamblingSkeleton(pb), pd); t != "" {
					return t
				}
			}
		}
	}
	// A term split over words: "to gel", "rtp live", "max win88".
	for i := range words {
		c := keys[i]
		for j := i + 1; j < len(words) && j < i+5 && gamblingPrefixes[c]; j++ {
			c = joinKeys(c, keys[j])
			if name, ok := gamblingByKey[c]; ok {
				return name
			}
		}
	}
	return ""
}

// wordTerm returns the term a folded word body (with the digits glued after
// it) is or contains, or "".
func wordTerm(key, digits string) string {
	if key == "" {
		return ""
	}
	if name, ok := gamblingByKey[key]; ok {
		return name
	}
	for i := 0; i+3 <= len(key); i++ {
		for _, t := range gamblingByStart[key[i:i+3]] {
			if strings.HasPrefix(key[i:], t.key) && !excused(key[i:], t) {
				return t.name
			}
		}
	}
	if len(digits) >= 2 && strings.HasSuffix(key, "siot") {
		return "slot" + digits
	}
	return ""
}

// excused reports whether rest, which starts with the term, is the start of
// an ordinary word listed in gamblingExceptions.
func excused(rest string, t gamblingEntry) bool {
	for _, e := range gamblingExceptions[t.name] {
		if strings.HasPrefix(rest, e) {
			return true
		}
	}
	return false
}
