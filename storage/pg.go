package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"embed"
	"encoding/binary"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// PostgreSQL runs the same SQL as SQLite: statements are written once, with
// ? placeholders, and the connection rewrites them (see rebind). Where the
// two engines must differ, the two forms stand side by side in the file
// that uses them.

//go:embed migrations_pg/*.sql
var migrationsPG embed.FS

// IsPostgresURL reports whether dsn names a PostgreSQL database rather than
// a SQLite file.
func IsPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// openPostgres opens the PostgreSQL database at url and applies pending
// migrations. The verify-code key must come from the options: several
// processes on several hosts share the database, and no file beside it.
func openPostgres(ctx context.Context, url string, opts ...Option) (*DB, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open database: DATABASE_URL: %w", err)
	}
	conn := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	conn.SetMaxOpenConns(16)
	conn.SetMaxIdleConns(16)
	pl, err := newPool(ctx, conn, true)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	db := newDB(pl, "")
	db.url = url
	for _, o := range opts {
		o(db)
	}
	if len(db.verifyKey) == 0 {
		pl.Close()
		return nil, fmt.Errorf("open database: a PostgreSQL database needs the verify-code key from the environment (STATUS_CODE_KEY)")
	}
	if err := db.migratePG(ctx); err != nil {
		pl.Close()
		return nil, err
	}
	if err := db.redactStoredQueries(ctx); err != nil {
		pl.Close()
		return nil, err
	}
	return db, nil
}

// migrateLockKey is the advisory lock that serializes migrations, so that
// processes starting together do not apply one twice.
var (
	migrateLockKey  = lockKey("helpdesk:migrate")
	outboxLockKey   = lockKey("helpdesk:outbox")
	articlesLockKey = lockKey("helpdesk:articles")
	casesLockKey    = lockKey("helpdesk:cases")
)

// lockKey derives an advisory-lock key from a name.
func lockKey(name string) int64 {
	h := sha256.Sum256([]byte(name))
	return int64(binary.BigEndian.Uint64(h[:8]))
}

// migratePG applies the migrations in migrations_pg not yet recorded, all
// in one transaction under an advisory lock: a second process starting at
// the same time waits, then finds them applied. The migrations carry the
// same names as SQLite's, so the guard against a newer schema reads both
// the same way.
func (db *DB) migratePG(ctx context.Context) error {
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer release()
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, migrateLockKey); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	files, err := fs.Glob(migrationsPG, "migrations_pg/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(files)
	if err := checkNotNewer(ctx, tx, files); err != nil {
		return err
	}
	for _, file := range files {
		if err := db.applyMigration(ctx, tx, migrationsPG, file, "migrations/"+path.Base(file)); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// pgConnector opens pgx connections that take the storage's SQL.
type pgConnector struct{ driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	cn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return pgConn{cn.(*stdlib.Conn)}, nil
}

// pgConn is a pgx connection that rebinds ? placeholders on every path a
// statement reaches the server by: prepared, executed or queried, in a
// transaction or not.
type pgConn struct{ *stdlib.Conn }

func (c pgConn) Prepare(q string) (driver.Stmt, error) { return c.Conn.Prepare(rebind(q)) }

func (c pgConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, rebind(q))
}

func (c pgConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, rebind(q), args)
}

// CheckNamedValue stores a bool as SQLite does, as the integer 1 or 0: the
// schema keeps flags in integer columns on both engines.
func (c pgConn) CheckNamedValue(nv *driver.NamedValue) error {
	if b, ok := nv.Value.(bool); ok {
		nv.Value = int64(0)
		if b {
			nv.Value = int64(1)
		}
	}
	return nil
}

func (c pgConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, rebind(q), args)
}

// rebound caches rebind's results: the same few statements run all the time.
var rebound sync.Map

// rebind turns SQLite's placeholders into PostgreSQL's: ? into $1, $2, …
// and ?N into $N, leaving string literals, quoted names and comments alone.
func rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	if r, ok := rebound.Load(q); ok {
		return r.(string)
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '?':
			j := i + 1
			for j < len(q) && '0' <= q[j] && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				// ?N: as in SQLite, a later bare ? takes the number after the highest.
				k, _ := strconv.Atoi(q[i+1 : j])
				n = max(n, k)
				b.WriteByte('$')
				b.WriteString(q[i+1 : j])
				i = j - 1
				continue
			}
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		case c == '\'' || c == '"':
			j := strings.IndexByte(q[i+1:], c)
			if j < 0 {
				b.WriteString(q[i:])
				i = len(q)
				continue
			}
			b.WriteString(q[i : i+j+2])
			i += j + 1
			continue
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i
			}
			b.WriteString(q[i : i+j])
			i += j - 1
			continue
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			j := strings.Index(q[i+2:], "*/")
			if j < 0 {
				j = len(q) - i - 2
			} else {
				j += 2
			}
			b.WriteString(q[i : i+2+j])
			i += 1 + j
			continue
		}
		b.WriteByte(c)
	}
	r := b.String()
	if len(q) < 4096 {
		rebound.Store(q, r)
	}
	return r
}
