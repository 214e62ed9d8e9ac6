// Package handlers holds the citizen, officer and admin conversations. It is
// transport-free: a Request comes in, outbox actions go out. It declares the
// small interfaces it needs from storage, knowledge and the language model.
package handlers

import (
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// Chat types, as Telegram names them.
const (
	ChatPrivate    = "private"
	ChatGroup      = "group"
	ChatSupergroup = "supergroup"
)

// Request is one incoming event, whatever its transport.
type Request struct {
	UpdateID  int64 // the stored update's key; stable across re-runs
	Time      time.Time
	Chat      Chat
	ThreadID  int // forum topic, 0 outside topics
	MessageID int
	// ReplyTo is the message this one answers, when it answers one.
	ReplyTo *Reply
	From    User
	Text    string // text or media caption
	Command string // "status" for "/status@bot 123", lowercase; "" when not a command
	Args    string // "123" for the above
	Media   *Media
	// Callback is set when a button was pressed.
	Callback *Callback
	// SenderChat is the chat a message was sent on behalf of: the group
	// itself for an anonymous group admin, a channel for its posts; 0 when
	// sent by a user as themself.
	SenderChat int64
	// Forwarded marks a message forwarded from elsewhere: its text is never
	// a command of the one who forwarded it.
	Forwarded bool
	// Event names a service message: "topic_closed", "topic_reopened",
	// "member_joined", "member_left"; "" for ordinary messages.
	Event string

	// rec collects what handling the request records; Handle returns it.
	rec *helpdesk.Records
}

// Result is what handling one request decided: the actions to send and the
// records to keep. Storage writes both with the request's handled mark, in
// one transaction (see ARCHITECTURE.md, the exactly-once rule).
type Result struct {
	Actions []outbox.Action
	Records helpdesk.Records
}

// Chat is where the request came from.
type Chat struct {
	ID      int64
	Type    string
	Title   string
	IsForum bool
}

// Private reports whether the request came from a one-to-one chat.
func (c Chat) Private() bool { return c.Type == ChatPrivate }

// User is the sender.
type User struct {
	ID           int64
	FirstName    string
	LastName     string
	Username     string
	LanguageCode string
	IsBot        bool
}

// Name is the user's display name.
func (u User) Name() string {
	return strings.TrimSpace(u.FirstName + " " + u.LastName)
}

// Reply is the message a request replied to.
type Reply struct {
	MessageID int
	FromBot   bool
	Text      string
}

// Media describes a non-text message.
type Media struct {
	Kind     string // photo, document, voice, audio, video, video_note, sticker, animation, location, contact, poll, other
	FileID   string
	FileName string
	MIMEType string
	Size     int64
}

// Callback is a pressed inline button.
type Callback struct {
	ID        string
	Data      string
	MessageID int
}

// Turn is one line of a conversation.
type Turn = helpdesk.Turn
