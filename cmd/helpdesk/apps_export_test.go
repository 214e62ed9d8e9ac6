package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAppsExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	vars := withDB(testDSN(t), nil)
	in := writeCSV(t, "tracking_no,status,applicant_name,verify_code,updated_at\nKTP-1,diterima,Budi,123456,2026-11-02 09:00\nKTP-2,diproses,Siti,,2026-11-03\n")
	if code, out, errOut := runCmdVars(t, vars, "apps", "import", in); code != 0 {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	later := writeCSV(t, "tracking_no,status,note,updated_at\nKTP-1,perlu perbaikan,Foto buram,2026-11-04 10:00\n")
	if code, _, errOut := runCmdVars(t, vars, "apps", "import", later); code != 0 {
		t.Fatalf("import: %d %q", code, errOut)
	}
	file := filepath.Join(dir, "out", "export.csv")
	os.Mkdir(filepath.Dir(file), 0o755)
	code, out, errOut := runCmdVars(t, vars, "apps", "export", file)
	if code != 0 || !strings.Contains(out, "3 rows written") {
		t.Fatalf("export: %d %q %q", code, out, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := "tracking_no,status,service,applicant_name,note,updated_at,source,actor\n" +
		"KTP-1,diterima,,Budi,,2026-11-02T02:00:00Z,csv,status.csv\n" +
		"KTP-1,perlu_perbaikan,,Budi,Foto buram,2026-11-04T03:00:00Z,csv,status.csv\n" +
		"KTP-2,diproses,,Siti,,2026-11-02T17:00:00Z,csv,status.csv\n"
	if string(data) != want {
		t.Fatalf("export:\n%s\nwant:\n%s", data, want)
	}
	if entries, _ := os.ReadDir(filepath.Dir(file)); len(entries) != 1 {
		t.Fatalf("export left %d files, want only the export", len(entries))
	}
	// The export imports into an empty database as the same history.
	vars2 := withDB(testDSN(t), nil)
	if code, out, errOut := runCmdVars(t, vars2, "apps", "import", file); code != 0 || !strings.Contains(out, "3 rows applied (2 new, 1 changed") {
		t.Fatalf("re-import: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := runCmdVars(t, vars, "apps", "export"); code != 2 || !strings.Contains(errOut, "apps export FILE.csv") {
		t.Fatalf("export without a file: %d %q", code, errOut)
	}
}

func TestStatusConfigRefusals(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "alur.yaml")
	os.WriteFile(bad, []byte("statuses:\n  - name: Disposisi\n  - name: DISPOSISI\n"), 0o644)
	for _, tc := range []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"STATUS_WORKFLOW": bad}, "STATUS_WORKFLOW: " + bad + ": line 3"},
		{map[string]string{"STATUS_WORKFLOW": filepath.Join(dir, "none.yaml")}, "STATUS_WORKFLOW: open"},
		{map[string]string{"STATUS_CODE_KEY": "short-secret"}, "STATUS_CODE_KEY must be at least 32 characters"},
	} {
		_, err := LoadConfig(func(k string) string { return tc.vars[k] })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: err=%v, want %q", tc.vars, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "short-secret") {
			t.Errorf("the error repeats the key: %v", err)
		}
	}
}
