package knowledge

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

// syntheticArticles builds n articles from a vocabulary of Indonesian service
// words and generated syllable words, so the index has a realistic size:
// about 200 body words, a title, keywords and questions per article.
func syntheticArticles(n int) []Article {
	r := rand.New(rand.NewPCG(1, 2))
	common := strings.Fields(`ktp kk akta kelahiran kematian paspor sim stnk bpjs pajak npwp skck syarat cara biaya
		gratis hilang rusak baru perpanjang pindah daftar urus kantor dukcapil polres samsat imigrasi kelurahan desa
		surat keterangan online aplikasi formulir fotokopi asli bayar denda waktu hari tahun anak bayi orang tua
		suami istri keluarga kartu nomor data ubah ganti cetak ulang rekam sidik jari foto tanda tangan warga`)
	syll := []string{"ba", "ka", "ta", "la", "ma", "na", "sa", "ra", "pa", "da", "ga", "ja", "be", "ke", "te", "le",
		"me", "ne", "se", "re", "pe", "de", "bi", "ki", "ti", "li", "mi", "ni", "si", "ri", "bu", "ku", "tu", "lu",
		"mu", "nu", "su", "ru", "pu", "an", "ang", "ing", "ung", "on", "ol", "ar", "ir", "ur", "as", "is", "us"}
	vocab := append([]string(nil), common...)
	for len(vocab) < 30000 {
		k := 2 + r.IntN(3)
		var b strings.Builder
		for i := 0; i < k; i++ {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		vocab = append(vocab, b.String())
	}
	word := func() string {
		if r.IntN(3) == 0 {
			return common[r.IntN(len(common))]
		}
		// Zipf-like: low indexes are more frequent.
		return vocab[int(float64(len(vocab))*r.Float64()*r.Float64())]
	}
	phrase := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	out := make([]Article, n)
	for i := range out {
		var body strings.Builder
		for p := 0; p < 8; p++ {
			body.WriteString(phrase(25))
			body.WriteString(".\n")
		}
		out[i] = Article{
			ID: fmt.Sprintf("artikel-%05d", i), Title: phrase(5), Category: "umum",
			Keywords:  []string{phrase(2), phrase(2), phrase(1), phrase(3)},
			Questions: []string{phrase(6) + "?", phrase(5) + "?"},
			Body:      body.String(),
		}
	}
	return out
}

// syntheticQueries mixes words of random articles with chat noise, typos and
// unknown words.
func syntheticQueries(arts []Article, n int) []string {
	r := rand.New(rand.NewPCG(3, 4))
	noise := []string{"min", "gimana", "kak", "udah", "gak", "bisa", "ya", "zzqx", "tolong"}
	out := make([]string, n)
	for i := range out {
		a := arts[r.IntN(len(arts))]
		ws := strings.Fields(a.Title + " " + a.Keywords[0])
		r.Shuffle(len(ws), func(x, y int) { ws[x], ws[y] = ws[y], ws[x] })
		ws = ws[:2+r.IntN(4)]
		if r.IntN(3) == 0 && len(ws[0]) > 4 {
			ws[0] = ws[0][:2] + ws[0][3:] // a typo
		}
		ws = append(ws, noise[r.IntN(len(noise))])
		out[i] = strings.Join(ws, " ")
	}
	return out
}

// BenchmarkSearch10k measures query latency on 10,000 articles; run with
// -cpu 1. It reports p50 and p99 per query.
func BenchmarkSearch10k(b *testing.B) {
	arts := syntheticArticles(10000)
	base := NewBase(arts)
	qs := syntheticQueries(arts, 500)
	for _, q := range qs[:50] { // warm up
		base.Search(b.Context(), q, SearchOptions{Top: 5})
	}
	searchLatency(b, base, qs)
}

// searchLatency searches qs in turn b.N times and reports the p50 and p99
// latency of one search.
func searchLatency(b *testing.B, base *Base, qs []string) {
	lat := make([]time.Duration, 0, b.N)
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		base.Search(b.Context(), qs[i%len(qs)], SearchOptions{Top: 5})
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkBuild10k measures building the index of 10,000 articles and the
// heap it keeps.
func BenchmarkBuild10k(b *testing.B) {
	arts := syntheticArticles(10000)
	var heap float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		base := NewBase(arts)
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(base)
	}
	b.ReportMetric(heap, "heap-MB")
}

// BenchmarkSearchLongMessage measures a 10,000-character message, which
// must not take a path that grows with the square of its length:
//
//	go test ./knowledge -run '^$' -bench SearchLongMessage
func BenchmarkSearchLongMessage(b *testing.B) {
	base := NewBase(syntheticArticles(2000))
	long := strings.Repeat("saya mau tanya soal ktp yang hilang kemarin di pasar ", 200)
	b.ReportAllocs()
	for b.Loop() {
		base.Search(b.Context(), long, SearchOptions{})
	}
}

// BenchmarkBuildBundled measures building the index of the bundled articles,
// the size of a real base; Put and Remove rebuild it.
func BenchmarkBuildBundled(b *testing.B) {
	arts, err := Bundled()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		NewBase(arts)
	}
}

// BenchmarkSearchBundled measures query latency on the bundled base with
// the citizens' questions of a held-out set, where the learned verifier
// inputs and the re-ranking by training questions do their work (the
// synthetic articles have no training questions); run with -cpu 1. It
// reports p50 and p99 per query.
func BenchmarkSearchBundled(b *testing.B) {
	arts, err := Bundled()
	if err != nil {
		b.Fatal(err)
	}
	base := NewBase(arts)
	var qs []string
	data, err := os.ReadFile("testdata/blind11/questions.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.SplitSeq(strings.TrimSpace(string(data)), "\n") {
		var q struct{ Q string }
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			b.Fatal(err)
		}
		qs = append(qs, q.Q)
	}
	for _, q := range qs { // warm up, and parse the training questions once
		base.Search(b.Context(), q, SearchOptions{Top: 5})
	}
	searchLatency(b, base, qs)
}
