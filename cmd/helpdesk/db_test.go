package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/storage/pgtest"
)

// TestDBCopyRefusals: the command names what is missing before it touches
// any database.
func TestDBCopyRefusals(t *testing.T) {
	dir := t.TempDir()
	key := strings.Repeat("k", 32)
	for _, tc := range []struct {
		vars map[string]string
		args []string
		code int
		want string
	}{
		{map[string]string{"DB_PATH": filepath.Join(dir, "h.db"), "STATUS_CODE_KEY": key},
			[]string{"db", "copy", "--to", "mysql://x@db/helpdesk"}, 2, "--to must be a postgres:// URL"},
		{map[string]string{"DB_PATH": filepath.Join(dir, "h.db")},
			[]string{"db", "copy", "--to", "postgres://x@127.0.0.1:1/helpdesk"}, 2, "set STATUS_CODE_KEY"},
		{map[string]string{"DB_PATH": filepath.Join(dir, "none.db"), "STATUS_CODE_KEY": key},
			[]string{"db", "copy", "--to", "postgres://x@127.0.0.1:1/helpdesk"}, 1, "no SQLite database at DB_PATH"},
		{nil, []string{"db", "copy"}, 2, "helpdesk db copy --to"},
	} {
		code, _, errOut := runCmdVars(t, tc.vars, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
}

// TestDBCopyEndToEnd: an office's applications, imported into SQLite, are
// exported the same from PostgreSQL after `helpdesk db copy`, and a second
// copy into it is refused.
func TestDBCopyEndToEnd(t *testing.T) {
	if pgtest.Server() == "" {
		t.Skip(pgtest.EnvVar + " is not set")
	}
	key := strings.Repeat("k", 32)
	lite := map[string]string{"DB_PATH": filepath.Join(t.TempDir(), "h.db"), "STATUS_CODE_KEY": key}
	in := writeCSV(t, "tracking_no,status,applicant_name,verify_code,updated_at\nKTP-1,diterima,Budi,123456,2026-11-02 09:00\nKTP-2,diproses,Siti,,2026-11-03\n")
	if code, out, errOut := runCmdVars(t, lite, "apps", "import", in); code != 0 {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	later := writeCSV(t, "tracking_no,status,note,updated_at\nKTP-1,perlu perbaikan,Foto buram,2026-11-04 10:00\n")
	if code, _, errOut := runCmdVars(t, lite, "apps", "import", later); code != 0 {
		t.Fatalf("import: %d %q", code, errOut)
	}
	code, want, errOut := runCmdVars(t, lite, "apps", "export", "-")
	if code != 0 || strings.Count(want, "KTP-") != 3 {
		t.Fatalf("export from SQLite: %d %q\n%s", code, errOut, want)
	}

	url := pgtest.NewDatabase(t)
	code, out, errOut := runCmdVars(t, lite, "db", "copy", "--to", url)
	if code != 0 || !strings.Contains(out, "status_history") || !strings.Contains(out, "copied ") {
		t.Fatalf("copy: %d %q %q", code, out, errOut)
	}
	pg := map[string]string{"DATABASE_URL": url, "STATUS_CODE_KEY": key}
	if code, got, errOut := runCmdVars(t, pg, "apps", "export", "-"); code != 0 || got != want {
		t.Fatalf("export from PostgreSQL: %d %q\n%s\nwant:\n%s", code, errOut, got, want)
	}
	if code, _, errOut := runCmdVars(t, lite, "db", "copy", "--to", url); code != 1 || !strings.Contains(errOut, "not empty") {
		t.Fatalf("second copy: %d %q, want a refusal of a non-empty target", code, errOut)
	}
}
