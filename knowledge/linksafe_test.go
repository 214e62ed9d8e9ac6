package knowledge

import (
	"errors"
	"strings"
	"testing"
)

// evasions are article lines that slipped past the linter before links were
// parsed by one rule and gambling terms were folded (issue 13). Each row
// passed the old linter; the reason names what must be refused now.
var evasions = []struct {
	name, line, reason string
}{
	// Links: the allowlist bypass from the report and its kind.
	{"userinfo quote", "[portal resmi kemenkes.go.id](https://kemenkes.go.id'@evil.ru/login)", "user name"},
	{"userinfo quote to ip", "[Dukcapil](https://dukcapil.kemendagri.go.id'@103.10.10.10/login)", "user name"},
	{"userinfo double quote", `[cek](https://kemenkes.go.id"@evil.ru)`, "not a valid web address"},
	{"raw userinfo quote", "Login di https://kemenkes.go.id'@evil.ru/login sekarang", "user name"},
	{"tg scheme", "[buka bot](tg://resolve?domain=infobansos)", "only http and https"},
	{"javascript scheme", "[klik](javascript:alert(1))", "only http and https"},
	{"data scheme", "[unduh](data:text/html;base64,PHNjcmlwdD4=)", "only http and https"},
	{"mailto scheme", "[email](mailto:verifikasi@evil.ru)", "only http and https"},
	{"ftp scheme", "[berkas](ftp://dukcapil.go.id/berkas)", "only http and https"},
	{"protocol relative", "[portal](//evil.ru/login)", "only http and https"},
	{"scheme without slashes", "[portal](https:evil.ru)", "not a full web address"},
	{"scheme with one slash", "[portal](https:/evil.ru)", "not a full web address"},
	{"other port", "[portal](https://dukcapil.go.id:8443/login)", "port"},
	{"ipv6 literal", "[portal](https://[::ffff:7f00:1]/)", "IP address"},
	{"email to foreign domain", "Kirim berkas ke verifikasi@data-bansos.ru", "data-bansos.ru"},
	{"bare domain any tld", "info lengkap di pelayanan-cepat.monster", "pelayanan-cepat.monster"},
	{"bare idn domain", "lihat bansos-resmi.рф untuk pencairan", "bansos-resmi.xn--p1ai"},
	// Gambling: leetspeak, digits glued on, look-alike letters, folding.
	{"leet togel glued", "Main t0gelhk malam ini", "togel"},
	{"slotgacor with digits", "slotgacor88 pasti bayar", "gacor"},
	{"maxwin with digits", "maxwin88 setiap hari", "maxwin"},
	{"cyrillic gacor", "Situs ѕlоt gасоr terpercaya", "gacor"},
	{"cyrillic togel", "Pasang ТОGЕL hari ini", "togel"},
	{"greek maxwin", "Dijamin mαxwin", "maxwin"},
	{"fullwidth togel", "ｔｏｇｅｌ ｈｋ", "togel"},
	{"fullwidth gacor", "ＳＬＯＴ ＧＡＣＯＲ", "gacor"},
	{"math bold gacor", "Situs 𝐠𝐚𝐜𝐨𝐫 hari ini", "gacor"},
	{"small capitals", "ꜱʟᴏᴛ ɢᴀᴄᴏʀ", "gacor"},
	{"circled letters", "ⓣⓞⓖⓔⓛ online", "togel"},
	{"accented letters", "Pasaran tógél terlengkap", "togel"},
	{"spaced with digits", "s l o t g a c o r 8 8", "gacor"},
	{"dotted with digits", "m.a.x.w.i.n.8.8 sekarang", "maxwin"},
	{"slot and digits", "slot888 terbaru", "slot"},
	{"leet eight", "8andar togel4d terpercaya", "togel"},
	{"judol with digits", "judol88 gampang", "judol"},
	{"sbobet with digits", "sbobet88 resmi", "sbobet"},
	{"rtp live", "Cek RTP live hari ini 98%", "rtp live"},
	{"scatter", "Scatter naga muncul terus", "scatter"},
	{"gambling bare domain", "daftar di hoki-maxwin.ru", "maxwin"},
	{"slot domain", "main di slot88.tv", "slot"},
	{"spaced with digits 4d", "t o g e l 4 d", "togel"},
}

func article(body string) string { return "---\nid: a\ntitle: b\n---\n" + body + "\n" }

func TestLintRefusesEvasions(t *testing.T) {
	for _, tt := range evasions {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.md", []byte(article(tt.line)), LintOptions{})
			var les LintErrors
			if !errors.As(err, &les) {
				t.Fatalf("Parse(%q) err=%v, want a lint error with %q", tt.line, err, tt.reason)
			}
			for _, e := range les {
				if e.Line == 5 && strings.Contains(e.Reason, tt.reason) {
					return
				}
			}
			t.Fatalf("Parse(%q) errors=%v, want line 5 with %q", tt.line, err, tt.reason)
		})
	}
}

func TestLintRefusesUnsafeSourceAndHugeArticles(t *testing.T) {
	src := "---\nid: a\ntitle: b\nsource: https://kemenkes.go.id'@evil.ru/login\n---\nbody\n"
	if _, err := Parse("f.md", []byte(src), LintOptions{}); err == nil || !strings.Contains(err.Error(), "user name") {
		t.Fatalf("source with user info: err=%v, want refused", err)
	}
	huge := article(strings.Repeat("Syarat membuat KTP elektronik di kantor kecamatan. ", 400))
	_, err := Parse("f.md", []byte(huge), LintOptions{})
	if err == nil || !strings.Contains(err.Error(), "characters") {
		t.Fatalf("article of %d characters: err=%v, want refused for its size", len(huge), err)
	}
}

// ordinaryText must never be taken for gambling or a link: words that contain
// or resemble a term, numbers, abbreviations, time slots and bank deposits.
var ordinaryText = []string{
	"Slot waktu antrean tersedia pukul 08.00-12.00",
	"Ambil slot antrean online di aplikasi",
	"Jadwal pelayanan Senin sampai Jumat",
	"Kirim lewat kantor pos terdekat; hasil tes positif",
	"Biaya maksimal Rp120.000, form F-1.02, RT 05/RW 03",
	"Bunga deposito bank dan deposit tabungan",
	"Isi pulsa dan paket data di konter",
	"Judul surat ditulis di kiri atas",
	"Foto gelap tidak diterima; foto gelas juga tidak",
	"Beli toge di pasar, makan di Mie Gacoan",
	"Atlet judo dan judoka mendaftar ulang",
	"Documents scattered across offices must be collected",
	"Alphabet, better, bet on it, Maxim driver",
	"Pelantikan P3K tahap 2, covid19, 1x24 jam, H+3",
	"Nomor polisi B 1234 XYZ dan kode pos 40115",
	"Data: nama, NIK, alamat. Lanjutkan ke loket 3.",
	"Kec.Sukajadi, Jl.Merdeka No.5, a.n. Budi, s.d. Jumat, dll.",
	"Kirim ke pengaduan@dukcapil.go.id atau https://www.lapor.go.id",
	"Versi aplikasi v1.2.3 dan berkas surat.pdf atau foto.jpg",
	"Maks. 2 MB; toto dan kasino adalah nama orang",
}

func TestOrdinaryTextIsNotRefused(t *testing.T) {
	for _, s := range ordinaryText {
		if _, err := Parse("f.md", []byte(article(s)), LintOptions{}); err != nil {
			t.Errorf("Parse(%q): %v", s, err)
		}
		if g := gamblingTerm(s); g != "" {
			t.Errorf("gamblingTerm(%q)=%q, want none", s, g)
		}
	}
}

func TestCheckLink(t *testing.T) {
	opts := WithExtraDomains("play.google.com")
	ok := []struct{ in, want string }{
		{"https://dukcapil.kemendagri.go.id/layanan", "https://dukcapil.kemendagri.go.id/layanan"},
		{"HTTPS://Dukcapil.GO.ID/a?b=c#d", "https://dukcapil.go.id/a?b=c#d"},
		{"http://lapor.go.id:80/x", "http://lapor.go.id/x"},
		{"https://lapor.go.id:443", "https://lapor.go.id"},
		{"https://go.id", "https://go.id"},
		{"https://kemenkes.go.id./x", "https://kemenkes.go.id/x"},
		{"https://kemenkes。go。id/", "https://kemenkes.go.id/"},
		{"https://www.posindonesia.co.id/id/tarif", "https://www.posindonesia.co.id/id/tarif"},
		{"https://play.google.com/store/apps", "https://play.google.com/store/apps"},
	}
	for _, tt := range ok {
		got, err := opts.CheckLink(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("CheckLink(%q)=%q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	refused := []struct{ in, reason string }{
		{"https://kemenkes.go.id'@evil.ru/login", "user name"},
		{"https://user:pass@dukcapil.go.id/", "user name"},
		{"https://evil-go.id/", "outside the allowed domains"},
		{"https://go.id.evil.ru/", "outside the allowed domains"},
		{"https://dukcapil.go.id.evil.ru/", "outside the allowed domains"},
		{"https://posindonesia.co.id.evil.ru/", "outside the allowed domains"},
		{"https://fakeposindonesia.co.id/", "outside the allowed domains"},
		{"https://dukcapil.gо.id/", "outside the allowed domains"}, // Cyrillic о
		{"https://103.10.10.10/", "IP address"},
		{"http://2130706433/", "IP address"},
		{"http://0x7f000001/", "IP address"},
		{"http://0x7f.1/", "IP address"},
		{"http://0177.0.0.1/", "IP address"},
		{"http://127.1/", "IP address"},
		{"http://[::1]/", "IP address"},
		{"http://[fe80::1%25en0]/", "IP address"},
		{"https://１２７．０．０．１/", "IP address"},
		{"https://dukcapil.go.id:8080/", "port"},
		{"https://dukcapil.go.id:0443/", "port"},
		{"http://dukcapil.go.id:443/", "port"},
		{"tg://resolve?domain=x", "only http and https"},
		{"javascript:alert(1)", "only http and https"},
		{"JaVaScRiPt:alert(1)", "only http and https"},
		{"data:text/html,<b>x</b>", "only http and https"},
		{"mailto:x@dukcapil.go.id", "only http and https"},
		{"ftp://dukcapil.go.id/", "only http and https"},
		{"//evil.ru/", "only http and https"},
		{"/relative/path", "only http and https"},
		{"https:evil.ru", "not a full web address"},
		{"https:/evil.ru", "not a full web address"},
		{"https:///dukcapil.go.id", "not a full web address"},
		{`https://evil.ru\@dukcapil.go.id`, "not a valid web address"},
		{"https://dukcapil.go.id /x", "not a valid web address"},
		{"https://dukcapil..go.id/", "not a valid web address"},
		{"https://duk_capil.go.id/", "not a valid web address"},
	}
	for _, tt := range refused {
		got, err := opts.CheckLink(tt.in)
		var le *LinkError
		if !errors.As(err, &le) || !strings.Contains(le.Reason, tt.reason) {
			t.Errorf("CheckLink(%q)=%q, %v; want refused with %q", tt.in, got, err, tt.reason)
		}
	}
}

func TestFindLinks(t *testing.T) {
	s := "Buka [Portal](https://lapor.go.id) atau (lihat https://oss.go.id/a.) dan polri.go.id, email x@evil.ru; www.bit.ly/x; surat.pdf, Rp120.000, v1.2.3"
	var got []string
	for _, l := range FindLinks(s) {
		got = append(got, l.URL())
	}
	want := []string{"https://lapor.go.id", "https://oss.go.id/a", "http://polri.go.id", "http://evil.ru", "http://www.bit.ly/x"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("FindLinks=%q, want %q", got, want)
	}
}

func TestGamblingTermOnEvasionsAndCitizenMessages(t *testing.T) {
	caught := []string{"t0gelhk", "slotgacor88", "maxwin88", "gасоr", "ｍａｘｗｉｎ", "g a c o r", "s.l.o.t g.a.c.o.r",
		"to gel", "max win88", "judi online", "JUDI-ONLINE", "deposit pulsa", "depositpulsa10rb", "rtp live", "gacooor",
		"scatterhitam", "scatteredtogel", "s1otgacor", "jud0l", "$bobet", "situs-slot-online", "bonus new member 100"}
	for _, s := range caught {
		if gamblingTerm(s) == "" {
			t.Errorf("gamblingTerm(%q) found nothing", s)
		}
	}
	b := testBase(t)
	for _, q := range []string{"t0gelhk keluar berapa", "link slotgacor88 dong", "ｓｌｏｔ ｇａｃｏｒ malam ini"} {
		if r := b.Search(t.Context(), q, SearchOptions{Top: 3}); r.Intent != IntentSpam {
			t.Errorf("Search(%q).Intent=%v, want spam", q, r.Intent)
		}
	}
	for _, q := range []string{"slot antrean paspor masih ada?", "jadwal pos pelayanan maksimal jam berapa", "deposito bank untuk syarat visa"} {
		if r := b.Search(t.Context(), q, SearchOptions{Top: 3}); r.Intent == IntentSpam {
			t.Errorf("Search(%q).Intent=spam, want not spam", q)
		}
	}
}

// BenchmarkGamblingTerm measures the check every citizen message goes
// through, on a typical question.
func BenchmarkGamblingTerm(b *testing.B) {
	q := "Selamat pagi kak, saya mau tanya syarat membuat KTP elektronik baru untuk anak yang sudah 17 tahun, apakah bisa di kecamatan?"
	for b.Loop() {
		gamblingTerm(q)
	}
}
