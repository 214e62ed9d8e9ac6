package bot

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"time"
)

// NewAPIClient returns the HTTP client for Bot API calls (see NewAPI), each
// of which must end within timeout, response body included. go-telegram/bot
// (v1.19, raw_request.go) always streams a request body through an io.Pipe,
// which net/http sends chunked with a socket write per form field, and it
// has no option to build the body in memory; its only seam is the HTTP
// client (tg.WithHTTPClient). So wholeBody, the help desk's one wrapper of
// the library's requests, sends each body in one piece. The client also
// keeps enough idle connections for the sender's workers: Go's default of
// two per host makes every other send open a connection.
func NewAPIClient(timeout time.Duration) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64
	// The timeout is a deadline on each request's context rather than
	// http.Client.Timeout, which in front of a RoundTripper other than
	// its own Transport watches every request from a goroutine of its own.
	return &http.Client{Transport: wholeBody{next: tr, timeout: timeout}}
}

// wholeBody reads a request body of unknown length into memory and sends it
// with a Content-Length, within the client's timeout. Bot API requests are
// small; an uploaded document is at most Telegram's 50 MB, which the outbox
// already holds in memory.
type wholeBody struct {
	next    http.RoundTripper
	timeout time.Duration
}

func (t wholeBody) RoundTrip(r *http.Request) (*http.Response, error) {
	// A RoundTripper must not change the caller's request: send a copy.
	ctx, cancel := context.WithTimeout(r.Context(), t.timeout)
	whole := r.WithContext(ctx)
	if r.Body != nil && r.Body != http.NoBody && r.ContentLength <= 0 {
		b, err := readBody(r.Body)
		r.Body.Close()
		if err != nil {
			cancel()
			return nil, err
		}
		// The body stays a bytes.Reader in a NopCloser, which net/http
		// knows to be in memory and writes in one piece with the headers.
		whole.ContentLength = int64(len(b))
		whole.Body = io.NopCloser(bytes.NewReader(b))
		whole.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	}
	resp, err := t.next.RoundTrip(whole)
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = &cancelOnClose{ReadCloser: resp.Body, cancel: cancel}
	return resp, nil
}

// cancelOnClose ends a request's deadline once its response is read.
type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelOnClose) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// readBuffers are where request bodies are read before they are copied out
// at their size: a reply carries an article of a few KB, and reading each
// into a slice grown from 512 bytes was a twelfth of all the memory the
// bot allocated under load.
var readBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledRead keeps uploads out of the pool.
const maxPooledRead = 64 << 10

// readBody reads r whole into a slice of its exact size.
func readBody(r io.Reader) ([]byte, error) {
	buf := readBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	_, err := buf.ReadFrom(r)
	b := bytes.Clone(buf.Bytes())
	if buf.Cap() <= maxPooledRead {
		readBuffers.Put(buf)
	}
	return b, err
}
