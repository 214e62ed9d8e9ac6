package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runAppsCmd runs `helpdesk apps ...` against the database at dsn.
func runAppsCmd(t *testing.T, dsn string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	vars := withDB(dsn, nil)
	env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return vars[k] }, DotEnv: filepath.Join(t.TempDir(), "none.env")}
	code := run(context.Background(), append([]string{"apps"}, args...), env)
	return code, stdout.String(), stderr.String()
}

func writeCSV(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "status.csv")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAppsImport(t *testing.T) {
	dsn := testDSN(t)
	file := writeCSV(t, "\ufefftracking_no;status;applicant_name;verify_code;note\n"+
		"KTP-1;diterima;Budi Santoso;123456;\n"+
		"KTP-2;dikirim;Siti;654321;\n"+
		"KTP-3;\"perlu perbaikan\";Ani;111222;\"Foto; buram\"\n"+
		"KTP-4;selesai;Ani;12;\n")
	code, out, errOut := runAppsCmd(t, dsn, "import", file)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (rows failed); out=%q err=%q", code, out, errOut)
	}
	for _, want := range []string{`status.csv:3: unknown status "dikirim"`, "status.csv:5: verify_code"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
	if strings.Contains(errOut, "654321") || strings.Contains(errOut, "KTP-2") {
		t.Errorf("stderr repeats a code or a tracking number: %q", errOut)
	}
	if !strings.Contains(out, "2 rows applied (2 new, 0 changed, 0 unchanged), 2 failed") {
		t.Fatalf("stdout %q", out)
	}

	// The good rows only, twice: the second run changes nothing.
	good := writeCSV(t, "tracking_no,status,note\nKTP-1,diproses,\nKTP-3,perlu perbaikan,\"Foto; buram\"\n")
	if code, out, _ := runAppsCmd(t, dsn, "import", good); code != 0 || !strings.Contains(out, "(0 new, 1 changed, 1 unchanged), 0 failed") {
		t.Fatalf("exit %d, %q", code, out)
	}
	if code, out, _ := runAppsCmd(t, dsn, "import", good); code != 0 || !strings.Contains(out, "(0 new, 0 changed, 2 unchanged)") {
		t.Fatalf("re-import: exit %d, %q", code, out)
	}
	db, err := openDSN(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if h, _ := db.StatusHistory(context.Background(), "KTP-1", 10); len(h) != 2 || h[1].Source != "csv" || h[1].Actor != "status.csv" {
		t.Fatalf("history=%+v", h)
	}
}

func TestAppsImportRefusals(t *testing.T) {
	dsn := testDSN(t)
	if code, _, _ := runAppsCmd(t, dsn); code != 2 {
		t.Fatalf("no args: exit %d, want 2", code)
	}
	if code, _, _ := runAppsCmd(t, dsn, "import"); code != 2 {
		t.Fatalf("no file: exit %d, want 2", code)
	}
	if code, _, errOut := runAppsCmd(t, dsn, "import", filepath.Join(t.TempDir(), "missing.csv")); code != 1 || errOut == "" {
		t.Fatalf("missing file: exit %d %q, want 1", code, errOut)
	}
	file := writeCSV(t, "nomor,status\nKTP-1,selesai\n")
	if code, _, errOut := runAppsCmd(t, dsn, "import", file); code != 1 || !strings.Contains(errOut, "status.csv:1: header: missing column tracking_no") {
		t.Fatalf("bad header: exit %d %q", code, errOut)
	}
}
