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

// statusFlow answers /status: the number, the verify code, the status card
// and the subscriptions; it tells subscribers of changes, and runs the
// officers' /setstatus and /terlambat and the overdue digest.
type statusFlow struct {
	apps     ApplicationStore // nil: no applications to check
	states   stateReader      // the language each subscriber reads
	outbox   Outbox           // the daily overdue digest
	survey   *surveyFlow      // invites to the survey when an application is done
	officers bool             // cases are on: a late application is offered an officer
	settings Settings
	metrics  *metrics.Set
	log      *slog.Logger
	now      func() time.Time
}

// ApplicationStore keeps applications, their history and subscriptions, and
// counts verify-code attempts.
type ApplicationStore interface {
	FindApplication(ctx context.Context, trackingNo string) (helpdesk.Application, error)
	// StatusHistory returns the last n changes, oldest first.
	StatusHistory(ctx context.Context, trackingNo string, n int) ([]helpdesk.StatusChange, error)
	// SetStatus records a change for the subscribers' notification;
	// changed is false when nothing differed.
	SetStatus(ctx context.Context, u helpdesk.StatusUpdate) (app helpdesk.Application, changed bool, err error)
	// MayTryNumber reports whether a chat may still check this number today.
	MayTryNumber(ctx context.Context, chatID int64, trackingNo string) (bool, error)
	// CheckStatusCode checks a code, counting failures and lockouts; a wrong
	// code and an unknown number give the same result.
	CheckStatusCode(ctx context.Context, chatID int64, trackingNo, code string) (helpdesk.StatusCheck, error)
	// VerifiedAt is when the chat last gave the right code for the number.
	VerifiedAt(ctx context.Context, chatID int64, trackingNo string) (time.Time, error)
	Subscribe(ctx context.Context, chatID int64, trackingNo string) error
	Unsubscribe(ctx context.Context, chatID int64, trackingNo string) (bool, error)
	Subscribed(ctx context.Context, chatID int64, trackingNo string) (bool, error)
	Subscriptions(ctx context.Context, chatID int64) ([]helpdesk.Application, error)
	// PendingStatusNotices lists changes whose subscribers were not told.
	PendingStatusNotices(ctx context.Context, limit int) ([]helpdesk.StatusNotice, error)
	// MarkStatusNotified queues acts and marks the change told, atomically.
	MarkStatusNotified(ctx context.Context, changeID int64, acts []outbox.Action) error
	// PurgeStatusChecks forgets expired attempt counters and verifications.
	PurgeStatusChecks(ctx context.Context) error
	PendingApplications
}

const (
	// statusModeTTL is how long the bot waits for a number or a code.
	statusModeTTL = 15 * time.Minute
	// verifiedFor is how long after the right code a chat may subscribe.
	verifiedFor = 24 * time.Hour
	// timelineLen is how many history entries the status card shows.
	timelineLen = 6
	// noticeBatch is how many changes the notification job reads at once.
	noticeBatch = 100
)

// command runs /status: with a number it asks for the code; without
// one it lists the applications the chat follows and asks for a number.
func (s *statusFlow) command(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	if s.apps == nil {
		return []outbox.Action{say(req, msgStatusUnavailable.in(st.English))}, nil
	}
	if strings.TrimSpace(req.Args) == "" {
		acts, err := s.followedList(ctx, req, st)
		if err != nil {
			return nil, err
		}
		st.SetMode("status:number", nil, s.now())
		return append(acts, say(req, msgStatusAskNumber.in(st.English))), nil
	}
	no, ok, extra := parseStatusArgs(req.Args)
	var acts []outbox.Action
	if extra {
		// Whatever followed the number may be the code: take it out of the chat.
		acts = append(acts, deleteMessage(req)...)
	}
	if !ok {
		st.SetMode("status:number", nil, s.now())
		return append(acts, say(req, msgStatusBadNumber.in(st.English))), nil
	}
	more, err := s.askCode(ctx, req, st, no)
	return append(acts, more...), err
}

// followedList shows the applications a chat follows, each with a button
// to stop following it.
func (s *statusFlow) followedList(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	apps, err := s.apps.Subscriptions(ctx, req.Chat.ID)
	if err != nil || len(apps) == 0 {
		return nil, err
	}
	lines := []string{msgStatusFollowing.in(st.English)}
	var buttons [][]outbox.Button
	for _, a := range apps {
		info := s.statusInfo(a.Status)
		lines = append(lines, fmt.Sprintf("• <code>%s</code>%s — %s %s", esc(a.TrackingNo), serviceSuffix(a.Service),
			info.icon, esc(info.label.in(st.English))))
		buttons = append(buttons, []outbox.Button{{Text: fmt.Sprintf(btnStatusUnfollowNo.in(st.English), a.TrackingNo),
			Data: "st:unsub:" + a.TrackingNo}})
	}
	return sayLong(req.Chat.ID, strings.Join(lines, "\n"), buttons), nil
}

func serviceSuffix(service string) string {
	if service == "" {
		return ""
	}
	return " (" + esc(service) + ")"
}

// askCode waits for the verify code of a number.
func (s *statusFlow) askCode(ctx context.Context, req Request, st *ChatState, no string) ([]outbox.Action, error) {
	ok, err := s.apps.MayTryNumber(ctx, req.Chat.ID, no)
	if err != nil {
		return nil, err
	}
	if !ok {
		st.ClearMode()
		return []outbox.Action{say(req, msgStatusTooMany.in(st.English))}, nil
	}
	st.SetMode("status:code", map[string]string{"no": no}, s.now())
	return []outbox.Action{say(req, fmt.Sprintf(msgStatusAskCode.in(st.English), esc(no)))}, nil
}

// input reads the number or the code the chat was asked for. Text
// that is plainly something else (a question, a command) is left to the
// rest of the router.
func (s *statusFlow) input(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	text := strings.TrimSpace(req.Text)
	if s.apps == nil || req.Command != "" || req.Media != nil || text == "" || s.now().Sub(st.ModeSince) > statusModeTTL {
		st.ClearMode()
		return nil, false, nil
	}
	single := len(strings.Fields(text)) == 1
	switch st.Mode {
	case "status:number":
		// Tracking numbers carry digits; "halo" or "oke" is not one.
		no, ok := helpdesk.NormalizeTrackingNo(text)
		switch {
		case ok && hasDigit(no):
			acts, err := s.askCode(ctx, req, st, no)
			return acts, true, err
		case single && hasDigit(text) && len(text) <= 2*helpdesk.MaxTrackingNo:
			return []outbox.Action{say(req, msgStatusBadNumber.in(st.English))}, true, nil
		}
	case "status:code":
		no := st.Data["no"]
		code := helpdesk.NormalizeVerifyCode(text)
		switch {
		case no != "" && plausibleCode(code):
			acts, err := s.checkCode(ctx, req, st, no, code)
			return acts, true, err
		case no != "" && hasDigit(text) && (single || len(text) <= 12):
			return append(deleteMessage(req), say(req, msgStatusBadCode.in(st.English))), true, nil
		}
	}
	st.ClearMode()
	return nil, false, nil
}

// plausibleCode reports whether a normalised text can be a verify code:
// 4 to 32 letters or digits, at least one a digit (so that "terima kasih"
// is not spent as a guess).
func plausibleCode(code string) bool {
	if len(code) < 4 || len(code) > 32 || !hasDigit(code) {
		return false
	}
	for _, r := range code {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// deleteMessage removes the request's message (it may hold a verify code).
func deleteMessage(req Request) []outbox.Action {
	if req.MessageID == 0 {
		return nil
	}
	return []outbox.Action{{Kind: outbox.DeleteMessage, ChatID: req.Chat.ID, MessageID: req.MessageID}}
}

// checkCode checks a verify code and shows the application when it is
// right. Neither the number nor the code is ever logged.
func (s *statusFlow) checkCode(ctx context.Context, req Request, st *ChatState, no, code string) ([]outbox.Action, error) {
	acts := deleteMessage(req)
	res, err := s.apps.CheckStatusCode(ctx, req.Chat.ID, no, code)
	if err != nil {
		return nil, err
	}
	if res.NewLockout {
		s.metrics.StatusLockouts.Inc()
	}
	switch res.Result {
	case helpdesk.CheckOK:
		st.ClearMode()
		more, err := s.statusCard(ctx, req.Chat.ID, res.Application, st.English)
		return append(acts, more...), err
	case helpdesk.CheckLocked:
		st.ClearMode()
		return append(acts, say(req, fmt.Sprintf(msgStatusLocked.in(st.English), clockIn(res.LockedUntil, s.settings.Location)))), nil
	case helpdesk.CheckTooMany:
		st.ClearMode()
		return append(acts, say(req, msgStatusTooMany.in(st.English))), nil
	}
	// Wrong code or unknown number: the same words, and the chat may try again.
	return append(acts, say(req, msgStatusNoMatch.in(st.English))), nil
}

// statusCard shows an application after the right code: status, meaning,
// next step, note, the masked name and a short timeline.
func (s *statusFlow) statusCard(ctx context.Context, chatID int64, a helpdesk.Application, english bool) ([]outbox.Action, error) {
	hist, err := s.apps.StatusHistory(ctx, a.TrackingNo, timelineLen)
	if err != nil {
		return nil, err
	}
	followed, err := s.apps.Subscribed(ctx, chatID, a.TrackingNo)
	if err != nil {
		return nil, err
	}
	lines := []string{fmt.Sprintf(msgStatusCard.in(english), esc(a.TrackingNo))}
	if a.Service != "" {
		lines = append(lines, fmt.Sprintf(msgStatusService.in(english), esc(a.Service)))
	}
	if a.ApplicantName != "" {
		lines = append(lines, fmt.Sprintf(msgStatusName.in(english), esc(helpdesk.MaskName(a.ApplicantName))))
	}
	lines = append(lines, "", s.statusExplained(a.Status, a.Note, english))
	due, overdue := s.dueLine(a, english)
	if due != "" {
		lines = append(lines, "", due)
	}
	if len(hist) > 0 {
		lines = append(lines, "", msgStatusHistory.in(english))
		for _, h := range hist {
			info := s.statusInfo(h.New)
			lines = append(lines, fmt.Sprintf("• %s — %s %s", dateIn(h.At, s.settings.Location), info.icon, esc(info.label.in(english))))
		}
	}
	var buttons [][]outbox.Button
	if followed {
		lines = append(lines, "", msgStatusFollowed.in(english))
		buttons = [][]outbox.Button{{{Text: btnStatusUnfollow.in(english), Data: "st:unsub:" + a.TrackingNo}}}
	} else {
		lines = append(lines, "", msgStatusFollowHint.in(english))
		buttons = [][]outbox.Button{{{Text: btnStatusFollow.in(english), Data: "st:sub:" + a.TrackingNo}}}
	}
	if overdue && s.officers {
		// A citizen whose application is late is offered an officer.
		buttons = append([][]outbox.Button{{{Text: btnStatusAskOfficer.in(english), Data: "case:new"}}}, buttons...)
	}
	return sayLong(chatID, strings.Join(lines, "\n"), buttons), nil
}

// statusExplained is the status with what it means, what to do next and
// its note.
func (s *statusFlow) statusExplained(status helpdesk.Status, note string, english bool) string {
	info := s.statusInfo(status)
	lines := []string{fmt.Sprintf(msgStatusNow.in(english), info.icon, esc(info.label.in(english)))}
	if m := info.meaning.in(english); m != "" {
		lines = append(lines, "<i>"+m+"</i>")
	}
	if n := info.next.in(english); n != "" {
		lines = append(lines, "👉 "+n)
	}
	switch {
	case note != "":
		lines = append(lines, "<b>"+info.noteFor.in(english)+":</b> "+esc(note))
	case status == helpdesk.StatusRejected || status == helpdesk.StatusNeedsFix:
		lines = append(lines, "<b>"+info.noteFor.in(english)+":</b> "+msgStatusNoNote.in(english))
	}
	return strings.Join(lines, "\n")
}

// dateIn is "27 Nov 2026 08.15" in the office's zone.
func dateIn(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	return fmt.Sprintf("%d %s %d %02d.%02d", t.Day(), monthsID[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// clockIn is "27 Nov 08.15 WIB" in the office's zone, named.
func clockIn(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	return fmt.Sprintf("%d %s %02d.%02d %s", t.Day(), monthsID[t.Month()-1], t.Hour(), t.Minute(), t.Format("MST"))
}

// callback runs the follow and unfollow buttons. The data names a
// tracking number only; following needs this chat to have given the right
// code recently, so a forged button cannot follow someone else's application.
func (s *statusFlow) callback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	parts := strings.SplitN(req.Callback.Data, ":", 3)
	if s.apps == nil || len(parts) != 3 {
		return []outbox.Action{ack(req, "")}, nil
	}
	no, ok := helpdesk.NormalizeTrackingNo(parts[2])
	if !ok {
		return []outbox.Action{ack(req, "")}, nil
	}
	switch parts[1] {
	case "sub":
		at, err := s.apps.VerifiedAt(ctx, req.Chat.ID, no)
		if err != nil {
			return nil, err
		}
		if at.IsZero() || s.now().Sub(at) > verifiedFor {
			return []outbox.Action{ack(req, msgStatusVerifyFirst.in(st.English))}, nil
		}
		if _, err := s.apps.FindApplication(ctx, no); errors.Is(err, helpdesk.ErrNotFound) {
			return []outbox.Action{ack(req, msgGone.in(st.English))}, nil
		} else if err != nil {
			return nil, err
		}
		if err := s.apps.Subscribe(ctx, req.Chat.ID, no); err != nil {
			return nil, err
		}
		return []outbox.Action{ack(req, ""), {Kind: outbox.Send, ChatID: req.Chat.ID,
			Text:    fmt.Sprintf(msgStatusSubscribed.in(st.English), esc(no)),
			Buttons: [][]outbox.Button{{{Text: btnStatusUnfollow.in(st.English), Data: "st:unsub:" + no}}}}}, nil
	case "unsub":
		ok, err := s.apps.Unsubscribe(ctx, req.Chat.ID, no)
		if err != nil {
			return nil, err
		}
		if !ok {
			return []outbox.Action{ack(req, msgStatusNotFollowing.in(st.English))}, nil
		}
		return []outbox.Action{ack(req, ""), say(req, fmt.Sprintf(msgStatusUnsubscribed.in(st.English), esc(no)))}, nil
	}
	return []outbox.Action{ack(req, "")}, nil
}

// officerSetStatus runs /setstatus TRACKING STATUS [note] in the officers'
// group (agentGroup lets only officers through). The reply goes to the
// officer's thread; subscribers hear of the change from the job.
func (s *statusFlow) officerSetStatus(ctx context.Context, req Request) ([]outbox.Action, error) {
	reply := func(html string) []outbox.Action {
		return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, ThreadID: req.ThreadID, ReplyTo: req.MessageID, Text: html}}
	}
	if s.apps == nil {
		return reply(msgNotYet), nil
	}
	wf := s.settings.workflow()
	a, err := parseSetStatus(req.Args, wf)
	switch {
	case errors.Is(err, errTrackingInvalid):
		return reply(msgSetStatusBadNo), nil
	case errors.Is(err, errStatusUnknown):
		hint := ""
		if a.Suggest != "" {
			hint = fmt.Sprintf(msgSetStatusDidYouMean, esc(a.Suggest))
		}
		return reply(fmt.Sprintf(msgSetStatusBadSt, esc(a.Note), hint, s.statusNames())), nil
	case err != nil:
		return reply(fmt.Sprintf(msgSetStatusUsage, s.statusNames())), nil
	}
	if len([]rune(a.Note)) > maxNote {
		a.Note = string([]rune(a.Note)[:maxNote])
	}
	app, changed, err := s.apps.SetStatus(ctx, helpdesk.StatusUpdate{
		TrackingNo: a.TrackingNo, Status: a.Status, Note: a.Note,
		Source: helpdesk.SourceOfficer, Actor: strconv.FormatInt(req.From.ID, 10),
		Ref: "update:" + strconv.FormatInt(req.UpdateID, 10), At: s.now(),
	})
	if errors.Is(err, helpdesk.ErrNotFound) {
		return reply(fmt.Sprintf(msgSetStatusNone, esc(a.TrackingNo))), nil
	} else if err != nil {
		return nil, err
	}
	label := s.statusLabel(app.Status, false)
	if !changed {
		return reply(fmt.Sprintf(msgSetStatusSame, esc(app.TrackingNo), esc(label))), nil
	}
	note := ""
	if app.Note != "" {
		note = fmt.Sprintf(msgSetStatusNote, esc(app.Note))
	}
	return reply(fmt.Sprintf(msgSetStatusDone, esc(app.TrackingNo), esc(label), note)), nil
}

// maxNote is the longest note an officer may attach.
const maxNote = 1000

func (s *statusFlow) statusNames() string {
	names := s.settings.workflow().Names()
	for i, n := range names {
		names[i] = "<code>" + esc(n) + "</code>"
	}
	return strings.Join(names, ", ")
}

// JobStatusNotify is the job that tells subscribers of status changes; the
// status API asks for a run of it after a change (see bot.Pipeline.Trigger).
const JobStatusNotify = "status-notify"

func (s *statusFlow) jobs() []Job {
	if s.apps == nil {
		return nil
	}
	return []Job{
		{Name: JobStatusNotify, Every: 2 * time.Second, Run: s.notifyChanges},
		{Name: "status-purge", Every: time.Hour, Run: s.apps.PurgeStatusChecks},
		{Name: "status-overdue-digest", Every: 10 * time.Minute, Run: s.overdueDigest},
	}
}

// notifyChanges queues a message to every subscriber of every change
// not announced yet, whichever process recorded it, and marks each change
// announced in the same transaction. Running it twice at once is harmless.
func (s *statusFlow) notifyChanges(ctx context.Context) error {
	for range 100 {
		notices, err := s.apps.PendingStatusNotices(ctx, noticeBatch)
		if err != nil {
			return err
		}
		for _, n := range notices {
			if err := s.apps.MarkStatusNotified(ctx, n.Change.ID, s.noticeActions(ctx, n)); err != nil {
				return err
			}
		}
		if len(notices) < noticeBatch {
			return nil
		}
	}
	return nil
}

// noticeActions is the message each subscriber gets about a change, in the
// language the subscriber last wrote in.
func (s *statusFlow) noticeActions(ctx context.Context, n helpdesk.StatusNotice) []outbox.Action {
	a := n.Application
	render := func(english bool) outbox.Action {
		lines := []string{fmt.Sprintf(msgStatusNotice.in(english), esc(a.TrackingNo))}
		if a.Service != "" {
			lines = append(lines, fmt.Sprintf(msgStatusService.in(english), esc(a.Service)))
		}
		lines = append(lines, "", s.statusExplained(n.Change.New, n.Change.Note, english))
		return outbox.Action{Kind: outbox.Send, Text: strings.Join(lines, "\n"),
			Buttons: [][]outbox.Button{{{Text: btnStatusUnfollow.in(english), Data: "st:unsub:" + a.TrackingNo}}}}
	}
	acts := make([]outbox.Action, 0, len(n.ChatIDs))
	for _, chatID := range n.ChatIDs {
		st, _, err := loadState(ctx, s.states, s.log, chatID)
		english := err == nil && st.English
		act := render(english)
		act.ChatID = chatID
		acts = append(acts, act)
		if s.settings.Workflow.Final(n.Change.New) {
			invite, err := s.survey.invitation(ctx, chatID, surveyServiceKey(a.Service), a.Service,
				"status:"+strconv.FormatInt(n.Change.ID, 10), english)
			if err != nil {
				// The notice matters more than the invitation.
				s.log.Warn("survey invitation", "err", err)
			}
			acts = append(acts, invite...)
		}
	}
	return acts
}
