package handlers

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/layananwarga/helpdesk"
)

// setStatusArgs is a parsed "/setstatus TRACKING STATUS [note]".
type setStatusArgs struct {
	TrackingNo string
	Status     helpdesk.Status
	Note       string
	Suggest    string // on errStatusUnknown, a status near what was written
}

// Reasons a /setstatus line is refused.
var (
	errSetStatusUsage  = errors.New("usage")
	errTrackingInvalid = errors.New("tracking number not valid")
	errStatusUnknown   = errors.New("unknown status")
)

// words splits s at white space into at most n words and returns each with
// the offset just past it, so that the rest can be kept as written.
func words(s string, n int) (ws []string, ends []int) {
	i := 0
	skip := func(space bool) {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) != space {
				return
			}
			i += size
		}
	}
	for len(ws) < n {
		skip(true)
		if i >= len(s) {
			break
		}
		start := i
		skip(false)
		ws, ends = append(ws, s[start:i]), append(ends, i)
	}
	return ws, ends
}

// parseSetStatus reads "TRACKING STATUS [note]" with the statuses of wf. The status may take several
// words ("siap diambil", "perlu perbaikan"); the longest known spelling wins,
// and whatever follows is the note, kept as written. On errStatusUnknown the
// returned Note holds the words that were not understood and Suggest the
// status nearest to them, if any.
func parseSetStatus(args string, wf *helpdesk.Workflow) (setStatusArgs, error) {
	var out setStatusArgs
	args = strings.TrimSpace(args)
	ws, ends := words(args, 1+wf.MaxWords())
	if len(ws) < 2 {
		return out, errSetStatusUsage
	}
	no, ok := helpdesk.NormalizeTrackingNo(ws[0])
	if !ok {
		return out, errTrackingInvalid
	}
	out.TrackingNo = no
	for k := len(ws) - 1; k >= 1; k-- {
		if st, ok := wf.Parse(strings.Join(ws[1:1+k], " ")); ok {
			out.Status = st
			out.Note = strings.TrimSpace(args[ends[k]:])
			return out, nil
		}
	}
	// Not understood: name the words nearest to a status, if any.
	out.Note = ws[1]
	for k := len(ws) - 1; k >= 1; k-- {
		if d := wf.Suggest(strings.Join(ws[1:1+k], " ")); d != "" {
			out.Note, out.Suggest = strings.Join(ws[1:1+k], " "), d
			break
		}
	}
	return out, errStatusUnknown
}

// parseStatusArgs reads the tracking number of "/status TRACKING"; extra is
// true when more followed it (perhaps the code, typed where it shows).
func parseStatusArgs(args string) (no string, ok, extra bool) {
	ws, _ := words(args, 2)
	if len(ws) == 0 {
		return "", false, false
	}
	no, ok = helpdesk.NormalizeTrackingNo(ws[0])
	return no, ok, len(ws) > 1
}
