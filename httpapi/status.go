// Package httpapi serves the help desk's HTTP API for other systems: today,
// setting an application's status.
package httpapi

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/layananwarga/helpdesk"
)

// StatusStore changes application statuses (storage.DB satisfies it). It
// refuses a status outside the vocabulary in force with a
// *helpdesk.UnknownStatusError.
type StatusStore interface {
	SetStatus(ctx context.Context, u helpdesk.StatusUpdate) (app helpdesk.Application, changed bool, err error)
}

const (
	maxBody = 16 << 10
	maxNote = 1000
)

// statusRequest is the body of PUT /api/applications/{tracking_no}.
type statusRequest struct {
	Status *string `json:"status"`
	Note   string  `json:"note"`
}

// ApplicationJSON is an application as the API returns it. The applicant's
// name is returned as stored: the caller holds the token and is trusted.
type ApplicationJSON struct {
	TrackingNo    string    `json:"tracking_no"`
	Service       string    `json:"service"`
	ApplicantName string    `json:"applicant_name"`
	Status        string    `json:"status"`
	Note          string    `json:"note"`
	UpdatedAt     time.Time `json:"updated_at"`
	Changed       bool      `json:"changed"`
}

type errorJSON struct {
	Error string `json:"error"`
}

// StatusHandler serves PUT /api/applications/{tracking_no} with a JSON body
// {"status": "...", "note": "..."} and "Authorization: Bearer <token>".
// Every request is refused with 401 when token is empty. The change, with
// its notice to subscribers, is recorded durably by the store before the
// answer. notify, when not nil, is called after a change, before the answer,
// so that subscribers hear of it at once; it must only record that (the
// bot stores a tick of its notice job) and not do the work itself.
func StatusHandler(store StatusStore, token string, notify func(ctx context.Context), now func() time.Time) http.Handler {
	if now == nil {
		now = time.Now
	}
	want := sha256.Sum256([]byte(token))
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /api/applications/{tracking_no}", func(w http.ResponseWriter, r *http.Request) {
		if !authorized(r, token, want) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="helpdesk"`)
			writeJSON(w, http.StatusUnauthorized, errorJSON{"missing or wrong bearer token"})
			return
		}
		no, ok := helpdesk.NormalizeTrackingNo(r.PathValue("tracking_no"))
		if !ok {
			writeJSON(w, http.StatusNotFound, errorJSON{"no application with this tracking number"})
			return
		}
		var req statusRequest
		dec := json.NewDecoder(io.LimitReader(r.Body, maxBody+1))
		if err := dec.Decode(&req); err != nil {
			writeJSON(w, http.StatusBadRequest, errorJSON{"body must be a JSON object: {\"status\": \"...\", \"note\": \"...\"}"})
			return
		}
		if dec.More() {
			writeJSON(w, http.StatusBadRequest, errorJSON{"body must hold one JSON object"})
			return
		}
		if req.Status == nil || strings.TrimSpace(*req.Status) == "" {
			writeJSON(w, http.StatusBadRequest, errorJSON{"status is required"})
			return
		}
		// The store checks the status against the vocabulary in force.
		status := helpdesk.Status(strings.TrimSpace(*req.Status))
		note := strings.TrimSpace(req.Note)
		if !utf8.ValidString(note) || utf8.RuneCountInString(note) > maxNote {
			writeJSON(w, http.StatusBadRequest, errorJSON{"note must be UTF-8 text of at most 1000 characters"})
			return
		}
		app, changed, err := store.SetStatus(r.Context(), helpdesk.StatusUpdate{TrackingNo: no, Status: status, Note: note,
			Source: helpdesk.SourceAPI, Actor: "api", At: now()})
		var unknown *helpdesk.UnknownStatusError
		switch {
		case errors.As(err, &unknown):
			writeJSON(w, http.StatusBadRequest, errorJSON{unknown.Error()})
			return
		case errors.Is(err, helpdesk.ErrNotFound):
			writeJSON(w, http.StatusNotFound, errorJSON{"no application with this tracking number"})
			return
		case err != nil:
			writeJSON(w, http.StatusInternalServerError, errorJSON{"internal error"})
			return
		}
		if changed && notify != nil {
			notify(r.Context())
		}
		writeJSON(w, http.StatusOK, ApplicationJSON{TrackingNo: app.TrackingNo, Service: app.Service, ApplicantName: app.ApplicantName,
			Status: string(app.Status), Note: app.Note, UpdatedAt: app.UpdatedAt.UTC(), Changed: changed})
	})
	return mux
}

// authorized compares the bearer token in constant time (over hashes, so
// that neither the length nor the content leaks).
func authorized(r *http.Request, token string, want [32]byte) bool {
	if token == "" {
		return false
	}
	h := r.Header.Get("Authorization")
	scheme, got, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
	return subtle.ConstantTimeCompare(sum[:], want[:]) == 1
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
