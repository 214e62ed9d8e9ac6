package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/storage"
	"github.com/layananwarga/helpdesk/storage/pgtest"
)

// The tests of this package run the bot and its commands on SQLite, or on
// PostgreSQL when HELPDESK_TEST_DATABASE_URL names a server (see pgtest).
// A test gets its database from testDSN and hands it to the bot through
// withDB; it reads it back through openDSN (the storage) or openRaw (SQL).

// onPostgres reports whether the tests run against PostgreSQL.
func onPostgres() bool { return pgtest.Server() != "" }

// skipOnPostgres skips a test about SQLite itself (its file, its WAL, the
// key file beside it) when the tests run against PostgreSQL.
func skipOnPostgres(t testing.TB, why string) {
	t.Helper()
	if onPostgres() {
		t.Skip("SQLite only: " + why)
	}
}

// testDSN returns a fresh, empty database for one test: a SQLite file in a
// temporary folder or, on PostgreSQL, a new database dropped when the test
// ends.
func testDSN(t testing.TB) string {
	t.Helper()
	if onPostgres() {
		return pgtest.NewDatabase(t)
	}
	return filepath.Join(t.TempDir(), "helpdesk.db")
}

// withDB returns vars with the variables that point the bot at dsn:
// DB_PATH, or DATABASE_URL with the verify-code key PostgreSQL needs.
// vars may override the key.
func withDB(dsn string, vars map[string]string) map[string]string {
	out := map[string]string{"DB_PATH": dsn}
	if storage.IsPostgresURL(dsn) {
		out = map[string]string{"DATABASE_URL": dsn, "STATUS_CODE_KEY": e2eCodeKey}
	}
	for k, v := range vars {
		out[k] = v
	}
	return out
}

// environ is os.Environ with vars set, for the built binary.
func environ(vars map[string]string) []string {
	env := os.Environ()
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	return env
}

// openDSN opens the database at dsn through the storage, as the bot does;
// on PostgreSQL with the key withDB gives the bot (opts may override it).
func openDSN(ctx context.Context, dsn string, opts ...storage.Option) (*storage.DB, error) {
	if storage.IsPostgresURL(dsn) {
		opts = append([]storage.Option{storage.WithVerifyKey([]byte(e2eCodeKey))}, opts...)
	}
	return storage.Open(ctx, dsn, opts...)
}

// rawDB is the database opened beside the bot, for SQL the storage has no
// method for. Queries take ? placeholders on both engines.
type rawDB struct {
	*sql.DB
	pg bool
}

// openRaw opens the database at dsn for reading beside the running bot
// (read-only on SQLite); it is closed when the test ends.
func openRaw(t testing.TB, dsn string) *rawDB {
	t.Helper()
	db, err := rawOpen(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// rawOpen is openRaw for a caller that closes it, such as a check polled
// many times a second.
func rawOpen(dsn string) (*rawDB, error) {
	driver, source := "sqlite3", "file:"+dsn+"?mode=ro&_busy_timeout=5000"
	if storage.IsPostgresURL(dsn) {
		driver, source = "pgx", dsn
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		return nil, err
	}
	return &rawDB{DB: db, pg: driver == "pgx"}, nil
}

// QueryRow runs q with ? placeholders on either engine.
func (r *rawDB) QueryRow(q string, args ...any) *sql.Row {
	if r.pg {
		q = numbered(q)
	}
	return r.DB.QueryRow(q, args...)
}

// Query runs q with ? placeholders on either engine.
func (r *rawDB) Query(q string, args ...any) (*sql.Rows, error) {
	if r.pg {
		q = numbered(q)
	}
	return r.DB.Query(q, args...)
}

// numbered turns ? placeholders into PostgreSQL's $1, $2...; the tests'
// queries have no ? inside a string.
func numbered(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sqlFor picks the form of an expression for the engine of dsn where the
// two differ.
func sqlFor(dsn, sqlite, postgres string) string {
	if storage.IsPostgresURL(dsn) {
		return postgres
	}
	return sqlite
}

// payloadText is a stored payload (BLOB, BYTEA) as text in SQL.
func payloadText(dsn, col string) string {
	return sqlFor(dsn, "CAST("+col+" AS TEXT)", "convert_from("+col+", 'UTF8')")
}

// leftIn lists the values still found in the database at dsn. On SQLite it
// reads the raw bytes of the file, its WAL and its rollback journal, so a
// deleted row's bytes left in a free page count. On PostgreSQL, whose files
// are the server's, it reads every column of every row of every table as
// text: what the database still holds, not what its files still hold.
func leftIn(t *testing.T, dsn string, values []string) []string {
	t.Helper()
	if storage.IsPostgresURL(dsn) {
		return leftInRows(t, dsn, values)
	}
	var left []string
	for _, f := range []string{dsn, dsn + "-wal", dsn + "-journal"} {
		b, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		for _, v := range values {
			if bytes.Contains(b, []byte(v)) {
				left = append(left, filepath.Base(f)+": "+v)
			}
		}
	}
	return left
}

// leftInRows is leftIn for PostgreSQL: "table: value" for each value a row
// of the table holds in any column, BYTEA ones read as text.
func leftInRows(t *testing.T, dsn string, values []string) []string {
	t.Helper()
	db, err := rawOpen(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT table_name, column_name, data_type FROM information_schema.columns
		WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`)
	if err != nil {
		t.Fatal(err)
	}
	cols := map[string][]string{}
	var tables []string
	for rows.Next() {
		var table, col, typ string
		if err := rows.Scan(&table, &col, &typ); err != nil {
			t.Fatal(err)
		}
		expr := `COALESCE(CAST("` + col + `" AS TEXT), '')`
		if typ == "bytea" {
			expr = `COALESCE(encode("` + col + `", 'escape'), '')`
		}
		if cols[table] == nil {
			tables = append(tables, table)
		}
		cols[table] = append(cols[table], expr)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	var left []string
	for _, table := range tables {
		q := fmt.Sprintf(`SELECT COALESCE(string_agg(%s, E'\n'), '') FROM "%s"`, strings.Join(cols[table], ` || E'\t' || `), table)
		var text string
		if err := db.QueryRow(q).Scan(&text); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for _, v := range values {
			if strings.Contains(text, v) {
				left = append(left, table+": "+v)
			}
		}
	}
	return left
}
