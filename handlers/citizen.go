package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/redact"
)

const (
	// maxQuery is how much of a message retrieval reads; longer stories are
	// cut, keeping the start and the end, where the question usually is.
	maxQuery = 1500
	// followUpWindow is how long an answer stays the context of a follow-up.
	followUpWindow = 30 * time.Minute
	maxChoices     = 3
)

// citizenFlow answers citizens from the knowledge base: questions, the
// menu and categories, the parts of an article, votes, small talk and
// complaints. A citizen who asks for a person goes to the case flow.
type citizenFlow struct {
	kb       Knowledge
	turns    turnReader // the conversation so far, for the model
	composer Composer   // nil: answers as written
	drafter  Drafter    // nil: no draft while the model writes
	cases    *caseFlow
	rendered *renderCache
	links    knowledge.LintOptions // the link rule of every answer
	metrics  *metrics.Set
	log      *slog.Logger
	now      func() time.Time
}

// say is a plain reply in the request's chat.
func say(req Request, html string) outbox.Action {
	return outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, Text: html}
}

// sayLong splits a long HTML text into several messages; buttons go under
// the last one.
func sayLong(chatID int64, html string, buttons [][]outbox.Button) []outbox.Action {
	return sends(chatID, splitMessage(html), buttons)
}

// sends turns the parts of one reply into messages; buttons go under the
// last one.
func sends(chatID int64, parts []string, buttons [][]outbox.Button) []outbox.Action {
	acts := make([]outbox.Action, 0, len(parts))
	for i, p := range parts {
		a := outbox.Action{Kind: outbox.Send, ChatID: chatID, Text: p}
		if i == len(parts)-1 {
			a.Buttons = buttons
		}
		acts = append(acts, a)
	}
	return acts
}

func (s *citizenFlow) start(req Request, st *ChatState) []outbox.Action {
	st.English = strings.HasPrefix(req.From.LanguageCode, "en")
	name := req.From.FirstName
	if name == "" {
		name = "Kakak"
	}
	text := fmt.Sprintf(msgWelcome.in(st.English), esc(name))
	return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: text, Buttons: s.categoryButtons()}}
}

func (s *citizenFlow) help(req Request, st *ChatState) []outbox.Action {
	return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: msgHelp.in(st.English),
		Buttons: [][]outbox.Button{{{Text: btnMenu.in(st.English), Data: "menu:"}}}}}
}

func (s *citizenFlow) menu(req Request, st *ChatState) []outbox.Action {
	buttons := s.categoryButtons()
	if len(buttons) == 0 {
		return []outbox.Action{say(req, msgNoArticles.in(st.English))}
	}
	return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: msgMenu.in(st.English), Buttons: buttons}}
}

// categoryButtons is the /start menu: two categories a row.
func (s *citizenFlow) categoryButtons() [][]outbox.Button {
	var rows [][]outbox.Button
	var row []outbox.Button
	for _, c := range s.kb.Categories() {
		row = append(row, outbox.Button{Text: fmt.Sprintf("%s (%d)", c.Label, c.Count), Data: "cat:" + c.Key})
		if len(row) == 2 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func (s *citizenFlow) unsupportedMedia(req Request, st *ChatState) []outbox.Action {
	name, ok := mediaNames[req.Media.Kind]
	if !ok {
		name = [2]string{"pesan jenis ini", "this kind of message"}
	}
	what := name[0]
	if st.English {
		what = name[1]
	}
	return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: fmt.Sprintf(msgMedia.in(st.English), what),
		Buttons: [][]outbox.Button{{{Text: btnHuman.in(st.English), Data: "case:new"}}}}}
}

// question answers free text from the knowledge base.
func (s *citizenFlow) question(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	text := strings.TrimSpace(req.Text)
	var acts []outbox.Action
	if runeLen(text) > maxQuery {
		r := []rune(text)
		text = string(r[:maxQuery/2]) + " … " + string(r[len(r)-maxQuery/2:])
		acts = append(acts, say(req, msgTooLong.in(st.English)))
	}
	if !hasLetters(text) {
		return []outbox.Action{say(req, msgEmpty.in(st.English))}, nil
	}
	if !hasLatin(text) {
		return []outbox.Action{say(req, msgScript.in(st.English))}, nil
	}

	opts := knowledge.SearchOptions{Top: 5}
	recent := !st.LastAt.IsZero() && s.now().Sub(st.LastAt) < followUpWindow
	if recent {
		opts.PreviousIDs, opts.PreviousQuery = st.LastIDs, st.LastQuery
	}
	req.addTurn(helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: text, At: s.now()})
	if asp, only := knowledge.AspectOnly(text); only && recent && len(st.Offered) > 0 {
		if act, ok := s.partOfOffered(req, st, asp); ok {
			return append(acts, act), nil
		}
	}
	res := s.kb.Search(ctx, text, opts)
	st.English = res.English

	switch res.Intent {
	case knowledge.IntentGreeting:
		return append(acts, say(req, msgGreeting.in(st.English))), nil
	case knowledge.IntentThanks:
		return append(acts, say(req, msgThanks.in(st.English))), nil
	case knowledge.IntentSpam:
		return append(acts, say(req, msgSpam.in(st.English))), nil
	case knowledge.IntentEmpty:
		return append(acts, say(req, msgEmpty.in(st.English))), nil
	case knowledge.IntentChat:
		return append(acts, s.chitChat(req, st)), nil
	case knowledge.IntentComplaint:
		return append(acts, s.complaint(req, st, res)...), nil
	case knowledge.IntentHuman:
		more, err := s.cases.handoffCommand(ctx, req, st, knowledge.Urgent(text))
		return append(acts, more...), err
	}

	if !res.Answered && s.composer != nil {
		// The model may rephrase a messy question for retrieval; the answer
		// still comes from our own index.
		if hist, err := recentTurns(ctx, s.turns, req.rec, req.Chat.ID, 6); err == nil {
			if q := s.rewriteQuery(ctx, req, text, hist); q != "" && q != text {
				if again := s.kb.Search(ctx, q, opts); again.Answered && again.Intent == knowledge.IntentQuestion {
					again.English = res.English
					res = again
				}
			}
		}
	}
	if !res.Answered && knowledge.Urgent(text) {
		return append(acts, s.complaint(req, st, res)...), nil
	}
	if !res.Answered && res.OffTopic {
		// Weather, loans, politics: not a gap in the base, and nothing to
		// promise; say what the bot helps with.
		return append(acts, s.chitChat(req, st)), nil
	}
	if !res.Answered {
		more, err := s.noAnswer(ctx, req, st, text, res)
		return append(acts, more...), err
	}
	if res.Ambiguous && len(res.Hits) > 1 {
		return append(acts, s.choices(req, st, res)), nil
	}

	a, ok := s.kb.Get(res.Hits[0].ID)
	if !ok {
		more, err := s.noAnswer(ctx, req, st, text, res)
		return append(acts, more...), err
	}
	query := text
	if res.FollowUp && len(st.LastIDs) > 0 && res.Hits[0].ID == st.LastIDs[0] {
		// A follow-up keeps the subject of the conversation for the next one.
		query = st.LastQuery
	}
	more, err := s.answer(ctx, req, st, query, res, a, res.Aspect)
	return append(acts, more...), err
}

// answer replies with the part of one article the question asked about
// (the overview for a general question), phrased by the language model when
// one is configured and it stays grounded, otherwise as written. The title
// and the source line are on every answer; buttons offer the other parts,
// the whole article, and other needs the message named.
func (s *citizenFlow) answer(ctx context.Context, req Request, st *ChatState, query string, res knowledge.Result, a knowledge.Article, aspect knowledge.Aspect) ([]outbox.Action, error) {
	return s.answerAs(ctx, req, st, query, res, a, aspect, true)
}

// answerAs is answer with the model used only when useModel is set.
func (s *citizenFlow) answerAs(ctx context.Context, req Request, st *ChatState, query string, res knowledge.Result, a knowledge.Article, aspect knowledge.Aspect, useModel bool) ([]outbox.Action, error) {
	articles := []knowledge.Article{a}
	body := ""
	cited := []string{a.ID}
	if s.composer != nil && useModel {
		for _, h := range res.Hits[1:min(len(res.Hits), 3)] {
			if more, ok := s.kb.Get(h.ID); ok {
				articles = append(articles, more)
			}
		}
		history, err := recentTurns(ctx, s.turns, req.rec, req.Chat.ID, 6)
		if err != nil {
			return nil, err
		}
		text, ids, handoff, ok := s.composeAnswer(ctx, req, query, res, articles, history, aspect)
		switch {
		case ok && handoff:
			return s.noAnswer(ctx, req, st, query, res)
		case ok:
			body, cited = plainText(text, s.links), ids
		}
	}
	var used []knowledge.Article
	for _, id := range cited {
		if art, ok := s.kb.Get(id); ok {
			used = append(used, art)
		}
	}
	source := sourceLine(used, st.English, s.links)
	note := ""
	if st.English {
		note = msgEnglishNote.in(true) + "\n\n"
	}
	if body == "" {
		body = viewPart(a, aspect, st.English, firstScreen-runeLen(source)-2-runeLen(note), s.links).html
	}
	st.LastQuery, st.LastIDs, st.LastAt, st.Misses, st.Offered = query, cited, s.now(), 0, nil
	req.addTurn(helpdesk.Turn{Role: helpdesk.RoleBot, Text: titles(used), ArticleIDs: cited, At: s.now()})
	buttons := partButtons(a, aspect, st.English)
	for _, h := range res.Others {
		buttons = append(buttons, []outbox.Button{{Text: fmt.Sprintf(btnAlso.in(st.English), truncate(h.Title, 56)), Data: "a:" + h.ID}})
	}
	buttons = append(buttons, answerButtons(cited[0], st.English)...)
	return sayCapped(req.Chat.ID, note+body, source, st.English, buttons), nil
}

// wholeArticle sends an article as written, with its source, in at most
// maxReplyParts messages.
func (s *citizenFlow) wholeArticle(req Request, st *ChatState, a knowledge.Article) []outbox.Action {
	st.LastIDs, st.LastAt, st.Offered = []string{a.ID}, s.now(), nil
	return sayCapped(req.Chat.ID, s.rendered.article(a, s.links), sourceLine([]knowledge.Article{a}, st.English, s.links),
		st.English, answerButtons(a.ID, st.English))
}

func answerButtons(id string, english bool) [][]outbox.Button {
	return [][]outbox.Button{
		{{Text: btnUp.in(english), Data: "fb:1:" + id}, {Text: btnDown.in(english), Data: "fb:0:" + id}},
		{{Text: btnHuman.in(english), Data: "case:new"}},
	}
}

// sourceLine names every article an answer rests on, with its source when
// the source passes the link rule.
func sourceLine(used []knowledge.Article, english bool, links knowledge.LintOptions) string {
	var parts []string
	for _, a := range used {
		p := "<b>" + esc(a.Title) + "</b>"
		var extra []string
		if href, err := links.SourceURL(a.Source); err == nil {
			extra = append(extra, `<a href="`+esc(href)+`">`+esc(sourceHost(href))+`</a>`)
		}
		if a.Updated != "" {
			extra = append(extra, fmt.Sprintf(msgUpdated.in(english), esc(a.Updated)))
		}
		if len(extra) > 0 {
			p += " (" + strings.Join(extra, ", ") + ")"
		}
		parts = append(parts, p)
	}
	return fmt.Sprintf(msgSource.in(english), strings.Join(parts, "; "))
}

// sourceHost is the host of a checked source link, shown as its text.
func sourceHost(u string) string {
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		return p.Host
	}
	return u
}

func titles(as []knowledge.Article) string {
	var t []string
	for _, a := range as {
		t = append(t, a.Title)
	}
	return strings.Join(t, "; ")
}

// choices offers the close candidates as buttons instead of guessing.
func (s *citizenFlow) choices(req Request, st *ChatState, res knowledge.Result) outbox.Action {
	var rows [][]outbox.Button
	for _, h := range res.Hits[:min(len(res.Hits), maxChoices)] {
		rows = append(rows, []outbox.Button{{Text: truncate(h.Title, 60), Data: "a:" + h.ID}})
	}
	rows = append(rows, []outbox.Button{{Text: btnHuman.in(st.English), Data: "case:new"}})
	st.LastQuery, st.LastAt = res.Query, s.now()
	// The conversation has moved on from the last answer: a follow-up
	// now is about one of these.
	st.LastIDs, st.Offered = nil, nil
	for _, h := range res.Hits[:min(len(res.Hits), maxChoices)] {
		st.Offered = append(st.Offered, h.ID)
	}
	return outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, Text: msgAmbiguous.in(st.English), Buttons: rows}
}

// partOfOffered answers a question about one part ("biayanya brp?") right
// after a choice of articles, before the citizen picked one: the same
// choice again, each button showing that part.
func (s *citizenFlow) partOfOffered(req Request, st *ChatState, asp knowledge.Aspect) (outbox.Action, bool) {
	var rows [][]outbox.Button
	for _, id := range st.Offered {
		if a, ok := s.kb.Get(id); ok {
			rows = append(rows, []outbox.Button{{Text: truncate(a.Title, 60), Data: "p:" + string(asp) + ":" + a.ID}})
		}
	}
	if len(rows) < 2 {
		return outbox.Action{}, false
	}
	rows = append(rows, []outbox.Button{{Text: btnHuman.in(st.English), Data: "case:new"}})
	label := strings.TrimLeftFunc(aspectLabels[asp].in(st.English), func(r rune) bool { return !unicode.IsLetter(r) })
	st.LastAt = s.now()
	return outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, Text: fmt.Sprintf(msgWhichFor.in(st.English), esc(label)), Buttons: rows}, true
}

// noAnswer says honestly that the base has no answer, records the gap and
// offers an officer; the second miss in a row makes the offer plainer.
func (s *citizenFlow) noAnswer(ctx context.Context, req Request, st *ChatState, query string, res knowledge.Result) ([]outbox.Action, error) {
	st.Misses++
	s.recordGap(req, query, res)
	text := msgNoAnswer.in(st.English)
	if st.Misses >= 2 {
		text = msgNoAnswerTwice.in(st.English)
	}
	var related []outbox.Button
	if res.Related && len(res.Hits) > 0 {
		// A near miss: say plainly the base has nothing on this need, and
		// name the closest article as possibly related, not as the answer.
		h := res.Hits[0]
		text = fmt.Sprintf(msgNearMiss.in(st.English), esc(h.Title))
		related = []outbox.Button{{Text: "📄 " + truncate(h.Title, 56), Data: "a:" + h.ID}}
	}
	req.addTurn(helpdesk.Turn{Role: helpdesk.RoleBot, Text: "(tidak ada jawaban)", At: s.now()})
	rows := [][]outbox.Button{{{Text: btnHuman.in(st.English), Data: "case:new"}}}
	if related != nil {
		rows = append(rows, related)
	}
	rows = append(rows, []outbox.Button{{Text: btnMenu.in(st.English), Data: "menu:"}})
	return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: text, Buttons: rows}}, nil
}

// recordGap records a question the base could not answer, for the gaps
// report.
func (s *citizenFlow) recordGap(req Request, query string, res knowledge.Result) {
	if !hasWord(redact.Text(query)) {
		// A bare code or number (a verify code typed after the status
		// check refused, say) is no question for the report.
		return
	}
	var ids []string
	for _, h := range res.Hits[:min(len(res.Hits), 3)] {
		ids = append(ids, h.ID)
	}
	req.rec.Gaps = append(req.rec.Gaps, helpdesk.Gap{ChatID: req.Chat.ID, UpdateID: req.UpdateID, Query: query, TopIDs: ids, At: s.now()})
}

// callback handles the buttons of answers and menus.
func (s *citizenFlow) callback(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	prefix, rest, _ := strings.Cut(req.Callback.Data, ":")
	switch prefix {
	case "menu":
		return append([]outbox.Action{ack(req, "")}, s.menu(req, st)...), nil
	case "cat":
		return s.categoryList(req, st, rest), nil
	case "a":
		a, ok := s.kb.Get(rest)
		if !ok {
			return []outbox.Action{ack(req, msgGone.in(st.English))}, nil
		}
		res := knowledge.Result{Query: st.LastQuery, Answered: true, Hits: []knowledge.Hit{{ID: a.ID, Title: a.Title}}}
		query := st.LastQuery
		if query == "" {
			query = a.Title
		}
		acts, err := s.answer(ctx, req, st, query, res, a, knowledge.DetectAspect(st.LastQuery))
		return append([]outbox.Action{ack(req, "")}, acts...), err
	case "p":
		return s.partCallback(ctx, req, st, rest)
	case "fb":
		vote, id, ok := strings.Cut(rest, ":")
		if !ok || (vote != "0" && vote != "1") {
			return []outbox.Action{ack(req, "")}, nil
		}
		if _, ok := s.kb.Get(id); !ok {
			return []outbox.Action{ack(req, msgGone.in(st.English))}, nil
		}
		f := helpdesk.Feedback{ChatID: req.Chat.ID, UpdateID: req.UpdateID, Query: st.LastQuery, ArticleIDs: []string{id}, Vote: 1, At: s.now()}
		if vote == "0" {
			f.Vote = -1
		}
		req.rec.Feedback = append(req.rec.Feedback, f)
		if f.Vote > 0 {
			return []outbox.Action{ack(req, msgVoteUp.in(st.English))}, nil
		}
		return []outbox.Action{ack(req, ""), {Kind: outbox.Send, ChatID: req.Chat.ID, Text: msgVoteDown.in(st.English),
			Buttons: [][]outbox.Button{{{Text: btnHuman.in(st.English), Data: "case:new"}}}}}, nil
	}
	return []outbox.Action{ack(req, "")}, nil
}

func (s *citizenFlow) categoryList(req Request, st *ChatState, key string) []outbox.Action {
	var label string
	for _, c := range s.kb.Categories() {
		if c.Key == key {
			label = c.Label
		}
	}
	if label == "" {
		return []outbox.Action{ack(req, msgGone.in(st.English))}
	}
	var rows [][]outbox.Button
	for _, a := range s.kb.List() {
		if a.Category == key {
			rows = append(rows, []outbox.Button{{Text: truncate(a.Title, 60), Data: "a:" + a.ID}})
		}
	}
	rows = append(rows, []outbox.Button{{Text: btnMenu.in(st.English), Data: "menu:"}})
	return []outbox.Action{ack(req, ""), {Kind: outbox.Send, ChatID: req.Chat.ID,
		Text: fmt.Sprintf(msgCategory.in(st.English), esc(label)), Buttons: rows}}
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func hasLatin(s string) bool {
	for _, r := range s {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
	}
	return false
}

// hasWord reports whether s (redacted) is a question rather than a bare
// number or code: a word of three or more letters, or two beside a
// placeholder ("kode [KODE]" is a code, not a question).
func hasWord(s string) bool {
	words, placeholders := 0, 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '[' && r != ']' && r != '_'
	}) {
		if strings.HasPrefix(f, "[") {
			placeholders++
			continue
		}
		letters := 0
		for _, r := range f {
			if !unicode.IsLetter(r) {
				letters = -1
				break
			}
			letters++
		}
		if letters >= 3 {
			words++
		}
	}
	return words >= 2 || (words == 1 && placeholders == 0)
}
