package knowledge

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func testBase(t *testing.T) *Base {
	t.Helper()
	arts, errs := LintDir(filepath.Join("testdata", "kb"), LintOptions{})
	if len(errs) > 0 {
		t.Fatalf("LintDir: %v", errs)
	}
	return NewBase(arts)
}

func TestSearch(t *testing.T) {
	b := testBase(t)
	tests := []struct {
		q        string
		intent   Intent
		answered bool
		top      string
		english  bool
	}{
		{q: "min, syarat bikin e-ktp apa aja ya", answered: true, top: "ktp-baru"},
		{q: "KTP-EL SAYA ILAAANG GMN", answered: true, top: "ktp-hilang"},
		{q: "ktp sy ilang kmrn dicopet", answered: true, top: "ktp-hilang"},
		{q: "pasport baru biaya brp", answered: true, top: "paspor"},
		{q: "akte lahir bayi gimana ngurusnya", answered: true, top: "akta-kelahiran"},
		{q: "I lost my ID card, what should I do?", answered: true, top: "ktp-hilang", english: true},
		{q: "how to get a new passport", answered: true, top: "paspor", english: true},
		{q: "umur brp bs bikin sim", answered: true, top: "sim-baru"},
		{q: "halo min", intent: IntentGreeting},
		{q: "Selamat pagi kak", intent: IntentGreeting},
		{q: "makasih banyak kak, sangat membantu", intent: IntentThanks},
		{q: "ok siap, terima kasih", intent: IntentThanks},
		{q: "😀👍", intent: IntentEmpty},
		{q: "?!...", intent: IntentEmpty},
		{q: "s l o t  g4cor malam ini", intent: IntentSpam},
		{q: "bisa bicara dengan petugas?", intent: IntentHuman},
		{q: "mau ngobrol sama admin aja", intent: IntentHuman},
		{q: "cuaca besok hujan ga", answered: false},
		{q: "beli pulsa kuota internet murah", answered: false},
		{q: "resep rendang padang", answered: false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r := b.Search(t.Context(), tt.q, SearchOptions{Top: 3})
			if r.Intent != tt.intent {
				t.Fatalf("Intent=%v, want %v", r.Intent, tt.intent)
			}
			if r.Answered != tt.answered {
				t.Fatalf("Answered=%v, want %v (hits %v, coverage %.2f)", r.Answered, tt.answered, r.Hits, r.Coverage)
			}
			if tt.top != "" && (len(r.Hits) == 0 || r.Hits[0].ID != tt.top) {
				t.Fatalf("Hits=%v, want %s first", r.Hits, tt.top)
			}
			if r.English != tt.english {
				t.Fatalf("English=%v, want %v", r.English, tt.english)
			}
			if len(r.Hits) > 3 {
				t.Fatalf("%d hits, want at most 3", len(r.Hits))
			}
		})
	}
}

func TestSearchFollowUp(t *testing.T) {
	b := testBase(t)
	first := b.Search(t.Context(), "syarat bikin ktp", SearchOptions{})
	if len(first.Hits) == 0 || first.Hits[0].ID != "ktp-baru" {
		t.Fatalf("first hits=%v, want ktp-baru", first.Hits)
	}
	r := b.Search(t.Context(), "kalau hilang gimana?", SearchOptions{PreviousIDs: []string{"ktp-baru"}, PreviousQuery: "syarat bikin ktp"})
	if !r.FollowUp || !r.Answered || r.Hits[0].ID != "ktp-hilang" {
		t.Fatalf("follow-up=%+v, want ktp-hilang answered as a follow-up", r)
	}
	r = b.Search(t.Context(), "biayanya berapa?", SearchOptions{PreviousIDs: []string{"paspor"}, PreviousQuery: "bikin paspor"})
	if !r.FollowUp || !r.Answered || r.Hits[0].ID != "paspor" {
		t.Fatalf("cost follow-up=%+v, want paspor", r)
	}
	r = b.Search(t.Context(), "kalau sim?", SearchOptions{PreviousIDs: []string{"ktp-baru"}, PreviousQuery: "syarat bikin ktp"})
	if r.Hits[0].ID != "sim-baru" {
		t.Fatalf("follow-up naming another document=%v, want sim-baru", r.Hits)
	}
	alone := b.Search(t.Context(), "kalau hilang gimana?", SearchOptions{})
	if alone.FollowUp {
		t.Fatal("FollowUp without previous context")
	}
	// A new, complete question is not bent towards the previous answer.
	r = b.Search(t.Context(), "syarat bikin paspor baru", SearchOptions{PreviousIDs: []string{"ktp-baru"}})
	if r.Hits[0].ID != "paspor" {
		t.Fatalf("new question hits=%v, want paspor", r.Hits)
	}
}

func TestBaseChanges(t *testing.T) {
	b := testBase(t)
	if b.Len() != 5 {
		t.Fatalf("Len=%d, want 5", b.Len())
	}
	b.Put(Article{ID: "npwp", Title: "Daftar NPWP", Category: "pajak", Keywords: []string{"npwp"}, Body: "Daftar NPWP lewat Coretax."})
	if r := b.Search(t.Context(), "cara daftar npwp", SearchOptions{}); len(r.Hits) == 0 || r.Hits[0].ID != "npwp" || !r.Answered {
		t.Fatalf("after Put: %+v", r)
	}
	b.Put(Article{ID: "npwp", Title: "Daftar NPWP Pribadi", Category: "pajak", Body: "Coretax."})
	if a, _ := b.Get("npwp"); a.Title != "Daftar NPWP Pribadi" || b.Len() != 6 {
		t.Fatalf("after replace: %+v, len %d", a, b.Len())
	}
	b.Remove("npwp")
	if _, ok := b.Get("npwp"); ok {
		t.Fatal("Get after Remove found the article")
	}
	list := b.List()
	if list[0].Category != "imigrasi" || list[len(list)-1].Category != "pencatatan-sipil" {
		t.Fatalf("List order: %v", list)
	}
	cats := b.Categories()
	if len(cats) != 4 || cats[0].Label != "Imigrasi dan Paspor" || cats[1].Key != "kependudukan" || cats[1].Count != 2 {
		t.Fatalf("Categories=%+v", cats)
	}
	b.Replace(nil)
	if r := b.Search(t.Context(), "ktp hilang", SearchOptions{}); r.Answered || len(r.Hits) != 0 {
		t.Fatalf("empty base answered: %+v", r)
	}
}

func TestBaseConcurrent(t *testing.T) {
	b := testBase(t)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				b.Search(t.Context(), "ktp hilang", SearchOptions{})
			}
		}()
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				id := fmt.Sprintf("x-%d-%d", i, j)
				b.Put(Article{ID: id, Title: "Artikel " + id, Body: "isi"})
				b.Remove(id)
			}
		}(i)
	}
	wg.Wait()
	if b.Len() != 5 {
		t.Fatalf("Len=%d, want 5", b.Len())
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"ilaaang", "hilang"},
		{"KTP-el", "ktp"},
		{"e-KTP", "ktp"},
		{"robek2", "sobek rusak"},
		{"17thn", "17 tahun"},
		{"kartu keluarga", "kk"},
		{"birth certificate", "akta kelahiran"},
		{"yearly tax", "tahunan pajak"},
		{"illegal fees", "pungli"},
		{"KTPku ilang", "ktp hilang"},
		{"simmu", "sim"},
		{"akteku", "akta"},
		{"ktpne", "ktp"},
		{"tanya", "tanya"},
		{"ilmu", "ilmu"},
		{"dibikin", "buat"},
		{"stnk 5 tahunan", "stnk lima tahunan"},
		{"SIM C", "sim sim_c"},
		{"a b c", "a b c"},
		{"bikinin", "buat"},
		{"dibikinin", "buat"},
		{"dingin", "dingin"},
	}
	for _, tt := range tests {
		got := fmt.Sprint(canonical(rawTokens(tt.in)))
		if got != "["+tt.want+"]" {
			t.Fatalf("canonical(%q)=%s, want [%s]", tt.in, got, tt.want)
		}
	}
}

func TestCorrect(t *testing.T) {
	ix := buildIndex([]Article{{ID: "a", Title: "Persyaratan paspor", Body: "syarat paspor elektronik"}})
	tests := map[string]string{"syart": "syarat", "pasport": "paspor", "elektornik": "elektronik", "zzzz": ""}
	for in, want := range tests {
		if got := ix.correct(in); got != want {
			t.Fatalf("correct(%q)=%q, want %q", in, got, want)
		}
	}
}

func TestSearchOddMessages(t *testing.T) {
	b := testBase(t)
	long := strings.Repeat("saya mau tanya soal ktp yang hilang kemarin di pasar ", 200) // ~10,000 characters
	r := b.Search(t.Context(), long, SearchOptions{})
	if len(r.Hits) == 0 || r.Hits[0].ID != "ktp-hilang" {
		t.Fatalf("long message hits=%v", r.Hits)
	}
	for _, q := range []string{"مرحبا كيف حالك", "你好，我丢了身份证", "ᮞᮙ᮪ᮕᮥᮛᮞᮥᮔ᮪", "\x00\xff\xfe", strings.Repeat("a", 5000)} {
		r := b.Search(t.Context(), q, SearchOptions{})
		if r.Answered {
			t.Fatalf("Search(%q) answered: %+v", q, r)
		}
	}
}
