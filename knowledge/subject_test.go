package knowledge

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestBundledSubject checks the linguistic cases behind the ranking: the
// document named is the subject, relatives, aspects and purposes are context,
// and a bare document name offers the articles titled after it.
func TestBundledSubject(t *testing.T) {
	b := bundledBase(t)
	tests := []struct {
		q         string
		top       string
		ambiguous bool
		rankOnly  bool // only the first hit is checked
	}{
		{q: "ktp suami sy ilaaaang", top: "ktp-el-hilang"},           // not the lost marriage book
		{q: "berapa lama bikin akta kematian", top: "akta-kematian"}, // "berapa lama" is an aspect
		{q: "mau daftar bpjs buat ibu saya gimana caranya", top: "bpjs-kesehatan-mandiri"},
		{q: "e-ktp istri ketinggalan di angkot", top: "ktp-el-hilang", rankOnly: true}, // not "tinggal" (to live)
		{q: "daftar bansos buat nenek yg hidup sendiri", top: "usulan-bansos-dtsen", rankOnly: true},
		{q: "surat pengantar rt buat skck", top: "surat-pengantar-rt-rw"},
		{q: "ktp", top: "ktp-el-baru", ambiguous: true},
	}
	for _, tt := range tests {
		r := b.Search(t.Context(), tt.q, SearchOptions{Top: 3})
		if len(r.Hits) == 0 || r.Hits[0].ID != tt.top || !tt.rankOnly && (!r.Answered || r.Ambiguous != tt.ambiguous) {
			t.Errorf("%q: hits %v answered=%v ambiguous=%v, want %s first, answered, ambiguous=%v",
				tt.q, r.Hits, r.Answered, r.Ambiguous, tt.top, tt.ambiguous)
		}
	}
}

// TestFollowUpAskingForSomethingElseIsANearMiss: after a KTP answer, a
// short question asking to get something the base has no article on is a
// new need, not a follow-up: the previous topic must not pull an article
// that only shares a place name with it.
func TestFollowUpAskingForSomethingElseIsANearMiss(t *testing.T) {
	b := bundledBase(t)
	prev := SearchOptions{Top: 3, PreviousIDs: []string{"ktp-el-hilang"}, PreviousQuery: "ktp ilang gmn min"}
	if r := b.Search(t.Context(), "bikin visa jepang gimana", prev); r.Answered {
		t.Errorf("answered %v, want a near miss", r.Hits)
	}
	// A real follow-up on the same topic is still one.
	if r := b.Search(t.Context(), "kalau rusak gimana?", prev); !r.Answered || first(r) != "ktp-el-rusak" {
		t.Errorf("follow-up: answered=%v %v, want ktp-el-rusak", r.Answered, r.Hits)
	}
}

// TestFollowUpNamingAnotherTitleMoves: a follow-up that names another
// article's title, in two words or more, better than the previous one's
// asks about that article, however the previous topic pulls.
func TestFollowUpNamingAnotherTitleMoves(t *testing.T) {
	b := bundledBase(t)
	for _, tt := range []struct{ prev, prevQ, q, want string }{
		{"ktp-el-hilang", "ktp hilang di pasar", "terus surat polisinya bayar berapa?", "surat-kehilangan-polisi"},
		{"ktp-el-baru", "rekam ktp pertama kali", "kalau ktp digitalnya gimana?", "ikd"},
		{"ktp-el-hilang", "ktp hilang di pasar", "harus ke polsek dulu ga?", "ktp-el-hilang"},
		// An office other articles are titled after ("... di Dukcapil")
		// is where, not which.
		{"akta-kelahiran-hilang-rusak", "akta lahir anak sy ilang", "ngurusnya di dukcapil mana aja?", "akta-kelahiran-hilang-rusak"},
		// The moving-out article sends its reader to the moving-in one
		// for the step at the destination.
		{"pindah-keluar-skpwni", "mau pindah domisili ke luar kota", "kalau di kota tujuan nanti urus apa lagi?", "pindah-datang"},
		// The town the citizen moves to, named again or as "sana", is
		// that destination.
		{"pindah-keluar-skpwni", "surat pindah dari kediri ke pekanbaru gmn", "di pekanbarunya nanti urus apa?", "pindah-datang"},
		{"pindah-keluar-skpwni", "surat pindah dari kediri ke pekanbaru gmn", "udah nyampe sana terus ngapain?", "pindah-datang"},
		// An expired document is a renewal, not the validity part.
		{"skck-baru", "mau bikin skck untuk melamar kerja", "kalau sudah kedaluwarsa gimana?", "skck-perpanjangan"},
		// A programme's acronym names a document as "ktp" does.
		{"bpjs-ketenagakerjaan-jht", "cara cairin jht setelah resign", "kalau jkp nya gimana?", "bpjs-tk-jkp"},
	} {
		r := b.Search(t.Context(), tt.q, SearchOptions{Top: 3, PreviousIDs: []string{tt.prev}, PreviousQuery: tt.prevQ})
		if first(r) != tt.want {
			t.Errorf("%q after %s: %v, want %s first", tt.q, tt.prev, r.Hits, tt.want)
		}
	}
}

// TestTowardDestination: a follow-up's "sana" or the town the previous
// message went to reads as the destination; other towns and messages
// without one stay as they are.
func TestTowardDestination(t *testing.T) {
	for _, c := range []struct{ q, prev, want string }{
		{"di pekanbarunya urus apa", "pindah dari kediri ke pekanbaru", "di tujuannya urus apa"},
		{"nyampe sana ngapain", "mau pindah ke bekasi", "nyampe tujuan ngapain"},
		{"di kediri ngapain", "pindah dari kediri ke pekanbaru", "di kediri ngapain"},
		{"nyampe sana ngapain", "mau liburan ke korea", "nyampe sana ngapain"},
		{"biayanya brp", "", "biayanya brp"},
	} {
		if got := towardDestination(c.q, c.prev); got != c.want {
			t.Errorf("towardDestination(%q, %q) = %q, want %q", c.q, c.prev, got, c.want)
		}
	}
}

// TestObjectingToAServiceIsAnsweredByItsArticle: a grievance that asks
// for the service's own way to object is answered with the article that
// describes it, not routed to the complaints article.
func TestObjectingToAServiceIsAnsweredByItsArticle(t *testing.T) {
	b := bundledBase(t)
	r := b.Search(t.Context(), "kesel banget, warga yang kaya malah dapat bansos sementara yang benar-benar susah tidak dapat. ada cara resmi untuk menyanggah?", SearchOptions{Top: 3})
	if r.Intent != IntentQuestion || first(r) == "" || first(r) == "pengaduan-lapor" {
		t.Errorf("intent %v hits %v, want a question answered by a bansos article", r.Intent, r.Hits)
	}
}

// TestSearchLeavesBuffersClean: every search hands its buffers back to the
// pool cleared, follow-ups kept on the previous article included (that
// article gets a score though none of its words may have matched): a
// later search must not start from another's scores.
func TestSearchLeavesBuffersClean(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ix := buildIndex(arts)
	for _, c := range []struct{ prev, prevQ, q string }{
		{"paspor-baru", "paspor baru brp biayanya", "klo mau jadi sehari bisa?"},
		{"kartu-kuning-ak1", "bikin kartu kuning", "berlaku sampe kapan?"},
		{"ktp-el-hilang", "ktp ilang gmn min", "harus ke polsek dulu ga?"},
		{"sim-perpanjangan", "perpanjang sim c brp", "klo udah mati seminggu?"},
		{"", "", "syarat paspor baru"},
	} {
		opts := SearchOptions{Top: 3}
		if c.prev != "" {
			opts.PreviousIDs, opts.PreviousQuery = []string{c.prev}, c.prevQ
		}
		ix.search(c.q, opts)
		s := ix.getScratch()
		for d := range s.scores {
			if s.scores[d] != 0 || s.matched[d] != 0 || s.head[d] != 0 {
				t.Fatalf("after %q: %s left with score %v", c.q, ix.docs[d].ID, s.scores[d])
			}
		}
		ix.putScratch(s, nil)
	}
}

// TestTimeSpansAreAspects checks that "sehari", "3 hari" and "berapa
// minggu" are read as the word the articles use and weigh as an aspect
// (how long), not as the topic of the question.
func TestTimeSpansAreAspects(t *testing.T) {
	ix := buildIndex([]Article{
		{ID: "paspor", Title: "Paspor Baru", Body: "Paspor selesai dalam 4 hari kerja. Layanan percepatan selesai hari yang sama, satu minggu paling lama."},
		{ID: "ktp", Title: "KTP-el", Body: "KTP-el dicetak di Disdukcapil."},
	})
	for _, tc := range []struct {
		q, word string
		full    float64
	}{
		{"paspor jadi sehari", "hari", aspectWeight},
		{"paspor jadi 3 hari", "hari", aspectWeight},
		{"paspor berapa minggu", "minggu", aspectWeight},
		{"paspor seminggu bisa?", "minggu", aspectWeight},
		{"hari apa kantor paspor buka", "hari", 1},
	} {
		an := ix.analyze(tc.q, 1)
		found := false
		for _, f := range an.forms {
			if f.id >= 0 && ix.termText(f.id) == tc.word {
				found = true
				if f.full != tc.full {
					t.Errorf("%q: %q weighs %.2f, want %.2f", tc.q, tc.word, f.full, tc.full)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not read as an article word", tc.q, tc.word)
		}
	}
}

// TestPlacesAreWhereNotWhat checks that a town the articles mention only in
// passing weighs as little as a place the base has never heard of, while
// an article about the place itself keeps its name's weight.
func TestPlacesAreWhereNotWhat(t *testing.T) {
	ix := buildIndex([]Article{
		{ID: "pindah", Title: "Surat Pindah", Body: "Surat pindah dibuat di Disdukcapil asal, misalnya dari Jakarta."},
		{ID: "samsat", Title: "Samsat Jakarta", Body: "Kantor Samsat di Jakarta."},
		{ID: "pajak", Title: "Pajak Kendaraan", Body: "Bayar pajak kendaraan di Samsat."},
	})
	weight := func(q, word string) float64 {
		for _, f := range ix.analyze(q, 1).forms {
			if f.id >= 0 && ix.termText(f.id) == word {
				return f.full
			}
		}
		return -1
	}
	if w := weight("surat pindah dari jakarta ke bogor", "pindah"); w != 1 {
		t.Errorf("pindah weighs %.2f, want 1", w)
	}
	// "jakarta" is in the Samsat article's title here, so it names what
	// an article is about.
	if w := weight("samsat jakarta dimana", "jakarta"); w != 1 {
		t.Errorf("jakarta, an article's subject, weighs %.2f, want 1", w)
	}
	ix2 := buildIndex([]Article{
		{ID: "pindah", Title: "Surat Pindah", Body: "Surat pindah dibuat di Disdukcapil asal, misalnya dari Jakarta."},
	})
	for _, f := range ix2.analyze("surat pindah dari jakarta ke bogor", 1).forms {
		if f.group >= 2 && f.full != placeWeight {
			t.Errorf("place word %d weighs %.2f, want %.2f", f.group, f.full, placeWeight)
		}
	}
	b := bundledBase(t)
	for _, q := range []string{"ktp ilang di jakarta", "mau urus surat pindah dari jakarta ke bogor gmn"} {
		if r := b.Search(context.Background(), q, SearchOptions{}); !r.Answered {
			t.Errorf("%q: a town sank the answer: %+v", q, r.Hits)
		}
	}
}

// TestRegionalAndChatForms checks words written the Javanese, Sundanese or
// Jakartan way reach the article words ("syaratna", "biayane",
// "dibikin"), and that a licence class or a number the index cannot hold
// ("sim c", "stnk 5 tahun") is no service term the base lacks.
func TestRegionalAndChatForms(t *testing.T) {
	ix := buildIndex([]Article{
		{ID: "sim", Title: "SIM Baru", Body: "Syarat SIM C: KTP-el. Biaya SIM C Rp100.000."},
		{ID: "stnk", Title: "STNK Lima Tahunan", Body: "Ganti STNK lima tahunan di Samsat. Surat kehilangan dibuat di Polsek."},
	})
	for _, tc := range []struct{ q, word string }{
		{"syaratna naon", "syarat"},
		{"biayane pinten", "biaya"},
		{"surat kehilangan bisa dibikin online", "buat"},
	} {
		found := false
		for _, f := range ix.analyze(tc.q, 1).forms {
			if f.id >= 0 && ix.termText(f.id) == tc.word {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: %q not read", tc.q, tc.word)
		}
	}
	for _, tc := range []struct{ q, doc string }{
		{"syarat sim c", "sim"},
		{"stnk 5 tahun bisa diurus online", "stnk"},
	} {
		if m := ix.matchTerms(canonical(rawTokens(tc.q)), ix.byID[tc.doc]); m.nowhere || m.missing {
			t.Errorf("%q: a term the article has counts as missing (%+v)", tc.q, m)
		}
	}
}

// TestFollowUpAspectWordStays checks that a follow-up whose only word is
// an aspect of any service stays on the article under discussion, though
// another article has that word in its title ("Bayar Pajak Kendaraan").
func TestFollowUpAspectWordStays(t *testing.T) {
	b := bundledBase(t)
	ctx := context.Background()
	prev := b.Search(ctx, "dapet surat etle ke rumah hrs ngapain", SearchOptions{})
	if len(prev.Hits) == 0 || prev.Hits[0].ID != "tilang-elektronik-etle" {
		t.Fatalf("the first question did not find the ETLE article: %+v", prev.Hits)
	}
	for _, q := range []string{"bayarnya dmn", "bayar di indomaret bisa?"} {
		r := b.Search(ctx, q, SearchOptions{PreviousIDs: []string{"tilang-elektronik-etle"}, PreviousQuery: "dapet surat etle"})
		if !r.Answered || first(r) != "tilang-elektronik-etle" {
			t.Errorf("%q after the ETLE answer: %v %+v, want the ETLE article", q, r.Answered, r.Hits)
		}
	}
}

// TestLicenceClassesTellApart checks that a licence class the base has no
// article on ("SIM D", for people with disabilities) is not answered with
// the article on the classes it has.
func TestLicenceClassesTellApart(t *testing.T) {
	b := bundledBase(t)
	ctx := context.Background()
	if r := b.Search(ctx, "syarat bikin sim c", SearchOptions{}); !r.Answered || first(r) != "sim-baru" {
		t.Errorf("SIM C: %v %+v, want the new-licence article", r.Answered, r.Hits)
	}
	if r := b.Search(ctx, "syarat bikin sim d buat kakak saya yang difabel", SearchOptions{}); r.Answered {
		t.Errorf("SIM D was answered with %+v", r.Hits[0])
	}
}

// TestProperNames checks which words of a message read as names.
func TestProperNames(t *testing.T) {
	got := properNames("Anak saya lahir di RSUD Sidoarjo. Namanya Budi, mau bikin akta. I used Instagram")
	for _, w := range []string{"sidoarjo", "budi", "instagram"} {
		if !got[w] {
			t.Errorf("%q not read as a name: %v", w, got)
		}
	}
	for _, w := range []string{"anak", "rsud", "namanya", "i"} {
		if got[w] {
			t.Errorf("%q read as a name: %v", w, got)
		}
	}
}

// TestBareNamesOfferChoices checks that a message that is only a document's
// name gets the articles titled after it to choose from, not a "we have
// nothing on that".
func TestBareNamesOfferChoices(t *testing.T) {
	b := bundledBase(t)
	for _, q := range []string{"kk", "bpjs", "ktp", "akta"} {
		if r := b.Search(context.Background(), q, SearchOptions{}); !r.Answered || !r.Ambiguous {
			t.Errorf("%q: answered=%v ambiguous=%v, want choices", q, r.Answered, r.Ambiguous)
		}
	}
}

// bundledBase is a base of the articles that ship.
func bundledBase(t *testing.T) *Base {
	t.Helper()
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return NewBase(arts)
}

// first returns the best article's ID, or "" when nothing was found.
func first(r Result) string {
	if len(r.Hits) == 0 {
		return ""
	}
	return r.Hits[0].ID
}

// fixtureBase is a base of the shared fixture's articles, as copied into
// testdata/fixture-kb.
func fixtureBase(t *testing.T) *Base {
	t.Helper()
	arts, errs := LintDir("testdata/fixture-kb", LintOptions{})
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	return NewBase(arts)
}

// TestDocumentsForIsNoPurpose checks that "berkas buat bikin X" (the
// papers for making X) keeps X as the subject: "berkas" asks about a part,
// so "buat" does not start a purpose clause after it.
func TestDocumentsForIsNoPurpose(t *testing.T) {
	ix := buildIndex([]Article{{ID: "waris", Title: "Surat Keterangan Ahli Waris", Body: "Syarat surat waris: KTP, KK."}})
	for _, f := range ix.analyze("berkas buat bikin surat waris apa aja", 1).forms {
		if f.id >= 0 && ix.termText(f.id) == "waris" && f.full != 1 {
			t.Errorf("waris weighs %.2f, want 1", f.full)
		}
	}
}

// TestNumbersTheArticlesLackAreDetails checks that a number no article uses
// ("umur 7 thn", "berlaku sampe 2017") weighs as a detail of the story, not
// as the rarest word of the question, and that "umur" meets the articles'
// "usia".
func TestNumbersTheArticlesLackAreDetails(t *testing.T) {
	ix := buildIndex([]Article{
		{ID: "kia", Title: "Kartu Identitas Anak (KIA)", Body: "Syarat KIA untuk anak berusia kurang dari 17 tahun. Anak usia 5 tahun ke atas memakai foto."},
		{ID: "ktp", Title: "KTP-el Baru", Body: "KTP-el untuk penduduk berusia 17 tahun, berlaku sampai seumur hidup, sampe tua."},
	})
	for _, q := range []string{"syarat kia umur 7 thn", "ktp berlaku sampe 2017"} {
		an := ix.analyze(q, 1)
		for _, f := range an.forms {
			if f.id < 0 && f.full > placeWeight {
				t.Errorf("%q: a word the articles lack weighs %.2f, want at most %.2f", q, f.full, placeWeight)
			}
		}
	}
	an := ix.analyze("kia umur berapa", 1)
	found := false
	for _, f := range an.forms {
		if f.id >= 0 && ix.termText(f.id) == "usia" {
			found = true
		}
	}
	if !found {
		t.Errorf("umur does not meet usia: %v", an.canon)
	}
}

// TestEverydayNames checks words people use for a document or an event
// reach the articles' terms: "surat miskin" is an SKTM, "sekaceka" an
// SKCK, a baby "brojol" is born, a "bule" is a foreigner.
func TestEverydayNames(t *testing.T) {
	for q, want := range map[string]string{
		"surat miskin dr kelurahan":  "sktm",
		"bikin sekaceka":             "skck",
		"cucu baru brojol":           "lahir",
		"suami bule":                 "wna",
		"kartu bpjs mati, idupin lg": "aktif",
		"rumah kemasukan maling":     "curi",
		"istri baru lahiran":         "lahir",
		"akte kobong":                "bakar",
		"goldar di kk salah":         "golongan",
	} {
		if canon := canonical(rawTokens(q)); !slices.Contains(canon, want) {
			t.Errorf("%q reads as %v, want %q in it", q, canon, want)
		}
	}
}

// TestNamingTheTitleIsNoFreePass checks that a question naming an
// article's title is answered when the verifier doubts it a little, and
// declined when it doubts it much.
func TestNamingTheTitleIsNoFreePass(t *testing.T) {
	var v [numVerifierFeatures]float64
	v[vBias], v[vRule], v[vNamedHead], v[vTitleNamed] = 1, 1, 1, 1
	at := func(z float64) func([numVerifierFeatures]float64) float64 {
		return func([numVerifierFeatures]float64) float64 { return z }
	}
	if !judge(v, at(namedSlack/2)) {
		t.Error("a little doubt declined a question naming the title")
	}
	if judge(v, at(namedSlack-1)) {
		t.Error("much doubt answered a question naming the title")
	}
	v[vNamedHead] = 0
	if judge(v, at(namedSlack/2)) {
		t.Error("the slack applied to a question that does not name the title")
	}
}

// TestFollowUpWordManyArticlesGoBy checks that a follow-up word many
// articles are titled with ("surat") does not point away from the article
// under discussion, while one only a neighbour goes by does.
func TestFollowUpWordManyArticlesGoBy(t *testing.T) {
	ix := buildIndex([]Article{
		{ID: "bantuan-hukum", Title: "Bantuan Hukum Gratis", Body: "Bantuan hukum gratis dari LBH. Bawa KTP dan SKTM."},
		{ID: "surat-pindah", Title: "Surat Pindah", Body: "Surat pindah dari Dukcapil."},
		{ID: "surat-domisili", Title: "Surat Domisili", Body: "Surat domisili dari kelurahan."},
		{ID: "surat-kuasa", Title: "Surat Kuasa", Body: "Surat kuasa bermeterai."},
		{ID: "surat-waris", Title: "Surat Ahli Waris", Body: "Surat ahli waris dari kelurahan."},
		{ID: "pengacara", Title: "Advokat Swasta", Body: "Advokat swasta memungut honor."},
	})
	prev := ix.byID["bantuan-hukum"]
	if ix.pointsElsewhere(ix.analyze("bawa surat apa aja", 1), prev) {
		t.Error("\"surat\", a word four other titles share, pointed away from the article")
	}
	if !ix.pointsElsewhere(ix.analyze("kalo advokat swasta?", 1), prev) {
		t.Error("\"advokat\", another article's title word, did not point away")
	}
}

// TestStageTheArticleLacks checks the verifier sees a stage of a
// document's life the best article never mentions.
func TestStageTheArticleLacks(t *testing.T) {
	ix := buildIndex([]Article{
		{ID: "akta-kematian", Title: "Akta Kematian", Body: "Kematian dilaporkan ke Dukcapil untuk akta kematian."},
		{ID: "akta-lahir-hilang", Title: "Akta Kelahiran Hilang", Body: "Akta yang hilang dicetak ulang."},
	})
	for q, want := range map[string]float64{
		"akta kematian kakek hilang, cetak ulangnya gmn": 1,
		"cara bikin akta kematian":                       0,
	} {
		an := ix.analyze(q, 1)
		var ranked []int
		scores := make([]float64, len(ix.docs))
		ranked = append(ranked, ix.byID["akta-kematian"], ix.byID["akta-lahir-hilang"])
		scores[ranked[0]], scores[ranked[1]] = 2, 1
		v, _ := ix.verifierFeatures(verifyInput{an: an, ranked: ranked, scores: scores})
		if v[vMissStage] != want {
			t.Errorf("%q: miss_stage %v, want %v", q, v[vMissStage], want)
		}
	}
}

// TestScopeShares checks the shares of a question's missing words that the
// article's own questions had in training, rightly and wrongly answered.
func TestScopeShares(t *testing.T) {
	right, wrong := setOf("paspor-baru umroh", "paspor-baru ibu"), setOf("paspor-baru kbri")
	r, w := scopeShares(right, wrong, "paspor-baru", []string{"umroh", "kbri", "bekasi", "ibu"})
	if r != 0.5 || w != 0.25 {
		t.Errorf("shares %.2f and %.2f, want 0.50 and 0.25", r, w)
	}
	if r, w := scopeShares(right, wrong, "kia", []string{"umroh"}); r != 0 || w != 0 {
		t.Errorf("another article's words counted: %.2f %.2f", r, w)
	}
	if r, w := scopeShares(right, wrong, "paspor-baru", nil); r != 0 || w != 0 {
		t.Errorf("no missing words: %.2f %.2f", r, w)
	}
}

// TestNearestQuestionsRerank checks that an article whose training
// questions are worded like the question goes first when it scores not far
// below the first, and not when it scores far below.
func TestNearestQuestionsRerank(t *testing.T) {
	ix := buildIndex([]Article{
		{ID: "pindah", Title: "Surat Pindah", Body: "Surat pindah untuk ganti alamat KTP ke kecamatan lain."},
		{ID: "ubah", Title: "Perubahan Data KTP", Body: "Perubahan alamat KTP."},
		{ID: "lain", Title: "Paspor", Body: "Paspor baru."},
	})
	was := nearQuestions
	defer func() { nearQuestions = was }()
	history := map[string][]nearQuestion{
		"pindah": {{right: true, terms: []string{"alamat", "ktp", "ganti"}}},
		"ubah":   {{right: true, terms: []string{"data", "ktp", "salah"}}},
	}
	nearQuestions = func() map[string][]nearQuestion { return history }
	q := "ganti alamat ktp"
	r := ix.search(q, SearchOptions{})
	if len(r.Hits) < 2 || r.Hits[0].ID != "pindah" {
		t.Fatalf("%q: %+v, want the article whose questions are worded like it first", q, r.Hits)
	}
	rerankOn = false
	r = ix.search(q, SearchOptions{})
	rerankOn = true
	if r.Hits[0].ID != "ubah" {
		t.Fatalf("%q without re-ranking: %+v, want the lexical first", q, r.Hits)
	}
	// An article without training questions (one an office just added)
	// keeps its place.
	delete(history, "ubah")
	if r = ix.search(q, SearchOptions{}); r.Hits[0].ID != "ubah" {
		t.Fatalf("%q: %+v, want the article without training questions kept first", q, r.Hits)
	}
}

// TestTownsAreNotStemmed: a town the articles never name stays a place; it
// is not stemmed or corrected into a word they use ("kediri" -> "diri",
// "bekasi" -> "bekas").
func TestTownsAreNotStemmed(t *testing.T) {
	ix := buildIndex([]Article{{ID: "x", Title: "Daftar Sendiri", Body: "Daftarkan diri Anda. Motor bekas. Batas waktu."}})
	for _, q := range []string{"pindah dari kediri", "beli motor di bekasi", "kerja di batam"} {
		for _, f := range ix.analyze(q, 1).forms {
			if f.id >= 0 {
				if w := ix.termText(f.id); w == "diri" || w == "bekas" || w == "batas" {
					t.Errorf("%q: a town read as %q", q, w)
				}
			}
		}
	}
}

// TestAntarCompounds: "antarprovinsi" as the articles spell it is "antar
// provinsi" as citizens type it; "antara" and "antarkan" are other words.
func TestAntarCompounds(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"pindah antarprovinsi", "pindah antar provinsi"},
		{"mutasi antar-kabupaten", "mutasi antar kabupaten"},
		{"di antara keduanya", "di antara keduanya"},
		{"tolong antarkan berkas", "tolong antarkan berkas"},
		{"tolong antarkannya besok", "tolong antarkannya besok"},
		{"koordinasi antarinstansi", "koordinasi antar instansi"},
	} {
		if got := strings.Join(rawTokens(tt.in), " "); got != tt.want {
			t.Errorf("rawTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestForeignerIsNotAbroad: an article that speaks of going abroad does
// not cover a foreigner ("SKCK buat WNA"); a question about going abroad
// it still answers.
func TestForeignerIsNotAbroad(t *testing.T) {
	b := bundledBase(t)
	if r := b.Search(t.Context(), "skck buat wna yg kerja di jakarta bisa?", SearchOptions{Top: 3}); r.Answered {
		t.Errorf("SKCK for a foreigner answered with %v, want a near miss", r.Hits)
	}
	if r := b.Search(t.Context(), "skck buat kerja ke luar negeri bikin dimana", SearchOptions{Top: 3}); !r.Answered || first(r) != "skck-baru" {
		t.Errorf("SKCK for going abroad: answered=%v %v, want skck-baru", r.Answered, r.Hits)
	}
}

// TestFollowUpPartTheArticleLacks: a follow-up asking for a part the
// previous article has nothing on (or only a line sending the reader
// elsewhere) is asked afresh about the document that article is about,
// not answered with its missing part.
func TestFollowUpPartTheArticleLacks(t *testing.T) {
	b := bundledBase(t)
	prev := SearchOptions{Top: 3, PreviousIDs: []string{"bpjs-kesehatan-mandiri"}, PreviousQuery: "daftar bpjs mandiri sekeluarga"}
	if r := b.Search(t.Context(), "telat bayar dendanya brp", prev); !r.Answered || first(r) != "bpjs-kesehatan-reaktivasi" {
		t.Errorf("penalty follow-up: answered=%v %v, want the arrears article", r.Answered, r.Hits)
	}
	// A part it has stays with it.
	if r := b.Search(t.Context(), "biayanya brp", prev); !r.Answered || first(r) != "bpjs-kesehatan-mandiri" {
		t.Errorf("cost follow-up: answered=%v %v, want bpjs-kesehatan-mandiri", r.Answered, r.Hits)
	}
}

// TestFollowUpAskingWhetherNeeded: "perlu surat kehilangan?" after the
// damaged-KTP answer asks about that article (which says no), though its
// words name the police letter and the lost KTP.
func TestFollowUpAskingWhetherNeeded(t *testing.T) {
	b := bundledBase(t)
	prev := SearchOptions{Top: 3, PreviousIDs: []string{"ktp-el-rusak"}, PreviousQuery: "ktp sy patah"}
	for _, q := range []string{"perlu surat kehilangan?", "harus bawa kk ga?"} {
		if r := b.Search(t.Context(), q, prev); !r.Answered || first(r) != "ktp-el-rusak" {
			t.Errorf("%q: answered=%v %v, want ktp-el-rusak", q, r.Answered, r.Hits)
		}
	}
	// Asking to get another document is a new need.
	if r := b.Search(t.Context(), "perlu apa aja buat bikin surat kehilangan", prev); first(r) == "ktp-el-rusak" {
		t.Errorf("new need answered with the previous article: %v", r.Hits)
	}
}

// TestDocumentInAPurposeIsNotTheObject: "surat keterangan sehat buat
// nikah" asks for the health letter; the wedding it is for names the KUA
// article's title, but the question is not about it.
func TestDocumentInAPurposeIsNotTheObject(t *testing.T) {
	b := bundledBase(t)
	if r := b.Search(t.Context(), "surat keterangan sehat buat nikah di puskesmas biayanya brp?", SearchOptions{Top: 3}); r.Answered {
		t.Errorf("answered with %v, want a near miss", r.Hits)
	}
	if r := b.Search(t.Context(), "syarat nikah di kua apa aja", SearchOptions{Top: 3}); !r.Answered || first(r) != "nikah-kua" {
		t.Errorf("KUA question: answered=%v %v, want nikah-kua", r.Answered, r.Hits)
	}
}

// TestFollowUpMovesByThePointersLeadIn: the fixture's "SKCK berlaku 6
// bulan sejak diterbitkan. Setelah habis, lihat artikel perpanjangan SKCK"
// speaks, in its short lead-in, of what the sentence before it says; a
// follow-up in those words, or in a synonym of "habis", goes where it
// points.
func TestFollowUpMovesByThePointersLeadIn(t *testing.T) {
	b := fixtureBase(t)
	prev := SearchOptions{Top: 3, PreviousIDs: []string{"skck-baru"}, PreviousQuery: "bikin skck buat lamaran kerja"}
	for _, q := range []string{"kalo udh expired gmn", "kalo udh lewat 6 bulan?"} {
		if r := b.Search(t.Context(), q, prev); first(r) != "skck-perpanjangan" {
			t.Errorf("%q: %v, want skck-perpanjangan first", q, r.Hits)
		}
	}
	if r := b.Search(t.Context(), "bawa apa aja", prev); first(r) != "skck-baru" {
		t.Errorf("a part of it stays with it: %v", r.Hits)
	}
}

// TestGraduateStudyIsAQualifier: an article titled after study that never
// names graduate study does not cover it ("KIP Kuliah buat S2"); in a
// story about moving abroad, S2 is a detail.
func TestGraduateStudyIsAQualifier(t *testing.T) {
	b := bundledBase(t)
	if r := b.Search(t.Context(), "kip kuliah bisa buat lanjut s2 ga min", SearchOptions{Top: 3}); r.Answered {
		t.Errorf("KIP Kuliah for a master's answered with %v, want a near miss", r.Hits)
	}
	if r := b.Search(t.Context(), "mau kuliah s2 ke luar negeri 2 taun, harus lapor pindah ke dukcapil?", SearchOptions{Top: 3}); !r.Answered || first(r) != "pindah-luar-negeri" {
		t.Errorf("moving abroad to study: answered=%v %v, want pindah-luar-negeri", r.Answered, r.Hits)
	}
}

// TestPayingOneselfIsMandiri: BPJS or JKN "sendiri" (paid by oneself) is
// the mandiri membership.
func TestPayingOneselfIsMandiri(t *testing.T) {
	b := bundledBase(t)
	for _, q := range []string{"pengen ikut jkn sendiri sm istri, lewat hp bisa?", "ikut bpjs sendiri lewat aplikasi bisa?"} {
		if r := b.Search(t.Context(), q, SearchOptions{Top: 3}); first(r) != "bpjs-kesehatan-mandiri" {
			t.Errorf("%q: %v, want bpjs-kesehatan-mandiri first", q, r.Hits)
		}
	}
}

// TestFollowUpVerbCompletesAnotherName: after the article on checking
// bansos, "daftarnya gmn?" with the bansos under discussion is "daftar
// bansos", another article's keyword: the follow-up moves there. A detail
// that completes a keyword ("sim nya udah mati" and "sim mati") asks about
// the case under discussion.
func TestFollowUpVerbCompletesAnotherName(t *testing.T) {
	fixture := fixtureBase(t)
	prev := SearchOptions{Top: 3, PreviousIDs: []string{"cek-bansos"}, PreviousQuery: "gmn cek keluarga sy dapet pkh ga"}
	if r := fixture.Search(t.Context(), "kalo blm terdaftar, daftarnya kemana?", prev); first(r) != "usulan-bansos-dtsen" {
		t.Errorf("registering after the check: %v, want usulan-bansos-dtsen first", r.Hits)
	}
	b := bundledBase(t)
	prev = SearchOptions{Top: 3, PreviousIDs: []string{"sim-hilang-rusak"}, PreviousQuery: "sim c sy ilang di jalan"}
	if r := b.Search(t.Context(), "tp sim nya udah mati dr taun lalu", prev); first(r) == "" || first(r) == "sim-perpanjangan" {
		t.Errorf("a detail of the lost licence moved to renewal: %v", r.Hits)
	}
}

// TestFollowUpMovesByLihatPointer: "Jika sudah lewat 60 hari, lihat
// **Akta Kelahiran Terlambat**; jika akta hilang ..., lihat **...**" are
// two pointers, one per clause; a follow-up in the words of the first goes
// where it points.
func TestFollowUpMovesByLihatPointer(t *testing.T) {
	b := bundledBase(t)
	prev := SearchOptions{Top: 3, PreviousIDs: []string{"akta-kelahiran"}, PreviousQuery: "bayi sy lahir minggu lalu, akte bawa apa aja"}
	if r := b.Search(t.Context(), "trus kalo udah lewat 60 hari gimana?", prev); first(r) != "akta-kelahiran-terlambat" {
		t.Errorf("past the deadline: %v, want akta-kelahiran-terlambat first", r.Hits)
	}
}

// TestChatWordsWeighLittle checks that words asking how to go about a
// service ("langkah", "ngurus") weigh as aspects beside a topic, and that
// chat fillers ("sekalian", "pertamanya", "bersama") are no unknown need:
// each of them once sank a right answer in a long message.
func TestChatWordsWeighLittle(t *testing.T) {
	ix := buildIndex([]Article{{ID: "paspor", Title: "Paspor Baru",
		Body: "Syarat paspor: KTP dan KK; paspor anak dengan akta kelahiran. Langkah mengurus: daftar antrean online, lalu datang ke kantor imigrasi."}})
	an := ix.analyze("sekalian mau tanya, langkah pertamanya ngurus paspor bersama anak apa", 1)
	if an.unknown != 0 {
		t.Errorf("unknown weight %.2f, want 0 (fillers are stopwords)", an.unknown)
	}
	for _, f := range an.forms {
		if f.id < 0 {
			continue
		}
		switch w := ix.termText(f.id); w {
		case "langkah", "urus":
			if f.full != aspectWeight {
				t.Errorf("%s weighs %.2f, want the aspect weight %.2f", w, f.full, aspectWeight)
			}
		case "sama":
			t.Errorf("bersama is a term of the question")
		}
	}
}

// TestAgainIsReactivated checks that "lagi" after making active reads as
// "kembali", the word reactivation articles are titled with: an inactive
// card asked to be "diaktifkan lagi" is the reactivation article's.
func TestAgainIsReactivated(t *testing.T) {
	if got := strings.Join(canonical([]string{"mengaktifkan", "lagi"}), " "); !strings.Contains(got, "kembali") {
		t.Errorf("canonical(mengaktifkan lagi) = %q, want kembali", got)
	}
	b := fixtureBase(t)
	q := "kartu jkn ga aktif, bisa diaktifkan lagi ga"
	r := b.Search(context.Background(), q, SearchOptions{})
	if first(r) != "bpjs-kesehatan-reaktivasi" || !r.Answered || r.Ambiguous {
		t.Errorf("%q: got %s answered=%v choices=%v, want the reactivation article, answered", q, first(r), r.Answered, r.Ambiguous)
	}
}

// TestPossessiveOnShortAndSlangWords checks that "-nya" comes off a chat
// word ("ilangnya": lost) and off a word of one syllable the articles use
// ("tesnya"), which the stemmer leaves whole: both were unknown words, and
// "kalo ilangnya pas di jepang?" after the lost-passport answer found
// nothing at all.
func TestPossessiveOnShortAndSlangWords(t *testing.T) {
	if got := strings.Join(canonical([]string{"ilangnya"}), " "); got != "hilang" {
		t.Errorf("canonical(ilangnya) = %q, want hilang", got)
	}
	ix := buildIndex([]Article{{ID: "sim", Title: "SIM Baru", Body: "Ikuti tes psikologi, lalu ujian teori dan praktik."}})
	an := ix.analyze("tesnya apa aja", 1)
	if len(an.forms) != 1 || an.forms[0].id < 0 || ix.termText(an.forms[0].id) != "tes" {
		t.Errorf("tesnya: forms %+v, want the term tes", an.forms)
	}
}

// TestWhatHappensStaysOnTheArticle checks that a follow-up naming nothing
// but what is done to the citizen's case ("kalo dicuekin terus?") is about
// the article under discussion, which says what then, and that the same
// words with nothing before them answer nothing.
func TestWhatHappensStaysOnTheArticle(t *testing.T) {
	b := bundledBase(t)
	ctx := context.Background()
	r := b.Search(ctx, "klo dicuekin terus gmn?", SearchOptions{PreviousIDs: []string{"tilang-elektronik-etle"}})
	if first(r) != "tilang-elektronik-etle" || !r.Answered {
		t.Errorf("after ETLE: got %s answered=%v, want the ETLE article", first(r), r.Answered)
	}
	if r := b.Search(ctx, "klo dicuekin terus gmn?", SearchOptions{}); r.Answered {
		t.Errorf("with nothing before it: answered with %s", first(r))
	}
}

// TestPastTheTimeLimit checks that a follow-up saying how much time has
// gone by goes where the previous article sends its reader past a time
// limit ("Jika sudah lewat 60 hari, lihat ..."), and stays short of it.
func TestPastTheTimeLimit(t *testing.T) {
	b := bundledBase(t)
	ctx := context.Background()
	prev := SearchOptions{PreviousIDs: []string{"akta-kelahiran"}}
	for _, q := range []string{"kalo bayinya udah lahir lima bulan lalu?", "udh telat setahun gmn", "kalo udah lewat 60 hari?"} {
		if r := b.Search(ctx, q, prev); first(r) != "akta-kelahiran-terlambat" || !r.Answered {
			t.Errorf("%q: got %s answered=%v, want the late registration article", q, first(r), r.Answered)
		}
	}
	if r := b.Search(ctx, "kalo udah lewat 40 hari?", prev); first(r) == "akta-kelahiran-terlambat" {
		t.Errorf("40 days, within the limit: got the late registration article")
	}
	if r := b.Search(ctx, "kalo baru 2 minggu?", prev); first(r) != "akta-kelahiran" || !r.Answered {
		t.Errorf("2 weeks, within the limit: got %s answered=%v, want the birth certificate article", first(r), r.Answered)
	}
	for _, c := range []struct {
		words []string
		want  float64
	}{{[]string{"dua", "belas", "bulan"}, 12}, {[]string{"tiga", "puluh", "hari"}, 30}, {[]string{"60", "hari"}, 60}, {[]string{"bulan"}, 0}} {
		if got := numberBefore(c.words, len(c.words)-1); got != c.want {
			t.Errorf("numberBefore(%v) = %v, want %v", c.words, got, c.want)
		}
	}
}

// TestWhetherNeededStaysEvenWhenTheArticleLacksTheWord checks that a
// follow-up asking whether something the article names is needed stays on
// the article although the article never uses the asking word itself
// ("wajib"), and that asking what to do ("perlu ngapain") is no such
// question.
func TestWhetherNeededStaysEvenWhenTheArticleLacksTheWord(t *testing.T) {
	b := bundledBase(t)
	ctx := context.Background()
	r := b.Search(ctx, "wajib punya nib ga?", SearchOptions{PreviousIDs: []string{"sertifikat-halal-self-declare"}})
	if first(r) != "sertifikat-halal-self-declare" || !r.Answered {
		t.Errorf("after the halal answer: got %s answered=%v, want the halal article", first(r), r.Answered)
	}
	r = b.Search(ctx, "kalo sy penjualnya perlu ngapain?", SearchOptions{PreviousIDs: []string{"balik-nama-kendaraan"}})
	if first(r) != "lapor-jual-kendaraan" {
		t.Errorf("the seller's part: got %s, want the sale report article", first(r))
	}
}

// TestPointersWhateverTheOrder checks that "lihat **Title**" finds the
// article with that title whichever order the articles come in: the
// database lists them by ID, and "Akta Kelahiran" (whose title before its
// brackets the longer title starts with) came first and took the pointer
// as its own, so the running bot lost it while the evaluation, reading
// files in another order, kept it.
func TestPointersWhateverTheOrder(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range []func(a, b Article) int{
		func(a, b Article) int { return strings.Compare(a.ID, b.ID) },
		func(a, b Article) int { return strings.Compare(b.ID, a.ID) },
	} {
		slices.SortFunc(arts, order)
		ix := buildIndex(arts)
		var to []string
		for _, p := range ix.pointers[ix.byID["akta-kelahiran"]] {
			to = append(to, ix.docs[p.doc].ID)
		}
		for _, want := range []string{"akta-kelahiran-terlambat", "akta-kelahiran-hilang-rusak"} {
			if !slices.Contains(to, want) {
				t.Errorf("akta-kelahiran points to %v, want %s among them", to, want)
			}
		}
		r := NewBase(arts).Search(context.Background(), "kalo udh lewat 3 bulan?",
			SearchOptions{PreviousIDs: []string{"akta-kelahiran"}, PreviousQuery: "cara bikin akte lahir bayi"})
		if first(r) != "akta-kelahiran-terlambat" {
			t.Errorf("past the 60 days: got %s", first(r))
		}
	}
}

// TestUsedVehicleInChat checks that "second" after a vehicle and "seken"
// read as used ("bekas"): an unknown word beside the sale report article
// left "beli mobil second masih atas nama pemilik lama" a choice on the
// base that ships, and the reply would have led with the duration.
func TestUsedVehicleInChat(t *testing.T) {
	b := bundledBase(t)
	for _, q := range []string{"beli mobil second masih atas nama pemilik lama, ngurusnya gimana", "motor seken dr temen blm balik nama, caranya?"} {
		r := b.Search(context.Background(), q, SearchOptions{})
		if first(r) != "balik-nama-kendaraan" || !r.Answered || r.Ambiguous || r.Aspect != AspectSteps {
			t.Errorf("%q: got %s answered=%v choices=%v aspect=%q, want the transfer article's steps", q, first(r), r.Answered, r.Ambiguous, r.Aspect)
		}
	}
}
