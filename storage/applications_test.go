package storage_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// clock is a settable time for a test database.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func withClock(db *storage.DB) *clock {
	c := &clock{t: time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)}
	db.Now = c.now
	return c
}

// mustImport imports a CSV text and returns the stats and the bad rows.
func mustImport(t testing.TB, db *storage.DB, text string) (storage.ImportStats, []storage.RowError) {
	t.Helper()
	var bad []storage.RowError
	st, err := db.ImportApplicationsCSV(context.Background(), strings.NewReader(text), "test.csv", func(e storage.RowError) { bad = append(bad, e) })
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return st, bad
}

func historyLen(t *testing.T, db *storage.DB, no string) int {
	t.Helper()
	h, err := db.StatusHistory(context.Background(), no, 100)
	if err != nil {
		t.Fatal(err)
	}
	return len(h)
}

func TestImportApplicationsCSV(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	text := "\xef\xbb\xbfTracking_No;Status;Service;Applicant_Name;Note;Verify_Code\n" +
		"KTP-001;diterima;KTP-el;Budi Santoso;;123456\n" +
		"KTP-002;\"Siap Diambil\";\"Akta; kelahiran\";\"Siti \"\"Ani\"\" Rahma\";\"ambil di loket 3\nlantai 2\";654321\n" +
		"KTP-003;dikirim;KTP-el;X;;111111\n" +
		"!!;diterima;KTP-el;X;;111111\n" +
		"KTP-004;diproses;KTP-el;X;;12\n" +
		"KTP-005;diproses\n"
	st, bad := mustImport(t, db, text)
	if st.Created != 2 || st.Failed != 4 {
		t.Fatalf("stats=%+v, want 2 created, 4 failed", st)
	}
	wantLines := []int{5, 6, 7, 8}
	var got []int
	for _, e := range bad {
		got = append(got, e.Line)
		if strings.Contains(e.Reason, "111111") || strings.Contains(e.Reason, "KTP-00") {
			t.Errorf("reason %q repeats a secret or a tracking number", e.Reason)
		}
	}
	if !slices.Equal(got, wantLines) {
		t.Fatalf("bad lines=%v (%v), want %v", got, bad, wantLines)
	}
	if !strings.Contains(bad[0].Reason, `unknown status "dikirim"`) {
		t.Errorf("reason=%q, want the unknown status named", bad[0].Reason)
	}
	a, err := db.FindApplication(ctx, "KTP-002")
	if err != nil {
		t.Fatal(err)
	}
	if a.Status != helpdesk.StatusDone || a.Service != "Akta; kelahiran" || a.ApplicantName != `Siti "Ani" Rahma` || a.Note != "ambil di loket 3\nlantai 2" {
		t.Fatalf("application=%+v", a)
	}

	// The same file again records nothing new.
	st, _ = mustImport(t, db, text)
	if st.Created != 0 || st.Changed != 0 || st.Unchanged != 2 {
		t.Fatalf("re-import stats=%+v, want 2 unchanged", st)
	}
	if n := historyLen(t, db, "KTP-001"); n != 1 {
		t.Fatalf("history=%d entries, want 1", n)
	}

	// A comma file that changes one status records one change, not notified yet.
	st, bad = mustImport(t, db, "tracking_no,status,note\nktp-001,perlu perbaikan,\"Foto KK buram, kirim ulang\"\nKTP-002,selesai,\"ambil di loket 3\nlantai 2\"\n")
	if st.Changed != 1 || st.Unchanged != 1 || len(bad) != 0 {
		t.Fatalf("stats=%+v bad=%v, want 1 changed, 1 unchanged", st, bad)
	}
	h, _ := db.StatusHistory(ctx, "KTP-001", 10)
	if len(h) != 2 || h[1].Old != helpdesk.StatusReceived || h[1].New != helpdesk.StatusNeedsFix || h[1].Source != helpdesk.SourceCSV || h[1].Note != "Foto KK buram, kirim ulang" {
		t.Fatalf("history=%+v", h)
	}
}

func TestImportCSVHeaderRefused(t *testing.T) {
	db := MustOpenDB(t)
	for name, text := range map[string]string{
		"empty":     "",
		"no status": "tracking_no,service\nA-1,x\n",
		"duplicate": "tracking_no,status,status\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := db.ImportApplicationsCSV(context.Background(), strings.NewReader(text), "x", nil)
			var re storage.RowError
			if !errors.As(err, &re) || re.Line != 1 {
				t.Fatalf("err=%v, want a header error on line 1", err)
			}
		})
	}
}

func importOne(t testing.TB, db *storage.DB, no, status, code string) {
	t.Helper()
	_, bad := mustImport(t, db, "tracking_no,status,applicant_name,verify_code\n"+no+","+status+",Budi Santoso,"+code+"\n")
	if len(bad) > 0 {
		t.Fatalf("bad rows: %v", bad)
	}
}

func TestCheckStatusCodeLockout(t *testing.T) {
	db := MustOpenDB(t)
	clk := withClock(db)
	ctx := context.Background()
	importOne(t, db, "APP-1", "diproses", "123456")

	// An unknown number and a wrong code look the same.
	for _, no := range []string{"APP-1", "NOPE-9"} {
		res, err := db.CheckStatusCode(ctx, 1, no, "000000")
		if err != nil || res.Result != helpdesk.CheckWrong || res.Application.TrackingNo != "" {
			t.Fatalf("%s: res=%+v err=%v, want wrong with nothing revealed", no, res, err)
		}
	}
	// Four more wrong codes from the same chat lock it out for 15 minutes.
	var res helpdesk.StatusCheck
	for i := 0; i < 4; i++ {
		res, _ = db.CheckStatusCode(ctx, 1, "APP-1", fmt.Sprintf("99999%d", i))
	}
	if res.Result != helpdesk.CheckLocked || !res.NewLockout || !res.LockedUntil.Equal(clk.t.Add(15*time.Minute)) {
		t.Fatalf("res=%+v, want a new 15-minute lockout", res)
	}
	// Even the right code is refused to that chat while locked.
	if res, _ = db.CheckStatusCode(ctx, 1, "APP-1", "123456"); res.Result != helpdesk.CheckLocked || res.NewLockout {
		t.Fatalf("res=%+v, want still locked", res)
	}
	// Another chat (the applicant) is not locked out by it.
	if res, _ = db.CheckStatusCode(ctx, 2, "APP-1", "123456"); res.Result != helpdesk.CheckOK {
		t.Fatalf("other chat res=%+v, want the application", res)
	}
	// The next lockout of the guessing chat lasts twice as long.
	clk.t = clk.t.Add(16 * time.Minute)
	for i := 0; i < 5; i++ {
		res, _ = db.CheckStatusCode(ctx, 1, "APP-1", "000000")
	}
	if !res.NewLockout || !res.LockedUntil.Equal(clk.t.Add(30*time.Minute)) {
		t.Fatalf("res=%+v, want a 30-minute lockout", res)
	}
	// The same rules hold for a number that does not exist (one wrong code above).
	for i := 0; i < 4; i++ {
		res, _ = db.CheckStatusCode(ctx, 1, "NOPE-9", "000000")
	}
	if res.Result != helpdesk.CheckLocked || !res.NewLockout {
		t.Fatalf("unknown number res=%+v, want locked as well", res)
	}
	clk.t = clk.t.Add(31 * time.Minute)
	res, err := db.CheckStatusCode(ctx, 1, "APP-1", "123 456")
	if err != nil || res.Result != helpdesk.CheckOK || res.Application.ApplicantName != "Budi Santoso" {
		t.Fatalf("res=%+v err=%v, want the application", res, err)
	}
	if at, _ := db.VerifiedAt(ctx, 1, "APP-1"); !at.Equal(clk.t) {
		t.Fatalf("verified at %v, want %v", at, clk.t)
	}
	if at, _ := db.VerifiedAt(ctx, 3, "APP-1"); !at.IsZero() {
		t.Fatalf("chat 3 verified at %v, want never", at)
	}
}

// Guessing from many chats at once reaches the global threshold: the number
// is then locked for new chats, but not for one that gave the right code.
func TestCheckStatusCodeGlobalThreshold(t *testing.T) {
	db := MustOpenDB(t)
	clk := withClock(db)
	ctx := context.Background()
	importOne(t, db, "APP-1", "diproses", "123456")
	const owner = 999
	if res, _ := db.CheckStatusCode(ctx, owner, "APP-1", "123456"); res.Result != helpdesk.CheckOK {
		t.Fatalf("owner res=%+v", res)
	}
	var res helpdesk.StatusCheck
	for i := 0; i < storage.GlobalCodeFailures-1; i++ {
		chat := int64(1000 + i/(storage.MaxCodeFailures-1)) // each chat stays under its own limit
		if res, _ = db.CheckStatusCode(ctx, chat, "APP-1", "000000"); res.Result != helpdesk.CheckWrong {
			t.Fatalf("guess %d: res=%+v, want wrong", i, res)
		}
	}
	res, _ = db.CheckStatusCode(ctx, 5000, "APP-1", "000000")
	if res.Result != helpdesk.CheckWrong {
		t.Fatalf("guess %d: res=%+v, want wrong (the lock applies from the next one)", storage.GlobalCodeFailures, res)
	}
	if res, _ = db.CheckStatusCode(ctx, 5001, "APP-1", "123456"); res.Result != helpdesk.CheckLocked {
		t.Fatalf("new chat after %d guesses: res=%+v, want locked", storage.GlobalCodeFailures, res)
	}
	if res, _ = db.CheckStatusCode(ctx, owner, "APP-1", "123456"); res.Result != helpdesk.CheckOK {
		t.Fatalf("owner after the global lock: res=%+v, want the application", res)
	}
	// A day later the window starts afresh.
	clk.t = clk.t.Add(storage.LockoutFor(1) + time.Minute)
	if res, _ = db.CheckStatusCode(ctx, 5001, "APP-1", "123456"); res.Result != helpdesk.CheckOK {
		t.Fatalf("after the global lock: res=%+v, want the application", res)
	}
}

func TestLockoutFor(t *testing.T) {
	for n, want := range map[int]time.Duration{1: 15 * time.Minute, 2: 30 * time.Minute, 3: time.Hour, 7: 16 * time.Hour, 8: 24 * time.Hour, 50: 24 * time.Hour} {
		if got := storage.LockoutFor(n); got != want {
			t.Errorf("LockoutFor(%d)=%v, want %v", n, got, want)
		}
	}
	// Guessing a 6-digit code for 30 days must stay under 1 in 1,000.
	var guesses int
	for n, left := 1, 30*24*time.Hour; left > 0; n++ {
		guesses += storage.MaxCodeFailures
		left -= storage.LockoutFor(n)
	}
	if p := float64(guesses) / 1e6; p >= 1.0/1000 {
		t.Fatalf("%d guesses in 30 days: chance %.5f, want < 0.001", guesses, p)
	}
}

func TestCheckStatusCodeDistinctNumbersPerDay(t *testing.T) {
	db := MustOpenDB(t)
	clk := withClock(db)
	ctx := context.Background()
	for i := 0; i < storage.MaxNumbersPerDay; i++ {
		if res, _ := db.CheckStatusCode(ctx, 1, fmt.Sprintf("N-%d", i), "000000"); res.Result != helpdesk.CheckWrong {
			t.Fatalf("number %d: %+v", i, res)
		}
	}
	if ok, _ := db.MayTryNumber(ctx, 1, "N-0"); !ok {
		t.Fatal("a number tried today should stay allowed")
	}
	if ok, _ := db.MayTryNumber(ctx, 1, "N-99"); ok {
		t.Fatal("a 21st number should be refused")
	}
	if res, _ := db.CheckStatusCode(ctx, 1, "N-99", "000000"); res.Result != helpdesk.CheckTooMany {
		t.Fatalf("res=%+v, want too many", res)
	}
	if res, _ := db.CheckStatusCode(ctx, 2, "N-99", "000000"); res.Result != helpdesk.CheckWrong {
		t.Fatalf("other chat res=%+v, want wrong", res)
	}
	clk.t = clk.t.Add(24 * time.Hour)
	if ok, _ := db.MayTryNumber(ctx, 1, "N-99"); !ok {
		t.Fatal("the next day a new number should be allowed")
	}
}

// TestCheckStatusCodeUnknownLikeWrong: an unknown number is treated as a
// known number with a wrong code, step by step (the same answers, the same
// lockout), so a stranger learns nothing about which numbers exist. The
// work is the same too: one keyed hash and the same writes; time it with
// `go test ./storage -run '^$' -bench CheckStatusCodeUnknownVsWrong`.
func TestCheckStatusCodeUnknownLikeWrong(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	importOne(t, db, "APP-1", "diproses", "123456")
	for i := 1; i <= storage.MaxCodeFailures; i++ {
		known, err1 := db.CheckStatusCode(ctx, 1, "APP-1", "000000")
		unknown, err2 := db.CheckStatusCode(ctx, 2, "NOPE-1", "000000")
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if known.Result != unknown.Result || known.NewLockout != unknown.NewLockout {
			t.Fatalf("try %d: wrong code gave %+v, unknown number %+v", i, known, unknown)
		}
	}
	if res, _ := db.CheckStatusCode(ctx, 2, "NOPE-1", "000000"); res.Result != helpdesk.CheckLocked {
		t.Fatalf("an unknown number is not locked like a known one: %+v", res)
	}
}

func TestSetStatusNotifiesOnce(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	importOne(t, db, "APP-1", "diterima", "123456")
	importOne(t, db, "APP-2", "diterima", "123456")
	if err := db.Subscribe(ctx, 7, "APP-1"); err != nil {
		t.Fatal(err)
	}
	if err := db.Subscribe(ctx, 8, "APP-1"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.SetStatus(ctx, helpdesk.StatusUpdate{TrackingNo: "NOPE", Status: helpdesk.StatusDone}); !errors.Is(err, helpdesk.ErrNotFound) {
		t.Fatalf("err=%v, want not found", err)
	}
	upd := helpdesk.StatusUpdate{TrackingNo: "APP-1", Status: helpdesk.StatusProcessing, Source: helpdesk.SourceOfficer, Actor: "42", Ref: "update:5"}
	app, changed, err := db.SetStatus(ctx, upd)
	if err != nil || !changed || app.Status != helpdesk.StatusProcessing {
		t.Fatalf("app=%+v changed=%v err=%v", app, changed, err)
	}
	// A re-run of the same update records nothing more.
	if _, changed, _ = db.SetStatus(ctx, upd); !changed {
		t.Fatal("re-run with the same ref should report the change it made")
	}
	upd.Ref = ""
	if _, changed, _ = db.SetStatus(ctx, upd); changed {
		t.Fatal("the same status again should not be a change")
	}
	if _, _, err := db.SetStatus(ctx, helpdesk.StatusUpdate{TrackingNo: "APP-2", Status: helpdesk.StatusDone, Source: helpdesk.SourceAPI}); err != nil {
		t.Fatal(err)
	}
	notices, err := db.PendingStatusNotices(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	// APP-2 has no subscribers: nothing to tell.
	if len(notices) != 1 || notices[0].Change.New != helpdesk.StatusProcessing || !slices.Equal(notices[0].ChatIDs, []int64{7, 8}) ||
		notices[0].Application.ApplicantName != "Budi Santoso" || notices[0].Change.Actor != "42" {
		t.Fatalf("notices=%+v", notices)
	}
	id := notices[0].Change.ID
	acts := []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "a"}, {Kind: outbox.Send, ChatID: 8, Text: "b"}}
	for i := 0; i < 2; i++ {
		if err := db.MarkStatusNotified(ctx, id, acts); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := db.OutboxDepth(ctx); n != 2 {
		t.Fatalf("outbox depth=%d, want 2", n)
	}
	if notices, _ = db.PendingStatusNotices(ctx, 10); len(notices) != 0 {
		t.Fatalf("notices after marking=%+v, want none", notices)
	}
}

func TestSubscriptions(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	importOne(t, db, "APP-1", "diterima", "123456")
	for i := 0; i < 2; i++ {
		if err := db.Subscribe(ctx, 7, "APP-1"); err != nil {
			t.Fatal(err)
		}
	}
	apps, err := db.Subscriptions(ctx, 7)
	if err != nil || len(apps) != 1 || apps[0].TrackingNo != "APP-1" {
		t.Fatalf("apps=%+v err=%v", apps, err)
	}
	if ok, _ := db.Subscribed(ctx, 7, "APP-1"); !ok {
		t.Fatal("want subscribed")
	}
	if ok, _ := db.Unsubscribe(ctx, 7, "APP-1"); !ok {
		t.Fatal("unsubscribe: want ok")
	}
	if ok, _ := db.Unsubscribe(ctx, 7, "APP-1"); ok {
		t.Fatal("second unsubscribe: want not ok")
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"tracking_no,status\nA-1,diterima\n",
		"\xef\xbb\xbftracking_no;status;note\nA-1;\"siap diambil\";\"a;b\"\"c\"\n",
		"tracking_no,status,service,applicant_name,note,verify_code,updated_at\nA-1,ditolak,KTP,Budi,alasan,123456,2026-11-27\n",
		"tracking_no,status\n\"A-1,diterima\n",
		"tracking_no,status\nA-1\nA-2,x,y\n,\n",
		"status,tracking_no\r\nselesai,B/2026/1\r\n",
		"",
		"tracking_no\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := storage.NewApplicationCSV(strings.NewReader(string(data)), nil)
		if err != nil {
			return
		}
		last := 1
		for i := 0; i < 1_000_000; i++ {
			row, err := r.Next()
			if err != nil {
				var re storage.RowError
				if errors.As(err, &re) {
					if re.Line < last {
						t.Fatalf("line %d after line %d", re.Line, last)
					}
					last = re.Line
					continue
				}
				return // io.EOF, or a reader error
			}
			if row.Line < 2 || row.Line < last {
				t.Fatalf("row line %d after %d", row.Line, last)
			}
			last = row.Line
			if _, ok := helpdesk.NormalizeTrackingNo(row.TrackingNo); !ok {
				t.Fatalf("accepted tracking number %q", row.TrackingNo)
			}
			if !row.Status.Valid() {
				t.Fatalf("accepted status %q", row.Status)
			}
		}
		t.Fatal("reader did not end")
	})
}

func TestImportSkipsRowsOlderThanTheLastChange(t *testing.T) {
	db := MustOpenDB(t)
	withClock(db)
	ctx := context.Background()
	file := "tracking_no,status,updated_at\nAPP-1,diterima,2026-11-01 09:00\n"
	mustImport(t, db, file)
	if _, _, err := db.SetStatus(ctx, helpdesk.StatusUpdate{TrackingNo: "APP-1", Status: helpdesk.StatusDone, Source: helpdesk.SourceOfficer}); err != nil {
		t.Fatal(err)
	}
	// Yesterday's file again must not undo the officer's change.
	st, _ := mustImport(t, db, file)
	if st.Stale != 1 || st.Changed != 0 {
		t.Fatalf("stats=%+v, want 1 stale", st)
	}
	if a, _ := db.FindApplication(ctx, "APP-1"); a.Status != helpdesk.StatusDone {
		t.Fatalf("status=%s, want the officer's selesai", a.Status)
	}
	// A newer row applies.
	if st, _ := mustImport(t, db, "tracking_no,status,updated_at\nAPP-1,diproses,2026-11-28T08:00:00+07:00\n"); st.Changed != 1 {
		t.Fatalf("stats=%+v, want 1 changed", st)
	}
}

func TestPurgeStatusChecks(t *testing.T) {
	db := MustOpenDB(t)
	clk := withClock(db)
	ctx := context.Background()
	importOne(t, db, "APP-1", "diproses", "123456")
	if res, _ := db.CheckStatusCode(ctx, 1, "APP-1", "123456"); res.Result != helpdesk.CheckOK {
		t.Fatalf("res=%+v", res)
	}
	for i := 0; i < 5; i++ {
		db.CheckStatusCode(ctx, 2, "NOPE-1", "000000")
	}
	if err := db.PurgeStatusChecks(ctx); err != nil {
		t.Fatal(err)
	}
	if at, _ := db.VerifiedAt(ctx, 1, "APP-1"); at.IsZero() {
		t.Fatal("a fresh verification was purged")
	}
	clk.t = clk.t.Add(2 * time.Hour * 24)
	if err := db.PurgeStatusChecks(ctx); err != nil {
		t.Fatal(err)
	}
	if at, _ := db.VerifiedAt(ctx, 1, "APP-1"); !at.IsZero() {
		t.Fatal("an old verification was kept")
	}
	// The lockout count survives shorter idle spans: the next lockout is longer.
	for i := 0; i < 5; i++ {
		if res, _ := db.CheckStatusCode(ctx, 2, "NOPE-1", "000000"); i == 4 && res.LockedUntil.Sub(clk.t) != 30*time.Minute {
			t.Fatalf("second lockout=%v, want 30m", res.LockedUntil.Sub(clk.t))
		}
	}
}

// TestImportTimesWithoutZoneInOfficeZone: an updated_at written without a
// zone is the office's clock: WIB by default, WITA for an office in Makassar.
func TestImportTimesWithoutZoneInOfficeZone(t *testing.T) {
	makassar, err := time.LoadLocation("Asia/Makassar")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts []storage.Option
		want time.Time
	}{
		{"default WIB", nil, time.Date(2026, 11, 28, 1, 0, 0, 0, time.UTC)},
		{"WITA", []storage.Option{storage.WithLocation(makassar)}, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := storage.OpenTest(context.Background(), storage.FreshDSN(t), tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			mustImport(t, db, "tracking_no,status,updated_at\nAPP-1,diproses,2026-11-28 08:00\n")
			a, err := db.FindApplication(context.Background(), "APP-1")
			if err != nil || !a.UpdatedAt.Equal(tc.want) {
				t.Fatalf("updated_at=%v err=%v, want %v", a.UpdatedAt, err, tc.want)
			}
		})
	}
}
