package handlers

import (
	"context"
	"strings"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// Handle runs one request and returns what to say, addressed to the case
// topics it concerns (see address).
func (s *Service) Handle(ctx context.Context, req Request) (Result, error) {
	req.rec = &helpdesk.Records{}
	acts, err := s.route(ctx, req)
	if err != nil {
		return Result{}, err
	}
	if acts, err = s.topics.address(ctx, acts); err != nil {
		return Result{}, err
	}
	return Result{Actions: acts, Records: *req.rec}, nil
}

// route runs one request by where it comes from.
func (s *Service) route(ctx context.Context, req Request) ([]outbox.Action, error) {
	// Bots are not listened to; an anonymous group admin's placeholder
	// sender is one, and is answered in the officers' group.
	if req.From.IsBot && req.SenderChat == 0 {
		return nil, nil
	}
	switch {
	case req.Chat.Private():
		return s.handlePrivate(ctx, req)
	case s.settings.isAgentChat(req.Chat.ID):
		return s.agentGroup(ctx, req)
	default:
		// Groups other than the officers' are not served.
		return nil, nil
	}
}

func (s *Service) handlePrivate(ctx context.Context, req Request) ([]outbox.Action, error) {
	if acts, flooding := s.floodCheck(ctx, req); flooding {
		return acts, nil
	}
	st, stored, err := loadState(ctx, s.states, s.log, req.Chat.ID)
	if err != nil {
		return nil, err
	}
	req.rec.Citizens = append(req.rec.Citizens, helpdesk.Citizen{
		ChatID: req.Chat.ID, UserID: req.From.ID, FirstName: req.From.FirstName,
		LastName: req.From.LastName, Username: req.From.Username,
		LanguageCode: req.From.LanguageCode, LastSeen: s.now(),
	})
	acts, err := s.routePrivate(ctx, req, &st)
	if err != nil {
		return nil, err
	}
	if err := saveState(req, st, stored); err != nil {
		return nil, err
	}
	return acts, nil
}

func (s *Service) routePrivate(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	if req.Callback != nil {
		return s.callback(ctx, req, st)
	}
	if req.Command != "" {
		if acts, ok, err := s.command(ctx, req, st); ok || err != nil {
			return acts, err
		}
		if req.Media == nil {
			// "/survei" where there is no survey is not a question to look
			// up, nor a case to open: show what the bot can do.
			return s.citizen.unknownCommand(req, st), nil
		}
	}
	if req.Media != nil && req.Media.Kind == "document" && s.settings.isAdmin(req.From.ID) &&
		strings.HasSuffix(strings.ToLower(req.Media.FileName), ".md") {
		return s.admin.upload(ctx, req, st)
	}
	switch {
	case st.InMode("status:"):
		if acts, ok, err := s.status.input(ctx, req, st); ok || err != nil {
			return acts, err
		}
	case st.InMode("case:"):
		if acts, ok, err := s.cases.input(ctx, req, st); ok || err != nil {
			return acts, err
		}
	case st.InMode("admin:"):
		if acts, ok, err := s.adminInput(ctx, req, st); ok || err != nil {
			return acts, err
		}
	}
	// A citizen with an open case talks to the officer, not to the bot.
	if acts, ok, err := s.cases.relayFromCitizen(ctx, req, st); ok || err != nil {
		return acts, err
	}
	if req.Media != nil && strings.TrimSpace(req.Text) == "" {
		return s.citizen.unsupportedMedia(req, st), nil
	}
	return s.citizen.question(ctx, req, st)
}

// command runs a slash command; ok is false for commands it does not know,
// which are then treated as text.
func (s *Service) command(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	var (
		acts []outbox.Action
		err  error
	)
	switch req.Command {
	case "start":
		st.ClearMode()
		acts = s.citizen.start(req, st)
	case "help", "bantuan":
		st.ClearMode()
		acts = s.citizen.help(req, st)
	case "menu", "layanan":
		acts = s.citizen.menu(req, st)
	case "status", "cek":
		st.ClearMode()
		acts, err = s.status.command(ctx, req, st)
	case "petugas", "agent", "cs", "operator":
		st.ClearMode()
		acts, err = s.cases.handoffCommand(ctx, req, st, false)
	case "selesai", "end":
		acts, err = s.cases.endCaseCommand(ctx, req, st)
	case "datasaya", "mydata", "hapusdata", "deletemydata":
		st.ClearMode()
		acts, err = s.privacy.command(ctx, req, st)
	case "laporan", "report":
		acts, err = s.report.command(ctx, req, st)
	case "survei", "survey":
		acts, err = s.survey.command(ctx, req, st)
	case "dasbor", "dashboard":
		st.ClearMode()
		acts, err = s.admin.dashboardCommand(ctx, req, st)
	case "kb", "celah", "umumkan", "batal", "cancel", "pengumuman", "announcements":
		acts, err = s.adminCommand(ctx, req, st)
	default:
		return nil, false, nil
	}
	return acts, true, err
}

// callback routes a pressed button by the prefix of its data. Button data is
// validated by its owner; none of it is trusted.
func (s *Service) callback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	data := req.Callback.Data
	prefix, _, _ := strings.Cut(data, ":")
	var (
		acts []outbox.Action
		err  error
	)
	switch prefix {
	case "a", "p", "fb", "cat", "menu":
		acts, err = s.citizen.callback(ctx, req, st)
	case "st":
		acts, err = s.status.callback(ctx, req, st)
	case "case", "rate":
		if data == "case:erase" || data == "case:keep" {
			acts, err = s.privacy.eraseConfirmed(ctx, req, st, data == "case:erase")
		} else {
			acts, err = s.cases.callback(ctx, req, st)
		}
	case "kb", "undo", "ann", "gap":
		acts, err = s.adminCallback(ctx, req, st)
	case "skm":
		acts, err = s.survey.callback(ctx, req, st)
	default:
		acts = []outbox.Action{ack(req, "")}
	}
	return acts, err
}

// ack stops the spinner on a pressed button, with an optional short notice.
func ack(req Request, text string) outbox.Action {
	return outbox.Action{Kind: outbox.AnswerCallback, ChatID: req.Chat.ID, CallbackID: req.Callback.ID, Text: text}
}

// agentGroup handles everything said in an officers' group. Only officers
// (members of the group) are listened to; messages reach a citizen only
// through the case of the topic they were written in, or of the bot
// message they reply to.
func (s *Service) agentGroup(ctx context.Context, req Request) ([]outbox.Action, error) {
	// A group that turned topics on is noticed here; one without them is
	// noticed when a topic cannot be created.
	if req.Chat.IsForum && req.Callback == nil {
		if err := s.topics.noticeForum(ctx, req.Chat.ID); err != nil {
			return nil, err
		}
	}
	who := s.cases.checkOfficer(ctx, req)
	if req.Callback != nil {
		return s.cases.groupCallback(ctx, req, who)
	}
	if who == notOfficer || req.Event != "" {
		return nil, nil
	}
	if who != officer {
		return s.cases.unverifiedOfficer(ctx, req, who)
	}
	switch req.Command {
	case "setstatus":
		return s.status.officerSetStatus(ctx, req)
	case "terlambat", "overdue":
		return s.status.overdueCommand(ctx, req)
	}
	return s.cases.officerMessage(ctx, req)
}

// adminCommand runs /kb, /celah, /umumkan, /batal and the citizens'
// /pengumuman.
func (s *Service) adminCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	switch req.Command {
	case "pengumuman", "announcements":
		return s.announce.subscribeCommand(ctx, req, st)
	case "batal", "cancel":
		had := st.Mode != ""
		st.ClearMode()
		if had {
			return []outbox.Action{say(req, msgCancelled.in(st.English))}, nil
		}
		return []outbox.Action{say(req, msgNothingToCancel.in(st.English))}, nil
	}
	if !s.settings.isAdmin(req.From.ID) {
		return s.audit.refuse(ctx, req, st, "/"+req.Command), nil
	}
	st.ClearMode()
	switch req.Command {
	case "kb":
		return s.admin.kbCommand(ctx, req, st)
	case "celah":
		return s.gaps.command(ctx, req, st)
	case "umumkan":
		return s.announce.announceCommand(ctx, req, st)
	}
	return nil, nil
}

// adminInput takes the answer to an admin prompt.
func (s *Service) adminInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	if !s.settings.isAdmin(req.From.ID) || s.now().Sub(st.ModeSince) > adminModeTTL {
		st.ClearMode()
		return nil, false, nil
	}
	switch st.Mode {
	case modeAnnounce:
		return s.announce.announceInput(ctx, req, st)
	case modeGapDone:
		return s.gaps.doneInput(ctx, req, st)
	}
	st.ClearMode()
	return nil, false, nil
}

// adminCallback handles the buttons of the admin conversation and the
// citizens' announcement opt-in and opt-out.
func (s *Service) adminCallback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	data := req.Callback.Data
	if len(data) > maxCallbackData {
		return []outbox.Action{ack(req, "")}, nil
	}
	parts := strings.Split(data, ":")
	if parts[0] == "ann" && len(parts) == 2 && (parts[1] == "on" || parts[1] == "off") {
		return s.announce.subscribeCallback(ctx, req, st, parts[1] == "on")
	}
	if !s.settings.isAdmin(req.From.ID) {
		return s.audit.refuse(ctx, req, st, "button "+data), nil
	}
	switch parts[0] {
	case "kb":
		return s.admin.kbCallback(ctx, req, st, parts[1:])
	case "undo":
		return s.admin.undoCallback(ctx, req, st, parts[1:])
	case "gap":
		return s.gaps.callback(ctx, req, st, parts[1:])
	case "ann":
		return s.announce.announceCallback(ctx, req, st, parts[1:])
	}
	return []outbox.Action{ack(req, "")}, nil
}
