package knowledge

import "strings"

// placeNames are Indonesian provinces, cities and regencies, with the
// short forms people type ("jaksel", "sby", "jogja"). In a question they
// say where the citizen is ("ktp ilang di jakarta", "pindah dari solo ke
// bekasi"), not what they need, unless an article is about the place
// itself (a title or keyword naming it). Names that are also everyday
// words ("batu", "metro", "palu", "bone") are left out. Foreign places
// are not here: abroad is a qualifier that changes the need
// (qualifierClasses).
var placeNames = setOf(
	// Provinces and their short forms.
	"aceh", "sumut", "sumbar", "riau", "kepri", "jambi", "sumsel", "babel", "bengkulu", "lampung", "banten", "dki",
	"jabar", "jateng", "diy", "jatim", "bali", "ntb", "ntt", "kalbar", "kalteng", "kalsel", "kaltim", "kaltara",
	"sulut", "gorontalo", "sulteng", "sulbar", "sulsel", "sultra", "maluku", "malut", "papua", "pabar",
	"sumatera", "sumatra", "jawa", "kalimantan", "sulawesi", "madura", "lombok", "sumbawa", "flores", "nusa",
	// Greater Jakarta.
	"jakarta", "jkt", "jaksel", "jakut", "jakbar", "jaktim", "jakpus", "bogor", "depok", "tangerang", "tangsel",
	"bekasi", "cibinong", "cikarang", "ciputat", "cileungsi", "serpong", "bintaro", "cibubur", "cawang",
	// Java.
	"serang", "cilegon", "pandeglang", "lebak", "bandung", "bdg", "cimahi", "sukabumi", "cianjur", "garut",
	"tasikmalaya", "tasik", "ciamis", "banjar", "pangandaran", "kuningan", "cirebon", "majalengka", "indramayu",
	"sumedang", "subang", "purwakarta", "karawang", "semarang", "smg", "salatiga", "ungaran", "kendal",
	"demak", "kudus", "jepara", "pati", "rembang", "blora", "grobogan", "purwodadi", "solo", "surakarta",
	"klaten", "boyolali", "sragen", "wonogiri", "karanganyar", "sukoharjo", "magelang", "temanggung", "wonosobo",
	"purworejo", "kebumen", "cilacap", "banyumas", "purwokerto", "purbalingga", "banjarnegara", "pekalongan",
	"pemalang", "tegal", "brebes", "yogyakarta", "yogya", "jogja", "jogjakarta", "sleman", "bantul",
	"gunungkidul", "kulonprogo", "wonosari", "surabaya", "sby", "sidoarjo", "gresik", "lamongan", "tuban",
	"bojonegoro", "ngawi", "madiun", "magetan", "ponorogo", "pacitan", "trenggalek", "tulungagung", "blitar",
	"kediri", "nganjuk", "jombang", "mojokerto", "malang", "pasuruan", "probolinggo", "lumajang", "jember",
	"bondowoso", "situbondo", "banyuwangi", "bangkalan", "sampang", "pamekasan", "sumenep",
	// Sumatra.
	"medan", "binjai", "deliserdang", "siantar", "pematangsiantar", "sibolga", "padangsidimpuan", "tebingtinggi",
	"padang", "bukittinggi", "payakumbuh", "pariaman", "sawahlunto", "pekanbaru", "dumai", "batam",
	"tanjungpinang", "palembang", "prabumulih", "lubuklinggau", "pagaralam", "pangkalpinang", "belitung",
	"bandarlampung", "kotabumi", "banda", "lhokseumawe", "langsa", "sabang",
	// Kalimantan, Sulawesi and the east.
	"pontianak", "singkawang", "ketapang", "sintang", "palangkaraya", "sampit", "banjarmasin", "banjarbaru",
	"martapura", "samarinda", "balikpapan", "bontang", "tenggarong", "tarakan", "nunukan", "berau", "manado",
	"bitung", "tomohon", "kotamobagu", "makassar", "gowa", "maros", "parepare", "palopo", "bulukumba", "mamuju",
	"kendari", "baubau", "kolaka", "luwuk", "poso", "denpasar", "badung", "gianyar", "tabanan", "buleleng",
	"singaraja", "mataram", "bima", "kupang", "maumere", "ambon", "tual", "ternate", "tidore", "jayapura",
	"sorong", "manokwari", "merauke", "timika", "nabire", "wamena", "biak", "fakfak",
)

// towardDestination reads a follow-up's mention of where the previous
// message was going ("mau pindah ke tangerang" then "nyampe sana ngapain",
// "di tangerangnya urus apa") as the destination it is: the articles speak
// of "daerah tujuan", not of any town. One word stands for one, so the
// follow-up keeps its length and its "-nya". Without such a mention q is
// returned as it is.
func towardDestination(q, prev string) string {
	if prev == "" {
		return q
	}
	var dest string
	pt := rawTokens(prev)
	for i := 0; i+1 < len(pt); i++ {
		if pt[i] == "ke" && placeNames[pt[i+1]] {
			dest = pt[i+1]
		}
	}
	if dest == "" {
		return q
	}
	toks := rawTokens(q)
	changed := false
	for i, t := range toks {
		switch t {
		case dest, "sana", "sono", "situ":
			toks[i], changed = "tujuan", true
		case dest + "nya", "sananya":
			toks[i], changed = "tujuannya", true
		}
	}
	if !changed {
		return q
	}
	return strings.Join(toks, " ")
}
