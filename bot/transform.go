// Package bot is the help desk's Telegram adapter, the only user of
// go-telegram/bot: it reads updates (getUpdates or the webhook) into the
// pipeline's intake, decodes stored updates into handlers' requests,
// performs actions with the Bot API, and gives the handlers Telegram's
// group membership, files and drafts (see ARCHITECTURE.md).
package bot

import (
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/layananwarga/helpdesk/handlers"
)

// chatOf is the chat whose order an update follows; 0 when it has none.
func chatOf(u *models.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.EditedMessage != nil:
		return u.EditedMessage.Chat.ID
	case u.CallbackQuery != nil:
		if m := u.CallbackQuery.Message.Message; m != nil {
			return m.Chat.ID
		}
		if m := u.CallbackQuery.Message.InaccessibleMessage; m != nil {
			return m.Chat.ID
		}
		return u.CallbackQuery.From.ID
	case u.MyChatMember != nil:
		return u.MyChatMember.Chat.ID
	case u.ChatMember != nil:
		return u.ChatMember.Chat.ID
	}
	return 0
}

// transform turns a Telegram update into a handlers request. ok is false for
// updates the help desk does not act on (edits, channel posts, polls...).
func transform(u *models.Update) (handlers.Request, bool) {
	switch {
	case u.Message != nil:
		return fromMessage(u.Message), true
	case u.CallbackQuery != nil:
		q := u.CallbackQuery
		req := handlers.Request{Time: time.Now(), From: fromUser(&q.From),
			Callback: &handlers.Callback{ID: q.ID, Data: q.Data}}
		switch {
		case q.Message.Message != nil:
			m := q.Message.Message
			req.Chat = fromChat(m.Chat)
			req.ThreadID = m.MessageThreadID
			req.Callback.MessageID = m.ID
		case q.Message.InaccessibleMessage != nil:
			m := q.Message.InaccessibleMessage
			req.Chat = fromChat(m.Chat)
			req.Callback.MessageID = m.MessageID
		default:
			req.Chat = handlers.Chat{ID: q.From.ID, Type: handlers.ChatPrivate}
		}
		return req, true
	}
	return handlers.Request{}, false
}

func fromMessage(m *models.Message) handlers.Request {
	req := handlers.Request{
		Time:      time.Unix(int64(m.Date), 0).UTC(),
		Chat:      fromChat(m.Chat),
		MessageID: m.ID,
		Text:      m.Text,
	}
	if m.IsTopicMessage {
		req.ThreadID = m.MessageThreadID
	}
	if m.From != nil {
		req.From = fromUser(m.From)
	}
	if m.SenderChat != nil {
		// Anonymous group admins and channels post as a chat; from is
		// then a placeholder bot, or missing, and names nobody.
		req.SenderChat = m.SenderChat.ID
	}
	req.Forwarded = m.ForwardOrigin != nil || m.IsAutomaticForward
	if m.ReplyToMessage != nil && m.ReplyToMessage.ID != req.ThreadID {
		r := m.ReplyToMessage
		req.ReplyTo = &handlers.Reply{MessageID: r.ID, Text: r.Text, FromBot: r.From != nil && r.From.IsBot}
	}
	if media := mediaOf(m); media != nil {
		req.Media = media
		req.Text = m.Caption
	}
	switch {
	case m.ForumTopicClosed != nil:
		req.Event = "topic_closed"
	case m.ForumTopicReopened != nil:
		req.Event = "topic_reopened"
	case m.ForumTopicCreated != nil:
		req.Event = "topic_created"
	case len(m.NewChatMembers) > 0:
		req.Event = "member_joined"
	case m.LeftChatMember != nil:
		req.Event = "member_left"
	}
	if !req.Forwarded {
		req.Command, req.Args = parseCommand(req.Text, m.Entities)
	}
	return req
}

// parseCommand splits "/status@helpdesk_bot ABC-1" into "status" and "ABC-1".
// Only a bot_command entity at offset 0 (or a leading slash when entities
// are missing, as in the terminal) makes a command.
func parseCommand(text string, ents []models.MessageEntity) (string, string) {
	if !strings.HasPrefix(text, "/") {
		return "", ""
	}
	if len(ents) > 0 && !(ents[0].Type == models.MessageEntityTypeBotCommand && ents[0].Offset == 0) {
		return "", ""
	}
	head, rest, _ := strings.Cut(text, " ")
	head, _, _ = strings.Cut(head, "\n")
	if i := strings.Index(text, "\n"); i >= 0 && i < len(head)+1 {
		rest = text[i+1:]
	}
	name, _, _ := strings.Cut(strings.TrimPrefix(head, "/"), "@")
	name = strings.ToLower(name)
	if name == "" || strings.ContainsAny(name, "/.") {
		return "", ""
	}
	return name, strings.TrimSpace(rest)
}

func fromChat(c models.Chat) handlers.Chat {
	title := c.Title
	if title == "" {
		title = strings.TrimSpace(c.FirstName + " " + c.LastName)
	}
	return handlers.Chat{ID: c.ID, Type: string(c.Type), Title: title, IsForum: c.IsForum}
}

func fromUser(u *models.User) handlers.User {
	return handlers.User{ID: u.ID, FirstName: u.FirstName, LastName: u.LastName, Username: u.Username,
		LanguageCode: u.LanguageCode, IsBot: u.IsBot}
}

func mediaOf(m *models.Message) *handlers.Media {
	switch {
	case len(m.Photo) > 0:
		p := m.Photo[len(m.Photo)-1]
		return &handlers.Media{Kind: "photo", FileID: p.FileID, Size: int64(p.FileSize)}
	case m.Document != nil:
		d := m.Document
		return &handlers.Media{Kind: "document", FileID: d.FileID, FileName: d.FileName, MIMEType: d.MimeType, Size: d.FileSize}
	case m.Voice != nil:
		return &handlers.Media{Kind: "voice", FileID: m.Voice.FileID, MIMEType: m.Voice.MimeType, Size: m.Voice.FileSize}
	case m.Audio != nil:
		return &handlers.Media{Kind: "audio", FileID: m.Audio.FileID, FileName: m.Audio.FileName, Size: m.Audio.FileSize}
	case m.Video != nil:
		return &handlers.Media{Kind: "video", FileID: m.Video.FileID, FileName: m.Video.FileName, Size: m.Video.FileSize}
	case m.VideoNote != nil:
		return &handlers.Media{Kind: "video_note", FileID: m.VideoNote.FileID}
	case m.Sticker != nil:
		return &handlers.Media{Kind: "sticker", FileID: m.Sticker.FileID}
	case m.Animation != nil:
		return &handlers.Media{Kind: "animation", FileID: m.Animation.FileID}
	case m.Location != nil:
		return &handlers.Media{Kind: "location"}
	case m.Contact != nil:
		return &handlers.Media{Kind: "contact"}
	case m.Poll != nil:
		return &handlers.Media{Kind: "poll"}
	case m.Text == "" && m.Caption == "" && m.Dice != nil:
		return &handlers.Media{Kind: "other"}
	}
	return nil
}
