package handlers

import (
	"testing"
	"time"
)

// FuzzOfficeHours parses any spec and holiday: parsing never panics, and
// for parsed hours Open, OpenSince and NextOpen agree at any moment between
// 2000 and 2100: NextOpen is t itself when open, else the first open
// minute after t (within a week), and OpenSince is an open moment not after t.
func FuzzOfficeHours(f *testing.F) {
	for _, s := range []struct {
		spec, holiday string
		at            int64
	}{
		{"Mon-Fri 08:00-16:00 Asia/Jakarta", "2026-12-25", 1766642400},
		{"Mon-Thu 08:00-16:00, Fri 08:00-11:30 WITA", "", 1764900000},
		{"Sen-Jum 07.30-12:00 13:00-15:30; Sab 08:00-12:00 wit", "2026-01-01", 1767225600},
		{"Fri-Mon 00:00-24:00 UTC", "", 0},
		{"Sat 23:59-24:00 America/New_York", "", 1772953200},
		{"", "", 42},
		{"Mon 08:00-07:00", "x", 1},
		{"Mon-Mon 08:00-09:00 Europe/London", "2026-03-29", 1774746000},
		{"Sun 02:30-03:30 America/New_York", "", 1772953200},                // the night clocks spring forward
		{"Sun 01:00-01:45 America/New_York", "", 1793512800},                // and fall back
		{"Sun 00:00-00:30, Sun 00:30-02:00 America/Havana", "", 1772942400}, // a jump at midnight
	} {
		f.Add(s.spec, s.holiday, s.at)
	}
	const from, span = 946684800, 100 * 365 * 86400 // 2000-01-01, a century
	f.Fuzz(func(t *testing.T, spec, holiday string, at int64) {
		oh, err := ParseOfficeHours(spec, []string{holiday})
		if err != nil {
			return
		}
		now := time.Unix(from+((at-from)%span+span)%span, 0)
		open := oh.Open(now)
		next := oh.NextOpen(now)
		switch {
		case open && !next.Equal(now):
			t.Fatalf("%q at %v: open, but NextOpen=%v", spec, now, next)
		case next.IsZero(): // hours parsed hold a span, and one holiday cannot close a week
			t.Fatalf("%q (holiday %q) at %v: NextOpen is zero", spec, holiday, now)
		case next.Before(now):
			t.Fatalf("%q at %v: NextOpen %v is in the past", spec, now, next)
		case !oh.Open(next):
			t.Fatalf("%q (holiday %q) at %v: NextOpen %v is closed", spec, holiday, now, next)
		case !open && next.Sub(now) > time.Minute && oh.Open(next.Add(-time.Minute)):
			t.Fatalf("%q at %v: NextOpen %v, but a minute before it is open already", spec, now, next)
		}
		since := oh.OpenSince(now)
		switch {
		case !open && !since.IsZero():
			t.Fatalf("%q at %v: closed, yet OpenSince=%v", spec, now, since)
		case open && (since.IsZero() || since.After(now) || !oh.Open(since)):
			t.Fatalf("%q at %v: open, but OpenSince=%v (open there: %v)", spec, now, since, oh.Open(since))
		}
	})
}
