// Package storage keeps everything the help desk stores in SQLite: updates
// and the outbox, conversations, articles, applications and cases. It owns
// all SQL; the rest of the program sees domain types.
package storage

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/layananwarga/helpdesk"
)

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = helpdesk.ErrNotFound

//go:embed migrations/*.sql
var migrations embed.FS

// driverName is mattn/go-sqlite3 with the pragmas its DSN cannot set.
const driverName = "sqlite3_helpdesk"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		// Statement journals in memory: by default every multi-row or
		// RETURNING statement inside a transaction writes one to a
		// temporary file, which doubled the cost of a one-row UPDATE.
		if _, err := c.Exec(`PRAGMA temp_store = MEMORY`, nil); err != nil {
			return err
		}
		// Deleted rows are overwritten with zeros, so that an erased
		// citizen's data does not linger in free pages and cells.
		_, err := c.Exec(`PRAGMA secure_delete = ON`, nil)
		return err
	}})
}

// busyTimeout is how long a connection waits for a lock another holds.
const busyTimeout = 10 * time.Second

// DB is the help desk's database.
type DB struct {
	conn *pool
	// In memory as committed, see chatCache: conversation states, chats
	// without an open case, citizen profiles last written.
	states *chatCache[[]byte]
	noCase *chatCache[struct{}]
	seen   *chatCache[seenCitizen]
	path   string
	// url is the PostgreSQL database's, "" for SQLite.
	url string
	// verifyKey keys verify-code hashes; it is never stored in the database.
	verifyKey []byte
	// workflow is the status vocabulary in force (nil: built-in).
	workflow *helpdesk.Workflow
	// loc is the office's time zone (nil: WIB), see WithLocation.
	loc *time.Location
	// Now is the clock; times are stored in UTC.
	Now func() time.Time
}

// Open opens (creating when needed) the SQLite file at path and applies
// pending migrations. Without WithVerifyKey, the verify-code key is read
// from the key file beside the database, created on first start.
//
// A postgres:// URL in place of the path opens that PostgreSQL database
// instead (see openPostgres).
func Open(ctx context.Context, path string, opts ...Option) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("open database: empty path")
	}
	if IsPostgresURL(path) {
		return openPostgres(ctx, path, opts...)
	}
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("create database folder: %w", err)
		}
	}
	// Pragmas live in the DSN so that every pooled connection gets them.
	// _txlock=immediate takes the write lock at BEGIN, so concurrent writers
	// wait on the busy timeout instead of failing with SQLITE_BUSY.
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.FormatInt(busyTimeout.Milliseconds(), 10))
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	conn, err := sql.Open(driverName, "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	// Keep every connection that may be open: database/sql keeps two idle
	// by default, so under load the others were closed and reopened for
	// each query, running the pragmas and re-preparing statements each time.
	conn.SetMaxOpenConns(8)
	conn.SetMaxIdleConns(8)
	conn.SetConnMaxIdleTime(5 * time.Minute)
	pl, err := newPool(ctx, conn, false)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	db := newDB(pl, path)
	for _, o := range opts {
		o(db)
	}
	if len(db.verifyKey) == 0 {
		if path == ":memory:" {
			db.verifyKey = make([]byte, 32)
			rand.Read(db.verifyKey)
		} else if db.verifyKey, err = loadOrCreateKey(KeyFilePath(path)); err != nil {
			conn.Close()
			return nil, err
		}
	}
	if err := db.migrate(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	if err := db.redactStoredQueries(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return db, nil
}

func newDB(pl *pool, path string) *DB {
	// On PostgreSQL several processes write: nothing is cached.
	return &DB{conn: pl, states: newChatCache[[]byte](pl.pg), noCase: newChatCache[struct{}](pl.pg), seen: newChatCache[seenCitizen](pl.pg), path: path, Now: time.Now}
}

// Close closes the database.
func (db *DB) Close() error { return db.conn.Close() }

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error {
	var one int
	if err := db.conn.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	return nil
}

// Path is the database file ("" for PostgreSQL).
func (db *DB) Path() string { return db.path }

func (db *DB) now() time.Time { return db.Now().UTC() }

// migrate applies the embedded migrations not yet recorded, each in its own
// transaction, in file-name order. It first refuses a database that records
// a migration this binary does not embed (see NewerSchemaError).
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	if err := checkNotNewer(ctx, db.conn, names); err != nil {
		return err
	}
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	defer release()
	defer tx.Rollback()
	if err := db.applyMigration(ctx, tx, migrations, name, name); err != nil {
		return err
	}
	return tx.Commit()
}

// applyMigration runs the migration in file of fsys in tx and records it
// as name, unless it is recorded already.
func (db *DB) applyMigration(ctx context.Context, tx *sql.Tx, fsys fs.FS, file, name string) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	} else if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(fsys, file)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
		name, ts(db.now())); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	return nil
}

// rowQuerier is the pool or a transaction, for lookups that run in either.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// ts formats a time for storage: UTC, sortable as text.
func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}

// parseTS reads a stored time; an empty string is the zero time.
func parseTS(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// joinIDs and splitIDs store short lists of ids as one comma-separated text.
func joinIDs(ids []string) string { return strings.Join(ids, ",") }

func splitIDs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
