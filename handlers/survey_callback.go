package handlers

import (
	"context"
	"strconv"
	"strings"

	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/skm"
)

// callback handles the survey's buttons. Every press is checked
// against the survey in progress, so an old button cannot change an answer
// given or skip a question.
func (s *surveyFlow) callback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	en := st.English
	if s.store == nil {
		return []outbox.Action{ack(req, msgSurveyOff.in(en))}, nil
	}
	p := strings.Split(req.Callback.Data, ":")
	arg := func(i int) string {
		if i < len(p) {
			return p[i]
		}
		return ""
	}
	progress := s.surveyProgress(st)
	withAck := func(acts []outbox.Action, err error) ([]outbox.Action, error) {
		return append([]outbox.Action{ack(req, "")}, acts...), err
	}
	switch arg(1) {
	case "no":
		return []outbox.Action{ack(req, msgSurveyLater.in(en))}, nil
	case "go", "restart":
		if progress != nil && arg(1) == "go" {
			return withAck([]outbox.Action{s.surveyResumeOffer(req, st, arg(2))}, nil)
		}
		label, ok, err := s.surveyService(ctx, req.Chat.ID, arg(2))
		if err != nil {
			return nil, err
		}
		service := arg(2)
		if !ok {
			service, label = "", ""
		}
		return withAck(s.startSurvey(ctx, req, st, service, label, true))
	}
	if progress == nil {
		return []outbox.Action{ack(req, msgSurveyOver.in(en))}, nil
	}
	switch arg(1) {
	case "resume":
		return withAck(s.surveyStep(ctx, req, st, false))
	case "s":
		if progress.Service != "" {
			return []outbox.Action{ack(req, msgSurveyStale.in(en))}, nil
		}
		label, ok, err := s.surveyService(ctx, req.Chat.ID, arg(2))
		if err != nil {
			return nil, err
		}
		if !ok {
			return []outbox.Action{ack(req, msgGone.in(en))}, nil
		}
		progress.Service, progress.Label = arg(2), label
		if acts, done, err := s.surveyAnsweredAlready(ctx, req, st, true); done || err != nil {
			return withAck(acts, err)
		}
		return withAck(s.surveyStep(ctx, req, st, true))
	case "a":
		step, err1 := strconv.Atoi(arg(2))
		score, err2 := strconv.Atoi(arg(3))
		if err1 != nil || err2 != nil || score < skm.MinScore || score > skm.MaxScore {
			return []outbox.Action{ack(req, "")}, nil
		}
		if progress.Service == "" || step != len(progress.Answers) {
			return []outbox.Action{ack(req, msgSurveyStale.in(en))}, nil
		}
		progress.Answers = append(progress.Answers, score)
		acts, err := s.surveyStep(ctx, req, st, true)
		// The notice does not repeat the answer: the outbox keeps it with the chat.
		return append([]outbox.Action{ack(req, msgSurveyRecorded.in(en))}, acts...), err
	case "p":
		step, err := strconv.Atoi(arg(2))
		if err != nil || len(progress.Answers) < skm.NumElements || step != progress.ProfileStep || step >= len(skm.Profile) {
			return []outbox.Action{ack(req, msgSurveyStale.in(en))}, nil
		}
		q := skm.Profile[step]
		switch code := arg(3); {
		case code == "*":
			progress.ProfileStep = len(skm.Profile)
		case code == "-":
			progress.ProfileStep++
		case q.Label(code) != "":
			if progress.Profile == nil {
				progress.Profile = map[string]string{}
			}
			progress.Profile[q.Key] = code
			progress.ProfileStep++
		default:
			return []outbox.Action{ack(req, "")}, nil
		}
		return withAck(s.surveyStep(ctx, req, st, true))
	case "back":
		switch {
		case progress.ProfileStep > 0:
			progress.ProfileStep--
			delete(progress.Profile, skm.Profile[progress.ProfileStep].Key)
		case len(progress.Answers) > 0:
			progress.Answers = progress.Answers[:len(progress.Answers)-1]
		default:
			progress.Service, progress.Label = "", ""
		}
		return withAck(s.surveyStep(ctx, req, st, true))
	}
	return []outbox.Action{ack(req, "")}, nil
}
