package storage

import (
	"context"
	"io/fs"
	"path"
	"strings"
	"sync"
	"testing"
)

func TestRebind(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain", `SELECT a FROM t WHERE b = ? AND c = ?`, `SELECT a FROM t WHERE b = $1 AND c = $2`},
		{"numbered", `DELETE FROM u WHERE chat_id = ?1 AND (state != 'pending' OR id = ?2) OR x = ?1`,
			`DELETE FROM u WHERE chat_id = $1 AND (state != 'pending' OR id = $2) OR x = $1`},
		{"after numbered", `SELECT ?2, ?`, `SELECT $2, $3`},
		{"string literal", `SELECT '?' || 'it''s ?', ?`, `SELECT '?' || 'it''s ?', $1`},
		{"quoted name", `SELECT "a?" FROM t WHERE x = ?`, `SELECT "a?" FROM t WHERE x = $1`},
		{"line comment", "SELECT 1 -- why?\nWHERE x = ?", "SELECT 1 -- why?\nWHERE x = $1"},
		{"block comment", `SELECT /* ? */ ?`, `SELECT /* ? */ $1`},
		{"none", `SELECT 1`, `SELECT 1`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := rebind(c.in); got != c.want {
				t.Fatalf("rebind(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestMigrationsHaveTwins: every SQLite migration has its PostgreSQL twin
// of the same name and no other, so both engines reach the same schema and
// the newer-schema guard reads both the same way.
func TestMigrationsHaveTwins(t *testing.T) {
	names := func(fsys fs.FS, glob string) map[string]bool {
		files, err := fs.Glob(fsys, glob)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, f := range files {
			out[path.Base(f)] = true
		}
		return out
	}
	lite, pg := names(migrations, "migrations/*.sql"), names(migrationsPG, "migrations_pg/*.sql")
	for n := range lite {
		if !pg[n] {
			t.Errorf("migrations/%s has no twin in migrations_pg", n)
		}
	}
	for n := range pg {
		if !lite[n] {
			t.Errorf("migrations_pg/%s has no twin in migrations", n)
		}
	}
}

// TestPostgresMigratesOnceUnderConcurrentStarts: processes starting together
// on one empty database apply each migration once (the advisory lock), and
// all of them open it.
func TestPostgresMigratesOnceUnderConcurrentStarts(t *testing.T) {
	if !OnPostgres() {
		t.Skip(TestDatabaseURLVar + " is not set")
	}
	dsn := FreshDSN(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := OpenTest(ctx, dsn)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent open: %v", err)
		}
	}
	raw := RawTestDB(t, dsn)
	var n, distinct int
	if err := raw.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT name) FROM schema_migrations`).Scan(&n, &distinct); err != nil {
		t.Fatal(err)
	}
	files, _ := fs.Glob(migrationsPG, "migrations_pg/*.sql")
	if n != len(files) || distinct != n {
		t.Fatalf("schema_migrations has %d rows (%d distinct), want %d", n, distinct, len(files))
	}
}

// TestPostgresNeedsTheVerifyKey: with no file beside the database to keep
// it in, the key must come from the environment.
func TestPostgresNeedsTheVerifyKey(t *testing.T) {
	if !OnPostgres() {
		t.Skip(TestDatabaseURLVar + " is not set")
	}
	db, err := Open(context.Background(), FreshDSN(t))
	if err == nil {
		db.Close()
		t.Fatal("opened PostgreSQL without a verify-code key")
	}
	if !strings.Contains(err.Error(), "STATUS_CODE_KEY") {
		t.Fatalf("err=%v, want it to name STATUS_CODE_KEY", err)
	}
}
