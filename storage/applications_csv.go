package storage

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/layananwarga/helpdesk"
)

// RowError is a bad row of an import file, reported by its line number.
// Its reason never repeats the tracking number or the verify code.
type RowError struct {
	Line   int
	Reason string
}

func (e RowError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// Limits on the free-text columns.
const (
	maxNameLen    = 200
	maxServiceLen = 200
	// MaxNoteLen is the longest note an application keeps.
	MaxNoteLen = 1000
)

// Columns of an applications CSV file.
var csvColumns = []string{"tracking_no", "status", "service", "applicant_name", "note", "verify_code", "updated_at"}

// ApplicationCSV reads the applications CSV format of the contract: a
// header naming tracking_no and status (and optionally service,
// applicant_name, note, verify_code, updated_at) in any order, comma or
// semicolon separated (whichever the header uses), with or without a UTF-8
// BOM, fields quoted as in RFC 4180.
type ApplicationCSV struct {
	r    *csv.Reader
	lim  *rowLimiter
	wf   *helpdesk.Workflow
	col  map[string]int
	ncol int
	line int // where the last row read began
	// loc reads updated_at values written without a zone; default WIB.
	loc *time.Location
}

// MaxRowBytes is the longest row (one line, or several for a quoted field
// with line breaks) an import reads. A longer one stops the import there:
// no valid row comes near it, and reading it whole would hold all of it in
// memory.
const MaxRowBytes = 64 << 10

// csvBuffer is how far the reader reads ahead of the row it parses.
const csvBuffer = 64 << 10

// errRowTooLong is returned by rowLimiter past its budget.
var errRowTooLong = errors.New("row too long")

// rowLimiter counts the bytes read since the last reset (the start of a
// row) and fails past MaxRowBytes plus the read-ahead buffer.
type rowLimiter struct {
	r io.Reader
	n int
}

func (l *rowLimiter) Read(p []byte) (int, error) {
	if l.n > MaxRowBytes+csvBuffer {
		return 0, errRowTooLong
	}
	n, err := l.r.Read(p)
	l.n += n
	return n, err
}

// NewApplicationCSV reads the header; a file without the required columns is
// refused as a whole. Statuses are checked against wf (nil: the built-in
// vocabulary).
func NewApplicationCSV(r io.Reader, wf *helpdesk.Workflow) (*ApplicationCSV, error) {
	lim := &rowLimiter{r: r}
	br := bufio.NewReaderSize(lim, csvBuffer)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	head, _ := br.Peek(br.Buffered())
	if len(head) == 0 {
		head, _ = br.Peek(4096)
	}
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	cr := csv.NewReader(br)
	cr.Comma = ','
	if bytes.Count(head, []byte(";")) > bytes.Count(head, []byte(",")) {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, errRowTooLong) {
		return nil, RowError{Line: 1, Reason: fmt.Sprintf("header: longer than %d KB; is this a CSV file?", MaxRowBytes>>10)}
	}
	if errors.Is(err, io.EOF) {
		return nil, RowError{Line: 1, Reason: "the file is empty; it needs a header with tracking_no and status"}
	} else if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, RowError{Line: 1, Reason: "header: " + pe.Err.Error()}
		}
		return nil, fmt.Errorf("read csv header: %w", err)
	}
	c := &ApplicationCSV{r: cr, lim: lim, wf: wf, col: map[string]int{}, ncol: len(header), line: 1, loc: wib}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if !isCSVColumn(name) {
			continue // unknown columns are ignored
		}
		if _, dup := c.col[name]; dup {
			return nil, RowError{Line: 1, Reason: fmt.Sprintf("header: column %s appears twice", name)}
		}
		c.col[name] = i
	}
	for _, req := range []string{"tracking_no", "status"} {
		if _, ok := c.col[req]; !ok {
			return nil, RowError{Line: 1, Reason: "header: missing column " + req + " (required: tracking_no,status)"}
		}
	}
	return c, nil
}

func isCSVColumn(name string) bool {
	for _, c := range csvColumns {
		if c == name {
			return true
		}
	}
	return false
}

// TooLongError stops an import at a row longer than MaxRowBytes.
type TooLongError struct{ Line int }

func (e *TooLongError) Error() string {
	return fmt.Sprintf("line %d: longer than %d KB; the import stops here (is a quote left open, or is this not a CSV file?)", e.Line, MaxRowBytes>>10)
}

// Next returns the next good row, a RowError for a bad one (reading may go
// on), io.EOF at the end, a *TooLongError at a row too long to read, or
// another error when the file cannot be read.
func (c *ApplicationCSV) Next() (ApplicationRow, error) {
	c.lim.n = 0
	rec, err := c.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.Is(err, errRowTooLong) {
			return ApplicationRow{}, &TooLongError{Line: c.line + 1}
		}
		if errors.As(err, &pe) {
			c.line = pe.StartLine
			return ApplicationRow{}, RowError{Line: pe.StartLine, Reason: pe.Err.Error()}
		}
		return ApplicationRow{}, err
	}
	line, _ := c.r.FieldPos(0)
	c.line = line
	return c.row(line, rec)
}

func (c *ApplicationCSV) row(line int, rec []string) (ApplicationRow, error) {
	row := ApplicationRow{Line: line}
	bad := func(format string, args ...any) (ApplicationRow, error) {
		return ApplicationRow{}, RowError{Line: line, Reason: fmt.Sprintf(format, args...)}
	}
	if len(rec) < c.ncol {
		return bad("expected %d columns, found %d", c.ncol, len(rec))
	}
	for _, extra := range rec[c.ncol:] {
		if strings.TrimSpace(extra) != "" {
			return bad("expected %d columns, found %d", c.ncol, len(rec))
		}
	}
	get := func(name string) (string, bool) {
		i, ok := c.col[name]
		if !ok {
			return "", false
		}
		return strings.TrimSpace(rec[i]), true
	}
	for _, f := range rec {
		if !utf8.ValidString(f) {
			return bad("not valid UTF-8 (save the file as UTF-8)")
		}
	}

	no, _ := get("tracking_no")
	if no == "" {
		return bad("tracking_no is empty")
	}
	var ok bool
	if row.TrackingNo, ok = helpdesk.NormalizeTrackingNo(no); !ok {
		return bad("tracking_no is not valid (3-%d letters, digits, '-', '/' or '.')", helpdesk.MaxTrackingNo)
	}
	status, _ := get("status")
	if row.Status, ok = c.wf.Parse(status); !ok {
		if status == "" {
			return bad("status is empty")
		}
		return bad("%s", (&helpdesk.UnknownStatusError{Status: status, Workflow: c.wf}).Error())
	}
	row.Service, _ = get("service")
	row.ApplicantName, _ = get("applicant_name")
	row.Note, row.HasNote = get("note")
	switch {
	case utf8.RuneCountInString(row.Service) > maxServiceLen:
		return bad("service is longer than %d characters", maxServiceLen)
	case utf8.RuneCountInString(row.ApplicantName) > maxNameLen:
		return bad("applicant_name is longer than %d characters", maxNameLen)
	case utf8.RuneCountInString(row.Note) > MaxNoteLen:
		return bad("note is longer than %d characters", MaxNoteLen)
	}
	if code, _ := get("verify_code"); code != "" {
		row.VerifyCode = helpdesk.NormalizeVerifyCode(code)
		if !validCode(row.VerifyCode) {
			return bad("verify_code must be 4 to 32 letters or digits, at least one of them a digit")
		}
	}
	if s, _ := get("updated_at"); s != "" {
		t, err := parseCSVTime(s, c.loc)
		if err != nil {
			return bad("updated_at is not a date (use 2026-11-27 or 2026-11-27T09:30:00+07:00)")
		}
		row.UpdatedAt = t
	}
	return row, nil
}

func validCode(s string) bool {
	if len(s) < 4 || len(s) > 32 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// wib is the default office clock, for times written without a zone.
var wib = time.FixedZone("WIB", 7*3600)

// In reads times written without a zone in loc (the office's zone).
func (c *ApplicationCSV) In(loc *time.Location) *ApplicationCSV {
	if loc != nil {
		c.loc = loc
	}
	return c
}

func parseCSVTime(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02", "02/01/2006 15:04", "02/01/2006"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("bad time %q", s)
}
