package storage

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
)

// PendingApplications lists the applications with a service, not in one of
// the final statuses, received before a time: those that may be past their
// service time standard. Oldest first.
func (db *DB) PendingApplications(ctx context.Context, final []helpdesk.Status, receivedBefore time.Time) ([]helpdesk.Application, error) {
	args := []any{ts(receivedBefore)}
	q := `SELECT ` + appColumns + ` FROM applications WHERE service != '' AND created_at < ?`
	if len(final) > 0 {
		q += ` AND status NOT IN (?` + strings.Repeat(", ?", len(final)-1) + `)`
		for _, s := range final {
			args = append(args, string(s))
		}
	}
	rows, err := db.conn.QueryContext(ctx, q+` ORDER BY created_at, tracking_no`, args...)
	if err != nil {
		return nil, fmt.Errorf("pending applications: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.Application
	for rows.Next() {
		a, err := scanApplication(rows)
		if err != nil {
			return nil, fmt.Errorf("pending applications: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ExportApplications calls fn for every entry of every application's
// history, application by application (by tracking number), oldest entry
// first, with the application as it is now. It reads in pages, so a large
// table is never held in memory.
func (db *DB) ExportApplications(ctx context.Context, fn func(helpdesk.Application, helpdesk.StatusChange) error) error {
	const page = 1000
	after := ""
	for {
		apps, err := db.applicationsAfter(ctx, after, page)
		if err != nil {
			return err
		}
		for _, a := range apps {
			rows, err := db.conn.QueryContext(ctx, `SELECT id, tracking_no, old_status, new_status, note, source, actor, at
				FROM status_history WHERE tracking_no = ? ORDER BY id`, a.TrackingNo)
			if err != nil {
				return fmt.Errorf("export applications: %w", err)
			}
			var hist []helpdesk.StatusChange
			for rows.Next() {
				c, err := scanChange(rows)
				if err != nil {
					rows.Close()
					return fmt.Errorf("export applications: %w", err)
				}
				hist = append(hist, c)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return fmt.Errorf("export applications: %w", err)
			}
			for _, c := range hist {
				if err := fn(a, c); err != nil {
					return err
				}
			}
		}
		if len(apps) < page {
			return nil
		}
		after = apps[len(apps)-1].TrackingNo
	}
}

func (db *DB) applicationsAfter(ctx context.Context, after string, n int) ([]helpdesk.Application, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT `+appColumns+` FROM applications WHERE tracking_no > ? ORDER BY tracking_no LIMIT ?`, after, n)
	if err != nil {
		return nil, fmt.Errorf("export applications: %w", err)
	}
	defer rows.Close()
	var out []helpdesk.Application
	for rows.Next() {
		a, err := scanApplication(rows)
		if err != nil {
			return nil, fmt.Errorf("export applications: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ExportColumns are the columns of an export: the import's, less the verify
// code (only its hash is kept), plus who made each change (an import
// ignores them).
var ExportColumns = []string{"tracking_no", "status", "service", "applicant_name", "note", "updated_at", "source", "actor"}

// WriteApplicationsCSV writes every application with its history in the
// import's format, one row per history entry, oldest first: importing the
// file into an empty database gives the same statuses and history (without
// verify codes). It returns how many rows it wrote.
func (db *DB) WriteApplicationsCSV(ctx context.Context, w io.Writer) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(ExportColumns); err != nil {
		return 0, fmt.Errorf("export applications: %w", err)
	}
	n := 0
	err := db.ExportApplications(ctx, func(a helpdesk.Application, c helpdesk.StatusChange) error {
		n++
		return cw.Write([]string{a.TrackingNo, string(c.New), a.Service, a.ApplicantName, c.Note,
			c.At.UTC().Format(time.RFC3339), c.Source, c.Actor})
	})
	if err != nil {
		return n, fmt.Errorf("export applications: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, fmt.Errorf("export applications: %w", err)
	}
	return n, nil
}
