package outbox

import (
	"errors"
	"fmt"
)

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

// failure names the class of a delivery error in an Outcome's stored form.
func failure(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrThreadGone):
		return "thread_gone"
	case errors.Is(err, ErrForbidden):
		return "forbidden"
	case errors.Is(err, ErrRejected):
		return "rejected"
	}
	return "failed"
}

// failureErr is the error of a stored failure class, wrapping its sentinel
// so that errors.Is works after a round trip through storage.
func failureErr(class, text string) error {
	var sentinel error
	switch class {
	case "":
		return nil
	case "thread_gone":
		sentinel = ErrThreadGone
	case "forbidden":
		sentinel = ErrForbidden
	case "rejected":
		sentinel = ErrRejected
	default:
		return errors.New(text)
	}
	if text == "" || text == sentinel.Error() {
		return sentinel
	}
	return fmt.Errorf("%w: %s", sentinel, text)
}
