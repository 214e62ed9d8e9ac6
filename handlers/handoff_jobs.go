package handlers

import (
	"context"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

func (s *caseFlow) jobs() []Job {
	if s.cases == nil {
		return nil
	}
	return []Job{
		{Name: "case-sla", Every: time.Minute, Run: s.flagOverdue},
	}
}

// flagOverdue reminds the group of cases waiting unclaimed too long, once
// per case.
func (s *caseFlow) flagOverdue(ctx context.Context) error {
	sla := s.settings.HandoffSLA
	// Waiting counts in office time only: nothing is flagged while the
	// office is closed, nor before it has been open for the SLA.
	if oh := s.hours; !oh.Always() {
		since := oh.OpenSince(s.now())
		if since.IsZero() || s.now().Sub(since) < sla {
			return nil
		}
	}
	_, err := s.cases.FlagOverdueCases(ctx, s.now().Add(-sla), func(c helpdesk.Case) []outbox.Action {
		a := outbox.Action{Kind: outbox.Send, ChatID: c.GroupChat,
			Text:    fmt.Sprintf(grpSLA, c.ID, esc(c.CitizenName+" · "+c.Subject), fmtAge(s.now().Sub(c.CreatedAt))),
			Buttons: [][]outbox.Button{{{Text: btnClaim, Data: fmt.Sprintf("case:claim:%d", c.ID)}}}}
		if c.Topic == helpdesk.TopicReplies {
			a.ReplyTo = c.SummaryMsg
		}
		return []outbox.Action{a}
	})
	return err
}
