package dashboard

import (
	"context"

	"github.com/layananwarga/helpdesk"
)

func (s *Server) cases(ctx context.Context, days int) (view, error) {
	var v view
	p := s.period(days)
	rep, err := s.opt.Store.Report(ctx, p.From, p.To, s.opt.Location)
	if err != nil {
		return v, err
	}
	open, err := s.opt.Store.OpenCases(ctx, 0)
	if err != nil {
		return v, err
	}
	ratings, err := s.opt.Store.CaseRatings(ctx, p.From, p.To)
	if err != nil {
		return v, err
	}
	f := figures{Cases: rep.Total, Ratings: ratings}
	n, _ := f.rated()
	waiting := 0
	queue := &table{ID: "antrean", Title: "Antrean kasus terbuka", Head: []string{"Kasus", "Warga", "Status", "Petugas", "Dibuka", "Lama", "Jenis"},
		Num: []bool{true, false, false, false, false, true, false}, Empty: "Tidak ada kasus terbuka."}
	now := s.now()
	for _, c := range open {
		state, officer := "Ditangani", c.ClaimedName
		if c.State == helpdesk.CaseWaiting {
			state, officer = "Menunggu", none
			waiting++
		}
		kind := "Biasa"
		switch {
		case c.Complaint:
			kind = "Pengaduan"
		case c.Priority:
			kind = "Prioritas"
		}
		queue.Rows = append(queue.Rows, []string{"#" + num(int(c.ID)), maskName(c.CitizenName), state, officer,
			fullTime(c.CreatedAt, s.opt.Location), dur(now.Sub(c.CreatedAt), 1), kind})
	}
	v.Cards = []card{
		{ID: "terbuka", Label: "Kasus terbuka", Value: num(len(open)), Note: num(waiting) + " menunggu petugas"},
		{ID: "dialihkan", Label: "Dialihkan", Value: num(rep.Total.Handoffs), Note: num(rep.Total.Complaints) + " pengaduan"},
		{ID: "respons", Label: "Median respons pertama", Value: dur(rep.Total.MedianWait, rep.Total.Waits)},
		{ID: "selesai", Label: "Median penyelesaian", Value: dur(rep.Total.MedianClose, rep.Total.Closed), Note: num(rep.Total.Closed) + " ditutup"},
		{ID: "csat", Label: "CSAT", Value: f.csat(), Note: num(n) + " rating"},
	}
	officers := &table{ID: "petugas", Title: "Kinerja per petugas",
		Head: []string{"Petugas", "Kasus", "Ditutup", "Median respons pertama", "Median penyelesaian", "Rating rata-rata", "Jumlah rating"},
		Num:  []bool{false, true, true, true, true, true, true}, Empty: "Belum ada kasus yang diambil petugas pada periode ini."}
	for _, o := range rep.ByOfficer {
		avg := none
		if o.Ratings > 0 {
			avg = dec(o.AvgRating, 2)
		}
		officers.Rows = append(officers.Rows, []string{o.Key, num(o.Handoffs), num(o.Closed), dur(o.MedianWait, o.Waits),
			dur(o.MedianClose, o.Closed), avg, num(o.Ratings)})
	}
	byDay := map[string]helpdesk.Figures{}
	for _, d := range rep.ByDay {
		byDay[d.Key] = d
	}
	c := &chart{ID: "grafik-kasus", Title: "Kasus dialihkan ke petugas per hari"}
	handoffs := series{Name: "Dialihkan", Class: "s-main"}
	daily := &table{ID: "harian", Title: "Kasus per hari", Head: []string{"Tanggal", "Dialihkan", "Ditutup", "Median respons pertama", "Rating rata-rata"},
		Num: []bool{false, true, true, true, true}, Dates: true, Note: quietDays, Empty: "Belum ada kasus pada periode ini."}
	keys := p.dayKeys()
	for _, k := range keys {
		c.Labels = append(c.Labels, label(k))
		handoffs.Values = append(handoffs.Values, float64(byDay[k].Handoffs))
	}
	for i := len(keys) - 1; i >= 0; i-- {
		d := byDay[keys[i]]
		if d.Handoffs == 0 {
			continue
		}
		avg := none
		if d.Ratings > 0 {
			avg = dec(d.AvgRating, 2)
		}
		daily.Rows = append(daily.Rows, []string{keys[i], num(d.Handoffs), num(d.Closed), dur(d.MedianWait, d.Waits), avg})
	}
	c.Series = []series{handoffs}
	v.Sections = []section{
		{Title: "Antrean saat ini", Table: queue, Note: "Nama warga disamarkan. Isi percakapan tidak ditampilkan di dasbor."},
		{Title: "Per petugas", Table: officers, Note: "Waktu dihitung dari pengalihan ke petugas; rating 1–5 dari warga setelah kasus ditutup."},
		{Title: "Per hari", Chart: c, Table: daily},
	}
	return v, nil
}
