package storage

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/storage/pgtest"
)

// TestDatabaseURLVar names the PostgreSQL server the storage tests run
// against (e.g. postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable);
// unset, they run on SQLite only.
const TestDatabaseURLVar = pgtest.EnvVar

// testVerifyKey is the verify-code key of test databases on PostgreSQL,
// which has no key file beside it.
var testVerifyKey = []byte(strings.Repeat("test-verify-key-", 3))

// OnPostgres reports whether the tests run against PostgreSQL.
func OnPostgres() bool { return pgtest.Server() != "" }

// FreshDSN returns a fresh, empty database for one test, to pass to Open: a
// SQLite file in a temporary folder or, when HELPDESK_TEST_DATABASE_URL is
// set, a new database on that PostgreSQL server, dropped when the test ends.
// Each test gets its own, so tests stay independent and may run in parallel.
func FreshDSN(tb testing.TB) string {
	tb.Helper()
	if !OnPostgres() {
		return filepath.Join(tb.TempDir(), "helpdesk.db")
	}
	return pgtest.NewDatabase(tb)
}

// OpenTest opens dsn (from FreshDSN) with opts; on PostgreSQL it supplies
// the verify-code key, which opts may override.
func OpenTest(ctx context.Context, dsn string, opts ...Option) (*DB, error) {
	if IsPostgresURL(dsn) {
		opts = append([]Option{WithVerifyKey(testVerifyKey)}, opts...)
	}
	return Open(ctx, dsn, opts...)
}

// OpenTestDB opens a fresh database (see FreshDSN), closed when the test ends.
func OpenTestDB(tb testing.TB, opts ...Option) *DB {
	tb.Helper()
	db, err := OpenTest(context.Background(), FreshDSN(tb), opts...)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// DSNOf is what db was opened with: the SQLite file or the PostgreSQL URL.
func DSNOf(db *DB) string {
	if db.url != "" {
		return db.url
	}
	return db.path
}

// RawTestDB opens the database at dsn directly, for tests that write or
// read what the storage would not; it is closed when the test ends.
func RawTestDB(tb testing.TB, dsn string) *sql.DB {
	tb.Helper()
	driver := "sqlite3"
	if IsPostgresURL(dsn) {
		driver = "pgx"
	}
	raw, err := sql.Open(driver, dsn)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { raw.Close() })
	return raw
}
