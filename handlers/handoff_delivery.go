package handlers

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// resolveCase addresses an action of a case to its current topic, or, in a
// group without topics, threads it under the case's summary.
func (s *Service) resolveCase(ctx context.Context, a *outbox.Action) error {
	if s.Cases == nil {
		return nil
	}
	c, err := s.Cases.FindCase(ctx, a.CaseID)
	if errors.Is(err, helpdesk.ErrNotFound) {
		return fmt.Errorf("%w: case %d not found", outbox.ErrRejected, a.CaseID)
	} else if err != nil {
		return err
	}
	if a.ChatID != c.GroupChat || a.Kind == outbox.CreateTopic {
		return nil
	}
	topicOnly := a.Kind == outbox.EditTopic || a.Kind == outbox.CloseTopic || a.Kind == outbox.ReopenTopic || a.Kind == outbox.DeleteTopic
	switch c.Topic {
	case helpdesk.TopicForum:
		a.ThreadID = c.ThreadID
	case helpdesk.TopicReplies:
		if topicOnly {
			return fmt.Errorf("%w: group has no topics", outbox.ErrRejected)
		}
		a.ThreadID = 0
		kind, _, media := parseRef(a.Ref)
		if kind == "c" {
			head := fmt.Sprintf("<b>#%d · %s</b>", c.ID, esc(c.CitizenName))
			if c.Priority {
				head = "🔴 " + head
			}
			switch {
			case a.Kind == outbox.Send:
				a.Text = head + "\n" + a.Text
			case a.Kind == outbox.Copy && captioned(media):
				a.Text = strings.TrimSpace(head + "\n" + a.Text)
			}
		}
		if kind == "summary" {
			a.Text = strings.Replace(a.Text, hintTopic, hintReplies, 1)
		}
		if a.Kind == outbox.Send && a.ReplyTo == 0 && kind != "summary" {
			a.ReplyTo = c.SummaryMsg
		}
	default:
		if topicOnly {
			return fmt.Errorf("%w: topic of case %d not there", outbox.ErrRejected, c.ID)
		}
		// The topic is being created again: the action goes after it.
		return fmt.Errorf("%w: topic of case %d is being recreated", outbox.ErrThreadGone, c.ID)
	}
	return nil
}

// caseDelivered learns topics and message ids from deliveries, and replaces
// a message that failed because its topic was deleted or closed by hand:
// the topic is created again with the summary, then the message follows.
func (s *Service) caseDelivered(ctx context.Context, d outbox.Delivery) ([]outbox.Action, error) {
	a := d.Action
	if a.CaseID == 0 || s.Cases == nil {
		return nil, nil
	}
	c, err := s.Cases.FindCase(ctx, a.CaseID)
	if errors.Is(err, helpdesk.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	kind, citizenMsg, _ := parseRef(a.Ref)
	if d.Err == nil {
		switch {
		case a.Kind == outbox.CreateTopic:
			if err := s.Cases.SetCaseTopic(ctx, c.ID, d.ThreadID, helpdesk.TopicForum); err != nil {
				return nil, err
			}
			return nil, s.rememberForum(ctx, c.GroupChat, true)
		case a.ChatID == c.GroupChat && d.MessageID != 0 && (a.Kind == outbox.Send || a.Kind == outbox.Copy):
			if kind == "summary" {
				if err := s.Cases.SetSummaryMessage(ctx, c.ID, d.MessageID); err != nil {
					return nil, err
				}
			}
			return nil, s.Cases.MapGroupMessage(ctx, c.GroupChat, d.MessageID, c.ID, citizenMsg)
		}
		return nil, nil
	}
	switch {
	case a.Kind == outbox.CreateTopic:
		// No topics in this group, or no right to open them: thread by replies.
		s.Logger.Warn("cannot open a topic, threading by replies", "case", c.ID, "err", d.Err)
		if err := s.Cases.SetCaseTopic(ctx, c.ID, 0, helpdesk.TopicReplies); err != nil {
			return nil, err
		}
		if !errors.Is(d.Err, outbox.ErrRejected) {
			return nil, nil // a passing failure says nothing about the group
		}
		return nil, s.rememberForum(ctx, c.GroupChat, false)
	case a.ChatID != c.GroupChat:
		if errors.Is(d.Err, outbox.ErrForbidden) && c.Open() {
			return []outbox.Action{{Kind: outbox.Send, ChatID: c.GroupChat, CaseID: c.ID, Text: fmt.Sprintf(grpForbidden, c.ID),
				Ref: caseRef(c.ID, "n")}}, nil
		}
		return nil, nil
	case errors.Is(d.Err, outbox.ErrThreadGone):
		if a.Kind != outbox.Send && a.Kind != outbox.Copy && a.Kind != outbox.Document {
			return nil, nil
		}
		if !c.Open() && kind != "c" {
			return nil, nil
		}
		retry := a
		retry.ThreadID = 0
		if kind == "c" && c.Topic == helpdesk.TopicReplies {
			return []outbox.Action{retry}, nil
		}
		if c.Topic == helpdesk.TopicPending {
			// Undo what resolveCase added, so the retry resolves afresh.
			retry = d.Action
			retry.ThreadID = 0
		}
		asked, err := s.Cases.AskTopic(ctx, c.ID, s.now().Add(-topicRetryWindow))
		if err != nil {
			return nil, err
		}
		if !asked {
			return []outbox.Action{retry}, nil
		}
		c.Topic, c.ThreadID = helpdesk.TopicPending, 0
		acts, err := s.topicActions(ctx, c, true)
		if err != nil {
			return nil, err
		}
		return append(acts, retry), nil
	}
	return nil, nil
}

// rememberForum records whether a group has topics, writing only changes.
func (s *Service) rememberForum(ctx context.Context, chat int64, forum bool) error {
	key := forumKey{store: s.Cases, chat: chat}
	if v, ok := forumSeen.Load(key); ok && v.(bool) == forum {
		return nil
	}
	if err := s.Cases.SetGroupForum(ctx, chat, forum); err != nil {
		return err
	}
	forumSeen.Store(key, forum)
	return nil
}
