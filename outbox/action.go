// Package outbox holds the transport-free description of everything the bot
// says or does in a chat. Handlers return actions, storage keeps them until
// they are delivered, and a transport (Telegram, the terminal) performs them.
package outbox

import (
	"encoding/json"
	"fmt"
)

// Kind says what an action does.
type Kind string

// The kinds of action a transport performs.
const (
	Send           Kind = "send"            // a text message (Telegram HTML)
	Edit           Kind = "edit"            // replace the text and buttons of MessageID
	Copy           Kind = "copy"            // copy FromChatID/FromMessageID (any media) to the target
	Document       Kind = "document"        // upload File as FileName
	AnswerCallback Kind = "answer_callback" // stop the spinner on a pressed button
	CreateTopic    Kind = "create_topic"    // open a forum topic named TopicName for CaseID
	EditTopic      Kind = "edit_topic"      // rename the topic of CaseID
	CloseTopic     Kind = "close_topic"     // close the topic of CaseID
	ReopenTopic    Kind = "reopen_topic"    // reopen the topic of CaseID
	DeleteTopic    Kind = "delete_topic"    // delete the topic of CaseID, with its messages
	DeleteMessage  Kind = "delete_message"  // delete MessageID
)

// Button is one inline keyboard button: Data for a callback, or URL for a link.
type Button struct {
	Text string `json:"text"`
	Data string `json:"data,omitempty"`
	URL  string `json:"url,omitempty"`
}

// Action is one thing to do in one chat. Zero fields are left out of the
// stored form so that the outbox stays small.
type Action struct {
	Kind     Kind  `json:"kind"`
	ChatID   int64 `json:"chat_id,omitempty"`
	ThreadID int   `json:"thread_id,omitempty"`
	// CaseID ties the action to a handed-off case: the handlers address it
	// to the case's topic when they decide it, and the sender records its
	// outcome as an event for them.
	CaseID int64 `json:"case_id,omitempty"`
	// Hold stores the action without sending it: it waits for its case's
	// topic (or summary) to exist. The handlers release it when the outcome
	// that creates the target arrives, by returning a copy that Replaces it.
	Hold bool `json:"hold,omitempty"`
	// Replaces is the outbox id of a held action this one is sent instead
	// of; it is stored only if that action is still held, so two releases
	// of the same held action send it once.
	Replaces int64 `json:"replaces,omitempty"`

	Text          string     `json:"text,omitempty"`
	Buttons       [][]Button `json:"buttons,omitempty"`
	ReplyTo       int        `json:"reply_to,omitempty"`
	MessageID     int        `json:"message_id,omitempty"`
	FromChatID    int64      `json:"from_chat_id,omitempty"`
	FromMessageID int        `json:"from_message_id,omitempty"`
	FileName      string     `json:"file_name,omitempty"`
	File          []byte     `json:"file,omitempty"`
	CallbackID    string     `json:"callback_id,omitempty"`
	TopicName     string     `json:"topic_name,omitempty"`
	Alert         bool       `json:"alert,omitempty"`
	Silent        bool       `json:"silent,omitempty"`
	// Plain sends Text without HTML parsing.
	Plain bool `json:"plain,omitempty"`
	// Merge allows the sender to join this text with the sends queued right
	// after it for the same target when the chat's rate budget is tight.
	Merge bool `json:"merge,omitempty"`
	// Ref is an opaque tag handed back to the handlers when the action has
	// been delivered (for example "case:12:summary").
	Ref string `json:"ref,omitempty"`
	// CitizenMsg, on a case's post in its officers' group, is the
	// citizen's message the post relays. Every case post in a group is
	// tied to its case when it is delivered (storage.DB.MarkDelivered), so
	// that an officer's reply to it, even one that comes at once, reaches
	// the case and, threaded to this message, the citizen.
	CitizenMsg int `json:"citizen_msg,omitempty"`
}

// Lane is the chat whose order and rate limits the action follows.
func (a Action) Lane() int64 { return a.ChatID }

// Counts reports whether the action uses the chat's message budget.
func (a Action) Counts() bool {
	switch a.Kind {
	case AnswerCallback, DeleteMessage, Edit:
		return false
	}
	return true
}

// Validate rejects actions a transport could not perform.
func (a Action) Validate() error {
	if a.ChatID == 0 && a.Kind != AnswerCallback {
		return fmt.Errorf("action %s: no chat", a.Kind)
	}
	switch a.Kind {
	case Send:
		if a.Text == "" {
			return fmt.Errorf("action send: empty text")
		}
	case Edit, DeleteMessage:
		if a.MessageID == 0 {
			return fmt.Errorf("action %s: no message id", a.Kind)
		}
	case Copy:
		if a.FromChatID == 0 || a.FromMessageID == 0 {
			return fmt.Errorf("action copy: no source message")
		}
	case Document:
		if a.FileName == "" {
			return fmt.Errorf("action document: no file name")
		}
	case AnswerCallback:
		if a.CallbackID == "" {
			return fmt.Errorf("action answer_callback: no callback id")
		}
	case CreateTopic:
		if a.TopicName == "" || a.CaseID == 0 {
			return fmt.Errorf("action create_topic: needs a name and a case")
		}
	case EditTopic, CloseTopic, ReopenTopic, DeleteTopic:
		if a.CaseID == 0 && a.ThreadID == 0 {
			return fmt.Errorf("action %s: no topic", a.Kind)
		}
	default:
		return fmt.Errorf("action: unknown kind %q", a.Kind)
	}
	return nil
}

// Encode returns the stored form of an action.
func Encode(a Action) ([]byte, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("encode action: %w", err)
	}
	return b, nil
}

// Decode reads the stored form of an action.
func Decode(b []byte) (Action, error) {
	var a Action
	if err := json.Unmarshal(b, &a); err != nil {
		return Action{}, fmt.Errorf("decode action: %w", err)
	}
	return a, nil
}

// Delivery tells the handlers how an action ended.
type Delivery struct {
	OutboxID  int64 // the stored action's id: it names the outcome
	Action    Action
	MessageID int // the message Telegram created, if any
	ThreadID  int // the topic Telegram created (CreateTopic)
	Err       error
}
