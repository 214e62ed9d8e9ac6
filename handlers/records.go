package handlers

import (
	"context"
	"errors"

	"github.com/layananwarga/helpdesk"
)

// A handler records what it decides to remember in req's Records, which
// Handle returns with the actions. Nothing of it is in the database until
// the request completes, so reads of what the request itself may have
// recorded go through these helpers.

// addTurn records a line of the conversation of the request's chat.
func (r Request) addTurn(t helpdesk.Turn) {
	r.rec.Turns = append(r.rec.Turns, helpdesk.ChatTurn{ChatID: r.Chat.ID, UpdateID: r.UpdateID, Turn: t})
}

// turnReader reads the stored turns of a chat.
type turnReader interface {
	RecentTurns(ctx context.Context, chatID int64, n int) ([]helpdesk.Turn, error)
}

// citizenReader reads what is kept about the citizen of a chat.
type citizenReader interface {
	FindCitizen(ctx context.Context, chatID int64) (helpdesk.Citizen, error)
}

// recentTurns returns the last n turns of a chat, oldest first, with those
// recorded in rec (nil: none).
func recentTurns(ctx context.Context, r turnReader, rec *helpdesk.Records, chatID int64, n int) ([]helpdesk.Turn, error) {
	turns, err := r.RecentTurns(ctx, chatID, n)
	if err != nil {
		return nil, err
	}
	if rec != nil {
		turns = append(turns, rec.TurnsOf(chatID)...)
	}
	return turns[max(0, len(turns)-n):], nil
}

// findCitizen returns what is kept about the citizen of a chat, with what
// rec (nil: nothing) records of them.
func findCitizen(ctx context.Context, r citizenReader, rec *helpdesk.Records, chatID int64) (helpdesk.Citizen, error) {
	c, err := r.FindCitizen(ctx, chatID)
	if err != nil && !errors.Is(err, helpdesk.ErrNotFound) {
		return c, err
	}
	if rec != nil {
		if rc, ok := rec.Citizen(chatID, c); ok {
			return rc, nil
		}
	}
	return c, err
}

// chatReader reads a chat's turns and citizen.
type chatReader interface {
	turnReader
	citizenReader
}
