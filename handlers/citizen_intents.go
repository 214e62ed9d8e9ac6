package handlers

import (
	"context"
	"fmt"
	"strings"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// chitChat answers laughter, small talk, abuse and questions the help desk
// does not handle with a short human reply that says what it can do. It is
// not a knowledge gap: nothing is recorded, nothing is promised.
func (s *citizenFlow) chitChat(req Request, st *ChatState) outbox.Action {
	return outbox.Action{Kind: outbox.Send, ChatID: req.Chat.ID, Text: msgChat.in(st.English), Buttons: [][]outbox.Button{
		{{Text: btnMenu.in(st.English), Data: "menu:"}},
	}}
}

// complaint takes a complaint about a service or an officer to the
// complaint path: what the official complaint channel is (from the base's
// complaints article, when it has one), and an officer case marked as a
// complaint.
func (s *citizenFlow) complaint(req Request, st *ChatState, res knowledge.Result) []outbox.Action {
	var channel string
	rows := [][]outbox.Button{{{Text: btnComplain.in(st.English), Data: "case:new:c"}}}
	if a, ok := s.complaintArticle(res); ok {
		secs := knowledge.Sections(a.Body)
		intro := a.Title
		if len(secs) > 0 && secs[0].Heading == "" {
			intro = firstParagraph(secs[0].Body)
		}
		md, _ := fitMarkdown(intro, 420, s.links)
		channel = fmt.Sprintf(msgComplaintChannel.in(st.English), md) + "\n\n" + sourceLine([]knowledge.Article{a}, st.English, s.links)
		rows = append(rows, []outbox.Button{{Text: fmt.Sprintf(btnAbout.in(st.English), truncate(a.Title, 50)), Data: "a:" + a.ID}})
	}
	// What the base says about the service complained of ("how to ask
	// after a police report"), to read while the complaint goes its way.
	for _, h := range res.Others {
		rows = append(rows, []outbox.Button{{Text: fmt.Sprintf(btnAlso.in(st.English), truncate(h.Title, 56)), Data: "a:" + h.ID}})
	}
	// The complaint button opens a priority case only because the bot
	// offered it here (the button's data is the citizen's to forge).
	st.PriorityOffered = s.now()
	text := msgComplaintPath.in(st.English)
	if channel != "" {
		text += "\n\n" + channel
	}
	return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: text, Buttons: rows}}
}

// complaintArticle is the base's article on filing a complaint: the one
// the search put first for a complaint, else the first of its category.
func (s *citizenFlow) complaintArticle(res knowledge.Result) (knowledge.Article, bool) {
	if res.Intent == knowledge.IntentComplaint && res.Answered && len(res.Hits) > 0 {
		if a, ok := s.kb.Get(res.Hits[0].ID); ok {
			return a, true
		}
	}
	for _, a := range s.kb.List() {
		if a.Category == knowledge.ComplaintCategory {
			return a, true
		}
	}
	return knowledge.Article{}, false
}

// unknownCommand answers a command the bot does not have with the list of
// those it has, rather than taking it as a question.
func (s *citizenFlow) unknownCommand(req Request, st *ChatState) []outbox.Action {
	text := fmt.Sprintf(msgUnknownCommand.in(st.English), esc(req.Command)) + "\n\n" + msgHelp.in(st.English)
	return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: text,
		Buttons: [][]outbox.Button{{{Text: btnMenu.in(st.English), Data: "menu:"}}}}}
}

// partCallback shows another part of an article ("p:biaya:skck-baru"), or
// the whole of it ("p:all:skck-baru").
func (s *citizenFlow) partCallback(ctx context.Context, req Request, st *ChatState, rest string) ([]outbox.Action, error) {
	part, id, ok := strings.Cut(rest, ":")
	a, found := s.kb.Get(id)
	if !ok || !found {
		return []outbox.Action{ack(req, msgGone.in(st.English))}, nil
	}
	if part == "all" {
		return append([]outbox.Action{ack(req, "")}, s.wholeArticle(req, st, a)...), nil
	}
	asp, ok := knowledge.ParseAspect(part)
	if !ok {
		return []outbox.Action{ack(req, "")}, nil
	}
	res := knowledge.Result{Query: st.LastQuery, Answered: true, Hits: []knowledge.Hit{{ID: a.ID, Title: a.Title}}}
	query := st.LastQuery
	if query == "" {
		query = a.Title
	}
	// The button asks for that part as written; the model is not needed.
	acts, err := s.answerAs(ctx, req, st, query, res, a, asp, false)
	return append([]outbox.Action{ack(req, "")}, acts...), err
}
