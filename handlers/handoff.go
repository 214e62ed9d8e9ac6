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
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
)

// caseFlow hands a citizen to an officer and back: it opens a case, relays
// the messages both ways, lets officers claim and close it in their group,
// and takes the citizen's rating. Where the case shows in the group (its
// topic, its summary) is the topic flow's.
type caseFlow struct {
	cases    caseStore // nil: no officers
	chats    chatReader
	kb       Knowledge
	topics   *topicFlow
	survey   *surveyFlow   // invites a citizen who rated a case
	members  MemberChecker // nil: every member of an officers' group is an officer
	hours    OfficeHours
	settings Settings
	metrics  *metrics.Set
	log      *slog.Logger
	now      func() time.Time
}

// caseStore is what the case flow needs of the store.
type caseStore interface {
	// OpenCase opens a case in the least busy group, or returns the
	// citizen's open case (created false; true again for a re-run of the
	// update that opened it).
	OpenCase(ctx context.Context, c helpdesk.Case, groups []int64) (helpdesk.Case, bool, error)
	FindCase(ctx context.Context, id int64) (helpdesk.Case, error)
	FindOpenCase(ctx context.Context, citizenChat int64) (helpdesk.Case, error)
	FindLastCase(ctx context.Context, citizenChat int64) (helpdesk.Case, error)
	FindCaseByThread(ctx context.Context, group int64, thread int) (helpdesk.Case, error)
	FindCaseByGroupMessage(ctx context.Context, group int64, msg int) (helpdesk.Case, int, error)
	QueuePosition(ctx context.Context, id int64) (int, error)
	OpenCases(ctx context.Context, group int64) ([]helpdesk.Case, error)
	ClaimCase(ctx context.Context, id, officer int64, name string) (helpdesk.Case, bool, error)
	CloseCase(ctx context.Context, id, by, update int64) (helpdesk.Case, bool, error)
	RateCase(ctx context.Context, id, citizenChat int64, rating int) (bool, error)
	OfficerSpoke(ctx context.Context, caseID, officer int64, name string) (bool, error)
	NoteQueueNotice(ctx context.Context, id int64, since time.Time) (bool, error)
	FlagOverdueCases(ctx context.Context, before time.Time, build func(helpdesk.Case) []outbox.Action) (int, error)
}

// CaseStore keeps handed-off cases, their topics and transcripts, the
// service figures and the citizens' personal data: what the case, topic,
// privacy and report flows each need of it.
type CaseStore interface {
	caseStore
	topicStore
	privacyStore
	reportStore
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

func (s *caseFlow) handoffCommand(ctx context.Context, req Request, st *ChatState, priority bool) ([]outbox.Action, error) {
	return s.openCase(ctx, req, st, priority, false)
}

// openCase hands the conversation to an officer; a complaint case is marked
// as such for the officers and the reports.
func (s *caseFlow) openCase(ctx context.Context, req Request, st *ChatState, priority, complaint bool) ([]outbox.Action, error) {
	st.ClearMode()
	if len(s.settings.AgentChats) == 0 || s.cases == nil {
		return []outbox.Action{say(req, msgNoOfficers.in(st.English))}, nil
	}
	name := req.From.FirstName
	if name == "" {
		name = "Warga"
	}
	subject, err := s.caseSubject(ctx, req, st)
	if err != nil {
		return nil, err
	}
	c, created, err := s.cases.OpenCase(ctx, helpdesk.Case{CitizenChat: req.Chat.ID, CitizenUser: req.From.ID,
		CitizenName: name, Priority: priority, Complaint: complaint, Subject: subject, UpdateID: req.UpdateID}, s.settings.AgentChats)
	if err != nil {
		return nil, err
	}
	if !created {
		text := fmt.Sprintf(msgCaseAlready.in(st.English), c.ID)
		if pos, err := s.cases.QueuePosition(ctx, c.ID); err == nil && pos > 0 {
			text += "\n" + fmt.Sprintf(msgQueuePlace.in(st.English), pos)
		}
		return []outbox.Action{say(req, text)}, nil
	}
	prio := "no"
	if priority {
		prio = "yes"
	}
	s.metrics.Handoffs.WithLabelValues(prio).Inc()
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
	pos, err := s.cases.QueuePosition(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	if pos > 0 {
		text += "\n\n" + fmt.Sprintf(msgQueuePlace.in(st.English), pos)
	}
	if oh := s.hours; !oh.Open(s.now()) {
		if next := oh.NextOpen(s.now()); !next.IsZero() {
			text += "\n\n" + fmt.Sprintf(msgCaseAfterHrs.in(st.English), fmtWhen(next, s.settings.Location, st.English))
		}
	}
	acts := []outbox.Action{say(req, text)}
	group, err := s.topics.topicActions(ctx, req.rec, c, false)
	if err != nil {
		return nil, err
	}
	return append(acts, group...), nil
}

// caseSubject names what the citizen came for: the article they read
// last, or their last question.
func (s *caseFlow) caseSubject(ctx context.Context, req Request, st *ChatState) (string, error) {
	if len(st.LastIDs) > 0 && s.now().Sub(st.LastAt) < followUpWindow {
		if a, ok := s.kb.Get(st.LastIDs[0]); ok {
			return truncate(a.Title, 40), nil
		}
	}
	turns, err := recentTurns(ctx, s.chats, req.rec, req.Chat.ID, 6)
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

func (s *caseFlow) endCaseCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	st.ClearMode()
	if s.cases == nil {
		return []outbox.Action{say(req, msgNoOpenCase.in(st.English))}, nil
	}
	// The latest case: open, or closed by this very update before a crash
	// (closeCase then repeats its replies).
	c, err := s.cases.FindLastCase(ctx, req.Chat.ID)
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
		return []outbox.Action{say(req, msgNoOpenCase.in(st.English))}, nil
	}
	return acts, nil
}

// closeCase ends a case: the citizen is asked for a rating, the topic is
// marked done and closed. by is the officer, 0 for the citizen.
func (s *caseFlow) closeCase(ctx context.Context, c helpdesk.Case, by int64, byName string, english bool, update int64) ([]outbox.Action, error) {
	c, changed, err := s.cases.CloseCase(ctx, c.ID, by, update)
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
		sum, err := s.topics.caseSummary(ctx, nil, c, false)
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
func (s *caseFlow) relayFromCitizen(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	if s.cases == nil || req.Callback != nil {
		return nil, false, nil
	}
	c, err := s.cases.FindOpenCase(ctx, req.Chat.ID)
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
	req.rec.CaseMessages = append(req.rec.CaseMessages, m)
	ref := caseRef(c.ID, "c", strconv.Itoa(req.MessageID), kind)
	a := outbox.Action{Kind: outbox.Send, ChatID: c.GroupChat, CaseID: c.ID, Text: esc(req.Text), Merge: true, Ref: ref,
		CitizenMsg: req.MessageID}
	if req.Media != nil {
		a = outbox.Action{Kind: outbox.Copy, ChatID: c.GroupChat, CaseID: c.ID, FromChatID: req.Chat.ID,
			FromMessageID: req.MessageID, Ref: ref, CitizenMsg: req.MessageID}
		if captioned(kind) && strings.TrimSpace(req.Text) != "" {
			a.Text = esc(req.Text)
		}
	}
	acts := []outbox.Action{a}
	if c.State == helpdesk.CaseWaiting {
		// Nobody answered yet: now and then, say the message arrived and
		// where the citizen stands.
		told, err := s.cases.NoteQueueNotice(ctx, c.ID, s.now().Add(-queueNoticeEvery))
		if err != nil {
			return nil, false, err
		}
		if pos, err := s.cases.QueuePosition(ctx, c.ID); err == nil && told && pos > 0 {
			acts = append(acts, say(req, fmt.Sprintf(msgQueueWaiting.in(st.English), pos)))
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

// input takes the comment on a rated case.
func (s *caseFlow) input(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	mode, data, since := st.Mode, st.Data, st.ModeSince
	st.ClearMode()
	if mode != "case:comment" || s.now().Sub(since) > time.Hour {
		return nil, false, nil
	}
	if req.Command == "lewati" || req.Command == "skip" {
		return []outbox.Action{say(req, msgThanks.in(st.English))}, true, nil
	}
	text := strings.TrimSpace(req.Text)
	if req.Command != "" || text == "" || req.Callback != nil {
		return nil, false, nil
	}
	id, err := strconv.ParseInt(data["case"], 10, 64)
	if err != nil {
		return nil, false, nil
	}
	req.rec.CaseComments = append(req.rec.CaseComments, helpdesk.CaseComment{CaseID: id, CitizenChat: req.Chat.ID, Comment: truncate(text, 1000)})
	return []outbox.Action{say(req, msgCommentSaved.in(st.English))}, true, nil
}

// callback handles the citizen's buttons: ask for an officer, rate a
// closed case.
func (s *caseFlow) callback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	p := strings.Split(req.Callback.Data, ":")
	switch {
	case len(p) >= 2 && p[0] == "case" && p[1] == "new":
		kind := ""
		if len(p) == 3 {
			kind = p[2]
		}
		// A priority (or complaint) case only when the bot offered one: the
		// button's data is the citizen's to forge.
		offered := (kind == "p" || kind == "c") && !st.PriorityOffered.IsZero() && s.now().Sub(st.PriorityOffered) < priorityOfferValid
		if offered {
			st.PriorityOffered = time.Time{}
		}
		acts, err := s.openCase(ctx, req, st, offered, offered && kind == "c")
		return append([]outbox.Action{ack(req, "")}, acts...), err
	case len(p) == 3 && p[0] == "rate":
		return s.rate(ctx, req, st, p[1], p[2])
	}
	return []outbox.Action{ack(req, "")}, nil
}

func (s *caseFlow) rate(ctx context.Context, req Request, st *ChatState, idText, nText string) ([]outbox.Action, error) {
	id, err1 := strconv.ParseInt(idText, 10, 64)
	n, err2 := strconv.Atoi(nText)
	if err1 != nil || err2 != nil || n < 1 || n > 5 || s.cases == nil {
		return []outbox.Action{ack(req, "")}, nil
	}
	c, err := s.cases.FindCase(ctx, id)
	if errors.Is(err, helpdesk.ErrNotFound) || (err == nil && c.CitizenChat != req.Chat.ID) {
		return []outbox.Action{ack(req, msgCaseGone.in(st.English))}, nil
	} else if err != nil {
		return nil, err
	}
	ok, err := s.cases.RateCase(ctx, id, req.Chat.ID, n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return []outbox.Action{ack(req, msgRateOnce.in(st.English))}, nil
	}
	st.SetMode("case:comment", map[string]string{"case": idText}, s.now())
	acts := []outbox.Action{ack(req, strings.Repeat("⭐", n))}
	if req.Callback.MessageID != 0 {
		acts = append(acts, outbox.Action{Kind: outbox.Edit, ChatID: req.Chat.ID, MessageID: req.Callback.MessageID,
			Text: fmt.Sprintf(msgCaseClosedCtz.in(st.English), c.ID) + "\n\n" + strings.Repeat("⭐", n)})
	}
	acts = append(acts, say(req, msgRated.in(st.English)))
	invite, err := s.survey.caseInvitation(ctx, req, st, idText)
	return append(acts, invite...), err
}
