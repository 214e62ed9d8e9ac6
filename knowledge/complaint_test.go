package knowledge

import "testing"

// TestComplaintModel checks that the learned model finds a complaint that
// uses none of the rules' words, and takes no plain question for one.
func TestComplaintModel(t *testing.T) {
	complaints := []string{
		"udah 5 kali ke kecamatan, petugasnya ga pernah ada di tempat",
	}
	questions := []string{
		"syarat bikin ktp apa aja", "biaya skck berapa", "berapa lama akta kelahiran jadi", "ktp hilang gimana",
		"cara daftar bpjs lewat aplikasi", "sim c mati 2 bulan, perpanjang bisa?", "pajak motor telat 2 tahun dendanya brp",
	}
	for _, q := range complaints {
		canon := canonical(rawTokens(q))
		if isComplaint(canon) {
			t.Errorf("%q: the rules already take it for a complaint; pick one they miss", q)
		}
		if !looksLikeComplaint(canon) {
			t.Errorf("%q: not taken for a complaint (log odds %.2f)", q, complaintScore(canon))
		}
		if !Urgent(q) {
			t.Errorf("%q: a complaint, and not urgent", q)
		}
	}
	for _, q := range questions {
		if canon := canonical(rawTokens(q)); looksLikeComplaint(canon) {
			t.Errorf("%q: a question taken for a complaint (log odds %.2f)", q, complaintScore(canon))
		}
	}
	was := complaintModelOn
	complaintModelOn = false
	defer func() { complaintModelOn = was }()
	if looksLikeComplaint(canonical(rawTokens(complaints[0]))) {
		t.Error("with the model off, the rules alone found the complaint")
	}
}

// TestFrequencyIsNoWait checks that "tiap bulan" says how often, not how
// long someone has waited.
func TestFrequencyIsNoWait(t *testing.T) {
	for q, want := range map[string]bool{
		"udah 3 bulan belum jadi":            true,
		"dapat bansos tiap bulan":            false,
		"iuran per bulan brp":                false,
		"anak lahir 5 bulan lalu":            false,
		"nunggu berbulan bulan ga ada kabar": true,
		"sudah sebulan ga ada kabar":         true,
		"bayar sebulan sekali":               false,
		"desa kami dapat ptsl tahun ini":     false,
	} {
		if got := waited(canonical(rawTokens(q))); got != want {
			t.Errorf("waited(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestComplaintRulesTellGrievancesFromQuestions pairs each grievance the
// rules know with a question of the same words that is none.
func TestComplaintRulesTellGrievancesFromQuestions(t *testing.T) {
	for q, want := range map[string]bool{
		// A public system that keeps failing; a home connection is not one.
		"situs pajak gangguan terus dari semalam":          true,
		"aplikasinya down mulu, mau daftar online ga bisa": true,
		"internet rumah lemot dari pagi":                   false,
		"aplikasi error, cara daftar lewat loket gmn":      false,
		// Treated unfairly.
		"yg kaya dapet bantuan, kami yg miskin engga. ga adil": true,
		"syarat dapat bantuan sosial apa aja":                  false,
		"pasien umum didahulukan, kami pasien bpjs dibedain":   true,
		// Sent back and forth, unless the citizen asks what to bring.
		"disuruh bolak balik 3x ke kecamatan cuma buat tanda tangan":         true,
		"udah 2x ke kelurahan disuruh bolak balik, syaratnya sebenernya apa": false,
		"harus bolak balik ke kantor ga kalau urus sendiri":                  false,
		// Indignation at a service.
		"pelayanan macam apa ini, loket tutup jam 10": true,
		"pelayanan samsat buka jam berapa":            false,
		// An office that cannot be reached while the citizen waits.
		"klaim saya sebulan belum diproses, call centernya ga bisa dihubungi": true,
		"penjual motornya ga bisa dihubungi, bpkb belum ada":                  false,
		// A long wait told as a month.
		"sudah sebulan belum selesai juga": true,
		"bayar iurannya sebulan sekali ya": false,
		// An officer away from the desk in office hours.
		"jam 9 pagi petugas kecamatan udah ga ada di tempat": true,
		"kalau pemohonnya ga ada di tempat pas survei gmn":   false,
		// Whether a fee asked is the right one is a question.
		"panitia desa minta 300rb buat sertifikat, wajar ga?":           false,
		"panitia desa minta 300rb buat sertifikat, ga wajar, mau lapor": true,
		"kelurahan minta 75rb buat surat domisili, emang bayar?":        false,
		"pak rw dimintain 30rb buat pengantar, ada tarif resminya?":     false,
		"pak rw minta 30rb di luar tarif resmi buat pengantar":          true,
		// The citizen's own delay asked about its fine.
		"akte anak udh 4 bulan blm diurus krn kerja, kena denda ga?": false,
		"sudah 4 bulan belum diurus sama kelurahan":                  true,
		// A fire at the market is no facility left broken.
		"akta sy kebakar waktu pasar kebakaran, ngurus lagi gmn": false,
		"ktp sy sobek kena pintu pasar, ganti gmn":               false,
		"jalan ke pasar rusak parah":                             true,
		// A cutting machine cuts no money.
		"kaki karyawan sy kena mesin potong di pabrik, biaya rs ditanggung?": false,
		"kades potong uang bansos warga":                                     true,
	} {
		if got := isComplaint(canonical(rawTokens(q))); got != want {
			t.Errorf("isComplaint(%q) = %v, want %v", q, got, want)
		}
	}
}
