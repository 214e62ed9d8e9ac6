package skm

// Option is one choice of a profile question: a stable code stored with a
// response and the label a respondent sees.
type Option struct {
	Code  string
	Label string
}

// Question is one question of the respondent's profile.
type Question struct {
	// Key names the question in storage and reports: gender, age,
	// education, occupation.
	Key string
	// Title is the question as the form prints it.
	Title   string
	Options []Option
}

// Profile is the respondent profile of the regulation's sample questionnaire
// (jenis kelamin, umur, pendidikan, pekerjaan); the service used is asked
// apart. Age is asked in bands rather than years, so that no answer narrows a
// respondent down; education adds the diploma levels many citizens hold.
// Every question may be skipped.
var Profile = []Question{
	{Key: "gender", Title: "Jenis kelamin", Options: []Option{
		{"L", "Laki-laki"}, {"P", "Perempuan"},
	}},
	{Key: "age", Title: "Umur", Options: []Option{
		{"u20", "di bawah 20 tahun"}, {"20-29", "20–29 tahun"}, {"30-39", "30–39 tahun"},
		{"40-49", "40–49 tahun"}, {"50-59", "50–59 tahun"}, {"60+", "60 tahun ke atas"},
	}},
	{Key: "education", Title: "Pendidikan", Options: []Option{
		{"SD", "SD"}, {"SMP", "SMP"}, {"SMA", "SMA"}, {"D1-D3", "D1–D3"},
		{"S1", "D4/S1"}, {"S2", "S2"}, {"S3", "S3"},
	}},
	{Key: "occupation", Title: "Pekerjaan", Options: []Option{
		{"PNS", "PNS"}, {"TNI", "TNI"}, {"POLRI", "POLRI"}, {"SWASTA", "Swasta"},
		{"WIRAUSAHA", "Wirausaha"}, {"LAINNYA", "Lainnya"},
	}},
}

// ProfileQuestion returns the profile question with key, and whether it
// exists.
func ProfileQuestion(key string) (Question, bool) {
	for _, q := range Profile {
		if q.Key == key {
			return q, true
		}
	}
	return Question{}, false
}

// Label returns the label of code among q's options, or "" when code is not
// one of them.
func (q Question) Label(code string) string {
	for _, o := range q.Options {
		if o.Code == code {
			return o.Label
		}
	}
	return ""
}
