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
	} {
		if got := waited(canonical(rawTokens(q))); got != want {
			t.Errorf("waited(%q) = %v, want %v", q, got, want)
		}
	}
}
