package handlers

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// CaseStore keeps handed-off cases, their topics and transcripts, the
// service figures and the citizens' personal data.
type CaseStore interface {
	// OpenCase opens a case in the least busy group, or returns the
	// citizen's open case (created false; true again for a re-run of the
	// update that opened it).
	OpenCase(ctx context.Context, c helpdesk.Case, groups []int64) (helpdesk.Case, bool, error)
	FindCase(ctx context.Context, id int64) (helpdesk.Case, error)
	FindOpenCase(ctx context.Context, citizenChat int64) (helpdesk.Case, error)
	FindLastCase(ctx context.Context, citizenChat int64) (helpdesk.Case, error)
	FindCaseByThread(ctx context.Context, group int64, thread int) (helpdesk.Case, error)
	FindCaseByGroupMessage(ctx context.Context, group int64, msg int) (helpdesk.Case, int, error)
	MapGroupMessage(ctx context.Context, group int64, msg int, caseID int64, citizenMsg int) error
	QueuePosition(ctx context.Context, id int64) (int, error)
	OpenCases(ctx context.Context, group int64) ([]helpdesk.Case, error)
	ClaimCase(ctx context.Context, id, officer int64, name string) (helpdesk.Case, bool, error)
	CloseCase(ctx context.Context, id, by, update int64) (helpdesk.Case, bool, error)
	RateCase(ctx context.Context, id, citizenChat int64, rating int) (bool, error)
	CommentCase(ctx context.Context, id, citizenChat int64, comment string) error
	AddCaseMessage(ctx context.Context, m helpdesk.CaseMessage) error
	CaseMessages(ctx context.Context, caseID int64) ([]helpdesk.CaseMessage, error)
	OfficerSpoke(ctx context.Context, caseID, officer int64, name string) (bool, error)
	SetCaseTopic(ctx context.Context, id int64, thread int, mode string) error
	AskTopic(ctx context.Context, id int64, since time.Time) (bool, error)
	SetSummaryMessage(ctx context.Context, id int64, msg int) error
	NoteQueueNotice(ctx context.Context, id int64, since time.Time) (bool, error)
	SetGroupForum(ctx context.Context, chat int64, forum bool) error
	FlagOverdueCases(ctx context.Context, before time.Time, build func(helpdesk.Case) []outbox.Action) (int, error)
	Report(ctx context.Context, from, to time.Time, loc *time.Location) (helpdesk.Report, error)
	PersonalData(ctx context.Context, chat int64) (helpdesk.PersonalData, error)
	EraseCitizen(ctx context.Context, chat int64) (helpdesk.Erased, error)
	PurgeExpired(ctx context.Context, before time.Time) (helpdesk.Erased, error)
}

// MemberChecker tells whether a user belongs to an officers' group.
type MemberChecker interface {
	IsMember(ctx context.Context, chatID, userID int64) (bool, error)
}

// topicRetryWindow is how long a topic being recreated is waited for
// before another one is asked for.
const topicRetryWindow = time.Minute

// queueNoticeEvery is how often a waiting citizen who keeps writing is
// reminded of their place in the queue.
const queueNoticeEvery = 10 * time.Minute

func (s *Service) handoffCommand(ctx context.Context, req Request, st *ChatState, priority bool) ([]outbox.Action, error) {
	st.ClearMode()
	if len(s.Settings.AgentChats) == 0 || s.Cases == nil {
		return []outbox.Action{s.say(req, msgNoOfficers.in(st.English))}, nil
	}
	name := req.From.FirstName
	if name == "" {
		name = "Warga"
	}
	subject, err := s.caseSubject(ctx, req, st)
	if err != nil {
		return nil, err
	}
	c, created, err := s.Cases.OpenCase(ctx, helpdesk.Case{CitizenChat: req.Chat.ID, CitizenUser: req.From.ID,
		CitizenName: name, Priority: priority, Subject: subject, UpdateID: req.UpdateID}, s.Settings.AgentChats)
	if err != nil {
		return nil, err
	}
	if !created {
		text := fmt.Sprintf(msgCaseAlready.in(st.English), c.ID)
		if pos, err := s.Cases.QueuePosition(ctx, c.ID); err == nil && pos > 0 {
			text += "\n" + fmt.Sprintf(msgQueuePlace.in(st.English), pos)
		}
		return []outbox.Action{s.say(req, text)}, nil
	}
	greet := ""
	if req.From.FirstName != "" {
		greet = " " + esc(req.From.FirstName)
		if st.English {
			greet = "," + greet
		}
	}
	text := fmt.Sprintf(msgCaseOpened.in(st.English), greet, c.ID)
	if priority {
		text += "\n" + msgCasePriority.in(st.English)
	}
	pos, err := s.Cases.QueuePosition(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	if pos > 0 {
		text += "\n\n" + fmt.Sprintf(msgQueuePlace.in(st.English), pos)
	}
	if oh := s.officeHours(); !oh.Open(s.now()) {
		if next := oh.NextOpen(s.now()); !next.IsZero() {
			text += "\n\n" + fmt.Sprintf(msgCaseAfterHrs.in(st.English), fmtWhen(next, oh.Location(), st.English))
		}
	}
	acts := []outbox.Action{s.say(req, text)}
	group, err := s.topicActions(ctx, c, false)
	if err != nil {
		return nil, err
	}
	return append(acts, group...), nil
}

// topicActions open a case in its group: the topic (when the group has
// topics) and the summary.
func (s *Service) topicActions(ctx context.Context, c helpdesk.Case, recreated bool) ([]outbox.Action, error) {
	var acts []outbox.Action
	if c.Topic == helpdesk.TopicPending {
		acts = append(acts, outbox.Action{Kind: outbox.CreateTopic, ChatID: c.GroupChat, CaseID: c.ID, TopicName: topicName(c, "")})
	}
	sum, err := s.caseSummary(ctx, c, recreated)
	if err != nil {
		return nil, err
	}
	return append(acts, sum), nil
}

// caseSubject names what the citizen came for: the article they read
// last, or their last question.
func (s *Service) caseSubject(ctx context.Context, req Request, st *ChatState) (string, error) {
	if len(st.LastIDs) > 0 && s.now().Sub(st.LastAt) < followUpWindow {
		if a, ok := s.Knowledge.Get(st.LastIDs[0]); ok {
			return truncate(a.Title, 40), nil
		}
	}
	turns, err := s.Chats.RecentTurns(ctx, req.Chat.ID, 6)
	if err != nil {
		return "", err
	}
	for i := len(turns) - 1; i >= 0; i-- {
		t := turns[i]
		if t.Role == helpdesk.RoleCitizen && strings.TrimSpace(t.Text) != strings.TrimSpace(req.Text) {
			return truncate(oneLine(t.Text), 40), nil
		}
	}
	if req.Command == "" && strings.TrimSpace(req.Text) != "" {
		return truncate(oneLine(req.Text), 40), nil
	}
	return "Pertanyaan umum", nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// topicName is "#12 · Budi · KTP hilang", with a mark in front.
func topicName(c helpdesk.Case, mark string) string {
	if mark == "" && c.Priority {
		mark = "🔴"
	}
	name := fmt.Sprintf("#%d · %s · %s", c.ID, c.CitizenName, c.Subject)
	if mark != "" {
		name = mark + " " + name
	}
	return truncate(name, 120)
}

func (s *Service) endCaseCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	st.ClearMode()
	if s.Cases == nil {
		return []outbox.Action{s.say(req, msgNoOpenCase.in(st.English))}, nil
	}
	// The latest case: open, or closed by this very update before a crash
	// (closeCase then repeats its replies).
	c, err := s.Cases.FindLastCase(ctx, req.Chat.ID)
	if err != nil && !errors.Is(err, helpdesk.ErrNotFound) {
		return nil, err
	}
	var acts []outbox.Action
	if err == nil {
		if acts, err = s.closeCase(ctx, c, 0, "", st.English, req.UpdateID); err != nil {
			return nil, err
		}
	}
	if len(acts) == 0 {
		return []outbox.Action{s.say(req, msgNoOpenCase.in(st.English))}, nil
	}
	return acts, nil
}

// closeCase ends a case: the citizen is asked for a rating, the topic is
// marked done and closed. by is the officer, 0 for the citizen.
func (s *Service) closeCase(ctx context.Context, c helpdesk.Case, by int64, byName string, english bool, update int64) ([]outbox.Action, error) {
	c, changed, err := s.Cases.CloseCase(ctx, c.ID, by, update)
	if err != nil {
		return nil, err
	}
	if !changed {
		return nil, nil
	}
	var rates []outbox.Button
	for n := 1; n <= 5; n++ {
		rates = append(rates, outbox.Button{Text: strings.Repeat("⭐", 1) + strconv.Itoa(n), Data: fmt.Sprintf("rate:%d:%d", c.ID, n)})
	}
	note := fmt.Sprintf(grpClosedCitizen, c.ID)
	if by != 0 {
		note = fmt.Sprintf(grpClosedBy, c.ID, esc(byName))
	}
	acts := []outbox.Action{
		{Kind: outbox.Send, ChatID: c.CitizenChat, Text: fmt.Sprintf(msgCaseClosedCtz.in(english), c.ID),
			Buttons: [][]outbox.Button{rates}, CaseID: c.ID, Ref: caseRef(c.ID, "o")},
		{Kind: outbox.Send, ChatID: c.GroupChat, CaseID: c.ID, Text: note, Ref: caseRef(c.ID, "n")},
	}
	if c.SummaryMsg != 0 {
		// The summary loses its buttons: the case is done.
		sum, err := s.caseSummary(ctx, c, false)
		if err != nil {
			return nil, err
		}
		acts = append(acts, outbox.Action{Kind: outbox.Edit, ChatID: c.GroupChat, MessageID: c.SummaryMsg, Text: sum.Text})
	}
	if c.Topic == helpdesk.TopicForum || c.Topic == helpdesk.TopicPending {
		acts = append(acts,
			outbox.Action{Kind: outbox.EditTopic, ChatID: c.GroupChat, CaseID: c.ID, TopicName: topicName(c, "✅")},
			outbox.Action{Kind: outbox.CloseTopic, ChatID: c.GroupChat, CaseID: c.ID})
	}
	return acts, nil
}

// relayFromCitizen passes what a citizen with an open case writes to the
// case's topic. Only the citizen's own open case is ever looked up.
func (s *Service) relayFromCitizen(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	if s.Cases == nil || req.Callback != nil {
		return nil, false, nil
	}
	c, err := s.Cases.FindOpenCase(ctx, req.Chat.ID)
	if errors.Is(err, helpdesk.ErrNotFound) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	m := helpdesk.CaseMessage{CaseID: c.ID, UpdateID: req.UpdateID, From: helpdesk.FromCitizen, Text: req.Text,
		SourceChat: req.Chat.ID, SourceMsg: req.MessageID, At: s.now()}
	kind := ""
	if req.Media != nil {
		m.MediaKind, m.FileID, kind = req.Media.Kind, req.Media.FileID, req.Media.Kind
	}
	if req.Media == nil && strings.TrimSpace(req.Text) == "" {
		return nil, true, nil
	}
	if err := s.Cases.AddCaseMessage(ctx, m); err != nil {
		return nil, false, err
	}
	ref := caseRef(c.ID, "c", strconv.Itoa(req.MessageID), kind)
	a := outbox.Action{Kind: outbox.Send, ChatID: c.GroupChat, CaseID: c.ID, Text: esc(req.Text), Merge: true, Ref: ref}
	if req.Media != nil {
		a = outbox.Action{Kind: outbox.Copy, ChatID: c.GroupChat, CaseID: c.ID, FromChatID: req.Chat.ID,
			FromMessageID: req.MessageID, Ref: ref}
		if captioned(kind) && strings.TrimSpace(req.Text) != "" {
			a.Text = esc(req.Text)
		}
	}
	acts := []outbox.Action{a}
	if c.State == helpdesk.CaseWaiting {
		// Nobody answered yet: now and then, say the message arrived and
		// where the citizen stands.
		told, err := s.Cases.NoteQueueNotice(ctx, c.ID, s.now().Add(-queueNoticeEvery))
		if err != nil {
			return nil, false, err
		}
		if pos, err := s.Cases.QueuePosition(ctx, c.ID); err == nil && told && pos > 0 {
			acts = append(acts, s.say(req, fmt.Sprintf(msgQueueWaiting.in(st.English), pos)))
		}
	}
	return acts, true, nil
}

// captioned reports whether a media kind carries a caption.
func captioned(kind string) bool {
	switch kind {
	case "photo", "document", "video", "audio", "voice", "animation":
		return true
	}
	return false
}

// caseRef tags an action of a case: "case:12:c:345:photo" is a citizen's
// message 345, "case:12:summary" the summary, "case:12:o" a message to the
// citizen, "case:12:n" a note to the officers.
func caseRef(id int64, parts ...string) string {
	return "case:" + strconv.FormatInt(id, 10) + ":" + strings.Join(parts, ":")
}

// parseRef reads a caseRef: its kind, citizen message and media kind.
func parseRef(ref string) (kind string, citizenMsg int, media string) {
	p := strings.Split(ref, ":")
	if len(p) < 3 || p[0] != "case" {
		return "", 0, ""
	}
	kind = p[2]
	if len(p) > 3 {
		citizenMsg, _ = strconv.Atoi(p[3])
	}
	if len(p) > 4 {
		media = p[4]
	}
	return kind, citizenMsg, media
}

func (s *Service) caseInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	mode, data, since := st.Mode, st.Data, st.ModeSince
	st.ClearMode()
	if mode != "case:comment" || s.now().Sub(since) > time.Hour {
		return nil, false, nil
	}
	if req.Command == "lewati" || req.Command == "skip" {
		return []outbox.Action{s.say(req, msgThanks.in(st.English))}, true, nil
	}
	text := strings.TrimSpace(req.Text)
	if req.Command != "" || text == "" || req.Callback != nil {
		return nil, false, nil
	}
	id, err := strconv.ParseInt(data["case"], 10, 64)
	if err != nil {
		return nil, false, nil
	}
	if err := s.Cases.CommentCase(ctx, id, req.Chat.ID, truncate(text, 1000)); err != nil {
		return nil, false, err
	}
	return []outbox.Action{s.say(req, msgCommentSaved.in(st.English))}, true, nil
}

// caseCallback handles the citizen's buttons: ask for an officer, rate a
// closed case, confirm the deletion of their data.
func (s *Service) caseCallback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	p := strings.Split(req.Callback.Data, ":")
	switch {
	case len(p) >= 2 && p[0] == "case" && p[1] == "new":
		acts, err := s.handoffCommand(ctx, req, st, len(p) == 3 && p[2] == "p")
		return append([]outbox.Action{s.ack(req, "")}, acts...), err
	case len(p) == 2 && p[0] == "case" && (p[1] == "erase" || p[1] == "keep"):
		return s.eraseConfirmed(ctx, req, st, p[1] == "erase")
	case len(p) == 3 && p[0] == "rate":
		return s.rate(ctx, req, st, p[1], p[2])
	}
	return []outbox.Action{s.ack(req, "")}, nil
}

func (s *Service) rate(ctx context.Context, req Request, st *ChatState, idText, nText string) ([]outbox.Action, error) {
	id, err1 := strconv.ParseInt(idText, 10, 64)
	n, err2 := strconv.Atoi(nText)
	if err1 != nil || err2 != nil || n < 1 || n > 5 || s.Cases == nil {
		return []outbox.Action{s.ack(req, "")}, nil
	}
	c, err := s.Cases.FindCase(ctx, id)
	if errors.Is(err, helpdesk.ErrNotFound) || (err == nil && c.CitizenChat != req.Chat.ID) {
		return []outbox.Action{s.ack(req, msgCaseGone.in(st.English))}, nil
	} else if err != nil {
		return nil, err
	}
	ok, err := s.Cases.RateCase(ctx, id, req.Chat.ID, n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return []outbox.Action{s.ack(req, msgRateOnce.in(st.English))}, nil
	}
	st.SetMode("case:comment", map[string]string{"case": idText}, s.now())
	acts := []outbox.Action{s.ack(req, strings.Repeat("⭐", n))}
	if req.Callback.MessageID != 0 {
		acts = append(acts, outbox.Action{Kind: outbox.Edit, ChatID: req.Chat.ID, MessageID: req.Callback.MessageID,
			Text: fmt.Sprintf(msgCaseClosedCtz.in(st.English), c.ID) + "\n\n" + strings.Repeat("⭐", n)})
	}
	return append(acts, s.say(req, msgRated.in(st.English))), nil
}

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
	topicOnly := a.Kind == outbox.EditTopic || a.Kind == outbox.CloseTopic || a.Kind == outbox.ReopenTopic
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
	if v, ok := forumSeen.Load(chat); ok && v.(bool) == forum {
		return nil
	}
	if err := s.Cases.SetGroupForum(ctx, chat, forum); err != nil {
		return err
	}
	forumSeen.Store(chat, forum)
	return nil
}

func (s *Service) handoffJobs() []Job {
	if s.Cases == nil {
		return nil
	}
	return []Job{
		{Name: "case-sla", Every: time.Minute, Run: s.flagOverdue},
		{Name: "retention", Every: time.Hour, Run: s.purgeExpired},
	}
}

// flagOverdue reminds the group of cases waiting unclaimed too long, once
// per case.
func (s *Service) flagOverdue(ctx context.Context) error {
	sla := s.Settings.HandoffSLA
	// Waiting counts in office time only: nothing is flagged while the
	// office is closed, nor before it has been open for the SLA.
	if oh := s.officeHours(); !oh.Always() {
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

// complaintWords are signs of a complaint or distress, matched on word
// boundaries in lowercase text.
var complaintWords = []string{
	"kecewa", "mengecewakan", "pungli", "pungutan liar", "dipersulit", "mempersulit", "calo", "tidak dilayani",
	"gak dilayani", "ga dilayani", "nggak dilayani", "tidak direspon", "tidak ditanggapi", "darurat", "tolong banget",
	"tolong bgt", "marah", "kesal", "komplain", "keluhan", "mengadu", "pengaduan", "aduan", "lapor pungli",
	"laporkan", "dipalak", "diperas", "sogok", "suap", "dibentak", "ditipu", "penipuan", "kasar", "lambat banget",
	"berbulan-bulan", "bertele-tele", "dioper-oper", "urgent", "emergency", "complaint", "complain", "disappointed",
	"angry", "bribe", "scam", "help me please",
}

// complaintSignal reports whether a message sounds like a complaint or distress.
func complaintSignal(text string) bool {
	t := " " + strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	}), " ") + " "
	for _, w := range complaintWords {
		if strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}
