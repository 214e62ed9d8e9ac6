package knowledge

import (
	"reflect"
	"testing"
	"time"
)

func TestStaleOrdersNeverThenOldest(t *testing.T) {
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	as := []Article{
		{ID: "fresh", Verified: "2026-12-01"},
		{ID: "edge", Verified: "2025-12-02"}, // exactly 365 days: still fresh
		{ID: "old", Verified: "2025-12-01"},  // 366 days
		{ID: "older", Verified: "2024-01-15"},
		{ID: "never"},
		{ID: "future", Verified: "2027-01-01"},
		{ID: "garbled", Verified: "kemarin"}, // Parse refuses it; a stored one still counts as unchecked
	}
	var ids []string
	for _, a := range Stale(as, now, DefaultStaleDays) {
		ids = append(ids, a.ID)
	}
	if want := []string{"garbled", "never", "older", "old"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("Stale=%v, want %v", ids, want)
	}
	all := append([]Article(nil), as...)
	SortStaleFirst(all, now, 30)
	ids = ids[:0]
	for _, a := range all {
		ids = append(ids, a.ID)
	}
	if want := []string{"garbled", "never", "older", "old", "edge", "fresh", "future"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("SortStaleFirst(30 days)=%v, want %v", ids, want)
	}
}
