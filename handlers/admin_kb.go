package handlers

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

const kbPageSize = 8

// kbCommand runs /kb [ID | riwayat ID | hapus ID | ekspor].
func (s *adminFlow) kbCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	f := strings.Fields(strings.ToLower(req.Args))
	switch {
	case len(f) == 0:
		return []outbox.Action{s.kbOverview(req)}, nil
	case len(f) == 1 && (f[0] == "ekspor" || f[0] == "export"):
		return s.kbExport(req), nil
	case len(f) == 2 && (f[0] == "riwayat" || f[0] == "history"):
		return s.kbHistory(ctx, req, f[1])
	case len(f) == 2 && (f[0] == "hapus" || f[0] == "delete"):
		return s.kbDeleteAsk(req, f[1]), nil
	case len(f) == 1:
		return s.kbShow(ctx, req, f[0])
	}
	return []outbox.Action{say(req, msgKBUsage)}, nil
}

// kbCallback handles kb:cat:KEY:PAGE, kb:stale:PAGE, kb:show:ID, kb:file:ID, kb:hist:ID,
// kb:del:ID, kb:delok:ID, kb:restore:ID:VERSION, kb:export, kb:home, kb:no.
func (s *adminFlow) kbCallback(ctx context.Context, req Request, st *ChatState, p []string) ([]outbox.Action, error) {
	pressed := []outbox.Action{ack(req, "")}
	if len(p) == 0 {
		return pressed, nil
	}
	arg := func(i int) string {
		if i < len(p) {
			return p[i]
		}
		return ""
	}
	var (
		acts []outbox.Action
		err  error
	)
	switch p[0] {
	case "home":
		acts = []outbox.Action{editOrSend(req, s.kbOverview(req))}
	case "cat":
		page, perr := strconv.Atoi(arg(2))
		if perr != nil || page < 0 {
			return pressed, nil
		}
		acts = s.kbCategory(req, arg(1), page)
	case "stale":
		page, perr := strconv.Atoi(arg(1))
		if perr != nil || page < 0 {
			return pressed, nil
		}
		acts = s.kbStale(req, page)
	case "show":
		acts, err = s.kbShow(ctx, req, arg(1))
	case "file":
		acts = s.kbFile(req, arg(1))
	case "hist":
		acts, err = s.kbHistory(ctx, req, arg(1))
	case "del":
		acts = s.kbDeleteAsk(req, arg(1))
	case "delok":
		acts, err = s.kbDelete(ctx, req, arg(1))
	case "restore":
		v, verr := strconv.Atoi(arg(2))
		if verr != nil || v < 1 {
			return pressed, nil
		}
		acts, err = s.kbRestore(ctx, req, arg(1), v)
	case "export":
		acts = s.kbExport(req)
	case "no":
		acts = []outbox.Action{say(req, msgKBKept)}
	}
	return append(pressed, acts...), err
}

// editOrSend replaces the message whose button was pressed, for paging.
func editOrSend(req Request, a outbox.Action) outbox.Action {
	if req.Callback != nil && req.Callback.MessageID != 0 {
		a.Kind, a.MessageID = outbox.Edit, req.Callback.MessageID
	}
	return a
}

// kbOverview shows the categories, after a button to the articles whose
// figures were not verified within knowledge.DefaultStaleDays.
func (s *adminFlow) kbOverview(req Request) outbox.Action {
	cats := s.kb.Categories()
	total := 0
	var bs []outbox.Button
	for _, c := range cats {
		total += c.Count
		if b, ok := button(fmt.Sprintf("%s (%d)", c.Label, c.Count), "kb:cat:"+c.Key+":0"); ok {
			bs = append(bs, b)
		}
	}
	var rows [][]outbox.Button
	text := fmt.Sprintf(msgKBOverview, total, len(cats))
	if n := len(knowledge.Stale(s.kb.List(), s.now().In(s.settings.Location), knowledge.DefaultStaleDays)); n > 0 {
		rows = append(rows, []outbox.Button{{Text: fmt.Sprintf(btnKBStale, n), Data: "kb:stale:0"}})
		text = fmt.Sprintf(msgKBStaleNote, n, knowledge.DefaultStaleDays) + text
	}
	rows = append(rows, rowsOf(bs, 2)...)
	rows = append(rows, []outbox.Button{{Text: btnKBExport, Data: "kb:export"}})
	return reply(req, text, rows)
}

// kbCategory lists one category's articles, the stale ones first and marked.
func (s *adminFlow) kbCategory(req Request, key string, page int) []outbox.Action {
	var arts []knowledge.Article
	for _, a := range s.kb.List() {
		if a.Category == key {
			arts = append(arts, a)
		}
	}
	if len(arts) == 0 {
		return []outbox.Action{say(req, msgKBEmptyCategory)}
	}
	knowledge.SortStaleFirst(arts, s.now().In(s.settings.Location), knowledge.DefaultStaleDays)
	return s.kbListPage(req, arts, "kb:cat:"+key, page, func(pages int) string {
		return fmt.Sprintf(msgKBCategory, esc(knowledge.CategoryLabel(key)), len(arts), page+1, pages)
	})
}

// kbStale lists every article not verified within the default days,
// never-verified and oldest first.
func (s *adminFlow) kbStale(req Request, page int) []outbox.Action {
	arts := knowledge.Stale(s.kb.List(), s.now().In(s.settings.Location), knowledge.DefaultStaleDays)
	if len(arts) == 0 {
		return []outbox.Action{say(req, msgKBNoneStale)}
	}
	return s.kbListPage(req, arts, "kb:stale", page, func(pages int) string {
		return fmt.Sprintf(msgKBStaleList, len(arts), knowledge.DefaultStaleDays, page+1, pages)
	})
}

// kbListPage shows one page of article buttons (stale ones marked) with
// paging buttons whose data is prefix:PAGE, in place of the pressed message.
func (s *adminFlow) kbListPage(req Request, arts []knowledge.Article, prefix string, page int, head func(pages int) string) []outbox.Action {
	pages := (len(arts) + kbPageSize - 1) / kbPageSize
	page = min(page, pages-1)
	now := s.now().In(s.settings.Location)
	var rows [][]outbox.Button
	for _, a := range arts[page*kbPageSize : min(len(arts), (page+1)*kbPageSize)] {
		title := truncate(a.Title, 50)
		if a.IsStale(now, knowledge.DefaultStaleDays) {
			title = staleMark + title
		}
		if b, ok := button(title, "kb:show:"+a.ID); ok {
			rows = append(rows, []outbox.Button{b})
		}
	}
	var nav []outbox.Button
	if page > 0 {
		nav = append(nav, outbox.Button{Text: "◀️", Data: fmt.Sprintf("%s:%d", prefix, page-1)})
	}
	nav = append(nav, outbox.Button{Text: "📚", Data: "kb:home"})
	if page < pages-1 {
		nav = append(nav, outbox.Button{Text: "▶️", Data: fmt.Sprintf("%s:%d", prefix, page+1)})
	}
	rows = append(rows, nav)
	return []outbox.Action{editOrSend(req, reply(req, head(pages), rows))}
}

func (s *adminFlow) kbShow(ctx context.Context, req Request, id string) ([]outbox.Action, error) {
	a, ok := s.kb.Get(id)
	if !ok {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNotFound, esc(id)))}, nil
	}
	hist, err := s.store.ArticleHistory(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("kb show: %w", err)
	}
	version := "-"
	if len(hist) > 0 {
		last := hist[len(hist)-1]
		version = fmt.Sprintf("v%d, %s, %s", last.Version, esc(fmtTime(last.At, s.settings.Location)), esc(last.Actor))
	}
	var b strings.Builder
	fmt.Fprintf(&b, msgKBShowHead, esc(a.Title), esc(a.ID),
		esc(knowledge.CategoryLabel(a.Category)), version)
	if a.Updated != "" {
		fmt.Fprintf(&b, msgKBShowUpdated, esc(a.Updated))
	}
	switch age, ok := a.VerifiedAge(s.now().In(s.settings.Location)); {
	case !ok:
		b.WriteString(msgKBShowNeverVerified)
	case age > knowledge.DefaultStaleDays:
		fmt.Fprintf(&b, msgKBShowStaleVerified, esc(a.Verified), age)
	default:
		fmt.Fprintf(&b, msgKBShowVerified, esc(a.Verified))
	}
	if a.Source != "" {
		fmt.Fprintf(&b, msgKBShowSource, plainText(a.Source, s.settings.KBLint))
	}
	if len(a.Keywords) > 0 {
		fmt.Fprintf(&b, msgKBShowKeywords, esc(strings.Join(a.Keywords, ", ")))
	}
	if len(a.Questions) > 0 {
		fmt.Fprintf(&b, msgKBShowQuestions, len(a.Questions))
	}
	fmt.Fprintf(&b, "\n%s", s.rendered.article(a, s.settings.KBLint))
	rows := [][]outbox.Button{}
	var first []outbox.Button
	for _, c := range []struct{ text, data string }{{btnKBFile, "kb:file:" + id}, {btnKBHistory, "kb:hist:" + id}, {btnKBDelete, "kb:del:" + id}} {
		if bt, ok := button(c.text, c.data); ok {
			first = append(first, bt)
		}
	}
	rows = append(rows, first)
	return sayLong(req.Chat.ID, b.String(), rows), nil
}

func (s *adminFlow) kbFile(req Request, id string) []outbox.Action {
	a, ok := s.kb.Get(id)
	if !ok {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNotFound, esc(id)))}
	}
	return []outbox.Action{{Kind: outbox.Document, ChatID: req.Chat.ID, FileName: a.ID + ".md", File: knowledge.Render(a)}}
}

// kbExport sends the whole base as a zip of <id>.md files, the layout kb
// import reads.
func (s *adminFlow) kbExport(req Request) []outbox.Action {
	arts := s.kb.List()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, a := range arts {
		w, err := zw.Create(a.ID + ".md")
		if err == nil {
			_, err = w.Write(knowledge.Render(a))
		}
		if err != nil {
			// Writing to memory fails only on a programming error.
			s.log.Error("kb export", "err", err)
			return []outbox.Action{say(req, msgKBExportFailed)}
		}
	}
	if err := zw.Close(); err != nil {
		s.log.Error("kb export", "err", err)
		return []outbox.Action{say(req, msgKBExportFailed)}
	}
	name := "basis-pengetahuan-" + s.now().In(s.settings.Location).Format("20060102-1504") + ".zip"
	return []outbox.Action{{Kind: outbox.Document, ChatID: req.Chat.ID, FileName: name, File: buf.Bytes(),
		Text: fmt.Sprintf(msgKBExported, len(arts))}}
}

func (s *adminFlow) kbDeleteAsk(req Request, id string) []outbox.Action {
	a, ok := s.kb.Get(id)
	if !ok {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNotFound, esc(id)))}
	}
	yes, ok := button(btnKBDeleteYes, "kb:delok:"+id)
	if !ok {
		return []outbox.Action{say(req, msgKBIDTooLong)}
	}
	return []outbox.Action{reply(req, fmt.Sprintf(msgKBDeleteAsk, esc(a.Title), esc(a.ID)),
		[][]outbox.Button{{yes, {Text: btnCancel, Data: "kb:no"}}})}
}

func (s *adminFlow) kbDelete(ctx context.Context, req Request, id string) ([]outbox.Action, error) {
	a, ok := s.kb.Get(id)
	if !ok {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNotFound, esc(id)))}, nil
	}
	s.kbMu.Lock()
	v, err := s.store.WithdrawArticle(ctx, id, actor(req))
	if err == nil || errors.Is(err, helpdesk.ErrNotFound) {
		// Not live in the store either way: bring the running base in line.
		s.kb.Remove(id)
	}
	s.kbMu.Unlock()
	if errors.Is(err, helpdesk.ErrNotFound) {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNotFound, esc(id)))}, nil
	} else if err != nil {
		return nil, fmt.Errorf("kb delete: %w", err)
	}
	s.audit.record(ctx, req, "delete", true, fmt.Sprintf("%s@%d", id, v))
	return []outbox.Action{reply(req, fmt.Sprintf(msgKBDeleted, esc(a.Title), esc(a.ID)), undoButtons(id, v))}, nil
}

func undoButtons(id string, version int) [][]outbox.Button {
	if version < 1 {
		return nil
	}
	if b, ok := button(btnUndo, fmt.Sprintf("undo:%s:%d", id, version)); ok {
		return [][]outbox.Button{{b}}
	}
	return nil
}
