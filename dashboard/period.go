package dashboard

import (
	"time"

	"github.com/layananwarga/helpdesk"
)

// period is [From, To) ending now, over Days whole days in the office's
// time zone, the last being today.
type period struct {
	Days     int
	From, To time.Time
	loc      *time.Location
}

func (s *Server) period(days int) period {
	now := s.now().In(s.opt.Location)
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, s.opt.Location)
	return period{Days: days, From: midnight.AddDate(0, 0, -(days - 1)).UTC(), To: s.now().Add(time.Second), loc: s.opt.Location}
}

// dayKeys lists the period's days as YYYY-MM-DD, oldest first.
func (p period) dayKeys() []string {
	var out []string
	first := p.From.In(p.loc)
	for i := 0; i < p.Days; i++ {
		out = append(out, first.AddDate(0, 0, i).Format("2006-01-02"))
	}
	return out
}

// day is the local day of t.
func (p period) day(t time.Time) string { return t.In(p.loc).Format("2006-01-02") }

// surveyFilter selects the survey responses of the period (days are
// already local in the survey's storage).
func (p period) surveyFilter() helpdesk.SurveyFilter {
	keys := p.dayKeys()
	return helpdesk.SurveyFilter{From: keys[0], To: keys[len(keys)-1]}
}

// byDay sums hour counts per local day and key.
func (p period) byDay(hours []helpdesk.HourCount) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, h := range hours {
		d := p.day(h.Hour)
		if out[d] == nil {
			out[d] = map[string]int{}
		}
		out[d][h.Key] += h.Count
	}
	return out
}

// label writes a day key as "2 Des".
func label(key string) string {
	t, err := time.Parse("2006-01-02", key)
	if err != nil {
		return key
	}
	return shortDate(t)
}
