package handlers

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// AdminStore keeps article versions, the gaps report, announcements and the
// admin audit log.
type AdminStore interface {
	// PublishArticle saves an article as a new version by actor.
	PublishArticle(ctx context.Context, a knowledge.Article, actor string) (helpdesk.ArticleSave, error)
	// WithdrawArticle deletes a live article and returns the version that
	// records the deletion; ErrNotFound when it is not live.
	WithdrawArticle(ctx context.Context, id, actor string) (int, error)
	ArticleHistory(ctx context.Context, id string) ([]helpdesk.ArticleRevision, error)
	FindArticleRevision(ctx context.Context, id string, version int) (helpdesk.ArticleRevision, error)
	// ListArticles returns the live articles as stored.
	ListArticles(ctx context.Context) ([]knowledge.Article, error)

	// ListGapItems returns unanswered questions and downvotes not yet handled.
	ListGapItems(ctx context.Context, limit int) ([]helpdesk.GapItem, error)
	// MarkGapsHandled marks items as covered; ErrConflict when all were already.
	MarkGapsHandled(ctx context.Context, m helpdesk.GapMark, items []helpdesk.GapRef) (helpdesk.GapMark, error)

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

	RecordAdminAttempt(ctx context.Context, a helpdesk.AdminAttempt) error
	// PurgeAdminAttempts deletes audit entries older than before.
	PurgeAdminAttempts(ctx context.Context, before time.Time) (int64, error)
}

// FileFetcher downloads a file a user sent, by its transport file id.
type FileFetcher interface {
	Fetch(ctx context.Context, fileID string, maxBytes int64) ([]byte, error)
}

const (
	// maxArticleFile bounds an uploaded article; real ones are a few KB.
	maxArticleFile = 256 << 10
	// adminModeTTL is how long an admin prompt waits for its answer.
	adminModeTTL = 30 * time.Minute
	// maxCallbackData is Telegram's limit on a button's data, in bytes.
	maxCallbackData = 64
)

// adminCommand runs /kb, /celah, /umumkan, /batal and the citizens'
// /pengumuman.
func (s *Service) adminCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	switch req.Command {
	case "pengumuman", "announcements":
		return s.subscribeCommand(ctx, req, st)
	case "batal", "cancel":
		had := st.Mode != ""
		st.ClearMode()
		if had {
			return []outbox.Action{say(req, msgCancelled.in(st.English))}, nil
		}
		return []outbox.Action{say(req, msgNothingToCancel.in(st.English))}, nil
	}
	if !s.Settings.isAdmin(req.From.ID) {
		return s.refuse(ctx, req, st, "/"+req.Command), nil
	}
	st.ClearMode()
	switch req.Command {
	case "kb":
		return s.kbCommand(ctx, req, st)
	case "celah":
		return s.gapsCommand(ctx, req, st)
	case "umumkan":
		return s.announceCommand(ctx, req, st)
	}
	return nil, nil
}

// adminInput takes the answer to an admin prompt.
func (s *Service) adminInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	if !s.Settings.isAdmin(req.From.ID) || s.now().Sub(st.ModeSince) > adminModeTTL {
		st.ClearMode()
		return nil, false, nil
	}
	switch st.Mode {
	case modeAnnounce:
		return s.announceInput(ctx, req, st)
	case modeGapDone:
		return s.gapDoneInput(ctx, req, st)
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
		return s.subscribeCallback(ctx, req, st, parts[1] == "on")
	}
	if !s.Settings.isAdmin(req.From.ID) {
		return s.refuse(ctx, req, st, "button "+data), nil
	}
	switch parts[0] {
	case "kb":
		return s.kbCallback(ctx, req, st, parts[1:])
	case "undo":
		return s.undoCallback(ctx, req, st, parts[1:])
	case "gap":
		return s.gapCallback(ctx, req, st, parts[1:])
	case "ann":
		return s.announceCallback(ctx, req, st, parts[1:])
	}
	return []outbox.Action{ack(req, "")}, nil
}

// kbSyncEvery is how often the running base is compared with the store, so
// that a `helpdesk kb import` run beside the bot is answered from too.
const kbSyncEvery = 30 * time.Second

func (s *Service) adminJobs() []Job {
	if s.Admin == nil {
		return nil
	}
	return []Job{
		{Name: "kb-sync", Every: kbSyncEvery, Run: s.syncKnowledge},
		{Name: "announce", Every: time.Second, Run: s.announceBatches},
		{Name: "admin-audit-retention", Every: time.Hour, Run: s.purgeAudit},
	}
}

// syncKnowledge brings the running base in line with the stored articles.
func (s *Service) syncKnowledge(ctx context.Context) error {
	s.kbMu.Lock()
	defer s.kbMu.Unlock()
	stored, err := s.Admin.ListArticles(ctx)
	if err != nil {
		return fmt.Errorf("kb sync: %w", err)
	}
	live := map[string]knowledge.Article{}
	for _, a := range s.Knowledge.List() {
		live[a.ID] = a
	}
	changed := 0
	for _, a := range stored {
		if l, ok := live[a.ID]; !ok || !bytes.Equal(knowledge.Render(l), knowledge.Render(a)) {
			s.Knowledge.Put(a)
			changed++
		}
		delete(live, a.ID)
	}
	for id := range live {
		s.Knowledge.Remove(id)
		changed++
	}
	if changed > 0 {
		s.Logger.Info("knowledge base synced from the database", "changed", changed)
	}
	return nil
}

// purgeAudit keeps the audit log, which names users, no longer than the
// retention period.
func (s *Service) purgeAudit(ctx context.Context) error {
	n, err := s.Admin.PurgeAdminAttempts(ctx, s.now().Add(-s.Settings.Retention))
	if err != nil {
		return err
	}
	if n > 0 {
		s.Logger.Info("admin audit entries past retention deleted", "count", n)
	}
	return nil
}

// refuse answers someone who is not an admin without revealing anything, and
// logs the attempt.
func (s *Service) refuse(ctx context.Context, req Request, st *ChatState, what string) []outbox.Action {
	// Who tried is personal data: the audit table keeps it for admins, the
	// log only at debug.
	s.Logger.Warn("admin action refused", "action", what)
	s.Logger.Debug("admin action refused", "user", req.From.ID, "chat", req.Chat.ID, "action", what)
	s.audit(ctx, req, what, false, "")
	if req.Callback != nil {
		return []outbox.Action{{Kind: outbox.AnswerCallback, ChatID: req.Chat.ID, CallbackID: req.Callback.ID,
			Text: msgAdminOnly.in(st.English), Alert: true}}
	}
	return []outbox.Action{say(req, msgAdminOnly.in(st.English))}
}

// audit records an admin action or a refused attempt. A failure to record
// is logged and does not stop the conversation.
func (s *Service) audit(ctx context.Context, req Request, action string, allowed bool, detail string) {
	if s.Admin == nil {
		return
	}
	if err := s.Admin.RecordAdminAttempt(ctx, helpdesk.AdminAttempt{UserID: req.From.ID, ChatID: req.Chat.ID,
		Action: action, Allowed: allowed, Detail: detail, At: s.now()}); err != nil {
		s.Logger.Error("record admin attempt", "err", err)
	}
}

// actor names an admin in the version history.
func actor(req Request) string { return "tg:" + strconv.FormatInt(req.From.ID, 10) }

// reply is a message in the request's chat with buttons.
func reply(req Request, html string, buttons [][]outbox.Button) outbox.Action {
	return outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, Text: html, Buttons: buttons}
}

// button returns a callback button, or false when its data would be over
// Telegram's limit (an id too long to address by button).
func button(text, data string) (outbox.Button, bool) {
	if len(data) > maxCallbackData {
		return outbox.Button{}, false
	}
	return outbox.Button{Text: text, Data: data}, true
}

// rowsOf lays buttons out n per row.
func rowsOf(bs []outbox.Button, n int) [][]outbox.Button {
	var rows [][]outbox.Button
	for len(bs) > 0 {
		k := min(n, len(bs))
		rows = append(rows, bs[:k])
		bs = bs[k:]
	}
	return rows
}

// fmtTime shows a time in the office's zone, where the admins work.
func fmtTime(t time.Time, loc *time.Location) string { return t.In(loc).Format("2 Jan 2006 15:04") }

// fmtDay shows the day of t in the office's zone.
func fmtDay(t time.Time, loc *time.Location) string { return t.In(loc).Format("2 Jan 2006") }
