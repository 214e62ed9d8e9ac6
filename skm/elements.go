// Package skm is the citizens' satisfaction survey (Survei Kepuasan
// Masyarakat) of Peraturan Menteri PANRB Nomor 14 Tahun 2017, "Pedoman
// Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik":
// its nine elements, its answer scale, the index (IKM) and the quality grades.
// It is pure: no I/O, no clock, so storage, the bot, the CLI and the
// dashboard all compute the same figures.
//
// The rule replaced Permenpan RB 16/2014; no later regulation replacing it
// was found when this package was written, so a change of method is a change
// of this package only.
package skm

// Regulation names the rule this package follows, for reports to cite.
const Regulation = "Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik"

// The answer scale: every element is answered from MinScore (worst) to
// MaxScore (best).
const (
	MinScore = 1
	MaxScore = 4
)

// NumElements is the number of elements the method surveys.
const NumElements = 9

// Element is one of the method's nine elements (unsur pelayanan).
type Element struct {
	// Code is the element's short code as unit reports print it: U1 to U9.
	Code string
	// Name is the element's name in the regulation.
	Name string
	// Meaning is the regulation's definition of the element.
	Meaning string
	// Question is the question of the regulation's sample questionnaire.
	Question string
	// Answers are the questionnaire's four answers, for the scores 1 to 4.
	Answers [MaxScore]string
}

// Answer returns the questionnaire's wording of score (1 to 4), or "" for a
// score outside the scale.
func (e Element) Answer(score int) string {
	if score < MinScore || score > MaxScore {
		return ""
	}
	return e.Answers[score-MinScore]
}

// Elements are the nine elements in the order of the regulation's list
// (Lampiran, ruang lingkup survei, huruf a to i), which is also the order of
// every Answers array and of the averages in a Result. The questions and
// answers are those of the regulation's sample questionnaire (whose sample
// asks about facilities before complaint handling; the order here is the
// list's).
var Elements = [NumElements]Element{
	{
		Code:     "U1",
		Name:     "Persyaratan",
		Meaning:  "Syarat yang harus dipenuhi dalam pengurusan suatu jenis pelayanan, baik persyaratan teknis maupun administratif.",
		Question: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
		Answers:  [MaxScore]string{"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
	},
	{
		Code:     "U2",
		Name:     "Sistem, Mekanisme, dan Prosedur",
		Meaning:  "Tata cara pelayanan yang dibakukan bagi pemberi dan penerima pelayanan, termasuk pengaduan.",
		Question: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
		Answers:  [MaxScore]string{"Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"},
	},
	{
		Code:     "U3",
		Name:     "Waktu Penyelesaian",
		Meaning:  "Jangka waktu yang diperlukan untuk menyelesaikan seluruh proses pelayanan dari setiap jenis pelayanan.",
		Question: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
		Answers:  [MaxScore]string{"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"},
	},
	{
		Code:     "U4",
		Name:     "Biaya/Tarif",
		Meaning:  "Ongkos yang dikenakan kepada penerima layanan dalam mengurus dan/atau memperoleh pelayanan dari penyelenggara yang besarnya ditetapkan berdasarkan kesepakatan antara penyelenggara dan masyarakat.",
		Question: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
		Answers:  [MaxScore]string{"Sangat mahal", "Cukup mahal", "Murah", "Gratis"},
	},
	{
		Code:     "U5",
		Name:     "Produk Spesifikasi Jenis Pelayanan",
		Meaning:  "Hasil pelayanan yang diberikan dan diterima sesuai dengan ketentuan yang telah ditetapkan.",
		Question: "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
		Answers:  [MaxScore]string{"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
	},
	{
		Code:     "U6",
		Name:     "Kompetensi Pelaksana",
		Meaning:  "Kemampuan yang harus dimiliki oleh pelaksana meliputi pengetahuan, keahlian, keterampilan, dan pengalaman.",
		Question: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
		Answers:  [MaxScore]string{"Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"},
	},
	{
		Code:     "U7",
		Name:     "Perilaku Pelaksana",
		Meaning:  "Sikap petugas dalam memberikan pelayanan.",
		Question: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
		Answers:  [MaxScore]string{"Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"},
	},
	{
		Code:     "U8",
		Name:     "Penanganan Pengaduan, Saran dan Masukan",
		Meaning:  "Tata cara pelaksanaan penanganan pengaduan dan tindak lanjut.",
		Question: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
		Answers:  [MaxScore]string{"Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"},
	},
	{
		Code:     "U9",
		Name:     "Sarana dan Prasarana",
		Meaning:  "Sarana adalah alat untuk mencapai maksud dan tujuan (benda bergerak, misalnya komputer); prasarana adalah penunjang utama terselenggaranya pelayanan (benda tidak bergerak, misalnya gedung).",
		Question: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
		Answers:  [MaxScore]string{"Buruk", "Cukup", "Baik", "Sangat baik"},
	},
}
