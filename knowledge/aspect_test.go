package knowledge

import "testing"

func TestDetectAspect(t *testing.T) {
	tests := []struct {
		q    string
		want Aspect
	}{
		{"biayanya brp?", AspectCost},
		{"bikin skck bayar berapa", AspectCost},
		{"how much is a passport", AspectCost},
		{"syarat perpanjang sim apa aja", AspectDocuments},
		{"bawa apa aja ke dukcapil", AspectDocuments},
		{"berapa lama jadinya", AspectDuration},
		{"kalau online bisa?", AspectOnline},
		{"bisa di hp?", AspectOnline},
		{"daftarnya lewat hape bisa ga", AspectOnline},
		{"syaratnya perlu no hp ga", AspectDocuments}, // a phone number, not a channel
		{"ngurusnya dimana ya", AspectPlace},
		{"ktp berlaku sampai kapan", AspectValidity},
		{"telat bayar pajak motor kena denda?", AspectPenalty},
		{"caranya gimana", AspectSteps},
		{"ktp ilang gmn min", AspectGeneral},
		{"mau ngurus akta kelahiran anak", AspectGeneral},
		{"syarat dan biaya bikin paspor", AspectGeneral},
		{"info lengkap bikin kk", AspectGeneral},
		{"paling lambat daftar nikah berapa hari sebelum akad", AspectDeadline},
		{"batasnya brp hari?", AspectDeadline},
		{"lapornya max kapan", AspectDeadline},
		{"pelayanannya lambat banget", AspectGeneral}, // slow, not a deadline
		{"maksimal berapa orang", AspectGeneral},
		// "lama" after what it describes is old, not how long.
		{"mobil bekas masih nama pemilik lama, ngurusnya gimana", AspectSteps},
		{"alamat lama di ktp, gantinya dimana", AspectPlace},
		{"prosesnya lama ga?", AspectDuration},
	}
	for _, tt := range tests {
		if got := DetectAspect(tt.q); got != tt.want {
			t.Errorf("DetectAspect(%q)=%q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestAspectOnly(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"biayanya brp?", true},
		{"kalo online bisa ga", true},
		{"berapa lama jadinya kak", true},
		{"bawa apa aja", true},
		{"bayar brp sih sebenernya", true}, // fillers name no service
		{"bisa di hp?", true},
		{"bisa lwt hp?", true},
		{"iurannya brp", true},
		{"abis brp kira2?", true},
		{"bayarnya dmn", true},
		{"ada batas waktunya?", true},
		{"paling lambat lapor kapan", true},
		{"daftarnya dimana", true},
		{"ongkosnya brp", true}, // a chat word for a cue, with -nya
		{"kalau sudah habis gimana?", false},
		{"kalau udah kedaluwarsa gmn?", false}, // the expired case: a renewal
		{"berlakunya sampai kapan?", true},
		{"biaya paspor berapa", false},
		{"kalau hilang gimana?", false},
		{"terima kasih", false},
	}
	for _, tt := range tests {
		if _, got := AspectOnly(tt.q); got != tt.want {
			t.Errorf("AspectOnly(%q)=%v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestSections(t *testing.T) {
	body := "# Judul\n\nPembuka artikel.\n\n## Persyaratan\n- KTP\n- KK\n\n## Biaya\nGratis.\n\n## Layanan daring\nDaftar di situs resmi.\n\n## Dasar hukum\nPerpres 96/2018."
	secs := Sections(body)
	want := []struct {
		heading string
		aspect  Aspect
		body    string
	}{
		{"", AspectGeneral, "Pembuka artikel."},
		{"Persyaratan", AspectDocuments, "- KTP\n- KK"},
		{"Biaya", AspectCost, "Gratis."},
		{"Layanan daring", AspectOnline, "Daftar di situs resmi."},
		{"Dasar hukum", AspectLegal, "Perpres 96/2018."},
	}
	if len(secs) != len(want) {
		t.Fatalf("got %d sections %+v, want %d", len(secs), secs, len(want))
	}
	for i, w := range want {
		if secs[i].Heading != w.heading || secs[i].Aspect != w.aspect || secs[i].Body != w.body {
			t.Errorf("section %d = %+v, want %+v", i, secs[i], w)
		}
	}
	if lines := Mentions(secs, AspectOnline); len(lines) != 1 {
		t.Errorf("Mentions(online)=%q, want the one line on the site", lines)
	}
}

func TestIntents(t *testing.T) {
	tests := []struct {
		q    string
		want Intent
	}{
		{"wkwkwk", IntentChat},
		{"bot goblok", IntentChat},
		// About the bot itself, addressed in the second person.
		{"lo digaji brp sih sama pemda", IntentChat},
		{"kamu bisa bantu bikin ktp?", IntentQuestion},
		{"saya mau komplain petugas samsat kasar", IntentComplaint},
		{"protes pelayanan lama banget", IntentComplaint},
		{"petugasnya tidak ramah", IntentComplaint},
		{"paling lambat daftar ke kua berapa hari", IntentQuestion},
		{"ktp saya rusak kena banjir", IntentQuestion},
		{"kk sy udah 2 bulan belum jadi juga, gmn ini", IntentComplaint},               // stalled
		{"akta anak belum jadi, biasanya berapa lama?", IntentQuestion},                // no wait told
		{"anak lahir 5 bulan lalu aktanya blm diurus, kena denda ga?", IntentQuestion}, // when, not a wait
		{"kades potong bansos warga 100rb per orang, lapor kemana", IntentComplaint},
		{"jari kepotong mesin di pabrik, klaim jkk gmn", IntentQuestion},
		{"kk udah 3 bulan ga dicetak2, kesel, bisa diadukan?", IntentComplaint},
		{"nunggu di kantor samsat 4 jam cuma satu loket buka, parah", IntentComplaint},
		{"ktp sy rusak parah kena banjir", IntentQuestion},
		{"lurah njaluk duit 100 ewu, arep tak laporke", IntentComplaint},
		{"tiap bulan bayar iuran tapi obat disuruh beli sendiri, percuma", IntentComplaint},
		// A deduction from a wage is how contributions are paid.
		{"iuran bpjs yang dipotong dari gaji karyawan maksimal berapa persen?", IntentQuestion},
		{"bansos kami dipotong 50rb sama ketua kelompok", IntentComplaint},
		// A report to the police is the police-report service, whose
		// article says how to follow one up.
		{"sudah lapor ke polsek sebulan ga ada kabar, cara cek perkembangannya?", IntentQuestion},
		{"sudah lapor ke polsek tiga bulan tidak ada kabar sama sekali", IntentComplaint}, // told as a grievance
		{"petugas kelurahan bohong, katanya berkas sudah lengkap", IntentComplaint},
		// Whether there is a fee is a question; a fee someone took is not.
		{"bikin laporan kehilangan di polres ditarik biaya ga?", IntentQuestion},
		{"petugas polsek memungut biaya 50rb buat surat kehilangan", IntentComplaint},
		{"tes tertulis sim kayaknya sengaja dipersulit", IntentComplaint},
		{"guru kelas minta 100rb dari dana pip murid", IntentComplaint},
	}
	for _, tt := range tests {
		an := rawTokens(tt.q)
		if got := classify(tt.q, an, canonical(an)); got != tt.want {
			t.Errorf("classify(%q)=%v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestReportingGamblingIsAComplaint(t *testing.T) {
	for q, want := range map[string]Intent{
		"cara lapor situs judi online ke mana?": IntentComplaint,
		"slot gacor maxwin hari ini":            IntentSpam,
	} {
		raw := rawTokens(q)
		if got := classify(q, raw, canonical(raw)); got != want {
			t.Errorf("classify(%q)=%v, want %v", q, got, want)
		}
	}
}

func TestUrgent(t *testing.T) {
	for text, want := range map[string]bool{
		"saya kecewa sekali dengan pelayanannya": true,
		"mau lapor pungli di kelurahan":          true,
		"urusan saya dipersulit terus":           true,
		"ada calo di depan kantor":               true,
		"tolong banget ktp saya":                 true,
		"I want to file a complaint":             true,
		"petugasnya tidak ramah sama sekali":     true,
		"syarat bikin ktp apa saja":              false,
		"kalender kerja":                         false,
	} {
		if got := Urgent(text); got != want {
			t.Errorf("Urgent(%q)=%v, want %v", text, got, want)
		}
	}
}
