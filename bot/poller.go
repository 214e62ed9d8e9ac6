package bot

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"time"

	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/storage"
)

// offsetKey stores the next getUpdates offset; it is trusted for a day only,
// because Telegram forgets unconfirmed updates after 24 hours and may
// renumber updates after a week of silence.
const (
	offsetKey      = "telegram.offset"
	offsetLifetime = 23 * time.Hour
)

// Poller fetches updates with getUpdates and moves the offset only past
// updates that are stored.
type Poller struct {
	Intake *pipeline.Intake
	API    *API
	// DB keeps the offset.
	DB  *storage.DB
	Log *slog.Logger
	// Timeout is the long-poll timeout (default 25 s); it is kept 10 s
	// below the API's request deadline.
	Timeout time.Duration
}

// Run polls until ctx ends. It returns ErrUnauthorized when the token is refused.
func (p *Poller) Run(ctx context.Context) error {
	db, log := p.DB, p.Log
	offset := int64(0)
	if v, at, err := db.GetValue(ctx, offsetKey); err != nil {
		return err
	} else if v != "" && time.Since(at) < offsetLifetime {
		offset, _ = strconv.ParseInt(v, 10, 64)
	}
	if err := p.API.DeleteWebhook(ctx); err != nil {
		if errors.Is(err, ErrUnauthorized) {
			return err
		}
		log.Warn("deleteWebhook failed", "err", err)
	}
	failures := 0
	for ctx.Err() == nil {
		asked := time.Now()
		raws, err := p.API.getUpdates(ctx, offset, p.timeout())
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, ErrUnauthorized) {
				return err
			}
			failures++
			var ra retryAfter
			wait := min(time.Duration(1<<min(failures, 6))*250*time.Millisecond, 30*time.Second)
			if errors.As(err, &ra) {
				wait = time.Duration(ra)
			}
			log.Warn("getUpdates failed", "err", err, "retry_in", wait)
			sleep(ctx, wait)
			continue
		}
		failures = 0
		if len(raws) == 0 && time.Since(asked) < 100*time.Millisecond {
			// A server that does not hold long polls answers at once; do
			// not spin on it.
			sleep(ctx, 250*time.Millisecond)
		}
		next := offset
		stored := true
		ups, ids, bad := incoming(raws)
		if bad != nil {
			log.Error("skipping malformed update", "err", bad)
		}
		if err := p.Intake.Accept(ctx, ups...); err != nil {
			// Not stored: confirm none of them, and ask again.
			log.Error("store updates", "err", err)
			stored = false
		}
		if stored {
			for _, uid := range ids {
				if uid >= next {
					next = uid + 1
				}
			}
		}
		if next != offset {
			offset = next
			if err := db.SetValue(ctx, offsetKey, strconv.FormatInt(offset, 10)); err != nil && ctx.Err() == nil {
				log.Error("save offset", "err", err)
			}
		}
		if !stored {
			sleep(ctx, time.Second)
		}
	}
	return nil
}

// timeout is the long-poll timeout, below the request deadline.
func (p *Poller) timeout() time.Duration {
	t := p.Timeout
	if t <= 0 {
		t = 25 * time.Second
	}
	if limit := p.API.reqTimeout - 10*time.Second; t > limit {
		t = max(limit, 0)
	}
	return t
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
