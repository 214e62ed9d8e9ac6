package helpdesk_test

import (
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
)

const officeWorkflow = `
statuses:
  - name: Disposisi
    meaning: "Berkas Kakak sudah didisposisikan ke bidang terkait."
    next: "Belum ada yang perlu dilakukan."
  - name: Divalidasi
    meaning: "Berkas sudah divalidasi."
  - name: Menunggu Tanda Tangan
  - name: Disetujui
    meaning: "Usulan Kakak sudah disetujui."
    final: true
services:
  - name: Kenaikan Pangkat
    working_days: 5
unknown_key: ignored
`

func mustWorkflow(t *testing.T, text string) *helpdesk.Workflow {
	t.Helper()
	w, err := helpdesk.ParseWorkflow([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestWorkflowMatchesRegardlessOfCaseAndSpacing(t *testing.T) {
	w := mustWorkflow(t, officeWorkflow)
	for in, want := range map[string]helpdesk.Status{
		"Disposisi": "Disposisi", "disposisi": "Disposisi", "  DISPOSISI ": "Disposisi",
		"menunggu  tanda_tangan": "Menunggu Tanda Tangan", "Menunggu-Tanda-Tangan": "Menunggu Tanda Tangan",
		"disetujui": "Disetujui",
	} {
		if got, ok := w.Parse(in); !ok || got != want {
			t.Errorf("Parse(%q)=%q,%v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"diterima", "selesai", "Disetujiu", "", "Dispo"} {
		if got, ok := w.Parse(in); ok {
			t.Errorf("Parse(%q)=%q, want refused: outside the office's vocabulary", in, got)
		}
	}
	if w.MaxWords() != 3 || !w.Final("Disetujui") || w.Final("Disposisi") || w.Final("gone") {
		t.Fatalf("MaxWords=%d, finals %v", w.MaxWords(), w.FinalStatuses())
	}
	if d, ok := w.Def("DIVALIDASI"); !ok || d.Meaning != "Berkas sudah divalidasi." {
		t.Fatalf("Def = %+v %v", d, ok)
	}
}

func TestWorkflowSuggestsANearSpelling(t *testing.T) {
	w := mustWorkflow(t, officeWorkflow)
	for in, want := range map[string]string{"Disetujiu": "Disetujui", "divalidsi": "Divalidasi", "menunggu ttd": "", "selesai": ""} {
		if got := w.Suggest(in); got != want {
			t.Errorf("Suggest(%q)=%q, want %q", in, got, want)
		}
	}
	err := (&helpdesk.UnknownStatusError{Status: "Disetujiu", Workflow: w}).Error()
	for _, want := range []string{`did you mean "Disetujui"`, "Disposisi, Divalidasi, Menunggu Tanda Tangan, Disetujui"} {
		if !strings.Contains(err, want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	var builtin *helpdesk.Workflow
	if got := builtin.Suggest("selesay"); got != "selesai" {
		t.Errorf("built-in Suggest = %q", got)
	}
	if _, ok := builtin.Parse("siap diambil"); !ok {
		t.Error("the built-in vocabulary lost its aliases")
	}
}

func TestParseWorkflowRefusesBadFilesWithTheLine(t *testing.T) {
	for name, tc := range map[string]struct{ text, want string }{
		"duplicate":    {"statuses:\n  - name: Disposisi\n  - name: \" disposisi\"\n", "line 3"},
		"no name":      {"statuses:\n  - meaning: x\n", "line 2: status without a name"},
		"bad days":     {"statuses:\n  - name: A\nservices:\n  - name: KP\n    working_days: 0\n", "line 4"},
		"not a list":   {"statuses: Disposisi\n", "not a YAML mapping"},
		"empty":        {"", "no statuses"},
		"wrong type":   {"statuses:\n  - name: A\n    final: maybe\n", "line 2"},
		"long name":    {"statuses:\n  - name: " + strings.Repeat("x", 61) + "\n", "longer than 60"},
		"service dupe": {"services:\n  - name: KP\n    working_days: 3\n  - name: kp\n    working_days: 4\n", "line 4"},
	} {
		_, err := helpdesk.ParseWorkflow([]byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err=%v, want %q", name, err, tc.want)
		}
	}
	// Only service standards: the built-in statuses stay in force.
	w := mustWorkflow(t, "services:\n  - name: KTP-el\n    working_days: 14\n")
	if w.Custom() {
		t.Fatal("a file without statuses replaced the built-in vocabulary")
	}
	if n, ok := w.ServiceDays("ktp el"); !ok || n != 14 {
		t.Fatalf("ServiceDays = %d %v", n, ok)
	}
}

func TestDueDateSkipsWeekendsAndHolidays(t *testing.T) {
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	cal := helpdesk.NewCalendar(jkt, []string{"2026-12-25"})
	w := mustWorkflow(t, officeWorkflow)
	at := func(s string) time.Time {
		t, err := time.ParseInLocation("2006-01-02 15:04", s, jkt)
		if err != nil {
			panic(err)
		}
		return t
	}
	for _, tc := range []struct {
		received, due string
	}{
		{"2026-12-21 10:00", "2026-12-29"}, // Mon + 5: Tue, Wed, Thu, (Fri 25 a holiday, weekend), Mon, Tue
		{"2026-12-19 09:00", "2026-12-28"}, // received on a Saturday
		{"2026-12-21 23:30", "2026-12-29"}, // late evening in Jakarta is still the 21st
	} {
		a := helpdesk.Application{Service: "kenaikan pangkat", Status: "Disposisi", CreatedAt: at(tc.received).UTC()}
		due, ok := w.DueDate(a, cal)
		if !ok || due.Format("2006-01-02") != tc.due {
			t.Errorf("received %s: due %v, want %s", tc.received, due, tc.due)
		}
	}
	a := helpdesk.Application{Service: "Kenaikan Pangkat", Status: "Divalidasi", CreatedAt: at("2026-12-21 10:00").UTC()}
	if w.Overdue(a, cal, at("2026-12-29 23:59")) {
		t.Error("overdue on its due day")
	}
	if !w.Overdue(a, cal, at("2026-12-30 00:00")) {
		t.Error("not overdue the day after its due day")
	}
	if n := cal.WorkingDaysLate(at("2026-12-29 00:00"), at("2027-01-04 08:00")); n != 4 {
		t.Errorf("working days late = %d, want 4 (30, 31 Dec, 1 Jan, 4 Jan)", n)
	}
	a.Status = "Disetujui"
	if w.Overdue(a, cal, at("2027-02-01 00:00")) {
		t.Error("a final status is never overdue")
	}
	a.Status, a.Service = "Disposisi", "Pensiun"
	if w.Overdue(a, cal, at("2027-02-01 00:00")) {
		t.Error("a service without a standard is never overdue")
	}
}
