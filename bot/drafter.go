package bot

import (
	"context"
	"log/slog"
	"sync/atomic"

	tg "github.com/go-telegram/bot"
)

// Drafter shows an answer while the language model writes it, with
// sendMessageDraft. Drafts are ephemeral, so they bypass the outbox: losing
// one loses nothing, and the final answer still goes through the outbox.
type Drafter struct {
	API *tg.Bot
	Log *slog.Logger
	// off is set once the server says it does not know the method.
	off atomic.Bool
}

// Draft shows text as the current draft of an answer in a private chat.
func (d *Drafter) Draft(ctx context.Context, chatID int64, draftID string, text string) {
	if d.off.Load() || chatID <= 0 || text == "" {
		return
	}
	_, err := d.API.SendMessageDraft(ctx, &tg.SendMessageDraftParams{ChatID: chatID, DraftID: draftID, Text: text})
	if err != nil {
		if permanent(sendError(err)) {
			d.off.Store(true)
		}
		d.Log.Debug("draft not shown", "err", err)
	}
}
