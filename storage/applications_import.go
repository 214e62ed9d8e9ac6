package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
)

// ApplicationRow is one row of an import. Service, ApplicantName and
// VerifyCode are left as they are when empty; Note replaces the stored note
// when HasNote (the file has a note column).
type ApplicationRow struct {
	Line          int
	TrackingNo    string
	Status        helpdesk.Status
	Service       string
	ApplicantName string
	Note          string
	HasNote       bool
	VerifyCode    string
	UpdatedAt     time.Time // when the status changed; zero: now
}

// ImportStats counts what an import did.
type ImportStats struct {
	Rows      int // good rows applied
	Created   int
	Changed   int // existing applications whose status or note changed
	Unchanged int
	// Stale rows carry an updated_at older than the application's last
	// change (say, an officer's); they are skipped rather than undo it.
	Stale  int
	Failed int // bad rows, reported and skipped
}

func (s *ImportStats) add(o ImportStats) {
	s.Rows += o.Rows
	s.Created += o.Created
	s.Changed += o.Changed
	s.Unchanged += o.Unchanged
	s.Stale += o.Stale
	s.Failed += o.Failed
}

// The statements of an import.
const (
	importSelect = `SELECT ` + appColumns + `, verify_hash FROM applications WHERE tracking_no = ?`
	importInsert = `INSERT INTO applications (tracking_no, service, applicant_name, status, note, verify_hash, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	importUpdate = `UPDATE applications SET service = ?, applicant_name = ?, status = ?, note = ?,
		verify_hash = ?, updated_at = ? WHERE tracking_no = ?`
)

// importBatch is how many rows one transaction writes: small enough that the
// running bot never waits long for the database.
const importBatch = 500

// ImportApplicationsCSV reads a CSV file (see ApplicationCSV) and upserts
// its rows, batch by batch. Bad rows are passed to bad and skipped. Applying
// the same file twice changes nothing the second time.
func (db *DB) ImportApplicationsCSV(ctx context.Context, r io.Reader, actor string, bad func(RowError)) (ImportStats, error) {
	var total ImportStats
	cr, err := NewApplicationCSV(r, db.workflow)
	if err != nil {
		return total, err
	}
	cr.In(db.loc)
	batch := make([]ApplicationRow, 0, importBatch)
	flush := func() error {
		st, err := db.ImportApplications(ctx, batch, actor)
		total.add(st)
		batch = batch[:0]
		return err
	}
	for {
		row, err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var re RowError
		var tl *TooLongError
		if errors.As(err, &tl) {
			// What came before is kept; the rest cannot be read safely.
			if len(batch) > 0 {
				if err := flush(); err != nil {
					return total, err
				}
			}
			total.Failed++
			return total, RowError{Line: tl.Line, Reason: strings.TrimPrefix(tl.Error(), fmt.Sprintf("line %d: ", tl.Line))}
		}
		if errors.As(err, &re) {
			total.Failed++
			if bad != nil {
				bad(re)
			}
			continue
		} else if err != nil {
			return total, err
		}
		batch = append(batch, row)
		if len(batch) == importBatch {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	if len(batch) > 0 {
		if err := flush(); err != nil {
			return total, err
		}
	}
	return total, nil
}

// ImportApplications upserts rows in one transaction. A row that creates an
// application or changes its status or note records a history entry (source
// csv); a row equal to what is stored records nothing.
func (db *DB) ImportApplications(ctx context.Context, rows []ApplicationRow, actor string) (ImportStats, error) {
	var st ImportStats
	if len(rows) == 0 {
		return st, nil
	}
	hashes := db.hashRows(rows)

	tx, release, err := db.conn.begin(ctx)
	if err != nil {
		return st, fmt.Errorf("import applications: %w", err)
	}
	defer release()
	defer tx.Rollback()
	// The same four statements run for every row: prepared once per batch
	// (preparing them per row was a third of an import's time).
	var stmts [4]*sql.Stmt
	for i, q := range []string{importSelect, importInsert, importUpdate, insertChangeSQL} {
		if stmts[i], err = db.conn.txStmt(ctx, tx, q); err != nil {
			return st, fmt.Errorf("import applications: %w", err)
		}
	}
	sel, ins, upd, chg := stmts[0], stmts[1], stmts[2], stmts[3]
	now := db.now()
	for i, r := range rows {
		at := orNow(r.UpdatedAt, now).UTC()
		var hash string
		old, err := scanApplication(sel.QueryRowContext(ctx, r.TrackingNo), &hash)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if _, err := ins.ExecContext(ctx, r.TrackingNo, r.Service, r.ApplicantName, string(r.Status), r.Note, hashes[i], ts(at), ts(at)); err != nil {
				return st, fmt.Errorf("import line %d: %w", r.Line, err)
			}
			// Nobody can follow an application that did not exist, so its
			// first entry needs no notification.
			if err := insertChangeStmt(ctx, chg, helpdesk.StatusChange{TrackingNo: r.TrackingNo, New: r.Status, Note: r.Note,
				Source: helpdesk.SourceCSV, Actor: actor, At: at}, "", true); err != nil {
				return st, fmt.Errorf("import line %d: %w", r.Line, err)
			}
			st.Created++
			st.Rows++
			continue
		case err != nil:
			return st, fmt.Errorf("import line %d: %w", r.Line, err)
		}

		if !r.UpdatedAt.IsZero() && r.UpdatedAt.Before(old.UpdatedAt) && (r.Status != old.Status || r.HasNote && r.Note != old.Note) {
			st.Stale++
			st.Rows++
			continue
		}
		nw := old
		nw.Status = r.Status
		if r.HasNote {
			nw.Note = r.Note
		}
		if r.Service != "" {
			nw.Service = r.Service
		}
		if r.ApplicantName != "" {
			nw.ApplicantName = r.ApplicantName
		}
		newHash := hash
		if hashes[i] != "" {
			newHash = hashes[i]
		}
		statusChanged := nw.Status != old.Status || nw.Note != old.Note
		if statusChanged {
			nw.UpdatedAt = at
		}
		if !statusChanged && nw.Service == old.Service && nw.ApplicantName == old.ApplicantName && newHash == hash {
			st.Unchanged++
			st.Rows++
			continue
		}
		if _, err := upd.ExecContext(ctx, nw.Service, nw.ApplicantName, string(nw.Status), nw.Note, newHash, ts(nw.UpdatedAt), r.TrackingNo); err != nil {
			return st, fmt.Errorf("import line %d: %w", r.Line, err)
		}
		if statusChanged {
			if err := insertChangeStmt(ctx, chg, helpdesk.StatusChange{TrackingNo: r.TrackingNo, Old: old.Status, New: nw.Status,
				Note: nw.Note, Source: helpdesk.SourceCSV, Actor: actor, At: at}, "", false); err != nil {
				return st, fmt.Errorf("import line %d: %w", r.Line, err)
			}
			st.Changed++
		} else {
			st.Unchanged++
		}
		st.Rows++
	}
	if err := tx.Commit(); err != nil {
		return ImportStats{}, fmt.Errorf("import applications: %w", err)
	}
	release()
	return st, nil
}

// hashRows returns the hash to store for each row with a code. The keyed
// hash is cheap and the same for the same code, so a re-import changes
// nothing; an old PBKDF2 hash that the code matches is replaced.
func (db *DB) hashRows(rows []ApplicationRow) []string {
	hashes := make([]string, len(rows))
	for i, r := range rows {
		if r.VerifyCode == "" {
			continue
		}
		hashes[i] = hashVerifyCode(db.verifyKey, r.TrackingNo, helpdesk.NormalizeVerifyCode(r.VerifyCode))
	}
	return hashes
}
