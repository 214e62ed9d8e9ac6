package handlers

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

func (s *Service) handoffJobs() []Job {
	if s.Cases == nil {
		return nil
	}
	return []Job{
		{Name: "case-sla", Every: time.Minute, Run: s.flagOverdue},
		{Name: "retention", Every: time.Hour, Run: s.purgeExpired},
		{Name: "case-held", Every: time.Minute, Act: s.releaseStranded},
	}
}

// releaseStranded releases held actions whose target exists. The outcome
// that creates a topic releases what is held at that moment; an action an
// officers' group's handler held while that outcome ran on the citizen's
// lane is found here. A release by both is stored once (Action.Replaces).
func (s *Service) releaseStranded(ctx context.Context) ([]outbox.Action, error) {
	ids, err := s.Cases.HeldCaseIDs(ctx)
	if err != nil {
		return nil, err
	}
	var acts []outbox.Action
	for _, id := range ids {
		c, err := s.Cases.FindCase(ctx, id)
		if errors.Is(err, helpdesk.ErrNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		if c.Topic == helpdesk.TopicPending {
			continue
		}
		rel, err := s.release(ctx, c)
		if err != nil {
			return nil, err
		}
		acts = append(acts, rel...)
	}
	return acts, nil
}

// flagOverdue reminds the group of cases waiting unclaimed too long, once
// per case.
func (s *Service) flagOverdue(ctx context.Context) error {
	sla := s.Settings.HandoffSLA
	// Waiting counts in office time only: nothing is flagged while the
	// office is closed, nor before it has been open for the SLA.
	if oh := s.hours; !oh.Always() {
		since := oh.OpenSince(s.now())
		if since.IsZero() || s.now().Sub(since) < sla {
			return nil
		}
	}
	_, err := s.Cases.FlagOverdueCases(ctx, s.now().Add(-sla), func(c helpdesk.Case) []outbox.Action {
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

// purgeExpired deletes or anonymises personal data older than the
// retention period.
func (s *Service) purgeExpired(ctx context.Context) error {
	e, err := s.Cases.PurgeExpired(ctx, s.now().Add(-s.Settings.Retention))
	if err != nil {
		return err
	}
	if e != (helpdesk.Erased{}) {
		s.Logger.Info("personal data past retention removed", "turns", e.Turns, "case_messages", e.CaseMessages,
			"cases", e.Cases, "citizens", e.Citizens, "updates", e.Updates)
	}
	return nil
}
