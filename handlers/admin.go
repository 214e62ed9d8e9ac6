package handlers

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// AdminStore keeps article versions, the gaps report, announcements and the
// admin audit log: what the admin, announcement and audit parts each need
// of it.
type AdminStore interface {
	adminStore
	gapStore
	announceStore
	auditStore
}

// adminFlow runs the admins' conversation about the knowledge base:
// uploads, versions and undo, and the dashboard link.
type adminFlow struct {
	store     adminStore // nil: no admin conversation
	kb        Knowledge
	files     FileFetcher    // nil: documents cannot be downloaded
	dashboard DashboardLinks // nil: the dashboard is off
	audit     *auditor
	rendered  *renderCache
	settings  Settings
	log       *slog.Logger
	now       func() time.Time
	// kbMu keeps a sync from putting back content an admin has just replaced.
	kbMu sync.Mutex
}

// adminStore keeps article versions.
type adminStore interface {
	// PublishArticle saves an article as a new version by actor.
	PublishArticle(ctx context.Context, a knowledge.Article, actor string) (helpdesk.ArticleSave, error)
	// WithdrawArticle deletes a live article and returns the version that
	// records the deletion; ErrNotFound when it is not live.
	WithdrawArticle(ctx context.Context, id, actor string) (int, error)
	ArticleHistory(ctx context.Context, id string) ([]helpdesk.ArticleRevision, error)
	FindArticleRevision(ctx context.Context, id string, version int) (helpdesk.ArticleRevision, error)
	// ListArticles returns the live articles as stored.
	ListArticles(ctx context.Context) ([]knowledge.Article, error)
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

// kbSyncEvery is how often the running base is compared with the store, so
// that a `helpdesk kb import` run beside the bot is answered from too.
const kbSyncEvery = 30 * time.Second

func (s *adminFlow) jobs() []Job {
	if s.store == nil {
		return nil
	}
	return []Job{{Name: "kb-sync", Every: kbSyncEvery, Run: s.syncKnowledge}}
}

// syncKnowledge brings the running base in line with the stored articles.
func (s *adminFlow) syncKnowledge(ctx context.Context) error {
	s.kbMu.Lock()
	defer s.kbMu.Unlock()
	stored, err := s.store.ListArticles(ctx)
	if err != nil {
		return fmt.Errorf("kb sync: %w", err)
	}
	live := map[string]knowledge.Article{}
	for _, a := range s.kb.List() {
		live[a.ID] = a
	}
	changed := 0
	for _, a := range stored {
		if l, ok := live[a.ID]; !ok || !bytes.Equal(knowledge.Render(l), knowledge.Render(a)) {
			s.kb.Put(a)
			changed++
		}
		delete(live, a.ID)
	}
	for id := range live {
		s.kb.Remove(id)
		changed++
	}
	if changed > 0 {
		s.log.Info("knowledge base synced from the database", "changed", changed)
	}
	return nil
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

// auditor keeps the admin audit log: every admin action, and every refused
// attempt, with the refusal shown to whoever tried.
type auditor struct {
	store     auditStore // nil: nothing is recorded
	retention time.Duration
	log       *slog.Logger
	now       func() time.Time
}

// auditStore keeps the admin audit log; entries are records (see record).
type auditStore interface {
	// PurgeAdminAttempts deletes audit entries older than before.
	PurgeAdminAttempts(ctx context.Context, before time.Time) (int64, error)
}

func (a *auditor) jobs() []Job {
	if a.store == nil {
		return nil
	}
	return []Job{{Name: "admin-audit-retention", Every: time.Hour, Run: a.purge}}
}

// purge keeps the audit log, which names users, no longer than the
// retention period.
func (a *auditor) purge(ctx context.Context) error {
	n, err := a.store.PurgeAdminAttempts(ctx, a.now().Add(-a.retention))
	if err != nil {
		return err
	}
	if n > 0 {
		a.log.Info("admin audit entries past retention deleted", "count", n)
	}
	return nil
}

// refuse answers someone who is not an admin without revealing anything, and
// logs the attempt.
func (a *auditor) refuse(ctx context.Context, req Request, st *ChatState, what string) []outbox.Action {
	// Who tried is personal data: the audit table keeps it for admins, the
	// log only at debug.
	a.log.Warn("admin action refused", "action", what)
	a.log.Debug("admin action refused", "user", req.From.ID, "chat", req.Chat.ID, "action", what)
	a.record(ctx, req, what, false, "")
	if req.Callback != nil {
		return []outbox.Action{{Kind: outbox.AnswerCallback, ChatID: req.Chat.ID, CallbackID: req.Callback.ID,
			Text: msgAdminOnly.in(st.English), Alert: true}}
	}
	return []outbox.Action{say(req, msgAdminOnly.in(st.English))}
}

// record records an admin action or a refused attempt, written with the
// request's completion: a request run again after a crash logs it once.
func (a *auditor) record(ctx context.Context, req Request, action string, allowed bool, detail string) {
	if a.store == nil {
		return
	}
	req.rec.AdminAttempts = append(req.rec.AdminAttempts, helpdesk.AdminAttempt{UserID: req.From.ID, ChatID: req.Chat.ID,
		Action: action, Allowed: allowed, Detail: detail, At: a.now()})
}
