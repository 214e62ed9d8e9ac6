package handlers

import (
	"context"
	"strings"
	"testing"
	"time"
)

// fakeLinks issues links by its func field.
type fakeLinks struct {
	issue func(userID int64) (string, time.Duration, error)
	asked []int64
}

func (f *fakeLinks) SignInLink(_ context.Context, userID int64) (string, time.Duration, error) {
	f.asked = append(f.asked, userID)
	return f.issue(userID)
}

var _ DashboardLinks = (*fakeLinks)(nil)

func TestDashboardCommand(t *testing.T) {
	links := &fakeLinks{issue: func(int64) (string, time.Duration, error) {
		return "https://layanan.example.go.id/dasbor/masuk?t=abc&x=1", 10 * time.Minute, nil
	}}
	tests := []struct {
		name    string
		user    int64
		cmd     string
		links   DashboardLinks
		want    []string
		notWant string
		asked   int
	}{
		{"admin gets a link", testAdmin, "dasbor", links, []string{"https://layanan.example.go.id/dasbor/masuk?t=abc&amp;x=1", "10 menit", "sekali"}, "", 1},
		{"alias", testAdmin, "dashboard", links, []string{"masuk?t=abc"}, "", 1},
		{"citizen gets no link", 1001, "dasbor", links, []string{"hanya untuk pengelola"}, "masuk?t=", 0},
		{"off: says how to enable", testAdmin, "dasbor", nil, []string{"PUBLIC_URL", "HTTP_ADDR"}, "masuk?t=", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newCaseHarness(t, Settings{}, func(_ *caseHarness, d *Deps) { d.Dashboard = tc.links })
			links.asked = nil
			acts := h.handle(Request{Chat: Chat{ID: tc.user, Type: ChatPrivate}, From: User{ID: tc.user, FirstName: "A"}, Command: tc.cmd})
			var got string
			for _, a := range acts {
				got += a.Text
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Fatalf("reply=%q, want %q", got, w)
				}
			}
			if tc.notWant != "" && strings.Contains(got, tc.notWant) {
				t.Fatalf("reply=%q has %q", got, tc.notWant)
			}
			if len(links.asked) != tc.asked {
				t.Fatalf("links asked %v times, want %d", links.asked, tc.asked)
			}
		})
	}
}
