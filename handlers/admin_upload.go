package handlers

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// upload publishes an uploaded .md article, or refuses it with the
// line and reason of each problem, changing nothing.
func (s *adminFlow) upload(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	if s.files == nil {
		return []outbox.Action{say(req, msgUploadNoFiles)}, nil
	}
	m := req.Media
	if m.Size > maxArticleFile {
		return []outbox.Action{say(req, fmt.Sprintf(msgUploadTooBig, maxArticleFile>>10))}, nil
	}
	data, err := s.files.Fetch(ctx, m.FileID, maxArticleFile)
	if err != nil {
		s.log.Warn("download article", "file", m.FileName, "err", err)
		return []outbox.Action{say(req, msgUploadDownload)}, nil
	}
	a, err := knowledge.Parse(m.FileName, data, s.settings.KBLint)
	if err != nil {
		s.audit.record(ctx, req, "publish", true, "refused "+m.FileName)
		return []outbox.Action{say(req, lintReport(m.FileName, err))}, nil
	}
	return s.publish(ctx, req, a, "publish")
}

// publish saves a as its next version, makes the running bot answer from it
// and tells the admin what changed, with an Undo button.
func (s *adminFlow) publish(ctx context.Context, req Request, a knowledge.Article, action string) ([]outbox.Action, error) {
	s.kbMu.Lock()
	before, existed := s.kb.Get(a.ID)
	save, err := s.store.PublishArticle(ctx, a, actor(req))
	if err == nil {
		s.kb.Put(a)
	}
	s.kbMu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", a.ID, err)
	}
	s.audit.record(ctx, req, action, true, fmt.Sprintf("%s@%d %s", a.ID, save.Version, save.Action))
	var text string
	switch {
	case save.Action == "unchanged":
		return []outbox.Action{say(req, fmt.Sprintf(msgPublishUnchanged, esc(a.Title), save.Version))}, nil
	case !existed && save.Action == "restored":
		text = fmt.Sprintf(msgPublishRestored, esc(a.Title), esc(a.ID), save.Version)
	case !existed:
		text = fmt.Sprintf(msgPublishCreated, esc(a.Title), esc(a.ID), esc(knowledge.CategoryLabel(a.Category)))
	default:
		text = fmt.Sprintf(msgPublishUpdated, esc(a.Title), esc(a.ID), save.Version, describeChange(before, a))
	}
	return []outbox.Action{reply(req, text, undoButtons(a.ID, save.Version))}, nil
}

// lintReport lists each problem of a refused file by line.
func lintReport(file string, err error) string {
	var les knowledge.LintErrors
	var b strings.Builder
	fmt.Fprintf(&b, msgUploadRefused, esc(file))
	if errors.As(err, &les) {
		for i, e := range les {
			if i == 10 {
				fmt.Fprintf(&b, msgLintMore, len(les)-10)
				break
			}
			fmt.Fprintf(&b, msgLintLine, e.Line, esc(e.Reason))
		}
	} else {
		fmt.Fprintf(&b, "\n• %s", esc(err.Error()))
	}
	return b.String()
}

// describeChange names the changed fields and counts body lines.
func describeChange(old, cur knowledge.Article) string {
	var fields []string
	add := func(changed bool, name string) {
		if changed {
			fields = append(fields, name)
		}
	}
	add(old.Title != cur.Title, fieldTitle)
	add(old.Category != cur.Category, fieldCategory)
	add(!slices.Equal(old.Keywords, cur.Keywords), fieldKeywords)
	add(!slices.Equal(old.Questions, cur.Questions), fieldQuestions)
	add(old.Source != cur.Source, fieldSource)
	add(old.Updated != cur.Updated, fieldUpdated)
	add(old.Verified != cur.Verified, fieldVerified)
	plus, minus := lineDiff(old.Body, cur.Body)
	if plus+minus > 0 {
		fields = append(fields, fmt.Sprintf(fieldBody, plus, minus))
	}
	if len(fields) == 0 {
		return fieldNone
	}
	return strings.Join(fields, ", ")
}

// lineDiff counts the lines added and removed between two texts, by their
// longest common subsequence.
func lineDiff(a, b string) (added, removed int) {
	x := strings.Split(strings.TrimSpace(a), "\n")
	y := strings.Split(strings.TrimSpace(b), "\n")
	if strings.TrimSpace(a) == "" {
		x = nil
	}
	if strings.TrimSpace(b) == "" {
		y = nil
	}
	// Long articles: compare as multisets rather than spend quadratic time.
	if len(x)*len(y) > 4_000_000 {
		count := map[string]int{}
		for _, l := range x {
			count[l]++
		}
		for _, l := range y {
			if count[l] > 0 {
				count[l]--
			} else {
				added++
			}
		}
		for _, n := range count {
			removed += n
		}
		return added, removed
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			if x[i-1] == y[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	common := prev[len(y)]
	return len(y) - common, len(x) - common
}
