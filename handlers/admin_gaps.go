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

const (
	modeGapDone   = "admin:gapdone"
	gapRowsShown  = 10
	maxGapExample = 80
)

// gapsFlow shows the admins the questions the base did not answer, grouped
// by need, and marks a need covered by an article.
type gapsFlow struct {
	store    gapStore
	kb       Knowledge
	audit    *auditor
	settings Settings
	now      func() time.Time
}

// gapStore keeps the unanswered questions and downvotes.
type gapStore interface {
	// ListGapItems returns unanswered questions and downvotes not yet handled.
	ListGapItems(ctx context.Context, limit int) ([]helpdesk.GapItem, error)
	// MarkGapsHandled marks items as covered; ErrConflict when all were already.
	MarkGapsHandled(ctx context.Context, m helpdesk.GapMark, items []helpdesk.GapRef) (helpdesk.GapMark, error)
}

// command runs /celah (the report) and /celah selesai ROW ARTICLE-ID.
func (s *gapsFlow) command(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	f := strings.Fields(strings.ToLower(req.Args))
	if len(f) == 0 {
		return s.gapsReport(ctx, req)
	}
	if (f[0] == "selesai" || f[0] == "done") && len(f) == 3 {
		n, err := strconv.Atoi(strings.TrimPrefix(f[1], "#"))
		if err != nil || n < 1 {
			return []outbox.Action{say(req, msgGapUsage)}, nil
		}
		return s.markGap(ctx, req, func(rows []helpdesk.GapRow) (helpdesk.GapRow, bool) {
			if n > len(rows) {
				return helpdesk.GapRow{}, false
			}
			return rows[n-1], true
		}, f[2])
	}
	return []outbox.Action{say(req, msgGapUsage)}, nil
}

// gapReport builds the current gaps report from the store.
func (s *gapsFlow) gapReport(ctx context.Context) ([]helpdesk.GapRow, int, error) {
	items, err := s.store.ListGapItems(ctx, 0)
	if err != nil {
		return nil, 0, fmt.Errorf("gaps report: %w", err)
	}
	return BuildGapReport(items, s.articleTitle), len(items), nil
}

func (s *gapsFlow) articleTitle(id string) string {
	if a, ok := s.kb.Get(id); ok {
		return a.Title
	}
	return ""
}

func (s *gapsFlow) gapsReport(ctx context.Context, req Request) ([]outbox.Action, error) {
	rows, total, err := s.gapReport(ctx)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return []outbox.Action{say(req, msgGapNone)}, nil
	}
	first, last := rows[0].First, rows[0].Last
	for _, r := range rows {
		if r.First.Before(first) {
			first = r.First
		}
		if r.Last.After(last) {
			last = r.Last
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, msgGapHeader, total, len(rows), esc(fmtDay(first, s.settings.Location)), esc(fmtDay(last, s.settings.Location)))
	var bs []outbox.Button
	for _, r := range rows[:min(len(rows), gapRowsShown)] {
		b.WriteString("\n\n" + gapRowHTML(r, s.articleTitle, s.settings.Location))
		if bt, ok := button(fmt.Sprintf("✅ %d", r.No), "gap:done:"+r.Key); ok {
			bs = append(bs, bt)
		}
	}
	if len(rows) > gapRowsShown {
		fmt.Fprintf(&b, "\n\n"+msgGapMore, len(rows)-gapRowsShown)
	}
	b.WriteString("\n\n" + msgGapHint)
	return sayLong(req.Chat.ID, b.String(), rowsOf(bs, 5)), nil
}

// gapRowHTML shows one row: the need, counts, date range, examples and the
// articles retrieval thought closest.
func gapRowHTML(r helpdesk.GapRow, title func(string) string, loc *time.Location) string {
	var b strings.Builder
	fmt.Fprintf(&b, msgGapRow, r.No, esc(truncate(r.Label, maxGapExample)),
		r.Count, r.Unanswered, r.Downvotes, r.Chats, esc(fmtDay(r.First, loc)), esc(fmtDay(r.Last, loc)))
	if len(r.Examples) > 0 {
		ex := make([]string, len(r.Examples))
		for i, e := range r.Examples {
			ex[i] = "«" + esc(truncate(e, maxGapExample)) + "»"
		}
		fmt.Fprintf(&b, msgGapExamples, strings.Join(ex, "; "))
	}
	if len(r.ArticleIDs) > 0 {
		ids := make([]string, len(r.ArticleIDs))
		for i, id := range r.ArticleIDs {
			ids[i] = "<code>" + esc(id) + "</code>"
		}
		fmt.Fprintf(&b, msgGapArticles, strings.Join(ids, ", "))
	}
	return b.String()
}

// callback handles gap:done:KEY (ask which article), gap:ok:KEY:ID
// (mark) and gap:no.
func (s *gapsFlow) callback(ctx context.Context, req Request, st *ChatState, p []string) ([]outbox.Action, error) {
	pressed := ack(req, "")
	if len(p) == 0 {
		return []outbox.Action{pressed}, nil
	}
	switch {
	case p[0] == "done" && len(p) == 2:
		row, ok, err := s.findGapRow(ctx, byKey(p[1]))
		if err != nil {
			return nil, err
		}
		if !ok {
			return []outbox.Action{ack(req, msgGapGone)}, nil
		}
		st.SetMode(modeGapDone, map[string]string{"key": row.Key}, s.now())
		var bs []outbox.Button
		for _, id := range row.ArticleIDs {
			if t := s.articleTitle(id); t != "" {
				if bt, ok := button(truncate(t, 40), "gap:ok:"+row.Key+":"+id); ok {
					bs = append(bs, bt)
				}
			}
		}
		rows := rowsOf(bs, 1)
		rows = append(rows, []outbox.Button{{Text: btnCancel, Data: "gap:no"}})
		return []outbox.Action{pressed, reply(req, fmt.Sprintf(msgGapAskArticle, esc(truncate(row.Label, maxGapExample))), rows)}, nil
	case p[0] == "ok" && len(p) == 3:
		st.ClearMode()
		acts, err := s.markGap(ctx, req, byKey(p[1]), p[2])
		return append([]outbox.Action{pressed}, acts...), err
	case p[0] == "no":
		st.ClearMode()
		return []outbox.Action{pressed, say(req, msgCancelled.id)}, nil
	}
	return []outbox.Action{pressed}, nil
}

// doneInput takes the article id typed after gap:done.
func (s *gapsFlow) doneInput(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, bool, error) {
	key := st.Data["key"]
	f := strings.Fields(strings.ToLower(req.Text))
	if len(f) != 1 {
		return []outbox.Action{say(req, msgGapAskID)}, true, nil
	}
	st.ClearMode()
	acts, err := s.markGap(ctx, req, byKey(key), f[0])
	return acts, true, err
}

func byKey(key string) func([]helpdesk.GapRow) (helpdesk.GapRow, bool) {
	return func(rows []helpdesk.GapRow) (helpdesk.GapRow, bool) {
		for _, r := range rows {
			if r.Key == key {
				return r, true
			}
		}
		return helpdesk.GapRow{}, false
	}
}

func (s *gapsFlow) findGapRow(ctx context.Context, pick func([]helpdesk.GapRow) (helpdesk.GapRow, bool)) (helpdesk.GapRow, bool, error) {
	rows, _, err := s.gapReport(ctx)
	if err != nil {
		return helpdesk.GapRow{}, false, err
	}
	r, ok := pick(rows)
	return r, ok, nil
}

// markGap marks the picked row handled by the article id, which must be live.
func (s *gapsFlow) markGap(ctx context.Context, req Request, pick func([]helpdesk.GapRow) (helpdesk.GapRow, bool), articleID string) ([]outbox.Action, error) {
	a, ok := s.kb.Get(articleID)
	if !ok {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNotFound, esc(articleID)))}, nil
	}
	row, ok, err := s.findGapRow(ctx, pick)
	if err != nil {
		return nil, err
	}
	if !ok {
		return []outbox.Action{say(req, msgGapGone)}, nil
	}
	m, err := s.store.MarkGapsHandled(ctx, helpdesk.GapMark{ArticleID: a.ID, Label: row.Label, By: actor(req), At: s.now()}, row.Items)
	if errors.Is(err, helpdesk.ErrConflict) {
		return []outbox.Action{say(req, msgGapGone)}, nil
	} else if err != nil {
		return nil, fmt.Errorf("mark gap: %w", err)
	}
	s.audit.record(ctx, req, "gap", true, fmt.Sprintf("%s: %d items -> %s", row.Key, m.Items, a.ID))
	return []outbox.Action{say(req, fmt.Sprintf(msgGapMarked, esc(truncate(row.Label, maxGapExample)), m.Items, esc(a.Title)))}, nil
}
