package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/layananwarga/helpdesk/outbox"
)

// TelegramTransport performs actions through the Bot API.
type TelegramTransport struct {
	API *tg.Bot
}

// Do performs one action with the matching Bot API method. Its errors are
// classified for the sender (see outbox.RateLimited).
func (t *TelegramTransport) Do(ctx context.Context, a outbox.Action) (outbox.Result, error) {
	res, err := t.do(ctx, a)
	if err != nil {
		return res, sendError(err)
	}
	return res, nil
}

func (t *TelegramTransport) do(ctx context.Context, a outbox.Action) (outbox.Result, error) {
	var markup models.ReplyMarkup
	if len(a.Buttons) > 0 {
		markup = keyboard(a.Buttons)
	}
	parse := models.ParseModeHTML
	if a.Plain {
		parse = ""
	}
	switch a.Kind {
	case outbox.Send:
		p := &tg.SendMessageParams{ChatID: a.ChatID, MessageThreadID: a.ThreadID, Text: a.Text, ParseMode: parse,
			ReplyMarkup: markup, DisableNotification: a.Silent,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tg.True()}}
		if a.ReplyTo != 0 {
			p.ReplyParameters = &models.ReplyParameters{MessageID: a.ReplyTo, AllowSendingWithoutReply: true}
		}
		m, err := t.API.SendMessage(ctx, p)
		if err != nil {
			return outbox.Result{}, err
		}
		return outbox.Result{MessageID: m.ID, ThreadID: m.MessageThreadID}, nil
	case outbox.Edit:
		p := &tg.EditMessageTextParams{ChatID: a.ChatID, MessageID: a.MessageID, Text: a.Text, ParseMode: parse,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tg.True()}}
		if markup != nil {
			p.ReplyMarkup = markup
		}
		_, err := t.API.EditMessageText(ctx, p)
		if err != nil && strings.Contains(err.Error(), "message is not modified") {
			err = nil
		}
		return outbox.Result{MessageID: a.MessageID}, err
	case outbox.Copy:
		p := &tg.CopyMessageParams{ChatID: a.ChatID, MessageThreadID: a.ThreadID, FromChatID: a.FromChatID,
			MessageID: a.FromMessageID, ReplyMarkup: markup}
		if a.ReplyTo != 0 {
			p.ReplyParameters = &models.ReplyParameters{MessageID: a.ReplyTo, AllowSendingWithoutReply: true}
		}
		if a.Text != "" {
			p.Caption, p.ParseMode = a.Text, parse
		}
		id, err := t.API.CopyMessage(ctx, p)
		if err != nil {
			return outbox.Result{}, err
		}
		return outbox.Result{MessageID: id.ID, ThreadID: a.ThreadID}, nil
	case outbox.Document:
		p := &tg.SendDocumentParams{ChatID: a.ChatID, MessageThreadID: a.ThreadID, Caption: a.Text, ParseMode: parse,
			Document: &models.InputFileUpload{Filename: a.FileName, Data: bytes.NewReader(a.File)}, ReplyMarkup: markup}
		m, err := t.API.SendDocument(ctx, p)
		if err != nil {
			return outbox.Result{}, err
		}
		return outbox.Result{MessageID: m.ID}, nil
	case outbox.AnswerCallback:
		_, err := t.API.AnswerCallbackQuery(ctx, &tg.AnswerCallbackQueryParams{CallbackQueryID: a.CallbackID,
			Text: a.Text, ShowAlert: a.Alert})
		return outbox.Result{}, err
	case outbox.CreateTopic:
		topic, err := t.API.CreateForumTopic(ctx, &tg.CreateForumTopicParams{ChatID: a.ChatID, Name: a.TopicName})
		if err != nil {
			return outbox.Result{}, err
		}
		return outbox.Result{ThreadID: topic.MessageThreadID}, nil
	case outbox.EditTopic:
		_, err := t.API.EditForumTopic(ctx, &tg.EditForumTopicParams{ChatID: a.ChatID, MessageThreadID: a.ThreadID, Name: a.TopicName})
		if err != nil && strings.Contains(err.Error(), "TOPIC_NOT_MODIFIED") {
			err = nil
		}
		return outbox.Result{ThreadID: a.ThreadID}, err
	case outbox.CloseTopic:
		_, err := t.API.CloseForumTopic(ctx, &tg.CloseForumTopicParams{ChatID: a.ChatID, MessageThreadID: a.ThreadID})
		if err != nil && strings.Contains(err.Error(), "TOPIC_NOT_MODIFIED") {
			err = nil
		}
		return outbox.Result{ThreadID: a.ThreadID}, err
	case outbox.ReopenTopic:
		_, err := t.API.ReopenForumTopic(ctx, &tg.ReopenForumTopicParams{ChatID: a.ChatID, MessageThreadID: a.ThreadID})
		if err != nil && strings.Contains(err.Error(), "TOPIC_NOT_MODIFIED") {
			err = nil
		}
		return outbox.Result{ThreadID: a.ThreadID}, err
	case outbox.DeleteTopic:
		_, err := t.API.DeleteForumTopic(ctx, &tg.DeleteForumTopicParams{ChatID: a.ChatID, MessageThreadID: a.ThreadID})
		return outbox.Result{ThreadID: a.ThreadID}, err
	case outbox.DeleteMessage:
		_, err := t.API.DeleteMessage(ctx, &tg.DeleteMessageParams{ChatID: a.ChatID, MessageID: a.MessageID})
		return outbox.Result{}, err
	}
	return outbox.Result{}, fmt.Errorf("%w: unknown action %q", outbox.ErrRejected, a.Kind)
}

func keyboard(rows [][]outbox.Button) *models.InlineKeyboardMarkup {
	kb := &models.InlineKeyboardMarkup{InlineKeyboard: make([][]models.InlineKeyboardButton, 0, len(rows))}
	for _, row := range rows {
		r := make([]models.InlineKeyboardButton, 0, len(row))
		for _, b := range row {
			r = append(r, models.InlineKeyboardButton{Text: b.Text, CallbackData: b.Data, URL: b.URL})
		}
		kb.InlineKeyboard = append(kb.InlineKeyboard, r)
	}
	return kb
}

// sendError turns a Bot API error into the errors the sender acts on
// (see outbox.RateLimited); one it does not know is transient: 5xx, 401
// during a token rotation, network errors, timeouts.
func sendError(err error) error {
	var tooMany *tg.TooManyRequestsError
	if errors.As(err, &tooMany) {
		return &outbox.RateLimited{Wait: time.Duration(max(tooMany.RetryAfter, 1)) * time.Second, Err: err}
	}
	msg := strings.ToLower(err.Error())
	switch {
	case errors.Is(err, tg.ErrorForbidden):
		return fmt.Errorf("%w: %v", outbox.ErrForbidden, err)
	case errors.Is(err, tg.ErrorBadRequest):
		switch {
		case strings.Contains(msg, "thread not found"), strings.Contains(msg, "topic_deleted"),
			strings.Contains(msg, "topic_closed"), strings.Contains(msg, "topic_id_invalid"):
			return fmt.Errorf("%w: %v", outbox.ErrThreadGone, err)
		case strings.Contains(msg, "can't parse entities"), strings.Contains(msg, "unsupported start tag"):
			return fmt.Errorf("%w: %v", outbox.ErrMarkup, err)
		case strings.Contains(msg, "chat not found"), strings.Contains(msg, "user is deactivated"):
			return fmt.Errorf("%w: %v", outbox.ErrForbidden, err)
		}
		return fmt.Errorf("%w: %v", outbox.ErrRejected, err)
	case errors.Is(err, tg.ErrorNotFound), errors.Is(err, tg.ErrorConflict):
		return fmt.Errorf("%w: %v", outbox.ErrRejected, err)
	}
	return err
}

// permanent reports whether a classified error gives the action up.
func permanent(err error) bool {
	return errors.Is(err, outbox.ErrRejected) || errors.Is(err, outbox.ErrThreadGone) || errors.Is(err, outbox.ErrForbidden)
}
