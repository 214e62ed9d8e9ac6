package handlers

import (
	"testing"
	"time"
)

func TestParseOfficeHours(t *testing.T) {
	for _, tc := range []struct {
		name, spec string
		ok         bool
	}{
		{"simple", "Mon-Fri 08:00-16:00 Asia/Jakarta", true},
		{"several", "Mon-Thu 08:00-16:00, Fri 08:00-11:30 Asia/Jakarta", true},
		{"split day", "Mon-Fri 08:00-12:00 13:00-16:00 WIB", true},
		{"indonesian days", "Senin-Jumat 08.00-16.00 WITA", true},
		{"no zone", "Mon-Fri 08:00-16:00", true},
		{"empty", "", true},
		{"bad day", "Xyz-Fri 08:00-16:00 Asia/Jakarta", false},
		{"bad zone", "Mon-Fri 08:00-16:00 Mars/Olympus", false},
		{"reversed", "Mon-Fri 16:00-08:00 Asia/Jakarta", false},
		{"no hours", "Mon-Fri Asia/Jakarta", false},
		{"bad clock", "Mon-Fri 8-16 Asia/Jakarta", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseOfficeHours(tc.spec, nil)
			if (err == nil) != tc.ok {
				t.Fatalf("ParseOfficeHours(%q) err=%v, want ok=%v", tc.spec, err, tc.ok)
			}
		})
	}
	if _, err := ParseOfficeHours("Mon-Fri 08:00-16:00 Asia/Jakarta", []string{"2026-13-01"}); err == nil {
		t.Fatal("bad holiday accepted")
	}
}

func TestOfficeHoursOpenAndNext(t *testing.T) {
	oh, err := ParseOfficeHours("Mon-Thu 08:00-16:00, Fri 08:00-11:30 Asia/Jakarta", []string{"2026-11-30"})
	if err != nil {
		t.Fatal(err)
	}
	wib := time.FixedZone("WIB", 7*3600)
	for _, tc := range []struct {
		name string
		at   time.Time
		open bool
		next time.Time
	}{
		{"thursday morning", time.Date(2026, 11, 26, 9, 0, 0, 0, wib), true, time.Date(2026, 11, 26, 9, 0, 0, 0, wib)},
		{"friday after closing", time.Date(2026, 11, 27, 12, 0, 0, 0, wib), false, time.Date(2026, 12, 1, 8, 0, 0, 0, wib)}, // Monday 30th is a holiday
		{"early thursday", time.Date(2026, 11, 26, 6, 30, 0, 0, wib), false, time.Date(2026, 11, 26, 8, 0, 0, 0, wib)},
		{"closing minute", time.Date(2026, 11, 26, 16, 0, 0, 0, wib), false, time.Date(2026, 11, 27, 8, 0, 0, 0, wib)},
		{"saturday", time.Date(2026, 11, 28, 10, 0, 0, 0, wib), false, time.Date(2026, 12, 1, 8, 0, 0, 0, wib)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := oh.Open(tc.at); got != tc.open {
				t.Fatalf("Open=%v, want %v", got, tc.open)
			}
			if got := oh.NextOpen(tc.at); !got.Equal(tc.next) {
				t.Fatalf("NextOpen=%v, want %v", got, tc.next)
			}
		})
	}
	always, _ := ParseOfficeHours("", nil)
	if !always.Open(time.Date(2026, 11, 29, 3, 0, 0, 0, wib)) {
		t.Fatal("empty spec should always be open")
	}
}
