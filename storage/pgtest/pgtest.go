// Package pgtest gives each test a PostgreSQL database of its own, on the
// server HELPDESK_TEST_DATABASE_URL names, so that tests of any package can
// run against PostgreSQL independently and in parallel.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// EnvVar names the server, e.g.
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable; the user must
// be allowed to create databases.
const EnvVar = "HELPDESK_TEST_DATABASE_URL"

// Server is the URL EnvVar holds, "" when tests run on SQLite only.
func Server() string { return os.Getenv(EnvVar) }

// NewDatabase creates an empty database on the server and returns its URL;
// it is dropped when the test ends, with any connection left to it.
func NewDatabase(tb testing.TB) string {
	tb.Helper()
	server := Server()
	if server == "" {
		tb.Fatalf("%s is not set", EnvVar)
	}
	conn := admin(tb, server)
	b := make([]byte, 6)
	rand.Read(b)
	name := "helpdesk_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(`CREATE DATABASE ` + name); err != nil {
		tb.Fatalf("create test database: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := conn.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
			tb.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(server)
	if err != nil {
		tb.Fatalf("%s: %v", EnvVar, err)
	}
	u.Path = "/" + name
	return u.String()
}

var (
	adminOnce sync.Once
	adminConn *sql.DB
	adminErr  error
)

// admin is the connection that creates and drops test databases, shared by
// the tests of a package.
func admin(tb testing.TB, server string) *sql.DB {
	tb.Helper()
	adminOnce.Do(func() {
		adminConn, adminErr = sql.Open("pgx", server)
		if adminErr == nil {
			adminErr = adminConn.PingContext(context.Background())
		}
	})
	if adminErr != nil {
		tb.Fatalf("%s: %v", EnvVar, adminErr)
	}
	return adminConn
}
