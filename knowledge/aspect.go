package knowledge

import (
	"slices"
	"strings"
)

// Aspect is the part of a service a question asks about: its cost, the
// documents to bring, the steps... The zero Aspect is a general question.
type Aspect string

// Aspects a citizen asks about, and the parts of an article they map to.
const (
	AspectGeneral     Aspect = ""
	AspectDocuments   Aspect = "syarat"
	AspectSteps       Aspect = "langkah"
	AspectCost        Aspect = "biaya"
	AspectDuration    Aspect = "waktu"
	AspectPlace       Aspect = "tempat"
	AspectOnline      Aspect = "daring"
	AspectValidity    Aspect = "berlaku"
	AspectPenalty     Aspect = "denda"
	AspectEligibility Aspect = "siapa"
	AspectNotes       Aspect = "catatan"
	AspectLegal       Aspect = "hukum"
	// AspectDeadline is by when something must be done ("paling lambat
	// 30 hari"); articles state it in their text, not under a heading.
	AspectDeadline Aspect = "tenggat"
	// AspectOther is a section whose heading names no known aspect.
	AspectOther Aspect = "lain"
)

// ParseAspect returns the aspect named s, as written in button data.
func ParseAspect(s string) (Aspect, bool) {
	switch a := Aspect(s); a {
	case AspectDocuments, AspectSteps, AspectCost, AspectDuration, AspectPlace, AspectOnline,
		AspectValidity, AspectPenalty, AspectEligibility, AspectNotes, AspectLegal, AspectDeadline:
		return a, true
	}
	return "", false
}

// aspectCues maps canonical question words to the aspect they ask about.
// Words are matched after the chat lexicon, so "brp", "biayanya" and "how
// much" arrive here as "berapa" and "biaya".
var aspectCues = map[string]Aspect{
	"biaya": AspectCost, "bayar": AspectCost, "gratis": AspectCost, "pnbp": AspectCost, "duit": AspectCost,
	"uang": AspectCost, "rp": AspectCost, "rupiah": AspectCost, "mahal": AspectCost, "murah": AspectCost,
	"dibayar": AspectCost, "membayar": AspectCost, "pay": AspectCost, "paid": AspectCost, "charge": AspectCost,
	"pungutan": AspectCost, "tarifnya": AspectCost, "nominal": AspectCost, "iuran": AspectCost, "retribusi": AspectCost,
	// Javanese and Sundanese forms: "biayane", "biayana", "regane".
	"biayane": AspectCost, "biayana": AspectCost, "regane": AspectCost, "mbayar": AspectCost,
	"syarate": AspectDocuments, "syaratna": AspectDocuments, "carane": AspectSteps, "carana": AspectSteps,
	"dinten": AspectDuration,

	"syarat": AspectDocuments, "dokumen": AspectDocuments, "berkas": AspectDocuments, "bawa": AspectDocuments,
	"dibawa": AspectDocuments, "lampiran": AspectDocuments, "fotokopi": AspectDocuments, "bring": AspectDocuments,
	"kelengkapan": AspectDocuments, "perlengkapan": AspectDocuments, "apa2": AspectDocuments, "disiapkan": AspectDocuments,
	"siapkan": AspectDocuments, "menyiapkan": AspectDocuments, "disiapin": AspectDocuments, "siapin": AspectDocuments,
	"nyiapin": AspectDocuments, "dipersiapkan": AspectDocuments, "persiapan": AspectDocuments, "needed": AspectDocuments,

	"cara": AspectSteps, "caranya": AspectSteps, "prosedur": AspectSteps, "langkah": AspectSteps, "alur": AspectSteps,
	"tahapan": AspectSteps, "tahap": AspectSteps, "step": AspectSteps, "steps": AspectSteps, "procedure": AspectSteps,
	"process": AspectSteps, "urus": AspectSteps, "ngurus": AspectSteps, "mengurus": AspectSteps, "ngurusnya": AspectSteps,
	"mekanisme": AspectSteps,

	"lama": AspectDuration, "durasi": AspectDuration, "jadinya": AspectDuration, "selesainya": AspectDuration,
	"cepat": AspectDuration, "hari": AspectDuration, "minggu": AspectDuration, "jam": AspectDuration,
	"kelar": AspectDuration, "ditunggu": AspectDuration, "nunggu": AspectDuration, "menunggu": AspectDuration,
	"long": AspectDuration, "days": AspectDuration,

	"dimana": AspectPlace, "tempat": AspectPlace, "lokasi": AspectPlace, "kantor": AspectPlace, "alamat": AspectPlace,
	"where": AspectPlace, "office": AspectPlace, "loket": AspectPlace,

	"online": AspectOnline, "aplikasi": AspectOnline, "app": AspectOnline, "website": AspectOnline, "web": AspectOnline,
	"situs": AspectOnline, "link": AspectOnline, "internet": AspectOnline,
	"hp": AspectOnline, "hape": AspectOnline, "handphone": AspectOnline, "ponsel": AspectOnline,

	"berlaku": AspectValidity, "kadaluarsa": AspectValidity, "kedaluwarsa": AspectValidity, "expired": AspectValidity,
	"valid": AspectValidity, "validity": AspectValidity, "seumur": AspectValidity, "masaberlaku": AspectValidity,

	"denda": AspectPenalty, "sanksi": AspectPenalty, "telat": AspectPenalty, "terlambat": AspectPenalty,
	"fine": AspectPenalty, "penalty": AspectPenalty, "dihukum": AspectPenalty,

	"batas": AspectDeadline, "tenggat": AspectDeadline, "deadline": AspectDeadline, "selambat": AspectDeadline,
	"selambatnya": AspectDeadline, "lambat": AspectDeadline, "maksimal": AspectDeadline, "max": AspectDeadline,

	"siapa": AspectEligibility, "berhak": AspectEligibility, "umur": AspectEligibility, "usia": AspectEligibility,
	"eligible": AspectEligibility, "kriteria": AspectEligibility, "kapan": AspectDuration,
}

// generalCues ask for the service as a whole, whatever other aspect word
// the question has ("gimana cara", "apa saja", "info lengkap").
var generalCues = setOf("lengkap", "semua", "detail", "rincian", "informasi")

// DetectAspect returns the part of a service a question asks about, or
// AspectGeneral when it asks about the service as a whole or about several
// parts at once. A question that asks about two parts ("syarat dan
// biayanya") is general: the overview names both.
func DetectAspect(q string) Aspect {
	toks := aspectTokens(q)
	found := map[Aspect]bool{}
	var first Aspect
	for i, w := range toks {
		if generalCues[w] {
			return AspectGeneral
		}
		a, ok := aspectCues[w]
		if !ok {
			continue
		}
		switch {
		case w == "kapan" && !near(toks, i, "jadi", "jadinya", "selesai", "keluar", "kelar", "beres", "jadi?"):
			// "kapan bisa bikin ktp" asks about eligibility or timing of
			// a need, not how long the service takes.
			continue
		case a == AspectDuration && (w == "hari" || w == "minggu" || w == "jam") && !after(toks, i, "berapa", "brp"):
			// "hari ini", "hari kerja": a duration only as "berapa hari".
			continue
		case w == "lama" && i > 0 && (entities[toks[i-1]] || oldThings[toks[i-1]]):
			// "pemilik lama", "ktp yang lama": the old one, not how long.
			continue
		case a == AspectDeadline && (w == "lambat" && !after(toks, i, "paling", "plg") ||
			(w == "maksimal" || w == "max") && !near(toks, i, "kapan", "hari", "bulan", "tanggal", "tgl")):
			// "paling lambat", "max kapan": a deadline; "lambat" alone
			// is slow, "maksimal 2 orang" a limit.
			continue
		case a == AspectEligibility && w == "siapa" && !near(toks, i, "saja", "aja", "yang", "boleh", "bisa", "berhak"):
			continue
		case a == AspectDocuments && w == "bawa" && near(toks, i, "anak", "ortu", "saksi", "teman"):
			continue
		case a == AspectOnline && (w == "hp" || w == "hape" || w == "handphone" || w == "ponsel") &&
			!after(toks, i, "di", "lewat", "lwt", "pakai", "pake", "via", "dari", "dr"):
			// "bisa di hp?" asks for an online channel; "no hp" is a
			// phone number.
			continue
		case a == AspectSteps && (w == "urus" || w == "ngurus" || w == "mengurus") && !near(toks, i, "cara", "bagaimana", "gimana"):
			// "mau ngurus ktp" names a need, not the steps.
			continue
		}
		if !found[a] {
			found[a] = true
			if first == "" {
				first = a
			}
		}
	}
	// "berapa" alone after a price-like context is a cost; "berapa lama"
	// already matched "lama".
	if len(found) == 0 {
		for i, w := range toks {
			if w == "berapa" && (i+1 == len(toks) || stopwords[toks[i+1]]) {
				return AspectCost
			}
		}
	}
	if found[AspectDeadline] && len(found) == 2 {
		// "batasnya berapa hari", "paling lambat lapor kapan": by when,
		// whatever else the question names.
		return AspectDeadline
	}
	if found[AspectSteps] && len(found) == 2 {
		// "cara bayar denda", "caranya online": the other part is the
		// more specific one.
		for a := range found {
			if a != AspectSteps {
				return a
			}
		}
	}
	if found[AspectValidity] && len(found) == 2 && found[AspectDuration] {
		// "berlakunya berapa lama": how long it stays valid.
		return AspectValidity
	}
	if found[AspectPenalty] && len(found) == 2 && found[AspectCost] {
		// "telat bayar, kena denda?": the fine is the question.
		return AspectPenalty
	}
	if found[AspectEligibility] && len(found) == 2 && found[AspectDocuments] {
		return AspectEligibility
	}
	if found[AspectPlace] && len(found) == 2 && found[AspectCost] && !hasAny(toks, "biaya", "berapa", "gratis", "mahal", "murah") {
		// "bayarnya dimana": where to pay, not how much.
		return AspectPlace
	}
	if len(found) != 1 {
		return AspectGeneral
	}
	return first
}

// aspectTokens are a question's canonical words, with the possessive
// "-nya" dropped where the word without it is an aspect cue ("berlakunya",
// "langkahnya").
func aspectTokens(q string) []string {
	toks := canonical(rawTokens(q))
	for i, w := range toks {
		if base, ok := strings.CutSuffix(w, "nya"); ok {
			if _, cue := aspectCues[base]; cue {
				toks[i] = base
			} else if c := canonical([]string{base}); len(c) > 0 {
				// "ongkosnya": a chat word for a cue ("ongkos" -> "biaya").
				if _, cue := aspectCues[c[0]]; cue {
					toks[i] = c[0]
				}
			}
		}
	}
	return toks
}

// after reports whether toks[i] directly follows one of words.
func after(toks []string, i int, words ...string) bool {
	if i == 0 {
		return false
	}
	for _, w := range words {
		if toks[i-1] == w {
			return true
		}
	}
	return false
}

// oldThings, besides the documents (entities), are the words "lama"
// describes as old rather than asks how long about: the previous owner,
// the old address, "yang lama". The tokens are canonical ("yg" is "yang").
var oldThings = setOf("pemilik", "punya", "owner", "alamat", "rumah", "nama", "data", "foto", "kartu", "nomor", "buku",
	"yang", "versi", "model", "format", "domisili", "kantor", "tempat")

// near reports whether one of words stands within two places of toks[i].
func near(toks []string, i int, words ...string) bool {
	for j := max(0, i-2); j < min(len(toks), i+3); j++ {
		if j == i {
			continue
		}
		for _, w := range words {
			if toks[j] == w {
				return true
			}
		}
	}
	return false
}

// AspectOnly reports whether a question asks only for a part of whatever
// service is under discussion ("biayanya brp?", "kalau online bisa?",
// "berapa lama jadinya"): it has an aspect and no word that names a
// service of its own.
func AspectOnly(q string) (Aspect, bool) {
	a := DetectAspect(q)
	if a == AspectGeneral {
		return a, false
	}
	toks := aspectTokens(q)
	for i, w := range toks {
		if aspectCues[w] == AspectValidity && near(toks, i, "sudah", "udah", "udh", "dah", "telah", "terlanjur", "telanjur") {
			// "kalau udah expired?" asks about a document past its
			// date (a renewal), not how long it is valid.
			return a, false
		}
	}
	for _, w := range toks {
		if stopwords[w] || len(w) <= 1 || greetingWords[w] || followWords[w] || followWords[strings.TrimSuffix(w, "nya")] {
			continue
		}
		if _, ok := aspectCues[w]; ok {
			continue
		}
		return a, false
	}
	return a, true
}

// followWords carry no subject in a follow-up: "kalau", "terus", "jadinya".
var followWords = setOf("kalau", "kalo", "klo", "terus", "trus", "lalu", "kemudian", "jadi", "bisa", "gak", "nggak",
	"ga", "enggak", "tidak", "perlu", "butuh", "harus", "wajib", "apa", "aja", "saja", "ya", "kira", "kira2", "sampai",
	"berapa", "lama", "sampe", "dong", "abis", "habis", "kira", "paling", "plg", "lapor", "melapor", "ngajuin", "waktu", "yang", "buat", "bikin", "membuat", "juga", "kak", "min", "then", "and", "what", "about",
	"much", "many", "is", "there", "it", "any", "do", "i", "need", "nya", "gimana", "bagaimana", "prosesnya", "proses",
	"pake", "pakai", "via", "lewat", "dikenakan", "kena", "ada", "nggk", "gk", "engga", "ngga", "mesti", "bener",
	"benar", "masih", "sudah", "udah", "belum", "sekarang", "kah", "how", "does", "take", "cost", "fee",
	// Verbs of any service: "bisa daftar online?" still asks about the
	// service under discussion.
	"daftar", "mendaftar", "ajukan", "mengajukan", "pengajuan", "urus", "ngurus", "mengurus", "ngurusnya",
	"bikinnya", "buatnya", "prosesnya", "register", "apply", "do", "need", "bring", "should", "my", "we",
	// Javanese and Sundanese particles: "wonten biayane mboten?".
	"wonten", "mboten", "enten", "ora", "ono", "aya", "henteu", "teu", "pinten", "pira", "sabaraha", "nopo", "napa")

// sectionAspects maps words of a section heading to its aspect; the first
// word of the heading that names one decides.
var sectionAspects = []struct {
	word   string
	aspect Aspect
}{
	{"dasar hukum", AspectLegal}, {"masa berlaku", AspectValidity}, {"berlaku", AspectValidity},
	{"persyaratan", AspectDocuments}, {"syarat", AspectDocuments}, {"dokumen", AspectDocuments}, {"berkas", AspectDocuments},
	{"prosedur", AspectSteps}, {"langkah", AspectSteps}, {"cara", AspectSteps}, {"alur", AspectSteps}, {"tahapan", AspectSteps},
	{"biaya", AspectCost}, {"tarif", AspectCost}, {"pnbp", AspectCost},
	{"waktu", AspectDuration}, {"lama", AspectDuration}, {"durasi", AspectDuration},
	{"tempat", AspectPlace}, {"lokasi", AspectPlace},
	{"daring", AspectOnline}, {"online", AspectOnline}, {"aplikasi", AspectOnline},
	{"denda", AspectPenalty}, {"sanksi", AspectPenalty},
	{"siapa", AspectEligibility}, {"kriteria", AspectEligibility}, {"berhak", AspectEligibility}, {"peserta", AspectEligibility},
	{"catatan", AspectNotes},
}

// headingAspect names the aspect of a section heading.
func headingAspect(h string) Aspect {
	h = strings.ToLower(h)
	for _, s := range sectionAspects {
		if strings.Contains(h, s.word) {
			return s.aspect
		}
	}
	return AspectOther
}

// hasAny reports whether toks holds one of words.
func hasAny(toks []string, words ...string) bool {
	return slices.ContainsFunc(toks, func(t string) bool { return slices.Contains(words, t) })
}
