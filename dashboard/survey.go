package dashboard

import (
	"context"
	"errors"
	"time"

	"github.com/layananwarga/helpdesk/skm"
)

// result is the index of a tally; a tally without respondents has none.
func result(t skm.Tally) (skm.Result, error) {
	r, err := t.Result()
	if errors.Is(err, skm.ErrNoResponses) {
		return skm.Result{}, nil
	}
	return r, err
}

func (s *Server) survey(ctx context.Context, days int) (view, error) {
	var v view
	p := s.period(days)
	f := p.surveyFilter()
	st, err := s.opt.Store.SurveyStats(ctx, f)
	if err != nil {
		return v, err
	}
	res, err := result(st.Tally)
	if err != nil {
		return v, err
	}
	dayKeys, tallies, err := s.opt.Store.SurveyDays(ctx, f)
	if err != nil {
		return v, err
	}

	grade := none
	if res.Respondents > 0 {
		grade = res.Grade + " — " + res.Band.Performance
	}
	v.Cards = []card{
		{ID: "ikm", Label: "IKM", Value: ikm(res), Note: "skala 25–100"},
		{ID: "mutu", Label: "Mutu pelayanan", Value: grade},
		{ID: "responden", Label: "Responden", Value: num(res.Respondents)},
	}

	elements := &table{ID: "unsur", Title: "Nilai per unsur", Head: []string{"Kode", "Unsur", "Nilai rata-rata (1–4)", "Nilai konversi (25–100)", "Mutu"},
		Num: []bool{false, false, true, true, false}, Empty: "Belum ada responden pada periode ini."}
	elChart := &chart{ID: "grafik-unsur", Title: "Nilai rata-rata per unsur (skala 1–4)", Max: skm.MaxScore,
		Format: func(x float64) string { return dec(x, 2) }}
	elSeries := series{Name: "Nilai rata-rata", Class: "s-main"}
	if res.Respondents > 0 {
		for i, e := range skm.Elements {
			avg := res.Averages[i]
			elements.Rows = append(elements.Rows, []string{e.Code, e.Name, dec(avg, 2), dec(avg*skm.Conversion, 2), skm.Grade(avg * skm.Conversion)})
			elChart.Labels = append(elChart.Labels, e.Code)
			elSeries.Values = append(elSeries.Values, avg)
		}
		low := res.Lowest(3)
		note := "Unsur terendah, prioritas perbaikan: "
		for i, idx := range low {
			if i > 0 {
				note += ", "
			}
			note += skm.Elements[idx].Code + " " + skm.Elements[idx].Name
		}
		elements.Note = note + "."
	}
	elChart.Series = []series{elSeries}

	// The trend: by month over a year, by week over shorter periods.
	byMonth := days > 90
	var keys []string
	buckets := map[string]*skm.Tally{}
	for i, d := range dayKeys {
		k := bucket(d, byMonth)
		if buckets[k] == nil {
			buckets[k] = &skm.Tally{}
			keys = append(keys, k)
		}
		b := buckets[k]
		b.Respondents += tallies[i].Respondents
		for j, x := range tallies[i].Sums {
			b.Sums[j] += x
		}
	}
	unit := "minggu"
	if byMonth {
		unit = "bulan"
	}
	trend := &chart{ID: "grafik-tren", Title: "IKM per " + unit, Line: true, Max: 100, Format: func(x float64) string { return dec(x, 2) }}
	trendS := series{Name: "IKM", Class: "s-main"}
	trendT := &table{ID: "tren", Title: "IKM per " + unit, Head: []string{"Periode", "Responden", "IKM", "Mutu"}, Num: []bool{false, true, true, false}}
	for _, k := range keys {
		r, err := result(*buckets[k])
		if err != nil {
			return v, err
		}
		trend.Labels = append(trend.Labels, bucketLabel(k, byMonth))
		trendS.Values = append(trendS.Values, r.IKM)
		trendT.Rows = append(trendT.Rows, []string{bucketLabel(k, byMonth), num(r.Respondents), dec(r.IKM, 2), r.Grade})
	}
	trend.Series = []series{trendS}

	services := &table{ID: "layanan", Title: "Per layanan", Head: []string{"Layanan", "Responden", "IKM", "Mutu"}, Num: []bool{false, true, true, false}}
	for _, sv := range st.Services {
		r, err := result(sv.Tally)
		if err != nil {
			return v, err
		}
		name := sv.Label
		if name == "" {
			name = sv.Service
		}
		services.Rows = append(services.Rows, []string{name, num(r.Respondents), dec(r.IKM, 2), r.Grade})
	}
	v.Sections = []section{
		{Title: "Unsur pelayanan", Chart: elChart, Table: elements,
			Note: "IKM = rata-rata nilai sembilan unsur × 25. Mutu: A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99. Jawaban survei anonim."},
		{Title: "Tren IKM", Chart: trend, Table: trendT},
		{Title: "Menurut layanan", Table: services},
	}
	return v, nil
}

// bucket is the month (YYYY-MM) or the Monday of the week (YYYY-MM-DD) of a
// day.
func bucket(day string, byMonth bool) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	if byMonth {
		return t.Format("2006-01")
	}
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0
	return t.AddDate(0, 0, -wd).Format("2006-01-02")
}

func bucketLabel(k string, byMonth bool) string {
	if byMonth {
		t, err := time.Parse("2006-01", k)
		if err != nil {
			return k
		}
		return months[t.Month()-1] + " " + t.Format("2006")
	}
	return "mg " + label(k)
}
