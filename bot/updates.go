package bot

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/go-telegram/bot/models"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/storage"
)

// Decode turns the payload of a stored Telegram update into the handlers'
// request (a pipeline.Decoder). ok is false for updates the help desk does
// not act on (edits, channel posts, polls...). The pipeline sets the
// request's UpdateID.
func Decode(payload []byte) (handlers.Request, bool, error) {
	var u models.Update
	if err := json.Unmarshal(payload, &u); err != nil {
		return handlers.Request{}, false, err
	}
	req, ok := transform(&u)
	return req, ok, nil
}

// errMalformed marks an update body that is not an update.
var errMalformed = errors.New("malformed update")

// incoming reads raw updates for the intake: each one's update_id and the
// chat whose order it follows, with the raw JSON as its payload. ids lists
// the update_id of every update that has one, malformed ones included, so
// that the offset moves past them; the malformed ones are reported with
// errMalformed.
func incoming(raws []json.RawMessage) (ups []storage.Update, ids []int64, bad error) {
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
	return ups, ids, bad
}

// WebhookHandler accepts updates pushed by Telegram into the intake. A
// request without the right secret gets 401 and stores nothing; a body that
// is not an update gets 400; the 200 goes out only once the update is
// stored.
func WebhookHandler(in *pipeline.Intake, secret string, log *slog.Logger) http.Handler {
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
		ups, _, bad := incoming([]json.RawMessage{raw})
		if bad != nil {
			http.Error(w, "malformed update", http.StatusBadRequest)
			return
		}
		if err := in.Accept(r.Context(), ups...); err != nil {
			log.Error("webhook: store update", "err", err)
			// Telegram retries on any non-2xx answer.
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}
