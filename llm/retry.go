package llm

import (
	"context"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

type retryDeadlineKey struct{}

// withRetryDeadline bounds the retries of one call: a retry whose wait would end
// after t is not attempted, so that the caller can fall back in time.
func withRetryDeadline(ctx context.Context, t time.Time) context.Context {
	return context.WithValue(ctx, retryDeadlineKey{}, t)
}

// retryDoer retries requests answered with 429 or 5xx, or failing in transport,
// with exponential backoff and jitter, honouring Retry-After.
type retryDoer struct {
	client  *http.Client
	retries int
	base    time.Duration
}

// Do implements go-openai's HTTPDoer.
func (d *retryDoer) Do(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for attempt := 0; ; attempt++ {
		resp, err := d.client.Do(req)
		if ctx.Err() != nil {
			return resp, err
		}
		if err == nil && resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
			return resp, nil
		}
		if attempt >= d.retries || req.GetBody == nil && req.Body != nil {
			return resp, err
		}
		wait := d.base << attempt
		wait += time.Duration(rand.Int64N(int64(wait)/2 + 1))
		if resp != nil {
			if ra := retryAfter(resp.Header.Get("Retry-After")); ra > 0 {
				wait = ra
			}
		}
		if dl, ok := deadline(ctx); ok && time.Now().Add(wait).After(dl) {
			// Waiting would overrun the fallback deadline: give up now.
			return resp, err
		}
		if resp != nil {
			resp.Body.Close()
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		if req.GetBody != nil {
			body, gerr := req.GetBody()
			if gerr != nil {
				return nil, gerr
			}
			req = req.Clone(ctx)
			req.Body = body
		}
	}
}

// deadline is the earlier of the context deadline and the retry deadline.
func deadline(ctx context.Context) (time.Time, bool) {
	dl, ok := ctx.Deadline()
	if rd, rok := ctx.Value(retryDeadlineKey{}).(time.Time); rok && (!ok || rd.Before(dl)) {
		return rd, true
	}
	return dl, ok
}

// retryAfter parses a Retry-After header given in seconds or as an HTTP date.
func retryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n >= 0 {
		return time.Duration(n * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}
