package helpdesk

import "time"

// Calendar counts working days: Monday to Friday, except the office's
// holidays, in the office's time zone.
type Calendar struct {
	Loc      *time.Location
	Holidays map[string]bool // YYYY-MM-DD
}

// NewCalendar returns a calendar in loc (UTC when nil) with holidays given
// as YYYY-MM-DD dates; unreadable dates are skipped (configuration
// validation refuses them at start).
func NewCalendar(loc *time.Location, holidays []string) Calendar {
	if loc == nil {
		loc = time.UTC
	}
	c := Calendar{Loc: loc, Holidays: map[string]bool{}}
	for _, h := range holidays {
		if _, err := time.Parse("2006-01-02", h); err == nil {
			c.Holidays[h] = true
		}
	}
	return c
}

// WorkingDay reports whether the office works on the day of t.
func (c Calendar) WorkingDay(t time.Time) bool {
	l := t.In(c.Loc)
	if wd := l.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	return !c.Holidays[l.Format("2006-01-02")]
}

// DueDate is the day by which an application received at t is to be done
// under a standard of n working days: the n-th working day after the day it
// was received. It is midnight at the start of that day, in the office's zone.
func (c Calendar) DueDate(received time.Time, n int) time.Time {
	l := received.In(c.Loc)
	d := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, c.Loc)
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if c.WorkingDay(d) {
			n--
		}
	}
	return d
}

// Overdue reports whether now is past the whole of the due day.
func (c Calendar) Overdue(due, now time.Time) bool {
	return !now.Before(due.AddDate(0, 0, 1))
}

// WorkingDaysLate counts the working days from the due day (excluded) to
// now's day (included).
func (c Calendar) WorkingDaysLate(due, now time.Time) int {
	n := 0
	l := now.In(c.Loc)
	end := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, c.Loc)
	for d := due.AddDate(0, 0, 1); !d.After(end) && n < 10000; d = d.AddDate(0, 0, 1) {
		if c.WorkingDay(d) {
			n++
		}
	}
	return n
}
