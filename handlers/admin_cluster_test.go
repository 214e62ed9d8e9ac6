package handlers

import (
	"fmt"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
)

func TestBuildGapReportGroupsParaphrases(t *testing.T) {
	at := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	qs := []struct {
		kind, q string
		top     []string
	}{
		{"gap", "syarat izin keramaian untuk hajatan apa saja?", []string{"skck"}},
		{"gap", "gimana cara ngurus izin keramaian buat acara nikahan", []string{"skck"}},
		{"gap", "izin keramaian hajatan di polsek gmn", nil},
		{"gap", "Mau bikin izin keramaian, syaratnya apa kak?", []string{"skck"}},
		{"gap", "perlu izin keramaian ga kalau mau hajatan di rumah", []string{"nikah-kua"}},
		{"vote", "izin keramaian acara hajatan", []string{"skck"}},
		{"gap", "cara daftar sekolah anak sd online", []string{"kip-kuliah"}},
		{"gap", "pendaftaran sekolah SD online gimana", nil},
		{"gap", "ppdb sd online syaratnya", nil},
		{"gap", "harga sewa gedung kantor kelurahan", nil},
		{"gap", "kartu keluarga saya hilang kena banjir", nil},
		{"gap", "kk hilang karena banjir gmn ngurusnya", nil},
		{"vote", "", []string{"paspor-baru"}},
		{"vote", "", []string{"paspor-baru"}},
	}
	var items []helpdesk.GapItem
	for i, q := range qs {
		items = append(items, helpdesk.GapItem{Kind: q.kind, ID: int64(i + 1), ChatID: int64(100 + i%4), Query: q.q,
			ArticleIDs: q.top, At: at.Add(time.Duration(i) * time.Hour)})
	}
	rows := BuildGapReport(items, func(id string) string { return map[string]string{"paspor-baru": "Paspor Baru"}[id] })
	if len(rows) < 3 {
		t.Fatalf("rows=%d, want the keramaian, sekolah, gedung and paspor needs apart", len(rows))
	}
	r := rows[0]
	if r.Count != 6 || r.Unanswered != 5 || r.Downvotes != 1 || r.Key != "g1" {
		t.Fatalf("first row=%+v, want the six keramaian questions as one row keyed g1", r)
	}
	if !r.First.Equal(at) || !r.Last.Equal(at.Add(5*time.Hour)) || r.ArticleIDs[0] != "skck" {
		t.Fatalf("first row range/articles=%v..%v %v", r.First, r.Last, r.ArticleIDs)
	}
	got := map[string]int{}
	for _, row := range rows {
		got[row.Label] = row.Count
		t.Logf("#%d %q x%d examples=%q", row.No, row.Label, row.Count, row.Examples)
	}
	if got["👎 Paspor Baru"] != 2 {
		t.Fatalf("rows=%v, want the two bare downvotes on Paspor Baru as one row", got)
	}
	var sekolah int
	for _, row := range rows {
		for _, it := range row.Items {
			if it.ID == 7 {
				sekolah = row.Count
			}
		}
	}
	if sekolah != 3 {
		t.Fatalf("sekolah row has %d items, want 3", sekolah)
	}
	if got["kk hilang karena banjir gmn ngurusnya"]+got["kartu keluarga saya hilang kena banjir"] != 2 || len(rows) != 5 {
		t.Fatalf("rows=%v, want the two KK-lost-in-a-flood questions as one row, five rows in all", got)
	}
}

// BenchmarkGapReport5000 is the report over the most items the store hands it.
func BenchmarkGapReport5000(b *testing.B) {
	words := []string{"ktp", "kk", "akta", "izin", "keramaian", "sekolah", "paspor", "sim", "pajak", "bpjs", "hilang", "rusak", "online", "anak", "nikah", "cerai", "tanah", "sertifikat", "usaha", "bansos", "kia", "domisili", "pindah", "datang", "gedung", "sewa", "harga", "biaya", "lama", "jadi"}
	var items []helpdesk.GapItem
	for i := 0; i < 5000; i++ {
		q := fmt.Sprintf("syarat %s %s %s gimana kak", words[i%30], words[(i*7)%30], words[(i*13)%30])
		items = append(items, helpdesk.GapItem{Kind: "gap", ID: int64(i), Query: q, At: time.Unix(int64(i), 0), ArticleIDs: []string{words[i%5]}})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		BuildGapReport(items, nil)
	}
}
