package knowledge

import (
	"math"
	"sort"
	"time"
)

// DefaultStaleDays is how long an article's figures are trusted after they
// were last checked: fees and rules change about once a year.
const DefaultStaleDays = 365

// VerifiedAge returns how many calendar days before now (in now's time
// zone) the article was last verified, and false when it never was or the
// date cannot be read. A day after now gives a negative age.
func (a Article) VerifiedAge(now time.Time) (int, bool) {
	v, err := time.Parse("2006-01-02", a.Verified)
	if err != nil {
		return 0, false
	}
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return int(today.Sub(v).Hours() / 24), true
}

// IsStale reports whether the article was not verified within days of now:
// never, unreadably, or more than days ago.
func (a Article) IsStale(now time.Time, days int) bool {
	age, ok := a.VerifiedAge(now)
	return !ok || age > days
}

// Stale returns the articles not verified within days of now, never-verified
// ones first, then oldest verification first, then by id.
func Stale(as []Article, now time.Time, days int) []Article {
	var out []Article
	for _, a := range as {
		if a.IsStale(now, days) {
			out = append(out, a)
		}
	}
	SortStaleFirst(out, now, days)
	return out
}

// SortStaleFirst moves the stale articles (see Stale) to the front, in
// Stale's order, and keeps the others in their order after them.
func SortStaleFirst(as []Article, now time.Time, days int) {
	type key struct {
		stale bool
		age   int // days; never-verified articles sort as the oldest
	}
	keys := make(map[string]key, len(as))
	for _, a := range as {
		age, ok := a.VerifiedAge(now)
		if !ok {
			age = math.MaxInt
		}
		keys[a.ID] = key{!ok || age > days, age}
	}
	sort.SliceStable(as, func(i, j int) bool {
		ki, kj := keys[as[i].ID], keys[as[j].ID]
		if ki.stale != kj.stale {
			return ki.stale
		}
		if !ki.stale {
			return false
		}
		if ki.age != kj.age {
			return ki.age > kj.age
		}
		return as[i].ID < as[j].ID
	})
}
