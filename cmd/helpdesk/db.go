package main

import (
	"context"
	"fmt"
	"os"

	"github.com/layananwarga/helpdesk/storage"
)

const dbUsage = `Usage:
  helpdesk db copy --to postgres://USER@HOST:5432/DB
                   copy the office's SQLite database (DB_PATH) into an empty
                   PostgreSQL database

The copy takes every table, in one transaction, keeping ids; the target is
migrated first and must hold no data. Stop the bot while it runs. The
PostgreSQL processes hash verify codes with STATUS_CODE_KEY, which the copy
needs too; then set DATABASE_URL to the same URL and start the bot.
`

// runDB runs the database subcommands.
func runDB(ctx context.Context, args []string, env *Env) int {
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
		fmt.Fprint(env.Stdout, dbUsage)
		return 0
	}
	if len(args) == 3 && args[0] == "copy" && args[1] == "--to" && args[2] != "" {
		return dbCopy(ctx, args[2], env)
	}
	fmt.Fprint(env.Stderr, dbUsage)
	return 2
}

// dbCopy copies the SQLite database at DB_PATH into the PostgreSQL
// database at to.
func dbCopy(ctx context.Context, to string, env *Env) int {
	cfg, err := env.Config()
	if err != nil {
		fmt.Fprintln(env.Stderr, "configuration:", err)
		return 2
	}
	if !storage.IsPostgresURL(to) {
		fmt.Fprintln(env.Stderr, "db copy: --to must be a postgres:// URL")
		return 2
	}
	if cfg.StatusCodeKey == "" {
		fmt.Fprintln(env.Stderr, "db copy: set STATUS_CODE_KEY (at least 32 characters, e.g. from: openssl rand -hex 32): "+
			"the PostgreSQL processes need it")
		return 2
	}
	if _, err := os.Stat(cfg.DBPath); err != nil {
		fmt.Fprintf(env.Stderr, "db copy: no SQLite database at DB_PATH (%s): %v\n", cfg.DBPath, err)
		return 1
	}
	if _, err := os.Stat(storage.KeyFilePath(cfg.DBPath)); err == nil {
		fmt.Fprintf(env.Stderr, "note: %s exists: verify codes hashed with it while STATUS_CODE_KEY was unset "+
			"will not match under STATUS_CODE_KEY; import those applications with their verify codes again after the copy\n",
			storage.KeyFilePath(cfg.DBPath))
	}
	src, err := env.OpenDB(ctx, Config{DBPath: cfg.DBPath, StatusCodeKey: cfg.StatusCodeKey, Workflow: cfg.Workflow, Location: cfg.Location})
	if err != nil {
		fmt.Fprintln(env.Stderr, "db copy: source:", err)
		return 1
	}
	defer src.Close()
	dst, err := env.OpenDB(ctx, Config{DatabaseURL: to, StatusCodeKey: cfg.StatusCodeKey, Workflow: cfg.Workflow, Location: cfg.Location})
	if err != nil {
		fmt.Fprintln(env.Stderr, "db copy: target:", err)
		return 1
	}
	defer dst.Close()
	counts, err := src.CopyTo(ctx, dst)
	if err != nil {
		fmt.Fprintln(env.Stderr, "db copy:", err)
		return 1
	}
	var total int64
	for _, c := range counts {
		fmt.Fprintf(env.Stdout, "%-24s %d\n", c.Table, c.Rows)
		total += c.Rows
	}
	fmt.Fprintf(env.Stdout, "copied %d rows of %d tables; now set DATABASE_URL to the target and start the bot\n", total, len(counts))
	return 0
}
