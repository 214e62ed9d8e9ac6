package outbox

import (
	"encoding/json"
	"fmt"
)

// Outcome is how a stored action ended, as the sender records it: Telegram's
// answer (the message or topic it created) or the failure that made the
// sender give the action up. It is stored in the transaction that marks the
// action sent or failed and then handled as an event on a dispatcher lane,
// so that handlers react to it in order with everything else.
type Outcome struct {
	OutboxID  int64  `json:"outbox_id"`
	Action    Action `json:"action"` // as stored (the head of a merged batch)
	MessageID int    `json:"message_id,omitempty"`
	ThreadID  int    `json:"thread_id,omitempty"`
	Failure   string `json:"failure,omitempty"` // "", thread_gone, forbidden, rejected, failed
	Error     string `json:"error,omitempty"`
}

// NewOutcome describes a delivery of the stored action id.
func NewOutcome(id int64, a Action, messageID, threadID int, err error) Outcome {
	o := Outcome{OutboxID: id, Action: a, MessageID: messageID, ThreadID: threadID, Failure: failure(err)}
	if err != nil {
		o.Error = err.Error()
	}
	return o
}

// Delivery is the outcome as handlers see it.
func (o Outcome) Delivery() Delivery {
	return Delivery{OutboxID: o.OutboxID, Action: o.Action, MessageID: o.MessageID, ThreadID: o.ThreadID, Err: failureErr(o.Failure, o.Error)}
}

// EncodeOutcome returns the stored form of an outcome.
func EncodeOutcome(o Outcome) ([]byte, error) {
	b, err := json.Marshal(o)
	if err != nil {
		return nil, fmt.Errorf("encode outcome: %w", err)
	}
	return b, nil
}

// DecodeOutcome reads the stored form of an outcome.
func DecodeOutcome(b []byte) (Outcome, error) {
	var o Outcome
	if err := json.Unmarshal(b, &o); err != nil {
		return Outcome{}, fmt.Errorf("decode outcome: %w", err)
	}
	return o, nil
}

// Held is a stored action waiting for its case's topic (see Action.Hold).
type Held struct {
	ID     int64 // its outbox id, for Action.Replaces
	Action Action
}
