package knowledge

import "strings"

// Stem returns the root of an Indonesian word without a dictionary, by confix
// stripping in the manner of Tala (2003): inflectional particles (-kah, -lah,
// -tah, -pun) and possessives (-ku, -mu, -nya), then up to two derivational
// prefixes (meN-, peN-, di-, ter-, ke-, ber-, per- and the colloquial nge-,
// ng-, ny-) with their nasal recodings, then one suffix (-kan, -an, -i, and
// the colloquial -in). A part is removed only when at least two syllables
// remain, so short roots ("beli", "bayar") are kept.
func Stem(word string) string {
	return stemWith(word, nil)
}

// stemWith is Stem with an optional vocabulary: when several recodings are
// possible ("menikah" -> "tikah" or "nikah"), the first candidate the
// vocabulary knows wins, else the default.
func stemWith(w string, known func(string) bool) string {
	if len(w) < 4 || !isLetters(w) {
		return w
	}
	for _, b := range inflectionBases(w) {
		if protectedRoots[b] {
			return b
		}
	}
	cands := stemCandidates(w)
	if known != nil {
		for _, c := range cands {
			if c != w && known(c) {
				return c
			}
		}
	}
	return cands[0]
}

// protectedRoots are frequent roots whose endings look like affixes.
var protectedRoots = map[string]bool{
	"sekolah": true, "masalah": true, "jumlah": true, "istilah": true, "sedekah": true, "musyawarah": true,
	"berita": true, "bersih": true, "berat": true, "berani": true, "beras": true, "beranda": true,
	"ikan": true, "bukan": true, "jalan": true, "teman": true, "badan": true, "depan": true, "sopan": true,
	"perlu": true, "pergi": true, "permisi": true, "pernah": true, "persen": true, "peran": true,
	"terima": true, "ternak": true, "teras": true, "terus": true, "kemarin": true, "kenal": true,
	"dinas": true, "dini": true, "diam": true, "diri": true, "mengerti": true, "pelihara": true,
	"pakai": true, "sampai": true, "selesai": true, "ramai": true, "santai": true, "bagai": true,
	"pribadi": true, "polisi": true, "kondisi": true, "posisi": true, "komisi": true, "lokasi": true,
	"aplikasi": true, "informasi": true, "registrasi": true, "verifikasi": true, "aktivasi": true,
	"reaktivasi": true, "validasi": true, "legalisasi": true, "organisasi": true, "operasi": true,
	"asuransi": true, "instansi": true, "imigrasi": true, "provinsi": true, "notifikasi": true,
	"mati": true, "bumi": true, "kami": true, "sini": true, "nanti": true, "ganti": true, "tinggi": true,
	"pagi": true, "lagi": true, "dari": true, "hari": true, "cari": true, "beli": true, "kali": true,
	"panti": true, "saksi": true, "isi": true, "bukti": true, "seperti": true, "kartu": true,
	"bayi": true, "menteri": true, "negeri": true, "mandiri": true, "sendiri": true, "istri": true,
	"keluarga": true, "kebun": true,
	"ketua": true, "kereta": true, "pemilu": true, "pensiun": true, "terlambat": true, "karyawan": true, "kembali": true, "fotokopi": true, "kepala": true, "kemudian": true, "kelas": true, "ketik": true, "meninggal": true, "digital": true, "disdukcapil": true, "perempuan": true, "pengacara": true,
	"penghulu": true, "pemda": true, "peternak": true, "ketinggalan": true,

	"kuitansi": true, "materai": true, "meterai": true, "transaksi": true, "tradisi": true,
}

// stemCandidates lists possible roots, the default (Tala order) first and the
// word itself last.
func stemCandidates(w string) []string {
	var out []string
	add := func(c string) {
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
	}
	for _, base := range inflectionBases(w) {
		// Tala order: prefixes, then a suffix.
		for _, p := range stripPrefixes(base, 0) {
			for _, c := range stripSuffix(p) {
				add(c)
			}
		}
		// Nazief order: a suffix, then prefixes.
		for _, s := range stripSuffix(base) {
			for _, c := range stripPrefixes(s, 0) {
				add(c)
			}
		}
	}
	add(w)
	return out
}

// inflectionBases strips a particle and/or a possessive, most stripped first;
// "-ku" and "-mu" come after the whole word, since many roots end that way
// ("laku", "ilmu").
func inflectionBases(w string) []string {
	var out, late []string
	for _, p := range []string{"kah", "lah", "tah", "pun"} {
		if rest, ok := cutSuffix(w, p); ok {
			if r2, ok := cutSuffix(rest, "nya"); ok {
				out = append(out, r2)
			}
			out = append(out, rest)
		}
	}
	if rest, ok := cutSuffix(w, "nya"); ok {
		out = append(out, rest)
	}
	out = append(out, w)
	for _, q := range []string{"ku", "mu"} {
		if rest, ok := cutSuffix(w, q); ok {
			late = append(late, rest)
		}
	}
	return append(out, late...)
}

// cutSuffix removes suffix s when two syllables remain.
func cutSuffix(w, s string) (string, bool) {
	if !strings.HasSuffix(w, s) {
		return "", false
	}
	rest := w[:len(w)-len(s)]
	if vowelCount(rest) < 2 || len(rest) < 3 {
		return "", false
	}
	return rest, true
}

// stripSuffix returns w with a derivational suffix removed (options first),
// and w itself last.
func stripSuffix(w string) []string {
	var out []string
	if r, ok := cutSuffix(w, "kan"); ok {
		// "-kan" or a root ending in k plus "-an"; after a vowel the noun
		// reading ("tunggakan", "kerusakan") is the more common one.
		if isVowel(r[len(r)-1]) {
			out = append(out, r+"k", r)
		} else {
			out = append(out, r, r+"k")
		}
	} else if r, ok := cutSuffix(w, "an"); ok {
		out = append(out, r)
	} else if r, ok := cutSuffix(w, "in"); ok && len(w) > 5 {
		out = append(out, r) // colloquial -in: "cairin", "daftarin"
	} else if r, ok := cutSuffix(w, "i"); ok && !isVowel(r[len(r)-1]) {
		out = append(out, r)
	}
	return append(out, w)
}

type prefixRule struct {
	prefix  string
	vowel   []string // recodings when the rest starts with a vowel ("" keeps it)
	cons    []string // recodings when the rest starts with a consonant
	minRest int      // minimum vowels left
}

// prefixRules are tried longest first; the first recoding is the default.
var prefixRules = []prefixRule{
	{"memper", []string{""}, []string{""}, 2},
	{"meng", []string{"", "k"}, []string{""}, 1},
	{"meny", []string{"s", "c"}, nil, 1},
	{"men", []string{"t", "n"}, []string{""}, 1},
	{"mem", []string{"p", "m"}, []string{""}, 1},
	{"me", []string{""}, []string{""}, 2},
	{"peng", []string{"", "k"}, []string{""}, 1},
	{"peny", []string{"s", "c"}, nil, 1},
	{"pen", []string{"t", "n"}, []string{""}, 1},
	{"pem", []string{"p", "m"}, []string{""}, 1},
	{"per", []string{""}, []string{""}, 2},
	{"pe", []string{""}, []string{""}, 2},
	{"ber", []string{""}, []string{""}, 2},
	{"be", nil, []string{""}, 2},
	{"ter", []string{""}, []string{""}, 2},
	{"di", []string{""}, []string{""}, 2},
	{"ke", []string{""}, []string{""}, 2},
	{"nge", nil, []string{""}, 1},
	{"ng", []string{"", "k"}, nil, 2},
	{"ny", []string{"c", "s"}, nil, 2},
}

// stripPrefixes returns the ways to remove up to two prefixes, deepest and
// default recoding first, then w itself.
func stripPrefixes(w string, depth int) []string {
	var out []string
	if depth < 2 {
		for _, r := range prefixRules {
			// After a first prefix only peN-, per- and ber- may follow
			// ("ke-pen-duduk-an", "mem-per-panjang").
			if depth > 0 && !strings.HasPrefix(r.prefix, "pe") && !strings.HasPrefix(r.prefix, "be") {
				continue
			}
			if !strings.HasPrefix(w, r.prefix) || len(w) <= len(r.prefix)+2 {
				continue
			}
			rest := w[len(r.prefix):]
			codes := r.cons
			if isVowel(rest[0]) {
				codes = r.vowel
			}
			for _, c := range codes {
				cand := c + rest
				if vowelCount(cand) < r.minRest || len(cand) < 3 {
					continue
				}
				out = append(out, stripPrefixes(cand, depth+1)...)
			}
			if len(out) > 0 {
				break
			}
		}
	}
	return append(out, w)
}

func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func vowelCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) {
			n++
		}
	}
	return n
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
