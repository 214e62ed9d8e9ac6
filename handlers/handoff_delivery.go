package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// topicFlow keeps each case's place in its officers' group: the topic and
// the summary, the actions addressed to them, the actions held until they
// exist, and what the deliveries tell of them.
type topicFlow struct {
	cases    topicStore // nil: no officers
	chats    chatReader
	kb       Knowledge
	apps     subscriptionReader // nil: no applications to link
	forums   *forumMemo
	settings Settings
	log      *slog.Logger
	now      func() time.Time
}

// topicStore is what the topic flow needs of the store.
type topicStore interface {
	FindCase(ctx context.Context, id int64) (helpdesk.Case, error)
	CaseMessages(ctx context.Context, caseID int64) ([]helpdesk.CaseMessage, error)
	AskTopic(ctx context.Context, id int64, since time.Time, by int64) (bool, error)
	SetGroupForum(ctx context.Context, chat int64, forum bool) error
	// HeldActions lists the actions of a case held until its topic (or
	// summary) exists, oldest first.
	HeldActions(ctx context.Context, group, caseID int64) ([]outbox.Held, error)
	// HeldCaseIDs lists the cases with held actions.
	HeldCaseIDs(ctx context.Context) ([]int64, error)
}

// subscriptionReader lists the applications a chat follows.
type subscriptionReader interface {
	Subscriptions(ctx context.Context, chatID int64) ([]helpdesk.Application, error)
}

func (s *topicFlow) jobs() []Job {
	if s.cases == nil {
		return nil
	}
	return []Job{{Name: "case-held", Every: time.Minute, Act: s.releaseStranded}}
}

// noticeForum records that an officers' group has topics.
func (s *topicFlow) noticeForum(ctx context.Context, chat int64) error {
	if s.cases == nil {
		return nil
	}
	return s.rememberForum(ctx, chat, true)
}

// address addresses the actions a handler decided to a case's current
// topic, or, in a group without topics, threads them under the case's
// summary. An action whose target does not exist yet (the topic is being
// created, or the summary it replies to is not sent yet) is held: stored
// unsent until the outcome that creates the target releases it (see
// caseOutcome). Addressing happens when the handler runs, on its lane, so
// the stored text is the text sent.
func (s *topicFlow) address(ctx context.Context, acts []outbox.Action) ([]outbox.Action, error) {
	if s.cases == nil {
		return acts, nil
	}
	cases := map[int64]*helpdesk.Case{}
	out := acts[:0:0]
	for _, a := range acts {
		if a.CaseID == 0 || a.Replaces != 0 || a.Kind == outbox.CreateTopic || a.Kind == outbox.AnswerCallback {
			out = append(out, a)
			continue
		}
		c, ok := cases[a.CaseID]
		if !ok {
			found, err := s.cases.FindCase(ctx, a.CaseID)
			if errors.Is(err, helpdesk.ErrNotFound) {
				cases[a.CaseID] = nil
				continue // the case was erased: nothing to address
			} else if err != nil {
				return nil, err
			}
			c = &found
			cases[a.CaseID] = c
		}
		if c == nil {
			continue
		}
		if a, keep := addressTo(*c, a); keep {
			out = append(out, a)
		}
	}
	return out, nil
}

// addressTo addresses one action of case c (see address). keep is false
// for an action that cannot be performed at all (a topic operation in a
// group without topics).
func addressTo(c helpdesk.Case, a outbox.Action) (_ outbox.Action, keep bool) {
	a.Hold = false
	if a.ChatID != c.GroupChat || a.Kind == outbox.CreateTopic {
		return a, true
	}
	topicOnly := a.Kind == outbox.EditTopic || a.Kind == outbox.CloseTopic || a.Kind == outbox.ReopenTopic || a.Kind == outbox.DeleteTopic
	kind, _, media := parseRef(a.Ref)
	switch c.Topic {
	case helpdesk.TopicForum:
		a.ThreadID = c.ThreadID
	case helpdesk.TopicReplies:
		if topicOnly {
			return a, false
		}
		a.ThreadID = 0
		if kind == "summary" {
			a.Text = strings.Replace(a.Text, hintTopic, hintReplies, 1)
			return a, true
		}
		if c.SummaryMsg == 0 && a.Kind == outbox.Send && a.ReplyTo == 0 {
			a.Hold = true // waits for the summary it replies to
			return a, true
		}
		if kind == "c" {
			head := fmt.Sprintf("<b>#%d · %s</b>", c.ID, esc(c.CitizenName))
			if c.Priority {
				head = "🔴 " + head
			}
			switch {
			case strings.Contains(a.Text, head):
			case a.Kind == outbox.Send:
				a.Text = head + "\n" + a.Text
			case a.Kind == outbox.Copy && captioned(media):
				a.Text = strings.TrimSpace(head + "\n" + a.Text)
			}
		}
		if a.Kind == outbox.Send && a.ReplyTo == 0 {
			a.ReplyTo = c.SummaryMsg
		}
	default:
		// The topic is being created: the action waits for it.
		a.ThreadID = 0
		a.Hold = true
	}
	return a, true
}

// release returns, for every action of case c held until now whose target
// exists, a copy addressed to it that replaces the held one.
func (s *topicFlow) release(ctx context.Context, c helpdesk.Case) ([]outbox.Action, error) {
	held, err := s.cases.HeldActions(ctx, c.GroupChat, c.ID)
	if err != nil {
		return nil, err
	}
	var acts []outbox.Action
	for _, h := range held {
		a, keep := addressTo(c, h.Action)
		if a.Hold || !keep {
			// Still waiting (for the summary, in a group without topics), or
			// a topic operation in a group without topics: it stays held
			// and goes with the outbox's retention.
			continue
		}
		a.Replaces = h.ID
		acts = append(acts, a)
	}
	return acts, nil
}

// caseOutcome reacts, on the lane of the case's citizen, to how an action
// of a case ended: it learns topics and message ids, releases the actions
// that waited for them, and replaces a message that failed because its
// topic was deleted or closed by hand: the topic is created again with the
// summary, and the message waits for it. What it learns it records in rec.
func (s *topicFlow) caseOutcome(ctx context.Context, rec *helpdesk.Records, d outbox.Delivery) ([]outbox.Action, error) {
	a := d.Action
	if a.CaseID == 0 || s.cases == nil {
		return nil, nil
	}
	c, err := s.cases.FindCase(ctx, a.CaseID)
	if errors.Is(err, helpdesk.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	kind, _, _ := parseRef(a.Ref)
	if d.Err == nil {
		switch {
		case a.Kind == outbox.CreateTopic:
			rec.CaseTopics = append(rec.CaseTopics, helpdesk.CaseTopic{CaseID: c.ID, Thread: d.ThreadID, Mode: helpdesk.TopicForum})
			if err := s.rememberForum(ctx, c.GroupChat, true); err != nil {
				return nil, err
			}
			c.Topic, c.ThreadID = helpdesk.TopicForum, d.ThreadID
			return s.release(ctx, c)
		case a.ChatID == c.GroupChat && d.MessageID != 0 && (a.Kind == outbox.Send || a.Kind == outbox.Copy):
			// The post is tied to its case already (storage.DB.MarkDelivered).
			if kind == "summary" {
				rec.CaseSummaries = append(rec.CaseSummaries, helpdesk.CaseSummary{CaseID: c.ID, Message: d.MessageID})
				c.SummaryMsg = d.MessageID
				return s.release(ctx, c)
			}
		}
		return nil, nil
	}
	switch {
	case a.Kind == outbox.CreateTopic:
		// No topics in this group, or no right to open them: thread by replies.
		s.log.Warn("cannot open a topic, threading by replies", "case", c.ID, "err", d.Err)
		rec.CaseTopics = append(rec.CaseTopics, helpdesk.CaseTopic{CaseID: c.ID, Mode: helpdesk.TopicReplies})
		if errors.Is(d.Err, outbox.ErrRejected) {
			if err := s.rememberForum(ctx, c.GroupChat, false); err != nil {
				return nil, err
			}
		}
		c.Topic, c.ThreadID = helpdesk.TopicReplies, 0
		return s.release(ctx, c)
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
		// The message goes again, addressed afresh (see address).
		retry := a
		retry.ThreadID, retry.Replaces, retry.Hold = 0, 0, false
		if c.Topic == helpdesk.TopicReplies {
			return []outbox.Action{retry}, nil
		}
		if c.Topic == helpdesk.TopicForum && c.ThreadID != a.ThreadID {
			return []outbox.Action{retry}, nil // the topic was recreated since
		}
		asked, err := s.cases.AskTopic(ctx, c.ID, s.now().Add(-topicRetryWindow), d.OutboxID)
		if err != nil {
			return nil, err
		}
		if !asked {
			return []outbox.Action{retry}, nil
		}
		c.Topic, c.ThreadID = helpdesk.TopicPending, 0
		acts, err := s.topicActions(ctx, nil, c, true)
		if err != nil {
			return nil, err
		}
		return append(acts, retry), nil
	}
	return nil, nil
}

// rememberForum records whether a group has topics, writing only changes.
func (s *topicFlow) rememberForum(ctx context.Context, chat int64, forum bool) error {
	if s.forums.known(chat, forum) {
		return nil
	}
	if err := s.cases.SetGroupForum(ctx, chat, forum); err != nil {
		return err
	}
	s.forums.set(chat, forum)
	return nil
}

// forumMemo remembers what each officers' group was last recorded as
// (topics or not), so that only changes are written. It holds the officers'
// groups only, a handful.
type forumMemo struct {
	mu   sync.Mutex
	seen map[int64]bool
}

func (m *forumMemo) known(chat int64, forum bool) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.seen[chat]
	return ok && v == forum
}

func (m *forumMemo) set(chat int64, forum bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen == nil {
		m.seen = map[int64]bool{}
	}
	m.seen[chat] = forum
}

// releaseStranded releases held actions whose target exists. The outcome
// that creates a topic releases what is held at that moment; an action an
// officers' group's handler held while that outcome ran on the citizen's
// lane is found here. A release by both is stored once (Action.Replaces).
func (s *topicFlow) releaseStranded(ctx context.Context) ([]outbox.Action, error) {
	ids, err := s.cases.HeldCaseIDs(ctx)
	if err != nil {
		return nil, err
	}
	var acts []outbox.Action
	for _, id := range ids {
		c, err := s.cases.FindCase(ctx, id)
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
