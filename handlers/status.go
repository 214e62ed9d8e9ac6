package handlers

// Placeholder: the application-status conversation (issue 4) replaces this file.

import (
	"context"

	"github.com/layananwarga/helpdesk/outbox"
)

// ApplicationStore keeps applications, their history and subscriptions.
type ApplicationStore interface{}

func (s *Service) statusCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.say(req, msgNotYet)}, nil
}

func (s *Service) statusInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	st.ClearMode()
	return nil, false, nil
}

func (s *Service) statusCallback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.ack(req, "")}, nil
}

// officerSetStatus runs /setstatus in the officers' group.
func (s *Service) officerSetStatus(ctx context.Context, req Request) ([]outbox.Action, error) {
	return nil, nil
}

func (s *Service) statusJobs() []Job { return nil }
