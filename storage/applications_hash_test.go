package storage

import (
	"bytes"
	"context"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk"
)

// legacyHash is a verify-code hash as databases before the keyed hash hold.
func legacyHash(t *testing.T, code string) string {
	t.Helper()
	salt := make([]byte, 16)
	rand.Read(salt)
	key, err := pbkdf2.Key(sha256.New, code, salt, 10000, 32)
	if err != nil {
		t.Fatal(err)
	}
	enc := base64.RawStdEncoding
	return pbkdf2Prefix + "$" + strconv.Itoa(10000) + "$" + enc.EncodeToString(salt) + "$" + enc.EncodeToString(key)
}

func storedHash(t *testing.T, db *DB, no string) string {
	t.Helper()
	var h string
	if err := db.conn.QueryRowContext(context.Background(), `SELECT verify_hash FROM applications WHERE tracking_no = ?`, no).Scan(&h); err != nil {
		t.Fatal(err)
	}
	return h
}

func TestLegacyHashVerifiesAndIsReplacedOnTheNextRightCode(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	if _, err := db.ImportApplicationsCSV(ctx, strings.NewReader("tracking_no,status\nAPP-1,diterima\n"), "t.csv", nil); err != nil {
		t.Fatal(err)
	}
	old := legacyHash(t, "123456")
	if _, err := db.conn.ExecContext(ctx, `UPDATE applications SET verify_hash = ? WHERE tracking_no = 'APP-1'`, old); err != nil {
		t.Fatal(err)
	}
	if res, _ := db.CheckStatusCode(ctx, 1, "APP-1", "654321"); res.Result != helpdesk.CheckWrong {
		t.Fatalf("wrong code on a legacy hash: %+v", res)
	}
	if storedHash(t, db, "APP-1") != old {
		t.Fatal("a wrong code replaced the hash")
	}
	if res, _ := db.CheckStatusCode(ctx, 1, "APP-1", "123456"); res.Result != helpdesk.CheckOK {
		t.Fatalf("right code on a legacy hash: %+v", res)
	}
	h := storedHash(t, db, "APP-1")
	if !strings.HasPrefix(h, hmacPrefix) {
		t.Fatalf("hash after the right code = %q, want the keyed hash", h)
	}
	if res, _ := db.CheckStatusCode(ctx, 2, "APP-1", "123456"); res.Result != helpdesk.CheckOK {
		t.Fatalf("right code on the new hash: %+v", res)
	}
}

func TestReimportReplacesLegacyHashAndNothingElse(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	file := "tracking_no,status,verify_code\nAPP-1,diterima,123456\n"
	if _, err := db.ImportApplicationsCSV(ctx, strings.NewReader(file), "t.csv", nil); err != nil {
		t.Fatal(err)
	}
	keyed := storedHash(t, db, "APP-1")
	db.conn.ExecContext(ctx, `UPDATE applications SET verify_hash = ? WHERE tracking_no = 'APP-1'`, legacyHash(t, "123456"))
	st, err := db.ImportApplicationsCSV(ctx, strings.NewReader(file), "t.csv", nil)
	if err != nil || st.Unchanged != 1 {
		t.Fatalf("re-import: %+v %v", st, err)
	}
	if got := storedHash(t, db, "APP-1"); got != keyed {
		t.Fatalf("hash after re-import = %q, want the keyed %q", got, keyed)
	}
}

func TestKeyFileIsCreatedOwnerOnlyAndReused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "helpdesk.db")
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	key := db.verifyKey
	db.Close()
	fi, err := os.Stat(KeyFilePath(path))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if !bytes.Equal(db.verifyKey, key) || len(key) < MinVerifyKeyLen {
		t.Fatal("the key changed between starts")
	}
	// A key given from the environment is used instead, and no file is made.
	other := filepath.Join(t.TempDir(), "other.db")
	db2, err := Open(ctx, other, WithVerifyKey([]byte(strings.Repeat("k", 40))))
	if err != nil {
		t.Fatal(err)
	}
	db2.Close()
	if _, err := os.Stat(KeyFilePath(other)); !os.IsNotExist(err) {
		t.Fatalf("key file made although a key was given: %v", err)
	}
	// A damaged key file is refused rather than silently replaced.
	os.WriteFile(KeyFilePath(path), []byte("short\n"), 0o600)
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "verify-code key") {
		t.Fatalf("open with a damaged key file: %v", err)
	}
}

// endless is a CSV body of one line that never ends.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.n += int64(len(p))
	if e.n > 200<<20 {
		return len(p), io.EOF
	}
	return len(p), nil
}

func TestImportStopsAtAHugeLineWithoutReadingIt(t *testing.T) {
	db := openDB(t)
	for _, tc := range []struct {
		name, head string
		line       int
	}{
		{"header", "", 1},
		{"row", "tracking_no,status\nAPP-1,diterima\nAPP-2,diproses\n", 4},
		{"open quote", "tracking_no,status\nAPP-1,diterima\nAPP-2,\"diproses\n", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &endless{}
			st, err := db.ImportApplicationsCSV(context.Background(), io.MultiReader(strings.NewReader(tc.head), src), "big.csv", nil)
			var re RowError
			if !errors.As(err, &re) || re.Line != tc.line || !strings.Contains(re.Reason, "longer than 64 KB") {
				t.Fatalf("err=%v, want a refusal at line %d", err, tc.line)
			}
			if src.n > 1<<20 {
				t.Fatalf("read %d bytes of the huge line, want at most 1 MiB", src.n)
			}
			if tc.name == "row" && st.Created+st.Unchanged != 2 {
				t.Fatalf("stats %+v: the rows before the huge line must be kept", st)
			}
		})
	}
}
