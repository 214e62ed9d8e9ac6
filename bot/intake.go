package bot

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/go-telegram/bot/models"

	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/storage"
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
