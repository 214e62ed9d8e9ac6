package handlers_test

import (
	"strings"

	"github.com/layananwarga/helpdesk/outbox"
)

// said joins the texts the bot sent.
func said(acts []outbox.Action) string {
	var b strings.Builder
	for _, a := range acts {
		if a.Kind == outbox.Send || a.Kind == outbox.Edit || a.Kind == outbox.AnswerCallback || a.Kind == outbox.Document {
			b.WriteString(a.Text + "\n")
		}
	}
	return b.String()
}

func buttons(acts []outbox.Action) []string {
	var out []string
	for _, a := range acts {
		for _, row := range a.Buttons {
			for _, b := range row {
				out = append(out, b.Data)
			}
		}
	}
	return out
}

func hasButton(acts []outbox.Action, data string) bool {
	for _, d := range buttons(acts) {
		if d == data {
			return true
		}
	}
	return false
}
