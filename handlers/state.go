package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
)

// ChatState is what a conversation remembers between two updates of one
// chat. It is saved after every update.
type ChatState struct {
	// Mode is the input the chat is waiting for, prefixed by the feature
	// that owns it: "status:code", "case:comment", "admin:announce", ...
	Mode      string            `json:"mode,omitempty"`
	Data      map[string]string `json:"data,omitempty"`
	ModeSince time.Time         `json:"mode_since,omitzero"`

	// The last answer, for follow-up questions.
	LastQuery string    `json:"last_query,omitempty"`
	LastIDs   []string  `json:"last_ids,omitempty"`
	LastAt    time.Time `json:"last_at,omitzero"`
	// Offered are the articles of the last choice the bot offered ("Maksud
	// Kakak yang mana?"), until the citizen gets an answer: "biayanya
	// brp?" then asks for that part of whichever they pick.
	Offered []string `json:"offered,omitempty"`
	// Misses counts unanswered questions in a row.
	Misses  int  `json:"misses,omitempty"`
	English bool `json:"english,omitempty"`

	// Survey is an unfinished satisfaction survey; it outlives modes, so
	// that the citizen may ask something else and come back to it.
	Survey *SurveyProgress `json:"survey,omitempty"`

	// PriorityOffered is when the bot last offered a priority case (a
	// complaint it could not answer); only that offer makes a case:new:p
	// button count.
	PriorityOffered time.Time `json:"prio_offered,omitzero"`
}

// priorityOfferValid is how long an offer of a priority case holds.
const priorityOfferValid = 24 * time.Hour

// SetMode makes the chat wait for an input.
func (st *ChatState) SetMode(mode string, data map[string]string, now time.Time) {
	st.Mode, st.Data, st.ModeSince = mode, data, now
}

// ClearMode stops waiting for an input.
func (st *ChatState) ClearMode() {
	st.Mode, st.Data, st.ModeSince = "", nil, time.Time{}
}

// InMode reports whether the chat waits for an input of the given feature.
func (st *ChatState) InMode(prefix string) bool {
	return strings.HasPrefix(st.Mode, prefix)
}

// stateReader reads the state saved for a chat.
type stateReader interface {
	// LoadChatState returns the state saved for a chat, nil when none; the
	// bytes may be shared and must not be changed.
	LoadChatState(ctx context.Context, chatID int64) ([]byte, error)
}

// loadState returns a chat's state and its stored form, so that saveState
// can skip the write when nothing changed (most button presses and
// officer relays).
func loadState(ctx context.Context, r stateReader, log *slog.Logger, chatID int64) (ChatState, []byte, error) {
	var st ChatState
	b, err := r.LoadChatState(ctx, chatID)
	if err != nil {
		return st, nil, fmt.Errorf("load chat state: %w", err)
	}
	if len(b) == 0 {
		return st, nil, nil
	}
	if err := json.Unmarshal(b, &st); err != nil {
		// A state from an older release that no longer decodes is dropped
		// rather than blocking the chat.
		log.Warn("chat state unreadable, starting fresh", "err", err)
		return ChatState{}, nil, nil
	}
	return st, b, nil
}

// saveState records the chat's state when it changed.
func saveState(req Request, st ChatState, stored []byte) error {
	b, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("encode chat state: %w", err)
	}
	if bytes.Equal(b, stored) {
		return nil
	}
	req.rec.States = append(req.rec.States, helpdesk.ChatState{ChatID: req.Chat.ID, State: b})
	return nil
}
