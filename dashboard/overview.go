package dashboard

import (
	"context"
	"errors"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
	"github.com/layananwarga/helpdesk/storage"
)

// figures are the headline numbers of one period.
type figures struct {
	Questions, Answered, Gaps int
	Cases                     helpdesk.Figures
	Ratings                   [5]int
	SKM                       skm.Result
}

// rated is the number of ratings, and satisfied those of 4 or 5 (CSAT).
func (f figures) rated() (n, satisfied int) {
	for i, c := range f.Ratings {
		n += c
		if i >= 3 {
			satisfied += c
		}
	}
	return n, satisfied
}

func (s *Server) figures(ctx context.Context, p period) (figures, error) {
	var f figures
	hours, err := s.opt.Store.QuestionHours(ctx, p.From, p.To)
	if err != nil {
		return f, err
	}
	for _, h := range hours {
		switch h.Key {
		case storage.CountQuestions:
			f.Questions += h.Count
		case storage.CountAnswered:
			f.Answered += h.Count
		case storage.CountGaps:
			f.Gaps += h.Count
		}
	}
	rep, err := s.opt.Store.Report(ctx, p.From, p.To, s.opt.Location)
	if err != nil {
		return f, err
	}
	f.Cases = rep.Total
	if f.Ratings, err = s.opt.Store.CaseRatings(ctx, p.From, p.To); err != nil {
		return f, err
	}
	st, err := s.opt.Store.SurveyStats(ctx, p.surveyFilter())
	if err != nil {
		return f, err
	}
	if f.SKM, err = st.Tally.Result(); err != nil && !errors.Is(err, skm.ErrNoResponses) {
		return f, err
	}
	return f, nil
}

// csat writes the share of ratings of 4 or 5.
func (f figures) csat() string {
	n, ok := f.rated()
	return pct(ok, n)
}

// ikm writes the index with its grade, or "—" without respondents.
func ikm(r skm.Result) string {
	if r.Respondents == 0 {
		return none
	}
	return dec(r.IKM, 2) + " (" + r.Grade + ")"
}

func (s *Server) overview(ctx context.Context, _ int) (view, error) {
	var v view
	spans := []int{1, 7, 30}
	var fs []figures
	for _, d := range spans {
		f, err := s.figures(ctx, s.period(d))
		if err != nil {
			return v, err
		}
		fs = append(fs, f)
	}
	row := func(name string, cell func(f figures) string) []string {
		r := []string{name}
		for _, f := range fs {
			r = append(r, cell(f))
		}
		return r
	}
	t := &table{ID: "ringkasan", Title: "Ringkasan per periode", Head: []string{"Ukuran", "Hari ini", "7 hari", "30 hari"},
		Num: []bool{false, true, true, true}, Rows: [][]string{
			row("Pertanyaan warga", func(f figures) string { return num(f.Questions) }),
			row("Terjawab dari basis pengetahuan", func(f figures) string { return num(f.Answered) }),
			row("Persentase terjawab", func(f figures) string { return pct(f.Answered, f.Questions) }),
			row("Belum terjawab (celah)", func(f figures) string { return num(f.Gaps) }),
			row("Dialihkan ke petugas", func(f figures) string { return num(f.Cases.Handoffs) }),
			row("Median respons pertama petugas", func(f figures) string { return dur(f.Cases.MedianWait, f.Cases.Waits) }),
			row("Median waktu penyelesaian", func(f figures) string { return dur(f.Cases.MedianClose, f.Cases.Closed) }),
			row("CSAT (rating 4–5)", func(f figures) string { return f.csat() }),
			row("Jumlah rating", func(f figures) string { n, _ := f.rated(); return num(n) }),
			row("IKM (mutu)", func(f figures) string { return ikm(f.SKM) }),
			row("Responden SKM", func(f figures) string { return num(f.SKM.Respondents) }),
		}}
	week := fs[1]
	n, _ := week.rated()
	v.Cards = []card{
		{ID: "pertanyaan", Label: "Pertanyaan (7 hari)", Value: num(week.Questions), Note: "hari ini " + num(fs[0].Questions)},
		{ID: "terjawab", Label: "Terjawab (7 hari)", Value: pct(week.Answered, week.Questions), Note: num(week.Answered) + " jawaban"},
		{ID: "dialihkan", Label: "Dialihkan ke petugas (7 hari)", Value: num(week.Cases.Handoffs)},
		{ID: "respons", Label: "Median respons pertama (7 hari)", Value: dur(week.Cases.MedianWait, week.Cases.Waits)},
		{ID: "csat", Label: "CSAT (7 hari)", Value: week.csat(), Note: num(n) + " rating"},
		{ID: "ikm", Label: "IKM (30 hari)", Value: ikm(fs[2].SKM), Note: num(fs[2].SKM.Respondents) + " responden"},
	}
	month := s.period(30)
	daily, err := s.questionDays(ctx, month)
	if err != nil {
		return v, err
	}
	v.Sections = []section{
		{Title: "Angka utama", Table: t,
			Note: "CSAT: bagian rating 4 atau 5 dari penilaian 1–5 setelah kasus ditutup. IKM: indeks SKM (25–100) dengan mutu A–D. Waktu dihitung dari pengalihan ke petugas."},
		{Title: "Pertanyaan 30 hari terakhir", Chart: daily.chart("grafik-ringkasan")},
	}
	return v, nil
}
