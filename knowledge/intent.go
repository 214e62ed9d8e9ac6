package knowledge

import (
	"slices"
	"strings"
)

// Intent is what a message is, before any search.
type Intent int

// Intents of a citizen's message.
const (
	IntentQuestion  Intent = iota // a question for the knowledge base
	IntentGreeting                // "halo min", "selamat pagi", "tes"
	IntentThanks                  // "makasih kak", "ok siap"
	IntentSpam                    // gambling promotion and the like
	IntentEmpty                   // emoji or punctuation only
	IntentHuman                   // asks for a human officer
	IntentChat                    // laughter, small talk, insults: nothing to look up
	IntentComplaint               // a complaint about a service or an officer
)

// String names the intent for logs.
func (i Intent) String() string {
	switch i {
	case IntentGreeting:
		return "greeting"
	case IntentThanks:
		return "thanks"
	case IntentSpam:
		return "spam"
	case IntentEmpty:
		return "empty"
	case IntentHuman:
		return "human"
	case IntentChat:
		return "chat"
	case IntentComplaint:
		return "complaint"
	}
	return "question"
}

var (
	greetingWords = setOf("halo", "hai", "hi", "hello", "hallo", "helo", "hey", "hei", "pagi", "siang", "sore", "malam",
		"selamat", "assalamualaikum", "assalamu", "alaikum", "assalamualaikum", "salam", "permisi", "punten", "wr", "wb",
		"tes", "test", "testing", "ping", "p", "min", "mimin", "kak", "gan", "sis", "bro", "admin", "om", "pak", "bu",
		"mas", "mbak", "mba", "bang", "sob", "shalom", "morning", "evening", "afternoon", "good", "there", "everyone",
		"semua", "ada", "orang", "yang", "jaga", "apa", "kabar", "gimana", "bagaimana", "coba", "dong")
	thanksWords = setOf("makasih", "makasi", "mksh", "mks", "thanks", "thank", "thx", "tq", "tengkyu", "nuhun", "suwun",
		"matur", "hatur", "kasih", "ok", "oke", "okay", "okey", "sip", "siap", "baik", "mantap", "mantab",
		"terbantu", "membantu", "noted", "great", "nice", "maturnuwun", "alhamdulillah")
	// ackWords may close a thank-you without being one.
	ackWords = setOf("banyak", "sangat", "sudah", "jelas", "paham", "you", "very", "much", "so", "kak", "min", "gan", "ya",
		"yaa", "deh", "nih", "good", "gitu", "begitu", "infonya", "informasinya", "sekali", "banget", "bgt")
	// A request for a person names one (humanNouns; the weaker staffNouns
	// only with a contact verb) and asks to talk or be connected.
	humanNouns   = setOf("petugas", "admin", "cs", "manusia", "human", "agent", "agen", "officer", "operator")
	staffNouns   = setOf("pegawai", "staf", "staff", "asn", "orang", "person", "someone", "customer", "layanan")
	contactVerbs = setOf("bicara", "ngomong", "ngobrol", "chat", "hubungi", "sambungkan", "hubungkan", "talk",
		"speak", "connect", "nyambung", "disambungkan", "dihubungkan", "telepon", "telpon", "kontak")
	requestWords = setOf("mau", "minta", "butuh", "bisa", "tolong", "ingin", "please", "want", "need", "dong", "aja", "saja")
	// englishWords are common English function words, to tell English
	// questions apart.
	englishWords = setOf("the", "is", "are", "my", "i", "do", "does", "how", "what", "where", "when", "can", "for",
		"of", "to", "a", "an", "need", "you", "your", "with", "from", "after", "if", "still", "get", "much", "many",
		"which", "who", "why", "please", "it", "in", "on", "and", "or", "should", "would", "have", "has", "this", "that")
	// offTopic words name matters a public-service help desk does not
	// handle: weather, politics, entertainment, loans and investments,
	// phone credit and internet, electricity tokens, job vacancies, hacking.
	offTopic = setOf("cuaca", "gempa", "operator", "seluler", "telkomsel", "indosat", "smartfren", "grapari", "ramalan", "zodiak", "presiden", "capres", "cawapres", "pemilu",
		"pilkada", "caleg", "partai", "politik", "jokes", "joke", "lelucon", "lawak", "pantun", "lagu", "film",
		"gosip", "resep", "masak", "pinjol", "pinjaman", "utang", "hutang", "saham", "crypto", "kripto", "bitcoin",
		"trading", "forex", "pulsa", "kartuperdana", "provider", "sinyal", "wifi", "listrik",
		"token", "pln", "lowongan", "loker", "vacancy", "hack", "hacker", "retas", "bobol", "pacar", "jodoh",
		"weather", "president", "capital", "joke", "loan", "football", "bola", "skor", "game", "games")
)

// classify returns the intent of a message from its raw and canonical words.
func classify(text string, raw, canon []string) Intent {
	if len(raw) == 0 {
		return IntentEmpty
	}
	if gamblingTerm(text) != "" {
		// "cara lapor situs judi online" reports gambling, it does not
		// promote it: that is a complaint to the government.
		for _, w := range canon {
			if reportWords[w] {
				return IntentComplaint
			}
		}
		return IntentSpam
	}
	noun, staff, verb, other := false, false, false, 0
	for _, w := range canon {
		switch {
		case humanNouns[w]:
			noun = true
		case staffNouns[w]:
			staff = true
		case contactVerbs[w]:
			verb = true
		case !requestWords[w] && !stopwords[w] && !greetingWords[w]:
			other++
		}
	}
	if len(canon) <= 10 && ((noun || staff) && verb || noun && other == 0) {
		return IntentHuman
	}
	onlyGreeting, onlyThanks, anyThanks := true, true, false
	for _, w := range canon {
		if !greetingWords[w] && !stopwords[w] {
			onlyGreeting = false
		}
		if thanksWords[w] {
			anyThanks = true
		} else if !stopwords[w] && !greetingWords[w] && !ackWords[w] {
			onlyThanks = false
		}
	}
	switch {
	case anyThanks && onlyThanks:
		return IntentThanks
	case onlyGreeting:
		return IntentGreeting
	case isChat(canon):
		return IntentChat
	case looksLikeComplaint(canon):
		return IntentComplaint
	}
	return IntentQuestion
}

var (
	// chatWords are laughter, small talk and abuse: a message made only of
	// them (and greetings or particles) asks nothing of the knowledge base.
	chatWords = setOf("wkwk", "wkwkwk", "wkwkwkwk", "wk", "kwkw", "awokwok", "awokawok", "haha", "hahaha", "hehe",
		"hehehe", "hihi", "xixi", "lol", "lmao", "anjir", "anjay", "njir", "asik", "asyik", "gabut", "bosan", "bosen",
		"bete", "galau", "kabar", "robot", "bot", "nama", "namamu", "namanya", "kamu", "lu", "lo", "loe", "elu", "elo",
		"cantik", "ganteng", "jomblo", "sayang", "cinta", "love", "makan", "udah", "sudah", "belum", "lagi", "ngapain",
		"sedang", "anjing", "bangsat", "goblok", "goblog", "tolol", "bodoh", "bego", "kampret", "babi", "tai", "taik",
		"sialan", "brengsek", "idiot", "stupid", "dumb", "fuck", "shit", "bacot", "bacod", "berisik", "payah", "gila",
		"dasar", "ga", "gak", "nggak", "jelas", "gajelas", "apaan", "sih", "emang", "beneran", "manusia", "asli",
		"are", "you", "real", "who", "bored", "funny", "lucu", "siapa", "yg", "bikin", "jawab", "dong", "tes", "test",
		"cek", "ping", "hadir", "gimana", "bagaimana", "kabarnya", "baik", "aja", "saja", "doang")
	// complaintWords say that a service or an officer fell short.
	complaintWords = setOf("komplain", "complain", "complaint", "keluhan", "mengeluh", "ngeluh", "mengadu", "ngadu",
		"protes", "kecewa", "mengecewakan", "kasar", "judes", "jutek", "galak", "ketus", "dipersulit", "mempersulit",
		"pungli", "dipalak", "diperas", "pemerasan", "sogok", "suap", "disogok", "dibentak", "membentak", "lelet",
		"lambat", "dioper", "bertele", "ditelantarkan", "cuek", "sombong", "ramah", "profesional", "rude", "slow",
		"disappointed", "parah", "nyebelin", "menyebalkan", "bohong", "boong", "dibohongi", "dibohongin")
	// complaintOwn are complaint words that need no target: "mau komplain".
	complaintOwn = setOf("komplain", "complain", "complaint", "keluhan", "mengeluh", "ngeluh", "mengadu", "ngadu",
		"protes", "kecewa", "mengecewakan", "pungli", "dipalak", "diperas", "pemerasan", "sogok", "suap", "disogok",
		"dibentak", "membentak", "disappointed", "oknum", "dipotong", "disunat", "pengaduan", "percuma", "payah",
		"dipersulit", "mempersulit")
	// complaintTargets are who or what a complaint is about.
	complaintTargets = setOf("petugas", "pegawai", "pelayanan", "layanan", "loket", "kantor", "staf", "staff",
		"satpam", "oknum", "samsat", "dukcapil", "disdukcapil", "capil", "polisi", "polres", "polsek", "polda",
		"kelurahan", "lurah", "kecamatan", "camat", "desa", "kades", "puskesmas", "rs", "rumah", "sakit", "imigrasi",
		"kua", "pns", "asn", "antrean", "antrian", "prosesnya", "proses", "officer", "service", "staffnya",
		"petugasnya", "pelayanannya", "pegawainya", "cs", "operator", "website", "aplikasi", "server", "sistem",
		"rt", "rw", "pak", "bu", "oknumnya", "calo", "penghulu", "pendamping", "satpas", "kades", "imigrasi",
		"immigration", "polisi", "bpn", "guru", "kepsek", "sekolah")
	// moneyWords are what an officer asks for in a bribe.
	moneyWords = setOf("uang", "duit", "imbalan", "amplop", "tip", "biaya", "tambahan", "money", "extra")
	// stalled are what a service does not do when it stalls.
	stalled = setOf("kelar", "selesai", "beres", "jadi", "diproses", "ditanggapi", "direspon", "dibalas", "diurus",
		"dilayani", "diangkat", "dibales", "processed", "done")
	// askedFor are the verbs of being asked for money.
	askedFor = setOf("minta", "diminta", "dimintai", "dimintain", "mintain", "nagih", "ditagih", "disuruh", "meminta",
		"njaluk", "dijaluk", "dijaluki",
		"asked", "demanded", "dikasih", "kasih", "ngasih", "hinted", "pay")
	// publicWorks are facilities the government keeps up.
	publicWorks = setOf("jalan", "jalanan", "lampu", "pju", "sampah", "drainase", "selokan", "gorong",
		"jembatan", "trotoar", "taman", "pdam", "saluran", "irigasi", "puskesmas", "sekolah", "pasar", "terminal",
		"road", "streetlight", "bridge")
	// brokenWords say a facility fails.
	brokenWords = setOf("rusak", "berlubang", "bolong", "lubang", "mati", "padam", "menumpuk", "numpuk", "mampet",
		"tersumbat", "ambrol", "ambruk", "roboh", "longsor", "keruh", "broken", "damaged")
	// reportWords ask how to report something to the authorities.
	reportWords = setOf("lapor", "laporkan", "melaporkan", "laporin", "ngelaporin", "aduan", "mengadukan", "adukan",
		"blokir", "diblokir", "memblokir", "report", "pengaduan", "diadukan", "dilaporkan", "laporke", "dilaporke")
	// negations turn "ramah" or "profesional" into a complaint.
	negations = setOf("tidak", "gak", "ga", "nggak", "enggak", "ngga", "kurang", "tdk", "not")
)

// secondPerson address the bot ("lu dibayar brp sama pemerintah").
var secondPerson = setOf("lu", "lo", "loe", "elu", "elo", "kamu", "km", "kau", "you")

// isChat reports whether a message is only small talk, laughter or abuse,
// or is about the bot itself: it starts by addressing it and names no
// document nor a service to get.
func isChat(canon []string) bool {
	if len(canon) > 1 && secondPerson[canon[0]] && !names(canon, entities) && !names(canon, serviceVerbs) {
		return true
	}
	some := false
	for _, w := range canon {
		switch {
		case chatWords[w]:
			some = true
		case stopwords[w], greetingWords[w], len(w) <= 1:
		default:
			return false
		}
	}
	return some
}

// isComplaint reports whether a message complains about a service or an
// officer: a word of complaint that stands on its own ("mau komplain"), or
// one about someone ("petugas samsat kasar", "pelayanan lambat", "petugasnya
// tidak ramah").
func isComplaint(canon []string) bool {
	// A word of complaint about someone counts when what it is about stands
	// close by: "petugasnya lelet", not "paling lambat daftar ke kua".
	targetNear := func(i int) bool {
		for j := max(0, i-3); j < min(len(canon), i+4); j++ {
			if isTarget(canon, j) {
				return true
			}
		}
		return false
	}
	for i, w := range canon {
		prev := ""
		if i > 0 {
			prev = canon[i-1]
		}
		switch {
		case complaintOwn[w] && !(cutVerbs[w] && payrollNear(canon, i)):
			return true
		case w == "ramah" || w == "profesional" || w == "sopan" || w == "jelas":
			if negations[prev] && targetNear(i) {
				return true
			}
		case complaintWords[w] && prev != "paling" && targetNear(i):
			return true
		case w == "lama" && i+1 < len(canon) && (canon[i+1] == "banget" || canon[i+1] == "sekali") && targetNear(i):
			return true
		case brokenWords[w] && !isBroader(canon, i) && publicWorksNear(canon, i):
			// (Not "rusak" as the broader word of the citizen's
			// "kebakaran" or "sobek": a KTP burnt in a market fire is
			// no facility left broken.)
			// "jalan depan rumah rusak", "lampu jalan mati": a public
			// facility that fails is a complaint to the government.
			return true
		case moneyWords[w] && askedFor[prev] && hasTarget(canon) && !asksFair(canon):
			// "lurah minta uang buat ngurus surat": an officer asking for
			// money is a complaint (pungli), whatever the service.
			return true
		case askedFor[w] && amountNear(canon, i) && hasTarget(canon) && !asksFair(canon):
			// "petugas kecamatan minta 150rb biar cepet jadi".
			return true
		case cutVerbs[w] && (amountNear(canon, i) || moneyNear(canon, i)) && hasTarget(canon):
			// "kades potong bansos warga 100rb": aid cut by whoever
			// hands it out.
			return true
		case frustrated(canon, i) && hasTarget(canon) && (grievance(canon) || waited(canon)):
			// "antri di samsat 5 jam, loket cuma buka 1. parah",
			// "ktp 4 bulan blm dicetak ... kesel": a citizen fed up with
			// an office, whether or not they ask where to report it.
			return true
		case isReportWord(w) && !(policeReport(canon, i) && asksHow(canon)) && grievance(canon):
			// "... mau lapor", "gmn laporinnya", "mau ngadu" after a
			// story of money asked, a refusal or a wait: reporting an
			// officer or an office, not a lost document.
			return true
		case stalled[w] && (negations[prev] || prev == "belum") && waited(canon) && !names(canon, penaltyWords):
			// "udah 6 bulan gak kelar2", "sudah 3 bulan belum jadi": a
			// service that stalls.
			return true
		case systemFailures[w] && persists(canon, i) && (names(canon, systemNouns) || hasTarget(canon)):
			// "web skck down mulu dr pagi", "aplikasi jkn error terus
			// dari kemarin": a public system that keeps failing.
			return true
		case w == "adil" && negations[prev], unequalWords[w]:
			// "dia mampu tapi dapat pkh, ga adil", "pasien bpjs
			// dibedain": treated unfairly.
			return true
		case (w == "bolak" || w == "balik") && sentBack(canon, i) && hasTarget(canon) && !asksPart(canon):
			// "disuruh bolak balik 4x ke dukcapil": sent back again
			// and again; when the citizen then asks what to bring,
			// the answer is what they need.
			return true
		case serviceWords[w] && indignant(canon):
			// "pelayanan macam apa ini", "piye iki pelayanane".
			return true
		case w == "ada" && negations[prev] && absentFrom(canon, i) && hasTarget(canon):
			// "pegawai kelurahan jam 10 udh ga ada di tempat".
			return true
		case unreachable(canon, i) && (waited(canon) || stalledAnywhere(canon)):
			// "sebulan belum cair, cs nya ga bisa dihubungi".
			return true
		}
	}
	return false
}

// onAndOn say that something keeps happening ("error terus", "down mulu").
var onAndOn = setOf("terus", "mulu", "melulu")

// persists reports whether the failure at canon[i] goes on: "error terus",
// "down mulu", "gangguan dari kemarin", "lemot sejak pagi".
func persists(canon []string, i int) bool {
	for j := i + 1; j < min(len(canon), i+4); j++ {
		switch w := canon[j]; {
		case onAndOn[w], w == "teros", w == "selalu", w == "seharian", w == "berhari":
			return true
		case w == "dari", w == "sejak":
			return j+1 < len(canon) && sinceWords[canon[j+1]]
		}
	}
	return false
}

// sinceWords are when a failure began ("dari kemarin", "sejak pagi").
var sinceWords = setOf("kemarin", "pagi", "subuh", "semalam", "tadi", "minggu", "senin", "selasa", "rabu", "kamis",
	"jumat", "sabtu", "awal", "kemaren", "siang", "sore")

// systemNouns name an online system, which "gagal" fails as a system does
// ("aplikasi gagal terus"), not as an application is turned down.
var systemNouns = setOf("aplikasi", "situs", "web", "sistem", "server", "login", "app", "portal", "online", "daring",
	"otp", "sinyal")

// unequalWords tell of being treated worse than others.
var unequalWords = setOf("dibedakan", "diskriminasi", "didiskriminasi", "dianaktirikan", "diskriminatif")

// names reports whether a message has a word of set.
func names(canon []string, set map[string]bool) bool {
	return slices.ContainsFunc(canon, func(w string) bool { return set[w] })
}

// sentBack reports whether the back-and-forth at canon[i] happened to the
// citizen ("disuruh bolak balik", "udah bolak balik 4x"), not whether it
// will be needed ("harus bolak balik ga?").
func sentBack(canon []string, i int) bool {
	if i > 0 {
		switch canon[i-1] {
		case "disuruh", "sudah", "sampai", "dibikin", "dibuat":
			return true
		}
	}
	for j := i + 1; j < min(len(canon), i+5); j++ {
		if (canon[j] == "kali" || canon[j] == "x") && j > 0 && (isDigits(canon[j-1]) || numberWords[canon[j-1]]) {
			return true
		}
	}
	return false
}

// serviceWords name the service an office gives.
var serviceWords = setOf("pelayanan", "layanan", "pelayanannya", "layanannya", "pelayanane", "layanane")

// indignant reports whether a message asks what kind of service this is
// ("pelayanan macam apa ini", "kok gini pelayanannya", "piye iki"): no
// question, a protest.
func indignant(canon []string) bool {
	for i := 0; i+1 < len(canon); i++ {
		w, next := canon[i], canon[i+1]
		switch {
		case (w == "macam" || w == "kayak" || w == "seperti" || w == "model") && next == "apa",
			w == "kok" && (next == "gini" || next == "begini" || next == "gitu" || next == "begitu"),
			w == "bagaimana" && (next == "iki" || next == "sih"):
			return true
		}
	}
	return false
}

// unreachable reports whether canon[i] tells of an office that cannot be
// reached ("cs nya ga bisa dihubungi"), not a private person ("pemilik
// lama ga bisa dihubungi").
func unreachable(canon []string, i int) bool {
	switch canon[i] {
	case "dihubungi", "dihubungin", "dikontak", "ditelpon", "ditelepon":
	default:
		return false
	}
	negated, office := false, false
	for j := max(0, i-5); j < i; j++ {
		negated = negated || negations[canon[j]] || canon[j] == "susah" || canon[j] == "sulit"
		office = office || isTarget(canon, j)
	}
	return negated && office
}

// absentFrom reports whether "ada" at canon[i] is followed by where an
// officer should be: "ga ada di tempat", "tidak ada di kantor".
func absentFrom(canon []string, i int) bool {
	if i+2 >= len(canon) || canon[i+1] != "di" {
		return false
	}
	switch canon[i+2] {
	case "tempat", "kantor", "meja", "loket", "ruangan", "lokasi":
		return true
	}
	return false
}

// asksPart reports whether a message asks about a part of a service
// ("syaratnya apa aja", "biayanya berapa").
func asksPart(canon []string) bool {
	return slices.ContainsFunc(canon, func(w string) bool { _, ok := aspectCues[w]; return ok })
}

// notYet reports whether prev and w say that something the citizen waits
// for has not happened: "belum cair", "ga jadi2", "tidak diangkat".
func notYet(prev, w string) bool {
	return (negations[prev] || prev == "belum") && (stalled[w] || answeredVerbs[w])
}

// stalledAnywhere reports whether a message says that something it waits
// for has not happened (notYet).
func stalledAnywhere(canon []string) bool {
	for i := 1; i < len(canon); i++ {
		if notYet(canon[i-1], canon[i]) {
			return true
		}
	}
	return false
}

// penaltyWords ask about a fine: "aktenya blm diurus krn sibuk, kena denda
// ga?" is the citizen's own delay, not an office's.
var penaltyWords = setOf("denda", "sanksi")

// fairWords ask whether an amount is what it should be ("wajar ga?");
// fairTail do so at the end of a message ("emang segitu?", "ada tarif
// resminya?"), not in a story ("minta uang di luar tarif resmi").
var (
	fairWords = setOf("wajar", "normal", "lumrah")
	fairTail  = setOf("segitu", "resmi", "resminya")
)

// doubtWords, before a word of paying, ask whether it is so ("emang
// bayar?", "beneran gratis?").
var doubtWords = setOf("emang", "memang", "beneran", "bener", "benar")

// paidWords are the words of paying or not.
var paidWords = setOf("bayar", "berbayar", "gratis", "biaya", "dipungut")

// asksFair reports whether a message asks whether money asked for is
// right ("panitia minta 500rb per bidang, wajar ga?", "dimintain 50rb,
// emang bayar?"): a question about the fee the service sets, which its
// article gives, unless the citizen also wants to report it or calls the
// levy unofficial ("pungutan tidak resmi").
func asksFair(canon []string) bool {
	asks := false
	for i, w := range canon {
		switch {
		case (fairWords[w] || fairTail[w] && i >= len(canon)-2) && !(i > 0 && negations[canon[i-1]]):
			asks = true
		case doubtWords[w] && names(canon[i+1:min(len(canon), i+3)], paidWords):
			asks = true
		}
	}
	return asks && !slices.ContainsFunc(canon, func(w string) bool { return isReportWord(w) || complaintOwn[w] })
}

// isReportWord reports whether w asks to report or complain ("lapor",
// "laporinnya", "adukan", "ngadu").
func isReportWord(w string) bool {
	return reportWords[w] || w == "adu" || w == "ngaduin" || strings.HasPrefix(w, "lapor") ||
		strings.HasPrefix(w, "ngelapor") || strings.HasPrefix(w, "melapor") || strings.HasPrefix(w, "adukan")
}

// grievanceWords tell of an office or officer that failed someone: a
// refusal, a go-between, a fee without a receipt, being sent back and forth.
var grievanceWords = setOf("calo", "pungli", "nolak", "menolak", "ditolak", "dipersulit", "mempersulit", "bolak",
	"ditahan", "nahan", "menahan", "ditutup", "kuitansi", "kwitansi", "responsif", "digubris", "dicuekin", "diabaikan",
	"kejelasan", "ngaku", "mengaku", "oknum", "diusir", "disuruh", "dioper", "lelet", "kasar", "judes", "galak", "kacau", "semrawut", "cuek",
	"kesel", "kesal", "jengkel", "keberatan",
	"bentak", "dibentak", "refused", "ignored", "bribe", "extra")

// grievance reports whether a message tells of an office or officer that
// failed the citizen: money asked for, a refusal, a wait.
func grievance(canon []string) bool {
	for i, w := range canon {
		prev := ""
		if i > 0 {
			prev = canon[i-1]
		}
		switch {
		case grievanceWords[w]:
			return true
		case (askedFor[w] || moneyTakers[w] || cutVerbs[w]) && amountNear(canon, i) && !asksFair(canon):
			return true
		case (askedFor[w] || moneyTakers[w] || cutVerbs[w]) && moneyNear(canon, i) && !asksWhether(canon, i) && !asksFair(canon):
			return true
		case (stalled[w] || w == "kabar" || w == "bantu") && (negations[prev] || prev == "belum" || prev == "mau" && i > 1 && negations[canon[i-2]]):
			return true
		case noAnswer[w] && prev == "ada" && i > 1 && negations[canon[i-2]]:
			// "gak ada kabar", "tidak ada tanggapan".
			return true
		case prev == "mau" && i > 1 && negations[canon[i-2]] && refusedVerbs[w]:
			// "pak RT ga mau kasih surat pengantar", "ga mau masukin
			// nama sy": a refusal.
			return true
		case w == "gratis" && (prev == "bukannya" || prev == "katanya"):
			return true
		}
	}
	return false
}

// asksWhether reports whether money named after canon[i], without an
// amount, is asked about ("dipungut biaya ga?", "apakah ditarik biaya?"):
// whether there is a fee, not a fee someone took.
func asksWhether(canon []string, i int) bool {
	if slices.Contains(canon[:i], "apakah") {
		return true
	}
	for j := i + 1; j < min(len(canon), i+5); j++ {
		if moneyWords[canon[j]] && j+1 < len(canon) && negations[canon[j+1]] && j+2 >= len(canon) {
			return true
		}
	}
	return false
}

// noAnswer are what a citizen waits for from an office ("gak ada kabar").
var noAnswer = setOf("kabar", "respon", "respons", "tanggapan", "jawaban", "hasil", "kejelasan", "progres", "balasan", "tindakan", "tindak")

// refusedVerbs are what an officer refuses to do ("ga mau kasih").
var refusedVerbs = setOf("kasih", "kasi", "ngasih", "memberi", "memberikan", "masukin", "memasukkan", "layani", "melayani",
	"ngelayani", "terima", "menerima", "proses", "memproses", "tanda", "ttd", "tandatangan", "bantu", "membantu", "urus", "ngurus",
	"mengurus", "nerima", "bikin", "buatin", "bikinin")

// howWords ask how or where to do something.
var howWords = setOf("bagaimana", "cara", "dimana", "how", "where")

// asksHow reports whether a message asks how or where to do something: a
// stalled report to the police told as a question ("udah lapor ke polsek
// sebulan ga ada kabar, cara cek perkembangannya?") asks for the
// police-report service, whose article says how to follow a report up;
// told as a grievance ("udah lapor ke polres 2 bulan ga ada kabar") it is
// a complaint, which offers that article beside the complaint channel.
func asksHow(canon []string) bool {
	return names(canon, howWords)
}

// payrollWords name a wage, from which contributions and taxes are
// deducted by law.
var payrollWords = setOf("gaji", "gajinya", "upah", "slip", "payroll", "gajian", "salary")

// payrollNear reports whether a cut at canon[i] is a deduction from a wage
// ("iuran yg dipotong dari gaji", "gaji dipotong buat bpjs"): how
// contributions are paid, not money skimmed from what someone is owed.
func payrollNear(canon []string, i int) bool {
	for j := max(0, i-3); j < min(len(canon), i+4); j++ {
		if payrollWords[canon[j]] {
			return true
		}
	}
	return false
}

// policeReport reports whether the report word at canon[i] is a report to
// the police ("udh lapor polisi 2 bulan ga ada kabar").
func policeReport(canon []string, i int) bool {
	for j := i + 1; j < min(len(canon), i+3); j++ {
		switch canon[j] {
		case "polisi", "polsek", "polres", "polda", "kepolisian", "police":
			return true
		case "ke", "di":
		default:
			return false
		}
	}
	return false
}

// cutVerbs are the verbs of cutting money from what someone is owed.
var cutVerbs = setOf("potong", "dipotong", "motong", "memotong", "dipotongin", "motongin", "disunat", "nyunat", "sunat")

// moneyTakers are the verbs of taking money.
var moneyTakers = setOf("narik", "menarik", "ditarik", "memungut", "dipungut", "pungut", "bayar", "dibayar", "charge", "charged")

// amountNear reports whether an amount of money ("150 rb", "1 5 juta",
// "50 k", "rp 200") follows canon[i] within four words.
func amountNear(canon []string, i int) bool {
	for j := i + 1; j < min(len(canon), i+6); j++ {
		switch canon[j] {
		case "rb", "ribu", "juta", "jt", "k", "rp", "rupiah", "perak", "ceban", "gocap", "cepek", "ewu", "yuta":
			return true
		}
	}
	return false
}

// moneyNear reports whether a word for money follows canon[i] closely, in
// the same phrase: "kena mesin potong di bengkel, biaya rs" cuts no money.
func moneyNear(canon []string, i int) bool {
	for j := i + 1; j < min(len(canon), i+4); j++ {
		if moneyWords[canon[j]] {
			return true
		}
		if locatives[canon[j]] {
			return false
		}
	}
	return false
}

// hasTarget reports whether the message names an officer or an office.
func hasTarget(canon []string) bool {
	for j := range canon {
		if isTarget(canon, j) {
			return true
		}
	}
	return false
}

// isTarget reports whether canon[j] names an officer or an office: "rumah"
// and "sakit" only as "rumah sakit" ("rumah bocor parah" is no complaint
// about a service).
func isTarget(canon []string, j int) bool {
	switch w := canon[j]; {
	case w == "rumah":
		return j+1 < len(canon) && canon[j+1] == "sakit"
	case w == "sakit":
		return j > 0 && canon[j-1] == "rumah"
	default:
		return complaintTargets[w]
	}
}

// waited reports whether the message says how long someone has waited:
// "udah 6 bulan", "berbulan-bulan".
func waited(canon []string) bool {
	for i, w := range canon {
		if i+1 < len(canon) && datesEvent[canon[i+1]] {
			// "lahir 5 bulan lalu", "tahun ini": when something
			// happened, not how long a service has kept someone waiting.
			continue
		}
		if i > 0 && everyWords[canon[i-1]] || i+1 < len(canon) && canon[i+1] == "sekali" {
			// "dapat bansos tiap bulan", "iuran per bulan", "sebulan
			// sekali": how often, not how long.
			continue
		}
		switch w {
		case "bulan", "tahun", "minggu", "berbulan", "bertahun", "months", "weeks", "years",
			"sebulan", "setahun", "seminggu", "berminggu", "sebulanan":
			return true
		}
	}
	return false
}

// everyWords make a span a frequency ("tiap bulan").
var everyWords = setOf("tiap", "setiap", "per", "saben", "unggal", "every")

// datesEvent follow a span that says when something happens ("3 bulan
// lalu", "2 years ago", "tahun ini", "bulan depan").
var datesEvent = setOf("lalu", "silam", "kemarin", "ago", "ini", "depan")

// publicWorksNear reports whether a public facility is named within four
// words before canon[i] ("jalan di kampung saya rusak") or three after.
func publicWorksNear(canon []string, i int) bool {
	for j := max(0, i-4); j < min(len(canon), i+4); j++ {
		if publicWorks[canon[j]] {
			return true
		}
	}
	return false
}

// urgentSigns are words and phrases of distress or of a grievance that
// stand on their own, matched on word boundaries; with a complaint
// (looksLikeComplaint) they make a message urgent.
var urgentSigns = []string{
	"kecewa", "mengecewakan", "pungli", "pungutan liar", "dipersulit", "mempersulit", "calo", "tidak dilayani",
	"gak dilayani", "ga dilayani", "nggak dilayani", "tidak direspon", "tidak ditanggapi", "darurat", "tolong banget",
	"tolong bgt", "marah", "kesal", "komplain", "keluhan", "mengadu", "pengaduan", "aduan", "lapor pungli",
	"laporkan", "dipalak", "diperas", "sogok", "suap", "dibentak", "ditipu", "penipuan", "kasar", "lambat banget",
	"berbulan-bulan", "bertele-tele", "dioper-oper", "urgent", "emergency", "complaint", "complain", "disappointed",
	"angry", "bribe", "scam", "help me please",
}

// Urgent reports whether a message sounds like a complaint or distress,
// which makes a case it opens a priority one and, when the base has no
// answer, offers the complaint path. It is broader than IntentComplaint,
// which routes a message away from the articles.
func Urgent(q string) bool {
	raw := rawTokens(q)
	if looksLikeComplaint(canonical(raw)) {
		return true
	}
	t := " " + strings.Join(strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	}), " ") + " "
	for _, w := range urgentSigns {
		if strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}

// IsEnglish reports whether most of a message is English.
func IsEnglish(q string) bool { return isEnglish(rawTokens(q)) }

// isEnglish reports whether most of a question is English.
func isEnglish(raw []string) bool {
	n := 0
	for _, w := range raw {
		if englishWords[w] {
			n++
		}
	}
	return n >= 2 && float64(n) >= 0.25*float64(len(raw)) || n >= 1 && len(raw) <= 3 && n*2 >= len(raw)
}

// frustrated reports whether canon[i] says the citizen is fed up ("kesel",
// "parah" on its own, not "rusak parah").
func frustrated(canon []string, i int) bool {
	switch canon[i] {
	case "kesel", "kesal", "jengkel", "dongkol":
		return true
	case "parah":
		return i == 0 || !brokenWords[canon[i-1]] && canon[i-1] != "sakit" && canon[i-1] != "luka"
	}
	return false
}
