package bot

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/storage"
)

// allowedUpdates are the update types the help desk asks Telegram for.
var allowedUpdates = []string{"message", "callback_query", "my_chat_member"}

// offsetKey stores the next getUpdates offset; it is trusted for a day only,
// because Telegram forgets unconfirmed updates after 24 hours and may
// renumber updates after a week of silence.
const (
	offsetKey      = "telegram.offset"
	offsetLifetime = 23 * time.Hour
)

// Intake stores every update before Telegram is told it was received, then
// hands it to the dispatcher.
type Intake struct {
	db       *storage.DB
	dispatch func(storage.Update)
	metrics  *metrics.Set
	log      *slog.Logger
}

// NewIntake returns an intake that submits stored updates to dispatch.
func NewIntake(db *storage.DB, dispatch func(storage.Update), m *metrics.Set, log *slog.Logger) *Intake {
	return &Intake{db: db, dispatch: dispatch, metrics: m, log: log}
}

// errMalformed marks an update body that is not an update.
var errMalformed = errors.New("malformed update")

// Accept stores one raw update and queues it. A duplicate is acknowledged
// without being queued again.
func (in *Intake) Accept(ctx context.Context, raw []byte) (int64, error) {
	ids, err := in.AcceptBatch(ctx, []json.RawMessage{raw})
	if len(ids) == 0 {
		return 0, err
	}
	return ids[0], err
}

// AcceptBatch stores raw updates in one transaction and queues them. It
// returns the update_id of each readable update; malformed ones are skipped
// and reported with errMalformed after the others are stored.
func (in *Intake) AcceptBatch(ctx context.Context, raws []json.RawMessage) ([]int64, error) {
	var (
		ups []storage.Update
		ids []int64
		bad error
	)
	for _, raw := range raws {
		var u models.Update
		if err := json.Unmarshal(raw, &u); err != nil || u.ID <= 0 {
			if err == nil {
				err = errors.New("no update_id")
			}
			bad = fmt.Errorf("%w: %v", errMalformed, err)
			// Still confirm it: a later update_id moves the offset past it.
			var only struct {
				ID int64 `json:"update_id"`
			}
			if json.Unmarshal(raw, &only) == nil && only.ID > 0 {
				ids = append(ids, only.ID)
			}
			continue
		}
		ups = append(ups, storage.Update{UpdateID: u.ID, ChatID: chatOf(&u), Payload: raw})
		ids = append(ids, u.ID)
	}
	if len(ups) == 0 {
		return ids, bad
	}
	stored, err := in.db.StoreUpdates(ctx, ups)
	if err != nil {
		in.metrics.Errors.WithLabelValues("intake").Inc()
		return nil, err
	}
	for i, st := range stored {
		if st.Dup {
			continue
		}
		in.metrics.UpdatesReceived.Inc()
		u := ups[i]
		u.ID = st.ID
		in.dispatch(u)
	}
	return ids, bad
}

// Poller fetches updates with getUpdates and moves the offset only past
// updates that are stored.
type Poller struct {
	Intake  *Intake
	BaseURL string // Bot API server, e.g. https://api.telegram.org
	Token   string
	Client  *http.Client
	Timeout time.Duration // long-poll timeout
	// OnSuccess is told of every successful Bot API call (for /healthz).
	OnSuccess func()
}

type apiResponse struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

// ErrUnauthorized means Telegram refused the token.
var ErrUnauthorized = errors.New("telegram refused the bot token (401)")

// Run polls until ctx ends. It returns ErrUnauthorized when the token is refused.
func (p *Poller) Run(ctx context.Context) error {
	db := p.Intake.db
	log := p.Intake.log
	offset := int64(0)
	if v, at, err := db.GetValue(ctx, offsetKey); err != nil {
		return err
	} else if v != "" && time.Since(at) < offsetLifetime {
		offset, _ = strconv.ParseInt(v, 10, 64)
	}
	if _, err := p.call(ctx, "deleteWebhook", map[string]any{"drop_pending_updates": false}); err != nil {
		if errors.Is(err, ErrUnauthorized) {
			return err
		}
		log.Warn("deleteWebhook failed", "err", err)
	}
	failures := 0
	for ctx.Err() == nil {
		params := map[string]any{"timeout": int(p.timeout().Seconds()), "allowed_updates": allowedUpdates, "limit": 100}
		if offset > 0 {
			params["offset"] = offset
		}
		asked := time.Now()
		res, err := p.call(ctx, "getUpdates", params)
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
		var raws []json.RawMessage
		if err := json.Unmarshal(res, &raws); err != nil {
			log.Error("getUpdates: unreadable result", "err", err)
			sleep(ctx, time.Second)
			continue
		}
		if len(raws) == 0 && time.Since(asked) < 100*time.Millisecond {
			// A server that does not hold long polls answers at once; do
			// not spin on it.
			sleep(ctx, 250*time.Millisecond)
		}
		next := offset
		stored := true
		ids, err := p.Intake.AcceptBatch(ctx, raws)
		switch {
		case errors.Is(err, errMalformed):
			log.Error("skipping malformed update", "err", err)
		case err != nil:
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

func (p *Poller) timeout() time.Duration {
	if p.Timeout > 0 {
		return p.Timeout
	}
	return 25 * time.Second
}

type retryAfter time.Duration

func (r retryAfter) Error() string { return fmt.Sprintf("retry after %s", time.Duration(r)) }

// Call posts one Bot API method and returns its result.
func (p *Poller) Call(ctx context.Context, method string, params any) (json.RawMessage, error) {
	return p.call(ctx, method, params)
}

// call posts one Bot API method and returns its result.
func (p *Poller) call(ctx context.Context, method string, params any) (json.RawMessage, error) {
	body, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	url := strings.TrimRight(p.BaseURL, "/") + "/bot" + p.Token + "/" + method
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	client := p.Client
	if client == nil {
		client = &http.Client{Timeout: p.timeout() + 10*time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, redactToken(err, p.Token))
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	var r apiResponse
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: HTTP %d: unreadable answer", method, resp.StatusCode)
	}
	if !r.OK {
		switch {
		case r.ErrorCode == http.StatusUnauthorized:
			return nil, ErrUnauthorized
		case r.ErrorCode == http.StatusTooManyRequests:
			return nil, fmt.Errorf("%s: %w", method, retryAfter(time.Duration(max(r.Parameters.RetryAfter, 1))*time.Second))
		}
		return nil, fmt.Errorf("%s: %d %s", method, r.ErrorCode, r.Description)
	}
	if p.OnSuccess != nil {
		p.OnSuccess()
	}
	return r.Result, nil
}

// redactToken keeps the bot token out of logged URLs.
func redactToken(err error, token string) error {
	if token == "" {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), token, "<token>"))
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// WebhookHandler accepts updates pushed by Telegram. A request without the
// right secret gets 401 and stores nothing; a body that is not an update gets
// 400; the 200 goes out only once the update is stored.
func (in *Intake) WebhookHandler(secret string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if secret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		raw, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		if _, err := in.Accept(r.Context(), raw); err != nil {
			if errors.Is(err, errMalformed) {
				http.Error(w, "malformed update", http.StatusBadRequest)
				return
			}
			in.log.Error("webhook: store update", "err", err)
			// Telegram retries on any non-2xx answer.
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}
