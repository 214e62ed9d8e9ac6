package dashboard

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Figures are written as Indonesian documents write them: a decimal comma,
// a dot between thousands, "—" where there is nothing to show.

const none = "—"

// num writes a whole number with thousands dots: 12.345.
func num(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// dec writes x with d decimals and a decimal comma.
func dec(x float64, d int) string {
	return strings.Replace(fmt.Sprintf("%.*f", d, x), ".", ",", 1)
}

// pct writes part/whole as a percentage with one decimal, or "—".
func pct(part, whole int) string {
	if whole <= 0 {
		return none
	}
	return dec(100*float64(part)/float64(whole), 1) + "%"
}

// dur writes a duration in minutes, hours and days, or "—" when n is 0
// (nothing measured).
func dur(d time.Duration, n int) string {
	if n == 0 {
		return none
	}
	m := int(d.Round(time.Minute) / time.Minute)
	switch {
	case d < time.Minute:
		return strconv.Itoa(int(d.Round(time.Second)/time.Second)) + " dtk"
	case m < 60:
		return strconv.Itoa(m) + " mnt"
	case m < 24*60:
		if m%60 == 0 {
			return strconv.Itoa(m/60) + " jam"
		}
		return fmt.Sprintf("%d jam %d mnt", m/60, m%60)
	default:
		return fmt.Sprintf("%d hari %d jam", m/(24*60), m%(24*60)/60)
	}
}

var months = [...]string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}

// shortDate writes "2 Des".
func shortDate(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + months[t.Month()-1]
}

// fullTime writes "2 Des 2026 14.05" in loc.
func fullTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return none
	}
	t = t.In(loc)
	return fmt.Sprintf("%d %s %d %02d.%02d", t.Day(), months[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// maskName shows a citizen as the first two letters of their first name:
// "Rina Wati" is "Ri***".
func maskName(name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return "Warga"
	}
	first, _, _ := strings.Cut(name, " ")
	r := []rune(first)
	if len(r) > 2 {
		r = r[:2]
	}
	return string(r) + "***"
}

// maskTracking shows the first and last three characters of a tracking
// number, enough for an officer who holds the file to recognise it.
func maskTracking(no string) string {
	if utf8.RuneCountInString(no) <= 6 {
		return "***"
	}
	r := []rune(no)
	return string(r[:3]) + "…" + string(r[len(r)-3:])
}
