package dashboard

import (
	"context"
	"sort"
	"strings"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/redact"
	"github.com/layananwarga/helpdesk/storage"
)

// Limits of the questions page's lists.
const (
	topArticles = 10
	topGaps     = 10
	gapExamples = 3
)

// quietDays notes that daily tables skip days without activity; the
// charts show every day.
const quietDays = "Hari tanpa kegiatan tidak dicantumkan."

// dayCounts are the questions of each day of a period.
type dayCounts struct {
	Keys                      []string
	Questions, Answered, Gaps []int
}

func (s *Server) questionDays(ctx context.Context, p period) (dayCounts, error) {
	hours, err := s.opt.Store.QuestionHours(ctx, p.From, p.To)
	if err != nil {
		return dayCounts{}, err
	}
	by := p.byDay(hours)
	d := dayCounts{Keys: p.dayKeys()}
	for _, k := range d.Keys {
		d.Questions = append(d.Questions, by[k][storage.CountQuestions])
		d.Answered = append(d.Answered, by[k][storage.CountAnswered])
		d.Gaps = append(d.Gaps, by[k][storage.CountGaps])
	}
	return d, nil
}

// chart stacks, per day, the answered questions, the gaps, and the rest
// (greetings, thanks, questions that were not about a service).
func (d dayCounts) chart(id string) *chart {
	c := &chart{ID: id, Title: "Pertanyaan per hari: terjawab, belum terjawab, lainnya"}
	ok := series{Name: "Terjawab", Class: "s-ok"}
	gap := series{Name: "Belum terjawab", Class: "s-gap"}
	other := series{Name: "Lainnya", Class: "s-other"}
	for i, k := range d.Keys {
		c.Labels = append(c.Labels, label(k))
		ok.Values = append(ok.Values, float64(d.Answered[i]))
		gap.Values = append(gap.Values, float64(d.Gaps[i]))
		other.Values = append(other.Values, float64(max(0, d.Questions[i]-d.Answered[i]-d.Gaps[i])))
	}
	c.Series = []series{ok, gap, other}
	return c
}

func (s *Server) questions(ctx context.Context, days int) (view, error) {
	var v view
	p := s.period(days)
	d, err := s.questionDays(ctx, p)
	if err != nil {
		return v, err
	}
	daily := &table{ID: "harian", Title: "Pertanyaan per hari", Head: []string{"Tanggal", "Pertanyaan", "Terjawab", "Belum terjawab", "% terjawab"},
		Num: []bool{false, true, true, true, true}, Dates: true, Note: quietDays, Empty: "Belum ada pertanyaan pada periode ini."}
	var q, a, g int
	for i := len(d.Keys) - 1; i >= 0; i-- {
		if d.Questions[i]+d.Answered[i]+d.Gaps[i] == 0 {
			continue
		}
		daily.Rows = append(daily.Rows, []string{d.Keys[i], num(d.Questions[i]), num(d.Answered[i]), num(d.Gaps[i]), pct(d.Answered[i], d.Questions[i])})
		q, a, g = q+d.Questions[i], a+d.Answered[i], g+d.Gaps[i]
	}
	v.Cards = []card{
		{ID: "pertanyaan", Label: "Pertanyaan", Value: num(q)},
		{ID: "terjawab", Label: "Terjawab", Value: num(a), Note: pct(a, q)},
		{ID: "celah", Label: "Belum terjawab", Value: num(g), Note: pct(g, q)},
	}
	arts, err := s.opt.Store.ListArticles(ctx)
	if err != nil {
		return v, err
	}
	titles := map[string]string{}
	for _, art := range arts {
		titles[art.ID] = art.Title
	}
	top, err := s.topArticles(ctx, p, titles)
	if err != nil {
		return v, err
	}
	gaps, err := s.topGaps(ctx, p, titles)
	if err != nil {
		return v, err
	}
	v.Sections = []section{
		{Title: "Volume harian", Chart: d.chart("grafik-pertanyaan"), Table: daily,
			Note: "Lainnya: sapaan, ucapan terima kasih, dan pesan yang bukan pertanyaan layanan."},
		{Title: "Artikel yang paling sering menjawab", Table: top},
		{Title: "Celah teratas", Table: gaps,
			Note: "Pertanyaan yang belum terjawab atau jawabannya dinilai jelek (jempol ke bawah), dikelompokkan per kebutuhan, yang belum ditandai tertangani. Contoh disunting: NIK, nomor HP, e-mail, dan nomor lain diganti tanda seperti [NIK]."},
	}
	return v, nil
}

func (s *Server) topArticles(ctx context.Context, p period, titles map[string]string) (*table, error) {
	counts, err := s.opt.Store.CitedArticles(ctx, p.From, p.To)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if counts[ids[i]] != counts[ids[j]] {
			return counts[ids[i]] > counts[ids[j]]
		}
		return ids[i] < ids[j]
	})
	t := &table{ID: "artikel", Title: "Artikel teratas", Head: []string{"No", "Judul", "ID artikel", "Jawaban"}, Num: []bool{true, false, false, true}}
	for i, id := range ids[:min(len(ids), topArticles)] {
		title := titles[id]
		if title == "" {
			title = "(artikel dihapus)"
		}
		t.Rows = append(t.Rows, []string{num(i + 1), title, id, num(counts[id])})
	}
	return t, nil
}

// topGaps groups the open gap items of the period by need, as /celah does,
// with examples redacted of personal data.
func (s *Server) topGaps(ctx context.Context, p period, titles map[string]string) (*table, error) {
	items, err := s.opt.Store.ListGapItems(ctx, 0)
	if err != nil {
		return nil, err
	}
	var in []helpdesk.GapItem
	for _, it := range items {
		if !it.At.Before(p.From) && it.At.Before(p.To) {
			in = append(in, it)
		}
	}
	rows := handlers.BuildGapReport(in, func(id string) string { return titles[id] })
	t := &table{ID: "celah", Title: "Celah teratas", Head: []string{"No", "Kebutuhan", "Jumlah", "Warga", "Contoh", "Terakhir"},
		Num: []bool{true, false, true, true, false, false}, Empty: "Tidak ada celah terbuka pada periode ini."}
	for i, r := range rows[:min(len(rows), topGaps)] {
		var ex []string
		for _, e := range r.Examples[:min(len(r.Examples), gapExamples)] {
			ex = append(ex, "“"+redact.Text(e)+"”")
		}
		examples := none
		if len(ex) > 0 {
			examples = strings.Join(ex, " · ")
		}
		t.Rows = append(t.Rows, []string{num(i + 1), redact.Text(r.Label), num(r.Count), num(r.Chats), examples, fullTime(r.Last, s.opt.Location)})
	}
	return t, nil
}
