package handlers

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/skm"
)

// SurveyStore keeps the satisfaction survey: the anonymous responses, and
// apart from them which chat was invited to or answered the survey about
// which service, for the limit of once per service in SurveyInterval.
type SurveyStore interface {
	// InviteSurvey records an invitation and reports whether to send it.
	InviteSurvey(ctx context.Context, inv helpdesk.SurveyInvitation, since time.Time) (bool, error)
	FindSurveyInvitation(ctx context.Context, chatID int64, service string) (helpdesk.SurveyInvitation, error)
	SurveyAnswered(ctx context.Context, chatID int64, service string, since time.Time) (bool, error)
	// SubmitSurvey stores a response unless the chat answered about its
	// service since `since`.
	SubmitSurvey(ctx context.Context, chatID int64, r helpdesk.SurveyResponse, since time.Time) (bool, error)
	PurgeSurveyMarks(ctx context.Context, before time.Time) (int64, error)
	// ScrubSurveyPresses blanks the stored updates that pressed survey
	// buttons once they are handled: their data are the answers.
	ScrubSurveyPresses(ctx context.Context) (int64, error)
}

const (
	// SurveyInterval is how long after an invitation or an answer about a
	// service a chat is neither invited nor heard again about it.
	SurveyInterval = 30 * 24 * time.Hour
	// surveyProgressTTL is how long an unfinished survey waits to be resumed.
	surveyProgressTTL = 7 * 24 * time.Hour
	// surveyOther is the service key of "another service".
	surveyOther = "lainnya"
	// surveyAnyService is the key under which invitations that name no
	// service are limited.
	surveyAnyService = "*"
)

// SurveyProgress is an unfinished survey, kept in the chat's state so that
// the citizen may leave it and resume. It holds the answers only until they
// are submitted.
type SurveyProgress struct {
	Nonce   string            `json:"n"`
	Service string            `json:"s,omitempty"`
	Label   string            `json:"l,omitempty"`
	Answers []int             `json:"a,omitempty"`
	Profile map[string]string `json:"p,omitempty"`
	// ProfileStep is the profile question asked next.
	ProfileStep int       `json:"ps,omitempty"`
	Started     time.Time `json:"t"`
}

// surveyFlow runs the satisfaction survey: the invitations, the questions
// and the anonymous submission.
type surveyFlow struct {
	store    SurveyStore // nil: the survey is off
	kb       Knowledge
	location *time.Location
	now      func() time.Time
}

func newNonce() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// surveyServiceKey turns an application's service ("KTP-el Baru") into a
// service key ("ktp-el-baru").
func surveyServiceKey(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(strings.TrimSpace(name)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func (s *surveyFlow) jobs() []Job {
	if s.store == nil {
		return nil
	}
	return []Job{
		{Name: "survey-purge", Every: time.Hour, Run: func(ctx context.Context) error {
			_, err := s.store.PurgeSurveyMarks(ctx, s.now().Add(-SurveyInterval))
			return err
		}},
		{Name: "survey-scrub", Every: 10 * time.Second, Run: func(ctx context.Context) error {
			_, err := s.store.ScrubSurveyPresses(ctx)
			return err
		}},
	}
}

// invitation is the invitation of a chat to the survey about a
// service (service "" when it is not known), or nothing when the chat was
// invited to or answered it within SurveyInterval. ref names the cause.
func (s *surveyFlow) invitation(ctx context.Context, chatID int64, service, label, ref string, english bool) ([]outbox.Action, error) {
	if s.store == nil {
		return nil, nil
	}
	key := service
	if key == "" {
		key = surveyAnyService
	}
	ok, err := s.store.InviteSurvey(ctx, helpdesk.SurveyInvitation{ChatID: chatID, Service: key, ServiceLabel: label,
		Ref: ref, At: s.now()}, s.now().Add(-SurveyInterval))
	if err != nil || !ok {
		return nil, err
	}
	text := msgSurveyInviteAny.in(english)
	if service != "" && label != "" {
		text = fmt.Sprintf(msgSurveyInvite.in(english), esc(label))
	}
	return []outbox.Action{{Kind: outbox.Send, ChatID: chatID, Text: text, Buttons: [][]outbox.Button{
		{{Text: btnSurveyStart.in(english), Data: "skm:go:" + service}},
		{{Text: btnSurveyLater.in(english), Data: "skm:no"}},
	}}}, nil
}

// caseInvitation invites a citizen who rated a closed case, about the
// service of the article last answered when there is one.
func (s *surveyFlow) caseInvitation(ctx context.Context, req Request, st *ChatState, caseID string) ([]outbox.Action, error) {
	service, label := "", ""
	if len(st.LastIDs) > 0 {
		if a, ok := s.kb.Get(st.LastIDs[0]); ok && a.Category != "" {
			service, label = a.Category, knowledge.CategoryLabel(a.Category)
		}
	}
	return s.invitation(ctx, req.Chat.ID, service, label, "case:"+caseID, st.English)
}

// command runs /survei: it resumes an unfinished survey or starts one.
func (s *surveyFlow) command(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	if s.store == nil {
		return []outbox.Action{say(req, msgSurveyOff.in(st.English))}, nil
	}
	if p := s.surveyProgress(st); p != nil {
		return []outbox.Action{s.surveyResumeOffer(req, st, p.Service)}, nil
	}
	return s.startSurvey(ctx, req, st, "", "", false)
}

// surveyProgress returns the chat's unfinished survey, dropping one left
// too long ago.
func (s *surveyFlow) surveyProgress(st *ChatState) *SurveyProgress {
	if st.Survey != nil && s.now().Sub(st.Survey.Started) > surveyProgressTTL {
		st.Survey = nil
	}
	return st.Survey
}

func (s *surveyFlow) surveyResumeOffer(req Request, st *ChatState, restartService string) outbox.Action {
	p := st.Survey
	label := p.Label
	if label == "" {
		label = "–"
	}
	return outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID,
		Text: fmt.Sprintf(msgSurveyResume.in(st.English), esc(label), len(p.Answers), skm.NumElements),
		Buttons: [][]outbox.Button{
			{{Text: btnSurveyResume.in(st.English), Data: "skm:resume"}},
			{{Text: btnSurveyRestart.in(st.English), Data: "skm:restart:" + restartService}},
		}}
}

// startSurvey begins a new survey, about service when it is known.
func (s *surveyFlow) startSurvey(ctx context.Context, req Request, st *ChatState, service, label string, edit bool) ([]outbox.Action, error) {
	st.Survey = &SurveyProgress{Nonce: newNonce(), Service: service, Label: label, Started: s.now()}
	if st.InMode("case:") {
		// A citizen who turns to the survey is not writing a comment on the
		// case any more.
		st.ClearMode()
	}
	if service != "" {
		if acts, done, err := s.surveyAnsweredAlready(ctx, req, st, edit); done || err != nil {
			return acts, err
		}
	}
	return s.surveyStep(ctx, req, st, edit)
}

// surveyAnsweredAlready ends the survey when the chat answered about its
// service within SurveyInterval.
func (s *surveyFlow) surveyAnsweredAlready(ctx context.Context, req Request, st *ChatState, edit bool) ([]outbox.Action, bool, error) {
	p := st.Survey
	done, err := s.store.SurveyAnswered(ctx, req.Chat.ID, p.Service, s.now().Add(-SurveyInterval))
	if err != nil || !done {
		return nil, false, err
	}
	st.Survey = nil
	return []outbox.Action{surveyMessage(req, fmt.Sprintf(msgSurveyAnswered.in(st.English), esc(p.Label)), nil, edit)}, true, nil
}

// surveyMessage shows a step: in place of the message whose button was
// pressed when edit is set, otherwise as a new message.
func surveyMessage(req Request, text string, buttons [][]outbox.Button, edit bool) outbox.Action {
	if edit && req.Callback != nil && req.Callback.MessageID != 0 {
		return outbox.Action{Kind: outbox.Edit, ChatID: req.Chat.ID, MessageID: req.Callback.MessageID, Text: text, Buttons: buttons}
	}
	return outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, Text: text, Buttons: buttons}
}

// surveyStep asks what the survey needs next (the service, an element, a
// profile question) or, when nothing is left, submits it.
func (s *surveyFlow) surveyStep(ctx context.Context, req Request, st *ChatState, edit bool) ([]outbox.Action, error) {
	p := st.Survey
	en := st.English
	switch {
	case p.Service == "":
		return []outbox.Action{surveyMessage(req, msgSurveyIntro.in(en), s.surveyServiceButtons(en), edit)}, nil
	case len(p.Answers) < skm.NumElements:
		i := len(p.Answers)
		e := skm.Elements[i]
		question := e.Question
		if en {
			question = surveyQuestionsEN[i]
		}
		text := fmt.Sprintf(msgSurveyQuestion.in(en), i+1, skm.NumElements, esc(p.Label), esc(e.Name), esc(question))
		var rows [][]outbox.Button
		for score := skm.MinScore; score <= skm.MaxScore; score++ {
			rows = append(rows, []outbox.Button{{Text: strconv.Itoa(score) + " " + e.Answer(score),
				Data: fmt.Sprintf("skm:a:%d:%d", i, score)}})
		}
		rows = append(rows, []outbox.Button{{Text: btnSurveyBack.in(en), Data: "skm:back"}})
		return []outbox.Action{surveyMessage(req, text, rows, edit)}, nil
	case p.ProfileStep < len(skm.Profile):
		q := skm.Profile[p.ProfileStep]
		text := fmt.Sprintf(msgSurveyProfile.in(en), p.ProfileStep+1, len(skm.Profile), esc(q.Title))
		var rows [][]outbox.Button
		var row []outbox.Button
		for _, o := range q.Options {
			row = append(row, outbox.Button{Text: o.Label, Data: fmt.Sprintf("skm:p:%d:%s", p.ProfileStep, o.Code)})
			if len(row) == 2 {
				rows, row = append(rows, row), nil
			}
		}
		if len(row) > 0 {
			rows = append(rows, row)
		}
		rows = append(rows, []outbox.Button{
			{Text: btnSurveySkip.in(en), Data: fmt.Sprintf("skm:p:%d:-", p.ProfileStep)},
			{Text: btnSurveySkipAll.in(en), Data: fmt.Sprintf("skm:p:%d:*", p.ProfileStep)},
		}, []outbox.Button{{Text: btnSurveyBack.in(en), Data: "skm:back"}})
		return []outbox.Action{surveyMessage(req, text, rows, edit)}, nil
	}
	return s.submitSurvey(ctx, req, st, edit)
}

func (s *surveyFlow) surveyServiceButtons(english bool) [][]outbox.Button {
	var rows [][]outbox.Button
	var row []outbox.Button
	for _, c := range s.kb.Categories() {
		row = append(row, outbox.Button{Text: c.Label, Data: "skm:s:" + c.Key})
		if len(row) == 2 {
			rows, row = append(rows, row), nil
		}
	}
	row = append(row, outbox.Button{Text: btnSurveyOther.in(english), Data: "skm:s:" + surveyOther})
	return append(rows, row)
}

// submitSurvey stores the finished survey without any trace of the chat and
// forgets the answers.
func (s *surveyFlow) submitSurvey(ctx context.Context, req Request, st *ChatState, edit bool) ([]outbox.Action, error) {
	p := st.Survey
	r := helpdesk.SurveyResponse{Nonce: p.Nonce, Day: s.now().In(s.location).Format("2006-01-02"),
		Service: p.Service, ServiceLabel: p.Label, Profile: p.Profile}
	copy(r.Answers[:], p.Answers)
	ok, err := s.store.SubmitSurvey(ctx, req.Chat.ID, r, s.now().Add(-SurveyInterval))
	if err != nil {
		return nil, err
	}
	st.Survey = nil
	text := fmt.Sprintf(msgSurveyThanks.in(st.English), esc(p.Label))
	if !ok {
		text = fmt.Sprintf(msgSurveyAnswered.in(st.English), esc(p.Label))
	}
	return []outbox.Action{surveyMessage(req, text, nil, edit)}, nil
}

// surveyService checks a service key from a button: a category, "another
// service", or a service the chat was invited about. ok is false otherwise.
func (s *surveyFlow) surveyService(ctx context.Context, chatID int64, key string) (string, bool, error) {
	if key == surveyOther {
		return btnSurveyOther.in(false), true, nil
	}
	for _, c := range s.kb.Categories() {
		if c.Key == key {
			return c.Label, true, nil
		}
	}
	if key == "" || key == surveyAnyService {
		return "", false, nil
	}
	inv, err := s.store.FindSurveyInvitation(ctx, chatID, key)
	if errors.Is(err, helpdesk.ErrNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return inv.ServiceLabel, true, nil
}
