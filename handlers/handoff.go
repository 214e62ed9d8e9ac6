package handlers

// Placeholder: the officer hand-off conversation (issue 5) replaces this file.

import (
	"context"

	"github.com/layananwarga/helpdesk/outbox"
)

// CaseStore keeps handed-off cases, their topics and transcripts.
type CaseStore interface{}

func (s *Service) handoffCommand(ctx context.Context, req Request, st *ChatState, priority bool) ([]outbox.Action, error) {
	return []outbox.Action{s.say(req, msgNotYet)}, nil
}

func (s *Service) endCaseCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.say(req, msgNotYet)}, nil
}

func (s *Service) privacyCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.say(req, msgNotYet)}, nil
}

func (s *Service) reportCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.say(req, msgNotYet)}, nil
}

func (s *Service) relayFromCitizen(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	return nil, false, nil
}

func (s *Service) caseInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	st.ClearMode()
	return nil, false, nil
}

func (s *Service) caseCallback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.ack(req, "")}, nil
}

// agentGroup handles everything said in an officers' group.
func (s *Service) agentGroup(ctx context.Context, req Request) ([]outbox.Action, error) {
	if req.Command == "setstatus" {
		return s.officerSetStatus(ctx, req)
	}
	return nil, nil
}

func (s *Service) handoffJobs() []Job { return nil }

func (s *Service) resolveCase(ctx context.Context, a *outbox.Action) error { return nil }

func (s *Service) caseDelivered(ctx context.Context, d outbox.Delivery) ([]outbox.Action, error) {
	return nil, nil
}

// complaintSignal reports whether a message sounds like a complaint or distress.
func complaintSignal(text string) bool { return false }
