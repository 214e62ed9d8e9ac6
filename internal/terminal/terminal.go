// Package terminal is the transport of `helpdesk chat`: it prints the
// actions the pipeline delivers.
package terminal

import (
	"context"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/layananwarga/helpdesk/outbox"
)

// Terminal performs actions by printing them: the transport of
// `helpdesk chat`. Buttons are numbered; typing #N presses one.
type Terminal struct {
	W io.Writer

	mu      sync.Mutex
	buttons []outbox.Button
	nextID  int
}

var (
	reAnchor = regexp.MustCompile(`<a href="([^"]*)">([^<]*)</a>`)
	reTag    = regexp.MustCompile(`<[^>]+>`)
)

// Do prints one action.
func (t *Terminal) Do(ctx context.Context, a outbox.Action) (outbox.Result, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.nextID++
	switch a.Kind {
	case outbox.Send, outbox.Edit:
		text := a.Text
		if !a.Plain {
			text = terminalText(text)
		}
		fmt.Fprintf(t.W, "\n%s\n", text)
		if len(a.Buttons) > 0 {
			t.buttons = t.buttons[:0]
			for _, row := range a.Buttons {
				var cells []string
				for _, b := range row {
					t.buttons = append(t.buttons, b)
					cells = append(cells, fmt.Sprintf("[#%d %s]", len(t.buttons), b.Text))
				}
				fmt.Fprintln(t.W, strings.Join(cells, " "))
			}
		}
	case outbox.AnswerCallback:
		if a.Text != "" {
			fmt.Fprintf(t.W, "(%s)\n", a.Text)
		}
	case outbox.Document:
		fmt.Fprintf(t.W, "[file %s, %d bytes]\n", a.FileName, len(a.File))
	case outbox.Copy:
		fmt.Fprintln(t.W, "[media]")
	}
	return outbox.Result{MessageID: t.nextID}, nil
}

// Button returns the button numbered n (from 1) in the last keyboard shown.
func (t *Terminal) Button(n int) (outbox.Button, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n < 1 || n > len(t.buttons) {
		return outbox.Button{}, false
	}
	return t.buttons[n-1], true
}

// terminalText renders Telegram HTML for a terminal: links show their
// address, other tags are dropped.
func terminalText(s string) string {
	s = reAnchor.ReplaceAllString(s, "$2 ($1)")
	return html.UnescapeString(reTag.ReplaceAllString(s, ""))
}
