package dashboard

import (
	"context"
	"sort"

	"github.com/layananwarga/helpdesk"
)

// unfinishedShown bounds the list of unfinished applications.
const unfinishedShown = 50

// overdue lists the unfinished applications and which of them are past
// their service time standard. It is the one place that knows what overdue
// means: without Options.Overdue (no standards configured) nothing is.
func (s *Server) overdue(ctx context.Context) (apps []helpdesk.Application, late []bool, known bool, err error) {
	apps, err = s.opt.Store.UnfinishedApplications(ctx, s.opt.FinalStatuses, unfinishedShown)
	if err != nil {
		return nil, nil, false, err
	}
	late = make([]bool, len(apps))
	if s.opt.Overdue == nil {
		return apps, late, false, nil
	}
	now := s.now()
	for i, a := range apps {
		late[i] = s.opt.Overdue(a, now)
	}
	return apps, late, true, nil
}

func (s *Server) applications(ctx context.Context, days int) (view, error) {
	var v view
	p := s.period(days)
	counts, err := s.opt.Store.ApplicationStatusCounts(ctx)
	if err != nil {
		return v, err
	}
	hours, err := s.opt.Store.StatusChangeHours(ctx, p.From, p.To)
	if err != nil {
		return v, err
	}
	apps, late, known, err := s.overdue(ctx)
	if err != nil {
		return v, err
	}
	recent, services, err := s.opt.Store.RecentStatusChanges(ctx, 20)
	if err != nil {
		return v, err
	}

	// Current statuses, the usual order first, then any other.
	statuses := append([]helpdesk.Status(nil), helpdesk.Statuses...)
	var extra []helpdesk.Status
	for st := range counts {
		if !st.Valid() {
			extra = append(extra, st)
		}
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i] < extra[j] })
	statuses = append(statuses, extra...)
	total := 0
	stTable := &table{ID: "status", Title: "Permohonan per status saat ini", Head: []string{"Status", "Jumlah"}, Num: []bool{false, true}}
	stChart := &chart{ID: "grafik-status", Title: "Permohonan per status saat ini"}
	stSeries := series{Name: "Permohonan", Class: "s-main"}
	for _, st := range statuses {
		total += counts[st]
		stTable.Rows = append(stTable.Rows, []string{string(st), num(counts[st])})
		stChart.Labels = append(stChart.Labels, string(st))
		stSeries.Values = append(stSeries.Values, float64(counts[st]))
	}
	stChart.Series = []series{stSeries}

	by := p.byDay(hours)
	changes := &chart{ID: "grafik-perubahan", Title: "Perubahan status per hari"}
	all := series{Name: "Perubahan lain", Class: "s-main"}
	final := series{Name: "Menjadi selesai/ditolak", Class: "s-done"}
	daily := &table{ID: "perubahan", Title: "Perubahan status per hari", Head: []string{"Tanggal", "Perubahan", "Menjadi selesai/ditolak"},
		Num: []bool{false, true, true}, Dates: true, Note: quietDays, Empty: "Belum ada perubahan status pada periode ini."}
	keys := p.dayKeys()
	sum := func(k string) (n, fin int) {
		for st, c := range by[k] {
			n += c
			if s.isFinal(helpdesk.Status(st)) {
				fin += c
			}
		}
		return n, fin
	}
	changed := 0
	for _, k := range keys {
		n, fin := sum(k)
		changed += n
		changes.Labels = append(changes.Labels, label(k))
		all.Values = append(all.Values, float64(n-fin))
		final.Values = append(final.Values, float64(fin))
	}
	changes.Series = []series{final, all}
	for i := len(keys) - 1; i >= 0; i-- {
		n, fin := sum(keys[i])
		if n == 0 {
			continue
		}
		daily.Rows = append(daily.Rows, []string{keys[i], num(n), num(fin)})
	}

	head := []string{"Nomor", "Layanan", "Status", "Tidak berubah sejak", "Lama"}
	if known {
		head = append(head, "Terlambat")
	}
	open := &table{ID: "belum-selesai", Title: "Belum selesai, yang paling lama tidak berubah dulu", Head: head,
		Num: []bool{false, false, false, false, true, false}, Empty: "Semua permohonan sudah selesai."}
	lateN := 0
	for i, a := range apps {
		row := []string{maskTracking(a.TrackingNo), a.Service, string(a.Status), fullTime(a.UpdatedAt, s.opt.Location), dur(s.now().Sub(a.UpdatedAt), 1)}
		if known {
			mark := "tidak"
			if late[i] {
				mark, lateN = "YA", lateN+1
			}
			row = append(row, mark)
		}
		open.Rows = append(open.Rows, row)
	}
	lateCard := card{ID: "terlambat", Label: "Terlambat", Value: none, Note: "belum ada standar waktu layanan"}
	openNote := "Belum ada standar waktu layanan per jenis layanan, jadi keterlambatan belum dapat dihitung; kolom Lama menunjukkan berapa lama status tidak berubah."
	if known {
		lateCard.Value, lateCard.Note, openNote = num(lateN), "dari "+num(len(apps))+" yang ditampilkan", "Terlambat: melewati standar waktu layanan."
	}
	recentT := &table{ID: "terbaru", Title: "Perubahan terbaru", Head: []string{"Waktu", "Nomor", "Layanan", "Dari", "Menjadi", "Sumber"}, Dates: true}
	for _, c := range recent {
		old := string(c.Old)
		if old == "" {
			old = none
		}
		recentT.Rows = append(recentT.Rows, []string{fullTime(c.At, s.opt.Location), maskTracking(c.TrackingNo), services[c.TrackingNo],
			old, string(c.New), sourceName(c.Source)})
	}
	v.Cards = []card{
		{ID: "permohonan", Label: "Permohonan tercatat", Value: num(total)},
		{ID: "belum-selesai", Label: "Belum selesai", Value: num(total - s.finalCount(counts))},
		{ID: "perubahan", Label: "Perubahan status", Value: num(changed), Note: "dalam periode ini"},
		lateCard,
	}
	v.Sections = []section{
		{Title: "Status saat ini", Chart: stChart, Table: stTable},
		{Title: "Perubahan per hari", Chart: changes, Table: daily},
		{Title: "Belum selesai", Table: open, Note: openNote},
		{Title: "Perubahan terbaru", Table: recentT, Note: "Nomor permohonan disamarkan; nama pemohon tidak ditampilkan."},
	}
	return v, nil
}

func (s *Server) isFinal(st helpdesk.Status) bool {
	for _, f := range s.opt.FinalStatuses {
		if f == st {
			return true
		}
	}
	return false
}

func (s *Server) finalCount(counts map[helpdesk.Status]int) int {
	n := 0
	for st, c := range counts {
		if s.isFinal(st) {
			n += c
		}
	}
	return n
}

// sourceName names where a change came from.
func sourceName(src string) string {
	switch src {
	case helpdesk.SourceCSV:
		return "impor CSV"
	case helpdesk.SourceOfficer:
		return "petugas"
	case helpdesk.SourceAPI:
		return "API"
	}
	return src
}
