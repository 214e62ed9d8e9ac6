package helpdesk

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// StatusDef is one status of an office's workflow, as the STATUS_WORKFLOW
// file describes it.
type StatusDef struct {
	Name    string // as officers, the CSV and the API write it; stored as is
	Meaning string // what it means for the citizen (plain text)
	Next    string // what the citizen should do now (plain text)
	Final   bool   // no further change is expected
}

// Workflow is the vocabulary of statuses in force, and the service time
// standards (working days to completion) per service. The zero value and
// nil are the built-in vocabulary with no standards.
type Workflow struct {
	defs     []StatusDef
	byKey    map[string]int // normStatus(name) -> index in defs
	services map[string]int // normStatus(service) -> working days
	custom   bool
}

// builtinFinal are the built-in statuses after which nothing is expected.
var builtinFinal = map[Status]bool{StatusDone: true, StatusRejected: true}

// BuiltinWorkflow is the vocabulary without a STATUS_WORKFLOW file.
func BuiltinWorkflow() *Workflow { return &Workflow{} }

// Custom reports whether the statuses come from the office's own file.
func (w *Workflow) Custom() bool { return w != nil && w.custom }

// Parse reads a status as anyone may write it: the office's names match
// regardless of case, spacing, '-' and '_'; the built-in vocabulary also
// takes its aliases ("siap diambil", "done").
func (w *Workflow) Parse(s string) (Status, bool) {
	if !w.Custom() {
		return ParseStatus(s)
	}
	i, ok := w.byKey[normStatus(s)]
	if !ok {
		return "", false
	}
	return Status(w.defs[i].Name), true
}

// Def returns the office's definition of a status; ok is false for the
// built-in vocabulary and for a status the file no longer names.
func (w *Workflow) Def(s Status) (StatusDef, bool) {
	if !w.Custom() {
		return StatusDef{}, false
	}
	i, ok := w.byKey[normStatus(string(s))]
	if !ok {
		return StatusDef{}, false
	}
	return w.defs[i], true
}

// Final reports whether no further change is expected after s.
func (w *Workflow) Final(s Status) bool {
	if !w.Custom() {
		return builtinFinal[s]
	}
	d, ok := w.Def(s)
	return ok && d.Final
}

// FinalStatuses lists the statuses after which nothing is expected.
func (w *Workflow) FinalStatuses() []Status {
	var out []Status
	for _, s := range w.Statuses() {
		if w.Final(s) {
			out = append(out, s)
		}
	}
	return out
}

// Statuses lists the vocabulary in force, in the file's order.
func (w *Workflow) Statuses() []Status {
	if !w.Custom() {
		return Statuses
	}
	out := make([]Status, len(w.defs))
	for i, d := range w.defs {
		out[i] = Status(d.Name)
	}
	return out
}

// Names lists the statuses as people write them, for messages that say
// what is allowed ("perlu perbaikan", not "perlu_perbaikan").
func (w *Workflow) Names() []string {
	st := w.Statuses()
	out := make([]string, len(st))
	for i, s := range st {
		out[i] = strings.ReplaceAll(string(s), "_", " ")
	}
	return out
}

// MaxWords is the longest status name in words, so that a parser reading
// "TRACKING STATUS note" can try the longest match first.
func (w *Workflow) MaxWords() int {
	if !w.Custom() {
		return MaxStatusWords
	}
	n := 1
	for k := range w.byKey {
		n = max(n, len(strings.Fields(k)))
	}
	return n
}

// Suggest returns the status nearest to a misspelt one ("did you mean"),
// or "" when none is close.
func (w *Workflow) Suggest(s string) string {
	in := normStatus(s)
	if in == "" {
		return ""
	}
	best, bestD := "", -1
	consider := func(key, name string) {
		d := editDistance(in, key)
		if bestD < 0 || d < bestD {
			best, bestD = name, d
		}
	}
	if w.Custom() {
		for _, d := range w.defs {
			consider(normStatus(d.Name), d.Name)
		}
	} else {
		for alias, st := range statusAliases {
			consider(alias, strings.ReplaceAll(string(st), "_", " "))
		}
	}
	// Close enough: a slip of a letter or two, or a third of the word.
	if bestD >= 0 && bestD <= max(2, utf8.RuneCountInString(in)/3) {
		return best
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// ServiceDays is the service time standard of a service, in working days;
// ok is false when the office published none for it.
func (w *Workflow) ServiceDays(service string) (int, bool) {
	if w == nil || len(w.services) == 0 {
		return 0, false
	}
	n, ok := w.services[normStatus(service)]
	return n, ok
}

// HasStandards reports whether any service has a time standard.
func (w *Workflow) HasStandards() bool { return w != nil && len(w.services) > 0 }

// MinServiceDays is the shortest standard, 0 without any.
func (w *Workflow) MinServiceDays() int {
	m := 0
	for _, n := range w.services {
		if m == 0 || n < m {
			m = n
		}
	}
	return m
}

// WorkflowError is a problem in a STATUS_WORKFLOW file, with its line.
type WorkflowError struct {
	Line   int
	Reason string
}

func (e *WorkflowError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Reason)
	}
	return e.Reason
}

// Limits on a workflow file.
const (
	maxWorkflowStatuses = 100
	maxStatusName       = 60
	maxStatusText       = 1000
	maxServiceDays      = 365
)

type workflowFile struct {
	Statuses []yaml.Node `yaml:"statuses"`
	Services []yaml.Node `yaml:"services"`
}

type statusEntry struct {
	Name    string `yaml:"name"`
	Meaning string `yaml:"meaning"`
	Next    string `yaml:"next"`
	Final   bool   `yaml:"final"`
}

type serviceEntry struct {
	Name        string `yaml:"name"`
	WorkingDays int    `yaml:"working_days"`
}

// ParseWorkflow reads a STATUS_WORKFLOW file:
//
//	statuses:
//	  - name: Disposisi
//	    meaning: "..."
//	    next: "..."
//	    final: false
//	services:
//	  - name: Kenaikan Pangkat
//	    working_days: 14
//
// Without statuses the built-in vocabulary applies (the file may give only
// service standards). Unknown keys are ignored. Names must be unique after
// matching rules (case, spacing) are applied.
func ParseWorkflow(data []byte) (*Workflow, error) {
	var f workflowFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, &WorkflowError{Reason: "not a YAML mapping with statuses: " + err.Error()}
	}
	w := &Workflow{byKey: map[string]int{}, services: map[string]int{}}
	if len(f.Statuses) > maxWorkflowStatuses {
		return nil, &WorkflowError{Reason: fmt.Sprintf("more than %d statuses", maxWorkflowStatuses)}
	}
	for _, n := range f.Statuses {
		var e statusEntry
		if err := n.Decode(&e); err != nil {
			return nil, &WorkflowError{Line: n.Line, Reason: "a status must be a mapping with name, meaning, next, final: " + err.Error()}
		}
		name := strings.Join(strings.Fields(e.Name), " ")
		key := normStatus(name)
		switch {
		case key == "":
			return nil, &WorkflowError{Line: n.Line, Reason: "status without a name"}
		case utf8.RuneCountInString(name) > maxStatusName:
			return nil, &WorkflowError{Line: n.Line, Reason: fmt.Sprintf("status name longer than %d characters", maxStatusName)}
		case utf8.RuneCountInString(e.Meaning) > maxStatusText || utf8.RuneCountInString(e.Next) > maxStatusText:
			return nil, &WorkflowError{Line: n.Line, Reason: fmt.Sprintf("meaning or next longer than %d characters", maxStatusText)}
		}
		if j, dup := w.byKey[key]; dup {
			return nil, &WorkflowError{Line: n.Line, Reason: fmt.Sprintf("status %q is the same as %q (case and spacing do not count)", name, w.defs[j].Name)}
		}
		w.byKey[key] = len(w.defs)
		w.defs = append(w.defs, StatusDef{Name: name, Meaning: strings.TrimSpace(e.Meaning), Next: strings.TrimSpace(e.Next), Final: e.Final})
	}
	w.custom = len(w.defs) > 0
	for _, n := range f.Services {
		var e serviceEntry
		if err := n.Decode(&e); err != nil {
			return nil, &WorkflowError{Line: n.Line, Reason: "a service must be a mapping with name and working_days: " + err.Error()}
		}
		key := normStatus(e.Name)
		switch {
		case key == "":
			return nil, &WorkflowError{Line: n.Line, Reason: "service without a name"}
		case e.WorkingDays < 1 || e.WorkingDays > maxServiceDays:
			return nil, &WorkflowError{Line: n.Line, Reason: fmt.Sprintf("working_days of %q must be 1 to %d", e.Name, maxServiceDays)}
		}
		if _, dup := w.services[key]; dup {
			return nil, &WorkflowError{Line: n.Line, Reason: fmt.Sprintf("service %q appears twice", e.Name)}
		}
		w.services[key] = e.WorkingDays
	}
	if !w.custom && len(w.services) == 0 {
		return nil, &WorkflowError{Reason: "no statuses and no services: the file needs a list under statuses:"}
	}
	return w, nil
}

// UnknownStatusError is a status outside the vocabulary in force.
type UnknownStatusError struct {
	Status   string
	Workflow *Workflow
}

func (e *UnknownStatusError) Error() string {
	s := e.Status
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	names := strings.Join(e.Workflow.Names(), ", ")
	if d := e.Workflow.Suggest(e.Status); d != "" {
		return fmt.Sprintf("unknown status %q; did you mean %q? Use one of: %s", s, d, names)
	}
	return fmt.Sprintf("unknown status %q; use one of: %s", s, names)
}

// DueDate is the day an application is expected to be done under its
// service's time standard, counted from when it was received; ok is false
// when the service has no standard.
func (w *Workflow) DueDate(a Application, cal Calendar) (time.Time, bool) {
	n, ok := w.ServiceDays(a.Service)
	if !ok || a.CreatedAt.IsZero() {
		return time.Time{}, false
	}
	return cal.DueDate(a.CreatedAt, n), true
}

// Overdue reports whether an application not yet in a final status is past
// its due day.
func (w *Workflow) Overdue(a Application, cal Calendar, now time.Time) bool {
	due, ok := w.DueDate(a, cal)
	return ok && !w.Final(a.Status) && cal.Overdue(due, now)
}
