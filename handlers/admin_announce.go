package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

const (
	modeAnnounce = "admin:announce"
	// announceBatch is how many notices are enqueued a second: two thirds
	// of Telegram's 30 a second, leaving room for replies to citizens.
	announceBatch = 20
	// maxAnnouncement leaves room for the heading within one message.
	maxAnnouncement = 3500
)

// announceFlow sends the admins' announcements to the citizens who opted
// in, in batches, and takes the citizens' opt-in and opt-out.
type announceFlow struct {
	store    announceStore
	citizens citizenReader // whether a citizen receives announcements
	audit    *auditor
	settings Settings
	log      *slog.Logger
	now      func() time.Time
}

// announceStore keeps the announcements and counts their recipients.
type announceStore interface {
	// CreateAnnouncement stores a draft, once per update.
	CreateAnnouncement(ctx context.Context, text, createdBy string, updateID int64) (helpdesk.Announcement, error)
	FindAnnouncement(ctx context.Context, id int64) (helpdesk.Announcement, error)
	// StartAnnouncement marks a draft for sending; ErrConflict unless a draft.
	StartAnnouncement(ctx context.Context, id int64) (helpdesk.Announcement, error)
	SendingAnnouncements(ctx context.Context) ([]helpdesk.Announcement, error)
	// EnqueueAnnouncementBatch enqueues msg to up to n more citizens who
	// opted in, each once; done when none remain.
	EnqueueAnnouncementBatch(ctx context.Context, id int64, n int, msg outbox.Action) (enqueued int, done bool, err error)
	CancelAnnouncement(ctx context.Context, id int64) error
	CountSubscribers(ctx context.Context) (int, error)
	ListAnnouncements(ctx context.Context, limit int) ([]helpdesk.Announcement, error)
	AnnouncementStats(ctx context.Context, id int64) (helpdesk.AnnouncementStats, error)
}

func (s *announceFlow) jobs() []Job {
	if s.store == nil {
		return nil
	}
	return []Job{{Name: "announce", Every: time.Second, Run: s.announceBatches}}
}

// announceCommand runs /umumkan [text]: with a text it shows the preview,
// without one it asks for the text.
func (s *announceFlow) announceCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	switch strings.ToLower(strings.TrimSpace(req.Args)) {
	case "riwayat", "status", "history":
		return s.announceHistory(ctx, req)
	}
	if text := strings.TrimSpace(req.Args); text != "" {
		return s.announcePreview(ctx, req, text)
	}
	st.SetMode(modeAnnounce, nil, s.now())
	return []outbox.Action{say(req, msgAnnounceAsk)}, nil
}

func (s *announceFlow) announceInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	text := strings.TrimSpace(req.Text)
	if text == "" {
		return []outbox.Action{say(req, msgAnnounceAsk)}, true, nil
	}
	st.ClearMode()
	acts, err := s.announcePreview(ctx, req, text)
	return acts, true, err
}

// announcePreview stores a draft and shows it exactly as citizens will see
// it, with the number of recipients and Kirim/Batal buttons.
func (s *announceFlow) announcePreview(ctx context.Context, req Request, text string) ([]outbox.Action, error) {
	if runeLen(text) > maxAnnouncement {
		return []outbox.Action{say(req, fmt.Sprintf(msgAnnounceTooLong, maxAnnouncement))}, nil
	}
	a, err := s.store.CreateAnnouncement(ctx, text, actor(req), req.UpdateID)
	if err != nil {
		return nil, fmt.Errorf("announce: %w", err)
	}
	n, err := s.store.CountSubscribers(ctx)
	if err != nil {
		return nil, fmt.Errorf("announce: %w", err)
	}
	id := strconv.FormatInt(a.ID, 10)
	return []outbox.Action{
		say(req, msgAnnouncePreview),
		announcementMessage(req.Chat.ID, a.Text),
		reply(req, fmt.Sprintf(msgAnnounceConfirm, n), [][]outbox.Button{{
			{Text: btnAnnounceSend, Data: "ann:send:" + id}, {Text: btnCancel, Data: "ann:cancel:" + id}}}),
	}, nil
}

// announcementMessage is what a citizen receives, with the opt-out button.
func announcementMessage(chatID int64, text string) outbox.Action {
	return outbox.Action{Kind: outbox.Send, ChatID: chatID, Text: msgAnnouncementHead + esc(text),
		Buttons: [][]outbox.Button{{{Text: btnAnnounceOff, Data: "ann:off"}}}}
}

// announceCallback handles ann:send:ID and ann:cancel:ID.
func (s *announceFlow) announceCallback(ctx context.Context, req Request, st *ChatState, p []string) ([]outbox.Action, error) {
	if len(p) != 2 {
		return []outbox.Action{ack(req, "")}, nil
	}
	id, err := strconv.ParseInt(p[1], 10, 64)
	if err != nil || id < 1 {
		return []outbox.Action{ack(req, "")}, nil
	}
	switch p[0] {
	case "send":
		draft, err := s.store.FindAnnouncement(ctx, id)
		if errors.Is(err, helpdesk.ErrNotFound) {
			return []outbox.Action{ack(req, msgAnnounceGone)}, nil
		} else if err != nil {
			return nil, fmt.Errorf("announce: %w", err)
		}
		a, err := s.store.StartAnnouncement(ctx, draft.ID)
		if errors.Is(err, helpdesk.ErrConflict) {
			return []outbox.Action{ack(req, msgAnnounceGone)}, nil
		} else if err != nil {
			return nil, fmt.Errorf("announce: %w", err)
		}
		n, err := s.store.CountSubscribers(ctx)
		if err != nil {
			return nil, fmt.Errorf("announce: %w", err)
		}
		// The announce job enqueues one batch a second from now on.
		s.audit.record(ctx, req, "announce", true, fmt.Sprintf("#%d to %d citizens", a.ID, n))
		return []outbox.Action{ack(req, ""), say(req, fmt.Sprintf(msgAnnounceQueued, a.ID, n, announceBatch))}, nil
	case "cancel":
		err := s.store.CancelAnnouncement(ctx, id)
		if errors.Is(err, helpdesk.ErrConflict) || errors.Is(err, helpdesk.ErrNotFound) {
			return []outbox.Action{ack(req, msgAnnounceGone)}, nil
		} else if err != nil {
			return nil, fmt.Errorf("announce: %w", err)
		}
		return []outbox.Action{ack(req, ""), say(req, msgAnnounceCancelled)}, nil
	}
	return []outbox.Action{ack(req, "")}, nil
}

// subscribeCommand runs the citizens' /pengumuman [ya|tidak].
func (s *announceFlow) subscribeCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	switch strings.ToLower(strings.TrimSpace(req.Args)) {
	case "ya", "on", "yes", "aktif":
		return s.setSubscription(ctx, req, st, true)
	case "tidak", "off", "no", "stop", "berhenti":
		return s.setSubscription(ctx, req, st, false)
	}
	c, err := findCitizen(ctx, s.citizens, req.rec, req.Chat.ID)
	if err != nil && !errors.Is(err, helpdesk.ErrNotFound) {
		return nil, fmt.Errorf("announcements: %w", err)
	}
	if c.Announcements {
		return []outbox.Action{reply(req, msgSubscribedNow.in(st.English),
			[][]outbox.Button{{{Text: btnAnnounceOff, Data: "ann:off"}}})}, nil
	}
	return []outbox.Action{reply(req, msgUnsubscribedNow.in(st.English),
		[][]outbox.Button{{{Text: btnAnnounceOn.in(st.English), Data: "ann:on"}}})}, nil
}

func (s *announceFlow) subscribeCallback(ctx context.Context, req Request, st *ChatState, on bool) ([]outbox.Action, error) {
	acts, err := s.setSubscription(ctx, req, st, on)
	return append([]outbox.Action{ack(req, "")}, acts...), err
}

func (s *announceFlow) setSubscription(ctx context.Context, req Request, st *ChatState, on bool) ([]outbox.Action, error) {
	req.rec.Announcements = append(req.rec.Announcements, helpdesk.AnnouncementChoice{ChatID: req.Chat.ID, On: on})
	if on {
		return []outbox.Action{say(req, msgSubscribed.in(st.English))}, nil
	}
	return []outbox.Action{say(req, msgUnsubscribed.in(st.English))}, nil
}

// announceHistory lists the last announcements with their delivery counts.
func (s *announceFlow) announceHistory(ctx context.Context, req Request) ([]outbox.Action, error) {
	list, err := s.store.ListAnnouncements(ctx, 5)
	if err != nil {
		return nil, fmt.Errorf("announce history: %w", err)
	}
	if len(list) == 0 {
		return []outbox.Action{say(req, msgAnnounceNone)}, nil
	}
	var b strings.Builder
	b.WriteString(msgAnnounceHistory)
	for _, a := range list {
		fmt.Fprintf(&b, "\n\n<b>#%d</b> · %s · %s · ", a.ID, esc(fmtTime(a.CreatedAt, s.settings.Location)), esc(a.CreatedBy))
		switch a.State {
		case helpdesk.AnnouncementSent:
			st, err := s.store.AnnouncementStats(ctx, a.ID)
			if err != nil {
				return nil, fmt.Errorf("announce history: %w", err)
			}
			fmt.Fprintf(&b, msgAnnounceStats, st.Sent, a.Recipients, st.Pending, st.Failed)
		case helpdesk.AnnouncementSending:
			st, err := s.store.AnnouncementStats(ctx, a.ID)
			if err != nil {
				return nil, fmt.Errorf("announce history: %w", err)
			}
			fmt.Fprintf(&b, msgAnnounceSending+msgAnnounceStats, st.Sent, a.Recipients, st.Pending, st.Failed)
		case helpdesk.AnnouncementCancelled:
			b.WriteString(msgAnnounceStateCancelled)
		default:
			b.WriteString(msgAnnounceStateDraft)
		}
		fmt.Fprintf(&b, "\n«%s»", esc(truncate(a.Text, 120)))
	}
	return []outbox.Action{say(req, b.String())}, nil
}

// announceBatches enqueues the next batch of every announcement being sent.
func (s *announceFlow) announceBatches(ctx context.Context) error {
	list, err := s.store.SendingAnnouncements(ctx)
	if err != nil {
		return fmt.Errorf("announce: %w", err)
	}
	for _, a := range list {
		n, done, err := s.store.EnqueueAnnouncementBatch(ctx, a.ID, announceBatch, announcementMessage(0, a.Text))
		if err != nil {
			return fmt.Errorf("announce #%d: %w", a.ID, err)
		}
		if done {
			s.log.Info("announcement enqueued", "announcement", a.ID, "last_batch", n)
		}
	}
	return nil
}
