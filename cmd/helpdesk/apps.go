package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/layananwarga/helpdesk/storage"
)

const appsUsage = `Usage:
  helpdesk apps import FILE.csv   upsert application statuses
  helpdesk apps export FILE.csv   write every application with its history

The file needs a header with tracking_no and status; service, applicant_name,
note, verify_code and updated_at are optional. Comma or semicolon separated,
UTF-8 (with or without BOM). Bad rows are reported with their line number and
skipped; the exit code is 1 when any row failed. Importing the same file again
changes nothing. It is safe to run while the bot is running: subscribers are
told of each change by the bot. Statuses must be those of STATUS_WORKFLOW
(or the built-in ones without it).

The export has the import's columns, one row per history entry, oldest
first, plus source and actor (which an import ignores); verify codes are
not in it (only their keyed hashes are stored). "-" writes to stdout.
`

// runApps runs the application subcommands.
func runApps(ctx context.Context, args []string, env *Env) int {
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
		fmt.Fprint(env.Stdout, appsUsage)
		return 0
	}
	if len(args) != 2 || args[1] == "" {
		fmt.Fprint(env.Stderr, appsUsage)
		return 2
	}
	switch args[0] {
	case "import":
		return appsImport(ctx, args[1], env)
	case "export":
		return appsExport(ctx, args[1], env)
	}
	fmt.Fprint(env.Stderr, appsUsage)
	return 2
}

// appsExport writes the applications with their history to path, through a
// temporary file renamed at the end, so a failed export leaves no half file.
func appsExport(ctx context.Context, path string, env *Env) int {
	_, db, code := env.openDB(ctx)
	if code != 0 {
		return code
	}
	defer db.Close()
	if path == "-" {
		n, err := db.WriteApplicationsCSV(ctx, env.Stdout)
		if err != nil {
			fmt.Fprintln(env.Stderr, "apps export:", err)
			return 1
		}
		fmt.Fprintf(env.Stderr, "%d rows written\n", n)
		return 0
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		fmt.Fprintln(env.Stderr, "apps export:", err)
		return 1
	}
	defer os.Remove(tmp.Name())
	n, err := db.WriteApplicationsCSV(ctx, tmp)
	if err == nil {
		err = tmp.Close()
	} else {
		tmp.Close()
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "apps export:", err)
		return 1
	}
	fmt.Fprintf(env.Stdout, "%s: %d rows written (applications with their history)\n", path, n)
	return 0
}

func appsImport(ctx context.Context, path string, env *Env) int {
	cfg, err := env.Config()
	if err != nil {
		fmt.Fprintln(env.Stderr, "configuration:", err)
		return 2
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(env.Stderr, "apps import:", err)
		return 1
	}
	defer f.Close()
	db, err := env.OpenDB(ctx, cfg)
	if err != nil {
		fmt.Fprintln(env.Stderr, "apps import: open database:", err)
		return 1
	}
	defer db.Close()

	name := filepath.Base(path)
	// Row errors name the line and the reason, never the tracking number
	// or the verify code.
	st, err := db.ImportApplicationsCSV(ctx, f, name, func(e storage.RowError) {
		fmt.Fprintf(env.Stderr, "%s:%d: %s\n", name, e.Line, e.Reason)
	})
	var re storage.RowError
	if errors.As(err, &re) {
		fmt.Fprintf(env.Stderr, "%s:%d: %s\n", name, re.Line, re.Reason)
		return 1
	}
	fmt.Fprintf(env.Stdout, "%s: %d rows applied (%d new, %d changed, %d unchanged), %d failed\n",
		name, st.Rows, st.Created, st.Changed, st.Unchanged, st.Failed)
	if st.Stale > 0 {
		fmt.Fprintf(env.Stdout, "%s: %d rows skipped: their updated_at is older than the application's last change\n", name, st.Stale)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "apps import:", err)
		return 1
	}
	if st.Failed > 0 {
		return 1
	}
	return 0
}
