package storage_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
	"github.com/layananwarga/helpdesk/storage"
)

const month = 30 * 24 * time.Hour

func surveyResponse(nonce, day, service string, a skm.Answers, profile map[string]string) helpdesk.SurveyResponse {
	return helpdesk.SurveyResponse{Nonce: nonce, Day: day, Service: service, ServiceLabel: "Layanan " + service, Answers: a, Profile: profile}
}

func TestInviteSurveyOncePerServicePerMonth(t *testing.T) {
	db := MustOpenDB(t)
	c := withClock(db)
	ctx := context.Background()
	invite := func(chat int64, service, ref string) bool {
		t.Helper()
		ok, err := db.InviteSurvey(ctx, helpdesk.SurveyInvitation{ChatID: chat, Service: service, ServiceLabel: "KTP", Ref: ref, At: c.t},
			c.t.Add(-month))
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !invite(1, "ktp", "case:1") {
		t.Fatal("first invitation refused")
	}
	if !invite(1, "ktp", "case:1") {
		t.Fatal("the same cause run again was refused")
	}
	if invite(1, "ktp", "case:2") {
		t.Fatal("second invitation for the same service within 30 days sent")
	}
	if !invite(1, "akta", "case:2") || !invite(2, "ktp", "case:3") {
		t.Fatal("another service or another chat refused")
	}
	inv, err := db.FindSurveyInvitation(ctx, 1, "ktp")
	if err != nil || inv.Ref != "case:1" || inv.ServiceLabel != "KTP" {
		t.Fatalf("invitation=%+v err=%v", inv, err)
	}
	c.t = c.t.Add(month + time.Minute)
	if !invite(1, "ktp", "case:4") {
		t.Fatal("invitation after 30 days refused")
	}
	// Answering counts like an invitation.
	if ok, err := db.SubmitSurvey(ctx, 5, surveyResponse("n5", "2026-11-27", "pajak", [9]int{4, 4, 4, 4, 4, 4, 4, 4, 4}, nil), c.t.Add(-month)); err != nil || !ok {
		t.Fatalf("submit ok=%v err=%v", ok, err)
	}
	if invite(5, "pajak", "status:9") {
		t.Fatal("invited right after answering")
	}
	// Marks past the limit are dropped, and with the citizen's data.
	c.t = c.t.Add(month + time.Minute)
	if n, err := db.PurgeSurveyMarks(ctx, c.t.Add(-month)); err != nil || n != 4 {
		t.Fatalf("purged %d err=%v, want 4", n, err)
	}
	invite(7, "ktp", "case:7")
	if _, _, err := db.EraseCitizen(ctx, 7, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FindSurveyInvitation(ctx, 7, "ktp"); err == nil {
		t.Fatal("invitation kept after the citizen's data was erased")
	}
}

func TestSubmitSurveyIsAnonymousOnceAndSummed(t *testing.T) {
	db := MustOpenDB(t)
	c := withClock(db)
	ctx := context.Background()
	submit := func(chat int64, r helpdesk.SurveyResponse) bool {
		t.Helper()
		ok, err := db.SubmitSurvey(ctx, chat, r, c.t.Add(-month))
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	a := surveyResponse("a", "2026-11-27", "ktp", skm.Answers{4, 4, 3, 3, 4, 3, 4, 2, 3}, map[string]string{"gender": "P", "age": "30-39"})
	b := surveyResponse("b", "2026-11-28", "ktp", skm.Answers{3, 3, 3, 2, 3, 3, 4, 2, 2}, map[string]string{"gender": "L"})
	d := surveyResponse("d", "2026-12-05", "akta", skm.Answers{1, 1, 1, 1, 1, 1, 1, 1, 1}, nil)
	if !submit(1, a) {
		t.Fatal("a response refused")
	}
	if !submit(1, a) { // the same update run again
		t.Fatal("a response's re-run refused")
	}
	again := a
	again.Nonce = "a2"
	if submit(1, again) {
		t.Fatal("a second answer about the same service within 30 days was taken")
	}
	if !submit(2, b) || !submit(1, d) {
		t.Fatal("another chat, or another service, refused")
	}
	bad := surveyResponse("x", "2026-11-27", "ktp", skm.Answers{5, 4, 4, 4, 4, 4, 4, 4, 4}, nil)
	if _, err := db.SubmitSurvey(ctx, 3, bad, c.t.Add(-month)); err == nil {
		t.Fatal("answer 5 accepted")
	}
	bad = surveyResponse("y", "2026-11-27", "ktp", skm.Answers{4, 4, 4, 4, 4, 4, 4, 4, 4}, map[string]string{"religion": "x"})
	if _, err := db.SubmitSurvey(ctx, 3, bad, c.t.Add(-month)); err == nil {
		t.Fatal("unknown profile question accepted")
	}

	tests := []struct {
		name     string
		f        helpdesk.SurveyFilter
		n        int
		sums     [9]int
		services int
	}{
		{"all", helpdesk.SurveyFilter{}, 3, [9]int{8, 8, 7, 6, 8, 7, 9, 5, 6}, 2},
		{"one service", helpdesk.SurveyFilter{Service: "ktp"}, 2, [9]int{7, 7, 6, 5, 7, 6, 8, 4, 5}, 1},
		{"period", helpdesk.SurveyFilter{From: "2026-11-28", To: "2026-12-05"}, 2, [9]int{4, 4, 4, 3, 4, 4, 5, 3, 3}, 2},
		{"one day", helpdesk.SurveyFilter{From: "2026-11-27", To: "2026-11-27"}, 1, [9]int{4, 4, 3, 3, 4, 3, 4, 2, 3}, 1},
		{"nothing", helpdesk.SurveyFilter{Service: "paspor"}, 0, [9]int{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := db.SurveyStats(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if st.Tally.Respondents != tt.n || st.Tally.Sums != tt.sums || len(st.Services) != tt.services {
				t.Fatalf("stats=%+v, want %d respondents, sums %v, %d services", st, tt.n, tt.sums, tt.services)
			}
		})
	}
	st, err := db.SurveyStats(ctx, helpdesk.SurveyFilter{Service: "ktp"})
	if err != nil {
		t.Fatal(err)
	}
	if g := st.Profile["gender"]; g["P"] != 1 || g["L"] != 1 {
		t.Errorf("gender counts=%v", g)
	}
	if a := st.Profile["age"]; a["30-39"] != 1 || a[""] != 1 {
		t.Errorf("age counts=%v, want one skipped", a)
	}
	if st.FirstDay != "2026-11-27" || st.LastDay != "2026-11-28" || st.Services[0].Label != "Layanan ktp" {
		t.Errorf("stats=%+v", st)
	}
	res, err := st.Tally.Result()
	if err != nil || res.IKM != 76.39 || res.Grade != "C" {
		t.Errorf("index=%+v err=%v, want 76.39 C", res, err)
	}

	months, err := db.SurveyTrend(ctx, helpdesk.SurveyFilter{}, false)
	if err != nil || len(months) != 2 || months[0].Period != "2026-11" || months[0].Tally.Respondents != 2 ||
		months[1].Period != "2026-12" || months[1].Tally.Sums != [9]int{1, 1, 1, 1, 1, 1, 1, 1, 1} {
		t.Errorf("monthly trend=%+v err=%v", months, err)
	}
	days, err := db.SurveyTrend(ctx, helpdesk.SurveyFilter{Service: "ktp"}, true)
	if err != nil || len(days) != 2 || days[1].Period != "2026-11-28" || days[1].Tally.Respondents != 1 {
		t.Errorf("daily trend=%+v err=%v", days, err)
	}
}

// TestSurveyResponsesKeepNoChat reads the table as an auditor would: no
// column of a response can name the respondent.
func TestSurveyResponsesKeepNoChat(t *testing.T) {
	path := storage.FreshDSN(t)
	db, err := storage.OpenTest(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ok, err := db.SubmitSurvey(context.Background(), 4242, surveyResponse("n", "2026-11-27", "ktp", skm.Answers{4, 4, 4, 4, 4, 4, 4, 4, 4}, nil), time.Time{}); err != nil || !ok {
		t.Fatalf("submit ok=%v err=%v", ok, err)
	}
	raw := storage.RawTestDB(t, path)
	rows, err := raw.Query(`SELECT * FROM skm_responses`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if n, ok := v.(int64); ok && n == 4242 {
				t.Errorf("column %s holds the chat id", cols[i])
			}
			if s, ok := v.(string); ok && len(s) > 10 && s[10] == 'T' {
				t.Errorf("column %s holds a time of day: %q", cols[i], s)
			}
		}
	}
}

func TestScrubSurveyPressesBlanksHandledAnswersOnly(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	press := func(upd int64, data string) int64 {
		t.Helper()
		payload := fmt.Sprintf(`{"update_id":%d,"callback_query":{"id":"c","data":%q,"message":{"chat":{"id":42}}}}`, upd, data)
		id, _, err := db.StoreUpdate(ctx, upd, 42, []byte(payload))
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	done := func(id int64) {
		t.Helper()
		if err := db.CompleteUpdate(ctx, id, nil, helpdesk.Records{}, ""); err != nil {
			t.Fatal(err)
		}
	}
	payload := func(id int64) string {
		t.Helper()
		u, err := db.FindUpdate(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return string(u.Payload)
	}
	a := press(1, "skm:a:0:4")
	b := press(2, "fb:1:ktp")
	c := press(3, "skm:p:3:SWASTA") // still being handled
	d := press(4, "skm:a:1:2")
	done(a)
	done(b)
	done(d)
	if n, err := db.ScrubSurveyPresses(ctx); err != nil || n != 1 {
		t.Fatalf("scrubbed %d err=%v, want 1 (the rows before the pending one)", n, err)
	}
	if payload(a) != "{}" || !strings.Contains(payload(b), "fb:1:ktp") || !strings.Contains(payload(c), "SWASTA") ||
		!strings.Contains(payload(d), "skm:a:1:2") {
		t.Fatalf("payloads: %q %q %q %q", payload(a), payload(b), payload(c), payload(d))
	}
	done(c)
	if n, err := db.ScrubSurveyPresses(ctx); err != nil || n != 2 {
		t.Fatalf("second scrub %d err=%v, want 2", n, err)
	}
	if payload(c) != "{}" || payload(d) != "{}" || !strings.Contains(payload(b), "fb:1:ktp") {
		t.Fatalf("payloads after: %q %q %q", payload(b), payload(c), payload(d))
	}
	if n, err := db.ScrubSurveyPresses(ctx); err != nil || n != 0 {
		t.Fatalf("third scrub %d err=%v, want nothing new", n, err)
	}
}
