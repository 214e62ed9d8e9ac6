package handlers

// Placeholder: knowledge-base administration (issue 7) replaces this file.

import (
	"context"

	"github.com/layananwarga/helpdesk/outbox"
)

// AdminStore keeps article versions, the gaps report and announcements.
type AdminStore interface{}

func (s *Service) adminCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.say(req, msgNotYet)}, nil
}

func (s *Service) adminDocument(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.say(req, msgNotYet)}, nil
}

func (s *Service) adminInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	st.ClearMode()
	return nil, false, nil
}

func (s *Service) adminCallback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	return []outbox.Action{s.ack(req, "")}, nil
}

func (s *Service) adminJobs() []Job { return nil }
