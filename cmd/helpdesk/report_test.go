package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
)

func TestReportPrintsFigures(t *testing.T) {
	dir := t.TempDir()
	dsn := testDSN(t)
	ctx := context.Background()
	db, err := openDSN(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	day1 := time.Date(2026, 11, 24, 2, 0, 0, 0, time.UTC) // 09:00 WIB
	at := day1
	db.Now = func() time.Time { return at }
	step := func(d time.Duration) { at = at.Add(d) }
	turn := func(chat int64, upd int64) {
		if err := db.AddTurn(ctx, chat, upd, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "syarat ktp", At: at}); err != nil {
			t.Fatal(err)
		}
	}
	// Day 1: three citizens talk, two are handed off; officer Andi answers
	// after 2 and 6 minutes and closes after 10 and 20; ratings 5 and 3.
	turn(1, 1)
	turn(2, 2)
	turn(3, 3)
	for i, chat := range []int64{2, 3} {
		c, _, err := db.OpenCase(ctx, helpdesk.Case{CitizenChat: chat, CitizenName: "W", Subject: "KTP", UpdateID: int64(10 + i)}, []int64{-100})
		if err != nil {
			t.Fatal(err)
		}
		step(time.Duration(2+4*i) * time.Minute)
		if _, err := db.OfficerSpoke(ctx, c.ID, 9001, "Andi"); err != nil {
			t.Fatal(err)
		}
		step(time.Duration(8+6*i) * time.Minute)
		if _, _, err := db.CloseCase(ctx, c.ID, 9001, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := db.RateCase(ctx, c.ID, chat, 5-2*i); err != nil {
			t.Fatal(err)
		}
		at = day1
	}
	// Day 2: one citizen, answered by the bot alone.
	at = day1.Add(24 * time.Hour)
	turn(4, 4)
	db.Close()

	vars := withDB(dsn, map[string]string{"OFFICE_HOURS": "Mon-Fri 08:00-16:00 Asia/Jakarta"})
	run := func(args ...string) string {
		var out, errb bytes.Buffer
		e := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] },
			DotEnv: filepath.Join(dir, "none.env")}
		if code := runReport(ctx, args, e); code != 0 {
			t.Fatalf("report %v exited %d: %s", args, code, errb.String())
		}
		return out.String()
	}
	var rep reportOut
	if err := json.Unmarshal([]byte(run("--from", "2026-11-24", "--to", "2026-11-25", "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	tot := rep.Total
	if tot.Conversations != 4 || tot.BotOnly != 2 || tot.Handoffs != 2 || tot.MedianWaitS != 240 || tot.MedianCloseS != 900 ||
		tot.Ratings != 2 || tot.AvgRating != 4 || tot.RatingSD != 1 {
		t.Fatalf("total=%+v", tot)
	}
	if len(rep.ByDay) != 2 || rep.ByDay[0].Key != "2026-11-24" || rep.ByDay[0].Conversations != 3 || rep.ByDay[1].BotShare != 1 {
		t.Fatalf("by day=%+v", rep.ByDay)
	}
	if len(rep.ByOfficer) != 1 || rep.ByOfficer[0].Key != "Andi" || rep.ByOfficer[0].Handoffs != 2 {
		t.Fatalf("by officer=%+v", rep.ByOfficer)
	}
	text := run("--from", "2026-11-24", "--to", "2026-11-25")
	for _, want := range []string{"2026-11-24", "total", "Andi", "4m0s", "15m0s", "4.00", "50%"} {
		if !strings.Contains(text, want) {
			t.Fatalf("text report lacks %q:\n%s", want, text)
		}
	}
	var errb bytes.Buffer
	e := &Env{Stdout: &bytes.Buffer{}, Stderr: &errb, Getenv: func(k string) string { return vars[k] }, DotEnv: filepath.Join(dir, "none.env")}
	if code := runReport(ctx, []string{"weekly"}, e); code != 2 || !strings.Contains(errb.String(), "unknown report") {
		t.Fatalf("unknown report: code=%d stderr=%q", code, errb.String())
	}
}

// TestReportDaysInOfficeZone: the report's days are the office's days. A
// conversation at 16:30 UTC is on the 23rd in Jakarta (23:30 WIB) and on the
// 24th in Makassar (00:30 WITA).
func TestReportDaysInOfficeZone(t *testing.T) {
	dir := t.TempDir()
	dsn := testDSN(t)
	ctx := context.Background()
	db, err := openDSN(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 23, 16, 30, 0, 0, time.UTC)
	db.Now = func() time.Time { return at }
	if err := db.AddTurn(ctx, 1, 1, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "syarat ktp", At: at}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, tc := range []struct {
		hours, wantDay string
	}{
		{"", "2026-11-23"},
		{"Mon-Fri 08:00-16:00 Asia/Jakarta", "2026-11-23"},
		{"Mon-Fri 08:00-16:00 WITA", "2026-11-24"},
		{"Mon-Fri 08:00-16:00 Asia/Makassar", "2026-11-24"},
	} {
		vars := withDB(dsn, map[string]string{"OFFICE_HOURS": tc.hours})
		var out, errb bytes.Buffer
		e := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] },
			DotEnv: filepath.Join(dir, "none.env")}
		if code := runReport(ctx, []string{"--from", "2026-11-22", "--to", "2026-11-25", "--json"}, e); code != 0 {
			t.Fatalf("%q: report exited %d: %s", tc.hours, code, errb.String())
		}
		var rep reportOut
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		if len(rep.ByDay) != 1 || rep.ByDay[0].Key != tc.wantDay {
			t.Fatalf("OFFICE_HOURS=%q: by day=%+v, want one conversation on %s", tc.hours, rep.ByDay, tc.wantDay)
		}
	}
}
