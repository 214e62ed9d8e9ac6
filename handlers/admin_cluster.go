package handlers

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
)

// The gaps report groups questions that express the same need. Each
// question becomes a set of content stems (question words, courtesy and
// "how do I" words removed, slang folded, Indonesian affixes stripped);
// two questions join a group when they share most of their stems, or share
// some and retrieval pointed both at the same article. Groups are linked
// transitively (single link).

// BuildGapReport groups gap items into report rows, most asked first.
// title names an article id for downvotes that carry no question.
func BuildGapReport(items []helpdesk.GapItem, title func(id string) string) []helpdesk.GapRow {
	n := len(items)
	terms := make([]map[string]bool, n)
	for i, it := range items {
		terms[i] = gapTerms(it.Query)
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Candidate pairs come from an inverted index: only questions sharing a
	// word are compared, each pair once.
	postings := map[string][]int{}
	shared := make([]int, n)
	var touched []int
	byArticle := map[string]int{}
	for i := 0; i < n; i++ {
		if len(terms[i]) == 0 {
			// Items without words (a 👎 on an answer to an empty query)
			// group by article.
			key := strings.Join(items[i].ArticleIDs, ",")
			if j, ok := byArticle[key]; ok {
				union(parent, find, i, j)
			} else {
				byArticle[key] = i
			}
			continue
		}
		touched = touched[:0]
		for t := range terms[i] {
			for _, j := range postings[t] {
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
			postings[t] = append(postings[t], i)
		}
		for _, j := range touched {
			if find(i) != find(j) && similarGaps(shared[j], len(terms[i]), len(terms[j]), top(items[i]), top(items[j])) {
				union(parent, find, i, j)
			}
			shared[j] = 0
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := 0; i < n; i++ {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	rows := make([]helpdesk.GapRow, 0, len(roots))
	for _, r := range roots {
		rows = append(rows, gapRow(items, terms, groups[r], title))
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Count != rows[j].Count {
			return rows[i].Count > rows[j].Count
		}
		return rows[i].Last.After(rows[j].Last)
	})
	for i := range rows {
		rows[i].No = i + 1
	}
	return rows
}

func top(it helpdesk.GapItem) string {
	if len(it.ArticleIDs) == 0 {
		return ""
	}
	return it.ArticleIDs[0]
}

// similarGaps decides whether two questions ask for the same thing, from
// the number of content words they share and their sizes.
func similarGaps(shared, lenA, lenB int, topA, topB string) bool {
	if shared == 0 {
		return false
	}
	overlap := float64(shared) / float64(min(lenA, lenB))
	switch {
	case lenA == lenB && shared == lenA:
		return true // the same words, in any order
	case shared >= 2 && overlap >= 0.6:
		return true
	case topA != "" && topA == topB && overlap >= 0.5:
		// Retrieval saw both as closest to the same article.
		return true
	}
	return false
}

func union(parent []int, find func(int) int, i, j int) {
	parent[find(i)] = find(j)
}

// gapRow summarises one group.
func gapRow(items []helpdesk.GapItem, terms []map[string]bool, idx []int, title func(string) string) helpdesk.GapRow {
	var row helpdesk.GapRow
	chats := map[int64]bool{}
	arts := map[string]int{}
	freq := map[string]int{}
	for _, i := range idx {
		it := items[i]
		row.Count++
		if it.Kind == helpdesk.GapDownvote {
			row.Downvotes++
		} else {
			row.Unanswered++
		}
		chats[it.ChatID] = true
		if row.First.IsZero() || it.At.Before(row.First) {
			row.First = it.At
		}
		if it.At.After(row.Last) {
			row.Last = it.At
		}
		for k, id := range it.ArticleIDs {
			arts[id] += 3 - min(k, 2)
		}
		for t := range terms[i] {
			freq[t]++
		}
		row.Items = append(row.Items, helpdesk.GapRef{Kind: it.Kind, ID: it.ID})
	}
	row.Chats = len(chats)
	first := items[idx[0]]
	for _, i := range idx[1:] {
		if items[i].At.Before(first.At) {
			first = items[i]
		}
	}
	letter := "g"
	if first.Kind == helpdesk.GapDownvote {
		letter = "v"
	}
	row.Key = letter + strconv.FormatInt(first.ID, 10)

	// The label is the question whose words the group shares most.
	best, bestScore := -1, -1.0
	for _, i := range idx {
		q := strings.TrimSpace(items[i].Query)
		if q == "" || len(terms[i]) == 0 {
			continue
		}
		sum := 0
		for t := range terms[i] {
			sum += freq[t]
		}
		score := float64(sum) / float64(len(terms[i])+1)
		if score > bestScore || (score == bestScore && len(q) < len(items[best].Query)) {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		row.Label = items[best].Query
	}
	// Examples: distinct wordings, newest first.
	seen := map[string]bool{}
	for k := len(idx) - 1; k >= 0 && len(row.Examples) < 3; k-- {
		q := strings.TrimSpace(items[idx[k]].Query)
		norm := strings.Join(sortedTerms(terms[idx[k]]), " ")
		if q == "" || seen[norm] || q == row.Label {
			continue
		}
		seen[norm] = true
		row.Examples = append(row.Examples, q)
	}
	ids := make([]string, 0, len(arts))
	for id := range arts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if arts[ids[i]] != arts[ids[j]] {
			return arts[ids[i]] > arts[ids[j]]
		}
		return ids[i] < ids[j]
	})
	row.ArticleIDs = ids[:min(len(ids), 3)]
	if row.Label == "" {
		t := ""
		if len(row.ArticleIDs) > 0 && title != nil {
			t = title(row.ArticleIDs[0])
		}
		if t == "" && len(row.ArticleIDs) > 0 {
			t = row.ArticleIDs[0]
		}
		row.Label = "👎 " + t
	}
	return row
}

func sortedTerms(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for t := range m {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// gapTerms is the set of content stems of a question.
func gapTerms(q string) map[string]bool {
	out := map[string]bool{}
	words := strings.FieldsFunc(gapPhrases.Replace(" "+strings.ToLower(q)+" "), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for _, w := range words {
		w = strings.TrimRight(w, "0123456789") // "anak2" -> "anak"
		if w == "" || len([]rune(w)) < 2 {
			continue
		}
		if s, ok := gapSlang[w]; ok {
			w = s
		}
		if w == "" || gapStop[w] {
			continue
		}
		st := knowledge.Stem(w)
		if s, ok := gapSlang[st]; ok {
			st = s
		}
		if st == "" || gapStop[st] {
			continue
		}
		out[st] = true
	}
	return out
}

// gapPhrases folds the long names of documents onto their abbreviations.
var gapPhrases = strings.NewReplacer(
	" kartu keluarga ", " kk ", " kartu tanda penduduk ", " ktp ", " surat izin mengemudi ", " sim ",
	" kartu identitas anak ", " kia ", " surat keterangan catatan kepolisian ", " skck ",
	" e-ktp ", " ktp ", " e ktp ", " ktp ", " akte ", " akta ",
)

// gapSlang folds chat spellings onto one form; "" drops the word.
var gapSlang = map[string]string{
	"ilang": "hilang", "ngilang": "hilang", "akte": "akta", "ektp": "ktp", "el": "",
	"nikahan": "nikah", "kawin": "nikah", "perkawinan": "nikah", "pernikahan": "nikah",
	"gmn": "", "gmana": "", "gimana": "", "bgmn": "", "brp": "", "brapa": "", "dmn": "", "dimana": "",
	"yg": "", "utk": "", "dgn": "", "dr": "", "sy": "", "gw": "", "gue": "", "aq": "", "ak": "",
	"gak": "", "ga": "", "nggak": "", "ngga": "", "enggak": "", "tdk": "", "udh": "", "sdh": "", "blm": "",
	"kalo": "", "klo": "", "krn": "", "pengen": "", "pingin": "", "mo": "", "tlg": "", "bs": "", "bsa": "",
	"bikin": "", "ngurus": "", "ngurusin": "", "urusin": "", "nanya": "", "tanya2": "",
}

// gapStop are question, courtesy and "how do I" words that say nothing of
// the need itself.
var gapStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ada adalah agar akan aku anda apa apakah atau bagaimana bagaimanakah banget bapak ibu
		bisa bisakah boleh bolehkah buat membuat pembuatan cara caranya dan dari dengan di dong harus ini itu jika juga
		kak kakak kalau kan ke kenapa mengapa ketika kok lagi mau min admin minta mohon nya oleh pada para perlu saja aja
		sama saya sih sudah supaya tanya bertanya tentang tolong untuk ya yang tidak belum berapa kapan mana siapa ingin
		mas mbak pak bu halo hai hallo terima kasih makasih selamat pagi siang sore malam info informasi syarat persyaratan
		prosedur proses langkah urus mengurus pengurusan gimana apa saja sekarang masih bagi kami kita mereka dia
		the how what is are do does to for of my can i a an please`) {
		gapStop[w] = true
	}
}
