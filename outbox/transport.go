package outbox

import (
	"errors"
	"time"
)

// Result is what a transport learned from performing an action.
type Result struct {
	MessageID int
	ThreadID  int
}

// A transport's error tells the sender what to do with the action: a
// *RateLimited waits, ErrMarkup resends it as plain text, ErrThreadGone,
// ErrForbidden and ErrRejected give it up (the handlers see them in its
// outcome), and any other error is retried with backoff.

// ErrMarkup: the text's markup was refused; the action goes again as plain text.
var ErrMarkup = errors.New("markup not parsed")

// RateLimited asks the sender to wait before the chat's next send.
type RateLimited struct {
	Wait time.Duration
	Err  error
}

func (e *RateLimited) Error() string { return e.Err.Error() }

func (e *RateLimited) Unwrap() error { return e.Err }
