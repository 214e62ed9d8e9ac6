package handlers_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/storage"
)

const officeWorkflowYAML = `statuses:
  - name: Disposisi
    meaning: "Berkas sudah didisposisikan ke Bidang Mutasi."
    next: "Tunggu validasi dari bidang."
  - name: Divalidasi
    meaning: "Berkas sudah divalidasi oleh verifikator."
  - name: Disetujui
    meaning: "Usulan disetujui Kepala BKPSDM."
    next: "SK dapat diunduh di aplikasi kepegawaian."
    final: true
services:
  - name: Kenaikan Pangkat
    working_days: 5
`

// newWorkflowEnv is newStatusEnv with the office's workflow: KP-1 (code
// 123456) received Monday 23 November 2026, due five working days later.
func newWorkflowEnv(t *testing.T) *statusEnv {
	t.Helper()
	wf, err := helpdesk.ParseWorkflow([]byte(officeWorkflowYAML))
	if err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "helpdesk.db"), storage.WithWorkflow(wf))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &statusEnv{t: t, db: db, now: time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)}
	db.Now = func() time.Time { return e.now }
	e.svc = handlers.New(handlers.Deps{Chats: db, Knowledge: knowledge.NewBase(nil), Outbox: db, Apps: db, Cases: db,
		Now: func() time.Time { return e.now }, Logger: slog.New(slog.DiscardHandler),
		Settings: handlers.Settings{AgentChats: []int64{stOfficers}, OfficeHours: "Mon-Fri 08:00-16:00 Asia/Jakarta",
			Holidays: []string{"2026-12-25"}, Workflow: wf}})
	e.importCSV("tracking_no,status,service,applicant_name,verify_code,updated_at\n" +
		"KP-1,disposisi,Kenaikan Pangkat,Sari Dewi,123456,2026-11-23 09:00\n" +
		"KP-2,Disetujui,Kenaikan Pangkat,Budi,654321,2026-11-02 09:00\n" +
		"KP-3,Divalidasi,Kenaikan Pangkat,Ani,111111,2026-11-26 09:00\n")
	return e
}

func TestWorkflowCardShowsOfficeWordsAndExpectedDate(t *testing.T) {
	e := newWorkflowEnv(t)
	card := e.lookup(stCitizen, "KP-1", "123456")
	got := said(card)
	for _, want := range []string{"<b>Disposisi</b>", "Berkas sudah didisposisikan ke Bidang Mutasi.", "Tunggu validasi dari bidang.",
		"Perkiraan selesai: <b>30 Nov 2026</b> (standar layanan 5 hari kerja)"} {
		if !strings.Contains(got, want) {
			t.Fatalf("card lacks %q:\n%s", want, got)
		}
	}
	if hasButton(card, "case:new") {
		t.Fatal("an application within its standard offers an officer")
	}
	// Past its due day (Monday 30 November), the citizen is offered an officer.
	e.now = time.Date(2026, 12, 1, 1, 0, 0, 0, time.UTC)
	card = e.lookup(stCitizen+1, "KP-1", "123456")
	if !strings.Contains(said(card), "sudah melewati perkiraan selesainya (30 Nov 2026") || !hasButton(card, "case:new") {
		t.Fatalf("overdue card %q buttons %v, want the apology and an officer offered", said(card), buttons(card))
	}
	// A final status shows no expected date.
	if got := said(e.lookup(stCitizen+2, "KP-2", "654321")); strings.Contains(got, "Perkiraan") || !strings.Contains(got, "✅ <b>Disetujui</b>") {
		t.Fatalf("final card %q", got)
	}
}

func TestWorkflowSetStatusRefusesOutsideStatusesAndKeepsOldLabels(t *testing.T) {
	e := newWorkflowEnv(t)
	e.lookup(stCitizen, "KP-1", "123456")
	e.press(stCitizen, "st:sub:KP-1")
	for _, tc := range []struct{ cmd, want string }{
		{"/setstatus KP-1 disetujiu", "Status <b>disetujiu</b> tidak dikenal. Maksudnya <b>Disetujui</b>? Pilih salah satu: <code>Disposisi</code>, <code>Divalidasi</code>, <code>Disetujui</code>."},
		{"/setstatus KP-1 selesai SK terbit", "Status <b>selesai</b> tidak dikenal. Pilih salah satu: <code>Disposisi</code>"},
	} {
		if got := said(e.officer(tc.cmd)); !strings.Contains(got, tc.want) {
			t.Fatalf("%s said %q, want %q", tc.cmd, got, tc.want)
		}
	}
	if n := e.notices(stCitizen); len(n) != 0 {
		t.Fatalf("refused changes reached the citizen: %q", n)
	}
	if got := said(e.officer("/setstatus kp-1 DIVALIDASI berkas lengkap")); !strings.Contains(got, "sekarang <b>Divalidasi</b>") {
		t.Fatalf("valid change said %q", got)
	}
	n := e.notices(stCitizen)
	if len(n) != 1 || !strings.Contains(n[0], "Berkas sudah divalidasi oleh verifikator.") {
		t.Fatalf("notices %q, want one in the office's words", n)
	}
	// History keeps a label the workflow no longer names.
	e.importCSV("tracking_no,status\nKP-3,Disposisi\n")
	wf, _ := helpdesk.ParseWorkflow([]byte("statuses:\n  - name: Disposisi\n  - name: Selesai Diproses\n    final: true\n"))
	e.svc = handlers.New(handlers.Deps{Chats: e.db, Knowledge: knowledge.NewBase(nil), Outbox: e.db, Apps: e.db,
		Now: func() time.Time { return e.now }, Logger: slog.New(slog.DiscardHandler), Settings: handlers.Settings{AgentChats: []int64{stOfficers}, Workflow: wf}})
	got := said(e.lookup(stCitizen, "KP-1", "123456"))
	if !strings.Contains(got, "Divalidasi") || !strings.Contains(got, "Disposisi") {
		t.Fatalf("card after the workflow changed: %q, want the old labels kept", got)
	}
}

func TestOverdueListAndDailyDigest(t *testing.T) {
	e := newWorkflowEnv(t)
	if got := said(e.officer("/terlambat")); !strings.Contains(got, "Tidak ada permohonan") {
		t.Fatalf("/terlambat before any is due: %q", got)
	}
	// Wednesday 2 December, 07:30 in Jakarta: KP-1 (due 30 Nov) is late,
	// KP-3 (received 26 Nov, due 3 Dec) is not, KP-2 is final.
	e.now = time.Date(2026, 12, 2, 0, 30, 0, 0, time.UTC)
	got := said(e.officer("/overdue"))
	if !strings.Contains(got, "1 permohonan melewati") || !strings.Contains(got, "<code>KP-1</code> · Kenaikan Pangkat · Disposisi — tenggat 30 Nov 2026 (5 hari kerja), lewat 2 hari kerja") ||
		strings.Contains(got, "KP-2") || strings.Contains(got, "KP-3") {
		t.Fatalf("/overdue said %q", got)
	}
	digest := func() int {
		t.Helper()
		for _, j := range e.svc.Jobs() {
			if j.Name == "status-overdue-digest" {
				if err := j.Run(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
		}
		items, err := e.db.PendingOutbox(context.Background(), 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, it := range items {
			if it.ChatID == stOfficers && strings.HasPrefix(it.Source, "overdue-digest:") {
				n++
				if !strings.Contains(it.Action.Text, "Rekap harian") || !strings.Contains(it.Action.Text, "KP-1") {
					t.Fatalf("digest %q", it.Action.Text)
				}
			}
		}
		return n
	}
	if n := digest(); n != 0 {
		t.Fatalf("digest before 08:00: %d messages", n)
	}
	e.now = e.now.Add(2 * time.Hour) // 09:30 in Jakarta
	if n := digest(); n != 1 {
		t.Fatalf("digest at 09:30: %d messages, want 1", n)
	}
	e.now = e.now.Add(3 * time.Hour)
	if n := digest(); n != 1 {
		t.Fatalf("digest run again the same day: %d messages, want still 1", n)
	}
}
