package handlers

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// officerMessage runs what an officer writes in the group: the queue, and
// claiming, closing or answering the case of the topic (or of the bot
// message replied to).
func (s *caseFlow) officerMessage(ctx context.Context, req Request) ([]outbox.Action, error) {
	if s.cases == nil {
		return nil, nil
	}
	switch req.Command {
	case "antrian", "queue":
		return s.queueList(ctx, req)
	case "":
	case "tutup", "close", "ambil", "claim":
	default:
		return nil, nil // someone else's bot command
	}
	c, _, found, err := s.groupCase(ctx, req)
	if err != nil {
		return nil, err
	}
	if !found {
		if req.Command != "" {
			return []outbox.Action{groupNote(req, grpNoCase)}, nil
		}
		return nil, nil // officers talking among themselves
	}
	name := officerName(req)
	switch req.Command {
	case "tutup", "close":
		acts, err := s.closeCase(ctx, c, req.From.ID, name, s.citizenEnglish(ctx, c), req.UpdateID)
		if err == nil && len(acts) == 0 {
			acts = []outbox.Action{groupNote(req, fmt.Sprintf("Kasus #%d sudah ditutup.", c.ID))}
		}
		return acts, err
	case "ambil", "claim":
		return s.claim(ctx, req, c, name)
	}
	return s.relayFromOfficer(ctx, req, c, name)
}

// officerCheck is what the bot knows of a sender in an officers' group.
type officerCheck int

const (
	notOfficer officerCheck = iota
	officer
	// anonymousAdmin posts as the group itself: Telegram hides who it is.
	anonymousAdmin
	// unchecked could not be checked (getChatMember failed).
	unchecked
)

// checkOfficer tells whether the sender is a member of the group. Only a
// real user, checked with getChatMember, is an officer; when the check
// fails the sender is unchecked, and nothing they do is carried out (fail
// closed). A message sent on behalf of the group itself comes from an
// anonymous admin (the Bot API gives it a placeholder sender or none):
// nobody can tell which officer it is, so it is not acted on either.
func (s *caseFlow) checkOfficer(ctx context.Context, req Request) officerCheck {
	switch {
	case req.SenderChat == req.Chat.ID && req.Callback == nil && !req.Forwarded:
		return anonymousAdmin
	case req.SenderChat != 0 || req.From.IsBot || req.From.ID <= 0:
		return notOfficer
	case s.members == nil:
		return officer
	}
	ok, err := s.members.IsMember(ctx, req.Chat.ID, req.From.ID)
	if err != nil {
		s.log.Warn("membership check failed, refusing until it works", "chat", req.Chat.ID, "err", err)
		return unchecked
	}
	if !ok {
		return notOfficer
	}
	return officer
}

// unverifiedOfficer answers an anonymous admin or a sender whose
// membership could not be checked, but only when the message would have
// done something: a command, or a message in a case.
func (s *caseFlow) unverifiedOfficer(ctx context.Context, req Request, who officerCheck) ([]outbox.Action, error) {
	acts := false
	switch req.Command {
	case "setstatus", "antrian", "queue", "tutup", "close", "ambil", "claim":
		acts = true
	case "":
		if s.cases != nil {
			_, _, found, err := s.groupCase(ctx, req)
			if err != nil {
				return nil, err
			}
			acts = found
		}
	}
	if !acts {
		return nil, nil
	}
	if who == anonymousAdmin {
		return []outbox.Action{groupNote(req, grpAnonymous)}, nil
	}
	return []outbox.Action{groupNote(req, grpCheckFailed)}, nil
}

func officerName(req Request) string {
	if req.From.Name() == "" {
		return officerDefault
	}
	return req.From.Name()
}

// groupCase finds the case a group message belongs to: by its topic, or by
// the bot message it replies to.
func (s *caseFlow) groupCase(ctx context.Context, req Request) (helpdesk.Case, int, bool, error) {
	if req.ThreadID != 0 {
		c, err := s.cases.FindCaseByThread(ctx, req.Chat.ID, req.ThreadID)
		if err == nil {
			return c, 0, true, nil
		} else if !errors.Is(err, helpdesk.ErrNotFound) {
			return c, 0, false, err
		}
	}
	if req.ReplyTo != nil {
		c, cm, err := s.cases.FindCaseByGroupMessage(ctx, req.Chat.ID, req.ReplyTo.MessageID)
		if err == nil {
			return c, cm, true, nil
		} else if !errors.Is(err, helpdesk.ErrNotFound) {
			return c, 0, false, err
		}
	}
	return helpdesk.Case{}, 0, false, nil
}

// groupNote answers in the group, in the thread the request came from.
func groupNote(req Request, html string) outbox.Action {
	a := outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, ThreadID: req.ThreadID, Text: html, Silent: true}
	if req.ThreadID == 0 && req.MessageID != 0 {
		a.ReplyTo = req.MessageID
	}
	return a
}

// relayFromOfficer copies an officer's message (any media) to the citizen,
// naming the officer the first time they speak in the case.
func (s *caseFlow) relayFromOfficer(ctx context.Context, req Request, c helpdesk.Case, name string) ([]outbox.Action, error) {
	if !c.Open() {
		return []outbox.Action{groupNote(req, fmt.Sprintf(grpAlreadyClosed, c.ID))}, nil
	}
	if req.Media == nil && strings.TrimSpace(req.Text) == "" {
		return nil, nil
	}
	first, err := s.cases.OfficerSpoke(ctx, c.ID, req.From.ID, name)
	if err != nil {
		return nil, err
	}
	m := helpdesk.CaseMessage{CaseID: c.ID, UpdateID: req.UpdateID, From: helpdesk.FromOfficer, OfficerID: req.From.ID,
		OfficerName: name, Text: req.Text, SourceChat: req.Chat.ID, SourceMsg: req.MessageID, At: s.now()}
	if req.Media != nil {
		m.MediaKind, m.FileID = req.Media.Kind, req.Media.FileID
	}
	req.rec.CaseMessages = append(req.rec.CaseMessages, m)
	var acts []outbox.Action
	if first {
		acts = append(acts, outbox.Action{Kind: outbox.Send, ChatID: c.CitizenChat, CaseID: c.ID, Ref: caseRef(c.ID, "o"),
			Text: fmt.Sprintf(msgOfficerJoined.in(s.citizenEnglish(ctx, c)), esc(name))})
	}
	return append(acts, outbox.Action{Kind: outbox.Copy, ChatID: c.CitizenChat, CaseID: c.ID, Ref: caseRef(c.ID, "o"),
		FromChatID: req.Chat.ID, FromMessageID: req.MessageID}), nil
}

// citizenEnglish reports whether the citizen of a case reads English.
func (s *caseFlow) citizenEnglish(ctx context.Context, c helpdesk.Case) bool {
	cit, err := s.chats.FindCitizen(ctx, c.CitizenChat)
	return err == nil && strings.HasPrefix(cit.LanguageCode, "en")
}

func (s *caseFlow) claim(ctx context.Context, req Request, c helpdesk.Case, name string) ([]outbox.Action, error) {
	c, changed, err := s.cases.ClaimCase(ctx, c.ID, req.From.ID, name)
	if err != nil {
		return nil, err
	}
	if !changed {
		var text string
		switch {
		case !c.Open():
			text = fmt.Sprintf("Kasus #%d sudah ditutup.", c.ID)
		default:
			text = fmt.Sprintf(grpClaimedBy, esc(c.ClaimedName))
		}
		if req.Callback != nil {
			return []outbox.Action{ack(req, stripTags(text))}, nil
		}
		return []outbox.Action{groupNote(req, text)}, nil
	}
	var acts []outbox.Action
	if req.Callback != nil {
		acts = append(acts, ack(req, "✋ "+name))
	}
	if c.SummaryMsg != 0 {
		// The summary shows who took the case and keeps only Tutup.
		sum, err := s.topics.caseSummary(ctx, nil, c, false)
		if err != nil {
			return nil, err
		}
		acts = append(acts, outbox.Action{Kind: outbox.Edit, ChatID: c.GroupChat, MessageID: c.SummaryMsg, Text: sum.Text, Buttons: sum.Buttons})
	}
	return append(acts,
		outbox.Action{Kind: outbox.Send, ChatID: c.GroupChat, CaseID: c.ID, Ref: caseRef(c.ID, "n"),
			Text: fmt.Sprintf(grpClaimed, c.ID, esc(name))},
		outbox.Action{Kind: outbox.Send, ChatID: c.CitizenChat, CaseID: c.ID, Ref: caseRef(c.ID, "o"),
			Text: fmt.Sprintf(msgCaseClaimedCtz.in(s.citizenEnglish(ctx, c)), esc(name))}), nil
}

func stripTags(s string) string {
	return strings.NewReplacer("<b>", "", "</b>", "", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

// groupCallback handles the Ambil and Tutup buttons. The case number in the
// data is checked against the group the button was pressed in.
func (s *caseFlow) groupCallback(ctx context.Context, req Request, who officerCheck) ([]outbox.Action, error) {
	p := strings.Split(req.Callback.Data, ":")
	if len(p) != 3 || p[0] != "case" || (p[1] != "claim" && p[1] != "close") || s.cases == nil {
		return []outbox.Action{ack(req, "")}, nil
	}
	switch who {
	case unchecked:
		return []outbox.Action{ack(req, ackCheckFailed)}, nil
	case officer:
	default:
		return []outbox.Action{ack(req, "Hanya petugas yang dapat memakai tombol ini.")}, nil
	}
	id, err := strconv.ParseInt(p[2], 10, 64)
	if err != nil {
		return []outbox.Action{ack(req, "")}, nil
	}
	c, err := s.cases.FindCase(ctx, id)
	if errors.Is(err, helpdesk.ErrNotFound) || (err == nil && c.GroupChat != req.Chat.ID) {
		return []outbox.Action{ack(req, "Kasus tidak ditemukan.")}, nil
	} else if err != nil {
		return nil, err
	}
	name := officerName(req)
	if p[1] == "claim" {
		return s.claim(ctx, req, c, name)
	}
	acts, err := s.closeCase(ctx, c, req.From.ID, name, s.citizenEnglish(ctx, c), req.UpdateID)
	if err == nil && len(acts) == 0 {
		return []outbox.Action{ack(req, fmt.Sprintf("Kasus #%d sudah ditutup.", c.ID))}, nil
	}
	return append([]outbox.Action{ack(req, "✅")}, acts...), err
}

// queueList answers /antrian: the open cases of the group, their age and
// who took them.
func (s *caseFlow) queueList(ctx context.Context, req Request) ([]outbox.Action, error) {
	cases, err := s.cases.OpenCases(ctx, req.Chat.ID)
	if err != nil {
		return nil, err
	}
	if len(cases) == 0 {
		return []outbox.Action{groupNote(req, grpQueueEmpty)}, nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, grpQueueHead, len(cases))
	for _, c := range cases {
		mark := "⏳"
		if c.Priority {
			mark = "🔴"
		}
		who := "menunggu"
		if c.State == helpdesk.CaseClaimed {
			mark = "👮"
			who = "diambil " + esc(c.ClaimedName)
		}
		fmt.Fprintf(&b, "\n%s <b>#%d</b> · %s · %s — %s, %s", mark, c.ID, esc(c.CitizenName), esc(c.Subject), who,
			fmtAge(s.now().Sub(c.CreatedAt)))
	}
	var acts []outbox.Action
	for _, part := range splitMessage(b.String()) {
		a := groupNote(req, part)
		acts = append(acts, a)
	}
	return acts, nil
}
