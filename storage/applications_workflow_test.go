package storage_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/storage"
)

const workflowYAML = `statuses:
  - name: Disposisi
  - name: Divalidasi
  - name: Disetujui
    final: true
services:
  - name: Kenaikan Pangkat
    working_days: 5
`

func openWithWorkflow(t *testing.T) *storage.DB {
	t.Helper()
	wf, err := helpdesk.ParseWorkflow([]byte(workflowYAML))
	if err != nil {
		t.Fatal(err)
	}
	return storage.OpenTestDB(t, storage.WithWorkflow(wf))
}

func TestImportChecksTheOfficeWorkflow(t *testing.T) {
	db := openWithWorkflow(t)
	st, bad := mustImport(t, db, "tracking_no,status,service\n"+
		"KP-1,disposisi,Kenaikan Pangkat\n"+
		"KP-2,DIVALIDASI,Kenaikan Pangkat\n"+
		"KP-3,Disetujiu,Kenaikan Pangkat\n"+
		"KP-4,diterima,Kenaikan Pangkat\n")
	if st.Created != 2 || len(bad) != 2 {
		t.Fatalf("stats %+v, bad %v", st, bad)
	}
	if bad[0].Line != 4 || !strings.Contains(bad[0].Reason, `did you mean "Disetujui"`) || !strings.Contains(bad[0].Reason, "Disposisi, Divalidasi, Disetujui") {
		t.Fatalf("bad row %+v, want line 4 with the allowed names and a suggestion", bad[0])
	}
	if bad[1].Line != 5 || strings.Contains(bad[1].Reason, "did you mean") {
		t.Fatalf("bad row %+v", bad[1])
	}
	a, err := db.FindApplication(context.Background(), "KP-2")
	if err != nil || a.Status != "Divalidasi" {
		t.Fatalf("KP-2 = %+v %v, want the office's spelling stored", a, err)
	}
	// Officers and the API go through SetStatus, which refuses as well.
	_, _, err = db.SetStatus(context.Background(), helpdesk.StatusUpdate{TrackingNo: "KP-1", Status: "selesai", Source: helpdesk.SourceAPI})
	var ue *helpdesk.UnknownStatusError
	if !errors.As(err, &ue) {
		t.Fatalf("SetStatus outside the workflow: %v", err)
	}
	if h := historyLen(t, db, "KP-1"); h != 1 {
		t.Fatalf("history %d after a refused change, want 1", h)
	}
}

func TestExportRoundTripsHistory(t *testing.T) {
	db := openWithWorkflow(t)
	ctx := context.Background()
	mustImport(t, db, "tracking_no,status,service,applicant_name,note,verify_code,updated_at\n"+
		"KP-1,Disposisi,Kenaikan Pangkat,\"Sari, S.Pd\",,123456,2026-11-02 09:00\n"+
		"KP-2,Disposisi,Kenaikan Pangkat,Budi,,654321,2026-11-03 09:00\n")
	mustImport(t, db, "tracking_no,status,note,updated_at\nKP-1,Divalidasi,\"berkas \"\"lengkap\"\"\",2026-11-04 10:00\n")
	if _, _, err := db.SetStatus(ctx, helpdesk.StatusUpdate{TrackingNo: "KP-1", Status: "disetujui", Source: helpdesk.SourceOfficer,
		Actor: "42", At: time.Date(2026, 11, 5, 3, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	n, err := db.WriteApplicationsCSV(ctx, &out)
	if err != nil || n != 4 {
		t.Fatalf("export: %d rows, %v\n%s", n, err, out.String())
	}
	text := out.String()
	for _, want := range []string{"tracking_no,status,service,applicant_name,note,updated_at,source,actor\n",
		"KP-1,Disposisi,Kenaikan Pangkat,\"Sari, S.Pd\",,2026-11-02T02:00:00Z,csv,test.csv\n",
		"KP-1,Divalidasi,Kenaikan Pangkat,\"Sari, S.Pd\",\"berkas \"\"lengkap\"\"\",2026-11-04T03:00:00Z,csv,test.csv\n",
		"KP-1,Disetujui,Kenaikan Pangkat,\"Sari, S.Pd\",,2026-11-05T03:00:00Z,officer,42\n"} {
		if !strings.Contains(text, want) {
			t.Fatalf("export lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "123456") || strings.Contains(text, "hmac") {
		t.Fatalf("export holds a verify code or its hash:\n%s", text)
	}
	// Importing the export into an empty database gives the same history.
	db2 := openWithWorkflow(t)
	st, bad := mustImport(t, db2, text)
	if len(bad) > 0 || st.Created != 2 || st.Changed != 2 {
		t.Fatalf("re-import: %+v %v", st, bad)
	}
	for _, no := range []string{"KP-1", "KP-2"} {
		h1, _ := db.StatusHistory(ctx, no, 10)
		h2, _ := db2.StatusHistory(ctx, no, 10)
		if len(h1) != len(h2) {
			t.Fatalf("%s: history %d entries, re-imported %d", no, len(h1), len(h2))
		}
		for i := range h1 {
			if h1[i].New != h2[i].New || h1[i].Note != h2[i].Note || !h1[i].At.Equal(h2[i].At) {
				t.Fatalf("%s entry %d: %+v, re-imported %+v", no, i, h1[i], h2[i])
			}
		}
	}
}

func TestPendingApplicationsSkipsFinalAndRecent(t *testing.T) {
	db := openWithWorkflow(t)
	mustImport(t, db, "tracking_no,status,service,updated_at\n"+
		"KP-1,Disposisi,Kenaikan Pangkat,2026-11-02\n"+
		"KP-2,Disetujui,Kenaikan Pangkat,2026-11-02\n"+
		"KP-3,Disposisi,,2026-11-02\n"+
		"KP-4,Divalidasi,Kenaikan Pangkat,2026-11-20\n")
	apps, err := db.PendingApplications(context.Background(), []helpdesk.Status{"Disetujui"}, time.Date(2026, 11, 10, 0, 0, 0, 0, time.UTC))
	if err != nil || len(apps) != 1 || apps[0].TrackingNo != "KP-1" {
		t.Fatalf("pending = %+v %v, want KP-1 only", apps, err)
	}
}
