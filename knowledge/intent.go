package knowledge

// Intent is what a message is, before any search.
type Intent int

// Intents of a citizen's message.
const (
	IntentQuestion Intent = iota // a question for the knowledge base
	IntentGreeting               // "halo min", "selamat pagi", "tes"
	IntentThanks                 // "makasih kak", "ok siap"
	IntentSpam                   // gambling promotion and the like
	IntentEmpty                  // emoji or punctuation only
	IntentHuman                  // asks for a human officer
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
	}
	return IntentQuestion
}

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
