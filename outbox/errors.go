package outbox

import "errors"

// Errors a transport reports in a Delivery, classified so that handlers can
// react without knowing the transport.
var (
	// ErrThreadGone: the forum topic was deleted or closed by hand.
	ErrThreadGone = errors.New("topic gone")
	// ErrForbidden: the user blocked the bot or the bot left the chat.
	ErrForbidden = errors.New("forbidden")
	// ErrRejected: the request is permanently invalid (bad request).
	ErrRejected = errors.New("rejected")
)
