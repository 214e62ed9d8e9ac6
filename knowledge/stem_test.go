package knowledge

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"pendaftaran", "daftar"},
		{"mendaftar", "daftar"},
		{"terdaftar", "daftar"},
		{"daftarin", "daftar"},
		{"perpanjangan", "panjang"},
		{"memperpanjang", "panjang"},
		{"diperpanjang", "panjang"},
		{"kehilangan", "hilang"},
		{"kelahiran", "lahir"},
		{"kematian", "mati"},
		{"perkawinan", "kawin"},
		{"pernikahan", "nikah"},
		{"persyaratan", "syarat"},
		{"pembuatan", "buat"},
		{"membuat", "buat"},
		{"dibuat", "buat"},
		{"pencatatan", "catat"},
		{"penggantian", "ganti"},
		{"mengganti", "ganti"},
		{"pengurusan", "urus"},
		{"mengurus", "urus"},
		{"ngurus", "urus"},
		{"ngecek", "cek"},
		{"nyari", "cari"},
		{"mencari", "cari"},
		{"kependudukan", "duduk"},
		{"penduduk", "duduk"},
		{"pelayanan", "layan"},
		{"bantuan", "bantu"},
		{"perceraian", "cerai"},
		{"melapor", "lapor"},
		{"pelaporan", "lapor"},
		{"dilaporkan", "lapor"},
		{"tunggakan", "tunggak"},
		{"kerusakan", "rusak"},
		{"pendidikan", "didik"},
		{"bekerja", "kerja"},
		{"berlaku", "laku"},
		{"keterangan", "terang"},
		{"pengaduan", "adu"},
		{"rumahnya", "rumah"},
		{"bukunya", "buku"},
		{"kartuku", "kartu"},
		{"bagaimanakah", "bagaimana"},
		{"sekolah", "sekolah"},
		{"sekolahnya", "sekolah"},
		{"meninggal", "meninggal"},
		{"polisi", "polisi"},
		{"beli", "beli"},
		{"bayar", "bayar"},
		{"pajak", "pajak"},
		{"ktp", "ktp"},
		{"sim", "sim"},
		{"1770", "1770"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := Stem(tt.word); got != tt.want {
				t.Fatalf("Stem(%q)=%q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func TestStemWithVocabulary(t *testing.T) {
	vocab := map[string]bool{"nikah": true, "masuk": true, "guna": true}
	known := func(s string) bool { return vocab[s] }
	tests := []struct{ word, want string }{
		{"menikah", "nikah"},
		{"memasukkan", "masuk"},
		{"menggunakan", "guna"},
	}
	for _, tt := range tests {
		if got := stemWith(tt.word, known); got != tt.want {
			t.Fatalf("stemWith(%q)=%q, want %q", tt.word, got, tt.want)
		}
	}
}
