package handlers

import (
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Asia/Jakarta works on hosts without zoneinfo
)

// OfficeHours are the times officers answer cases, in one time zone, with
// holidays off. The zero value is always open.
type OfficeHours struct {
	spec     string
	loc      *time.Location
	days     [7][]span // by time.Weekday
	holidays map[string]bool
	always   bool
}

// span is [from, to) in minutes after local midnight.
type span struct{ from, to int }

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
	"min": time.Sunday, "sen": time.Monday, "sel": time.Tuesday, "rab": time.Wednesday,
	"kam": time.Thursday, "jum": time.Friday, "sab": time.Saturday,
}

// zoneAliases are the Indonesian zone names people write instead of IANA ones.
var zoneAliases = map[string]string{"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}

// ParseOfficeHours reads a spec such as "Mon-Fri 08:00-16:00 Asia/Jakarta"
// or "Mon-Thu 08:00-16:00, Fri 08:00-11:30 Asia/Jakarta"; holidays are
// YYYY-MM-DD dates in that zone. An empty spec is always open. The zone
// defaults to Asia/Jakarta.
func ParseOfficeHours(spec string, holidays []string) (OfficeHours, error) {
	oh := OfficeHours{spec: strings.TrimSpace(spec), holidays: map[string]bool{}}
	for _, h := range holidays {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", h); err != nil {
			return OfficeHours{}, fmt.Errorf("holiday %q is not a YYYY-MM-DD date", h)
		}
		oh.holidays[h] = true
	}
	if oh.spec == "" {
		oh.always = true
		return oh, nil
	}
	fields := strings.Fields(oh.spec)
	zone := "Asia/Jakarta"
	if last := fields[len(fields)-1]; !strings.ContainsAny(last, ":0123456789") || strings.Contains(last, "/") {
		zone, fields = last, fields[:len(fields)-1]
	}
	if z, ok := zoneAliases[strings.ToUpper(zone)]; ok {
		zone = z
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return OfficeHours{}, fmt.Errorf("unknown time zone %q", zone)
	}
	oh.loc = loc
	body := strings.NewReplacer(";", ",").Replace(strings.Join(fields, " "))
	found := false
	for _, seg := range strings.Split(body, ",") {
		parts := strings.Fields(seg)
		if len(parts) == 0 {
			continue
		}
		if len(parts) < 2 {
			return OfficeHours{}, fmt.Errorf("%q: want days and hours, like \"Mon-Fri 08:00-16:00\"", strings.TrimSpace(seg))
		}
		days, err := parseDays(parts[0])
		if err != nil {
			return OfficeHours{}, err
		}
		for _, p := range parts[1:] {
			sp, err := parseSpan(p)
			if err != nil {
				return OfficeHours{}, err
			}
			for _, d := range days {
				oh.days[d] = append(oh.days[d], sp)
			}
			found = true
		}
	}
	if !found {
		return OfficeHours{}, fmt.Errorf("no opening hours in %q", spec)
	}
	for d := range oh.days {
		sort.Slice(oh.days[d], func(i, j int) bool { return oh.days[d][i].from < oh.days[d][j].from })
	}
	return oh, nil
}

func parseDays(s string) ([]time.Weekday, error) {
	day := func(n string) (time.Weekday, error) {
		n = strings.ToLower(n)
		if len(n) >= 3 {
			if d, ok := dayNames[n[:3]]; ok {
				return d, nil
			}
		}
		return 0, fmt.Errorf("unknown day %q", n)
	}
	from, to, isRange := strings.Cut(s, "-")
	a, err := day(from)
	if err != nil {
		return nil, err
	}
	if !isRange {
		return []time.Weekday{a}, nil
	}
	b, err := day(to)
	if err != nil {
		return nil, err
	}
	var out []time.Weekday
	for d := a; ; d = (d + 1) % 7 {
		out = append(out, d)
		if d == b {
			return out, nil
		}
	}
}

func parseSpan(s string) (span, error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return span{}, fmt.Errorf("hours %q: want HH:MM-HH:MM", s)
	}
	from, err := parseClock(a)
	if err != nil {
		return span{}, err
	}
	to, err := parseClock(b)
	if err != nil {
		return span{}, err
	}
	if to <= from {
		return span{}, fmt.Errorf("hours %q: closing time before opening time", s)
	}
	return span{from, to}, nil
}

func parseClock(s string) (int, error) {
	h, m, ok := strings.Cut(strings.ReplaceAll(s, ".", ":"), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 24 || mm < 0 || mm > 59 || hh*60+mm > 24*60 {
		return 0, fmt.Errorf("time %q: want HH:MM", s)
	}
	return hh*60 + mm, nil
}

// Always reports whether officers are always available.
func (oh OfficeHours) Always() bool { return oh.always || oh.loc == nil }

// Location is the zone of the hours (Asia/Jakarta when unset).
func (oh OfficeHours) Location() *time.Location {
	if oh.loc == nil {
		return jakarta()
	}
	return oh.loc
}

// String is the spec the hours were read from.
func (oh OfficeHours) String() string { return oh.spec }

// Open reports whether officers work at t.
func (oh OfficeHours) Open(t time.Time) bool {
	if oh.Always() {
		return true
	}
	l := t.In(oh.loc)
	if oh.holidays[l.Format("2006-01-02")] {
		return false
	}
	m := l.Hour()*60 + l.Minute()
	for _, sp := range oh.days[l.Weekday()] {
		if m >= sp.from && m < sp.to {
			return true
		}
	}
	return false
}

// OpenSince is when the opening span that holds t began; the zero time
// when officers do not work at t, and t itself for always-open hours.
func (oh OfficeHours) OpenSince(t time.Time) time.Time {
	if oh.Always() {
		return t
	}
	if !oh.Open(t) {
		return time.Time{}
	}
	l := t.In(oh.loc)
	m := l.Hour()*60 + l.Minute()
	for _, sp := range oh.days[l.Weekday()] {
		if m >= sp.from && m < sp.to {
			return oh.spanStart(l, sp)
		}
	}
	return time.Time{}
}

// NextOpen is the first moment at or after t when officers work; the zero
// time when they never do within a year.
func (oh OfficeHours) NextOpen(t time.Time) time.Time {
	if oh.Open(t) {
		return t
	}
	l := t.In(oh.loc)
	day := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, oh.loc)
	for i := 0; i < 370; i++ {
		d := day.AddDate(0, 0, i)
		if oh.holidays[d.Format("2006-01-02")] {
			continue
		}
		for _, sp := range oh.days[d.Weekday()] {
			// A span that a daylight-saving jump skips whole does not open.
			if start := oh.spanStart(d, sp); start.After(t) && oh.Open(start) {
				return start
			}
		}
	}
	return time.Time{}
}

// spanStart is when sp opens on the local day of d: at its wall-clock time,
// or, when a daylight-saving jump skips that time, at the jump.
func (oh OfficeHours) spanStart(d time.Time, sp span) time.Time {
	s := time.Date(d.Year(), d.Month(), d.Day(), sp.from/60, sp.from%60, 0, 0, oh.loc)
	wall := func(x time.Time) int { // minutes after d's local midnight, by the clock
		days := time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC).Sub(
			time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)) / (24 * time.Hour)
		return int(days)*24*60 + x.Hour()*60 + x.Minute()
	}
	if w := wall(s); w != sp.from {
		// The clock time does not exist: time.Date read it in the zone
		// before or after the jump; the jump is the end or the start of
		// that zone's period.
		start, end := s.ZoneBounds()
		jump := start
		if w < sp.from {
			jump = end
		}
		if !jump.IsZero() && wall(jump) >= sp.from && wall(jump) < 24*60 {
			return jump
		}
	}
	return s
}

// jakartaLoc is the zone times are shown in when no office hours say
// otherwise; it is loaded once, when the program starts.
var jakartaLoc = func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Jakarta"); err == nil {
		return loc
	}
	return time.FixedZone("WIB", 7*3600)
}()

func jakarta() *time.Location { return jakartaLoc }

// parseHours parses the configured hours once, for New; a spec that does not
// parse (config validation refuses it at start) counts as always open.
func parseHours(set Settings, log *slog.Logger) OfficeHours {
	oh, err := ParseOfficeHours(set.OfficeHours, set.Holidays)
	if err != nil {
		log.Warn("office hours unreadable, treating as always open", "err", err)
		return OfficeHours{always: true}
	}
	return oh
}
