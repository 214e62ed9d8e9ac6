package handlers

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

const maxHistoryShown = 10

// kbHistory lists an article's versions, newest first, each restorable.
func (s *adminFlow) kbHistory(ctx context.Context, req Request, id string) ([]outbox.Action, error) {
	hist, err := s.store.ArticleHistory(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("kb history: %w", err)
	}
	if len(hist) == 0 {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNoHistory, esc(id)))}, nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, msgKBHistory, esc(id), len(hist))
	var bs []outbox.Button
	last := hist[len(hist)-1].Version
	for i := len(hist) - 1; i >= 0 && len(hist)-i <= maxHistoryShown; i-- {
		v := hist[i]
		what := versionActions[v.Action]
		if what == "" {
			what = v.Action
		}
		change := ""
		if i > 0 && v.Action != "delete" {
			prev, perr := s.revisionArticle(hist[i-1])
			cur, cerr := s.revisionArticle(v)
			if perr == nil && cerr == nil {
				change = " — " + describeChange(prev, cur)
			}
		}
		mark := ""
		if v.Version == last {
			mark = msgKBCurrent
		}
		fmt.Fprintf(&b, "\n<b>v%d</b> · %s · %s · %s%s%s", v.Version, esc(fmtTime(v.At, s.settings.Location)), what, esc(v.Actor), esc(change), mark)
		if v.Version != last || v.Action == "delete" {
			if bt, ok := button(fmt.Sprintf(btnRestore, v.Version), fmt.Sprintf("kb:restore:%s:%d", id, v.Version)); ok {
				bs = append(bs, bt)
			}
		}
	}
	if len(hist) > maxHistoryShown {
		fmt.Fprintf(&b, msgKBHistoryMore, len(hist)-maxHistoryShown)
	}
	b.WriteString("\n\n" + msgKBHistoryHint)
	return sayLong(req.Chat.ID, b.String(), rowsOf(bs, 3)), nil
}

// revisionArticle reads a stored version. It passed the rules when it was
// saved, so a rule added since does not stop it from being read back.
func (s *adminFlow) revisionArticle(v helpdesk.ArticleRevision) (knowledge.Article, error) {
	a, err := knowledge.Parse(v.ArticleID+".md", []byte(v.Content), s.settings.KBLint)
	if err != nil && (a.ID != v.ArticleID || a.Title == "" || a.Body == "") {
		return a, err
	}
	return a, nil
}

// kbRestore makes an old version the live one, as a new version.
func (s *adminFlow) kbRestore(ctx context.Context, req Request, id string, version int) ([]outbox.Action, error) {
	v, err := s.store.FindArticleRevision(ctx, id, version)
	if errors.Is(err, helpdesk.ErrNotFound) {
		return []outbox.Action{say(req, fmt.Sprintf(msgKBNoVersion, esc(id), version))}, nil
	} else if err != nil {
		return nil, fmt.Errorf("kb restore: %w", err)
	}
	a, err := s.revisionArticle(v)
	if err != nil {
		return []outbox.Action{say(req, lintReport(id+".md", err))}, nil
	}
	acts, err := s.publish(ctx, req, a, "restore")
	if err != nil {
		return nil, err
	}
	return append([]outbox.Action{say(req, fmt.Sprintf(msgKBRestoring, version))}, acts...), nil
}

// undoCallback handles undo:ID:VERSION: it brings back the state before
// VERSION, deleting the article when VERSION created it, as long as no newer
// change has come since.
func (s *adminFlow) undoCallback(ctx context.Context, req Request, st *ChatState, p []string) ([]outbox.Action, error) {
	pressed := ack(req, "")
	if len(p) != 2 {
		return []outbox.Action{pressed}, nil
	}
	id := p[0]
	version, err := strconv.Atoi(p[1])
	if err != nil || version < 1 {
		return []outbox.Action{pressed}, nil
	}
	hist, err := s.store.ArticleHistory(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("undo: %w", err)
	}
	if len(hist) == 0 || hist[len(hist)-1].Version != version {
		return []outbox.Action{pressed, say(req, fmt.Sprintf(msgUndoStale, esc(id)))}, nil
	}
	var prev *helpdesk.ArticleRevision
	for i := range hist {
		if hist[i].Version == version-1 {
			prev = &hist[i]
		}
	}
	if prev == nil || prev.Action == "delete" {
		// Before this version the article did not exist.
		if _, ok := s.kb.Get(id); !ok {
			return []outbox.Action{pressed, say(req, fmt.Sprintf(msgKBNotFound, esc(id)))}, nil
		}
		s.kbMu.Lock()
		v, err := s.store.WithdrawArticle(ctx, id, actor(req))
		if err == nil || errors.Is(err, helpdesk.ErrNotFound) {
			s.kb.Remove(id)
		}
		s.kbMu.Unlock()
		if err != nil && !errors.Is(err, helpdesk.ErrNotFound) {
			return nil, fmt.Errorf("undo: %w", err)
		}
		s.audit.record(ctx, req, "undo", true, fmt.Sprintf("%s@%d deleted", id, version))
		return []outbox.Action{pressed, reply(req, fmt.Sprintf(msgUndoDeleted, esc(id)), undoButtons(id, v))}, nil
	}
	a, err := s.revisionArticle(*prev)
	if err != nil {
		return []outbox.Action{pressed, say(req, lintReport(id+".md", err))}, nil
	}
	acts, err := s.publish(ctx, req, a, "undo")
	if err != nil {
		return nil, err
	}
	return append([]outbox.Action{pressed, say(req, fmt.Sprintf(msgUndone, prev.Version))}, acts...), nil
}
