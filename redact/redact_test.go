package redact

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"nik plain", "NIK saya 3201234567890001 kak", "NIK saya [NIK] kak"},
		{"nik spaced", "nik 3201 2345 6789 0001 ya", "nik [NIK] ya"},
		{"nik dotted", "KK no 3174.0912.3456.7890.", "KK no [NIK]."},
		{"nik dashed", "kk: 3273-0101-0101-0002", "kk: [NIK]"},
		{"phone 08", "hubungi 081234567890 ya", "hubungi [NOMOR_HP] ya"},
		{"phone 08 dashed", "wa 0812-3456-7890", "wa [NOMOR_HP]"},
		{"phone 08 spaced", "hp 0856 1234 5678.", "hp [NOMOR_HP]."},
		{"phone +62", "nomor +6281234567890", "nomor [NOMOR_HP]"},
		{"phone +62 spaced", "nomor +62 812-3456-7890 ya", "nomor [NOMOR_HP] ya"},
		{"phone 62", "wa ke 6285712345678", "wa ke [NOMOR_HP]"},
		{"phone landline", "telp (021) 5551234", "telp [NOMOR_HP]"},
		{"email", "email saya budi.santoso_88@gmail.com.", "email saya [EMAIL]."},
		{"email subdomain", "kirim ke siti@mail.jakarta.go.id", "kirim ke [EMAIL]"},
		{"tracking dashes", "permohonan PMH-2026-000123 belum jadi", "permohonan [NOMOR_PERMOHONAN] belum jadi"},
		{"tracking slashes", "no reg REG/2026/11/0042?", "no reg [NOMOR_PERMOHONAN]?"},
		{"tracking compact", "resi JNE1234567890 dan AB123456", "resi [NOMOR_PERMOHONAN] dan [NOMOR_PERMOHONAN]"},
		{"verify code", "kode verifikasi 482913", "kode verifikasi [KODE]"},
		{"verify code colon", "Kode: 4821", "Kode: [KODE]"},
		{"otp", "OTP nya 123456 jangan kasih", "OTP nya [KODE] jangan kasih"},
		{"pin", "pin saya 9876", "pin saya [KODE]"},
		{"kodenya", "kodenya 55123", "kodenya [KODE]"},
		{"bpjs card", "no kartu bpjs 0001234567890", "no kartu bpjs [NOMOR]"},
		{"combined", "NIK 3201234567890001, hp 081234567890, PMH-2026-000123 kode 4821",
			"NIK [NIK], hp [NOMOR_HP], [NOMOR_PERMOHONAN] kode [KODE]"},
		{"nik labelled spaced", "NIK: 3275 0412 8801 0003 a.n. Siti", "NIK: [NIK] a.n. Siti"},
		{"kk dotted labelled", "No. KK 3578.1234.5678.0001", "No. KK [NIK]"},
		{"phone 0821 dashed", "WA 0821-1234-5678 (Siti)", "WA [NOMOR_HP] (Siti)"},
		{"phone landline jogja", "kantor (0274) 512345", "kantor [NOMOR_HP]"},
		{"phone +62 landline", "telp +62 21 5551234", "telp [NOMOR_HP]"},
		{"email co.id", "siti.aminah@yahoo.co.id", "[EMAIL]"},
		{"tracking roman month", "SKCK/2026/XI/000123 sudah?", "[NOMOR_PERMOHONAN] sudah?"},
		{"tracking invoice", "INV-20261127-88812", "[NOMOR_PERMOHONAN]"},
		{"otp colon", "kode OTP: 739182", "kode OTP: [KODE]"},
		{"english code", "my verification code is 5521", "my verification code is [KODE]"},
		{"keeps money", "biayanya Rp1.500.000 atau Rp 50.000", "biayanya Rp1.500.000 atau Rp 50.000"},
		{"keeps short numbers", "umur 17 tahun, tahun 2026, pasal 79A, F-1.02", "umur 17 tahun, tahun 2026, pasal 79A, F-1.02"},
		{"keeps words", "pindah domisili ke kota lain", "pindah domisili ke kota lain"},
		{"keeps ktp-el", "ktp-el saya hilang", "ktp-el saya hilang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Fatalf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKeepURLs(t *testing.T) {
	in := "Sumber: https://example.go.id/read/perkawinan-1614929190 hubungi 081234567890"
	want := "Sumber: https://example.go.id/read/perkawinan-1614929190 hubungi [NOMOR_HP]"
	if got := KeepURLs(in); got != want {
		t.Fatalf("RedactKeepURLs = %q, want %q", got, want)
	}
	if got := Text(in); strings.Contains(got, "1614929190") {
		t.Fatalf("Redact kept a tracking-like token inside citizen text: %q", got)
	}
}
