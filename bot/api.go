package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	tg "github.com/go-telegram/bot"
)

// allowedUpdates are the update types the help desk asks Telegram for, by
// getUpdates and by setWebhook.
var allowedUpdates = []string{"message", "callback_query", "my_chat_member"}

// ErrUnauthorized means Telegram refused the token.
var ErrUnauthorized = errors.New("telegram refused the bot token (401)")

// API is the help desk's one Bot API client: go-telegram/bot for every
// method it offers, over one HTTP client (NewAPIClient), and getUpdates as
// the one request of our own (see getUpdates).
type API struct {
	Bot *tg.Bot
	// OnSuccess is told of every successful call made through API's own
	// methods (getMe, webhooks, getUpdates), for /healthz; the sender
	// reports its sends itself.
	OnSuccess func()

	client     *http.Client
	serverURL  string
	token      string
	reqTimeout time.Duration
}

// NewAPI returns a client of the Bot API at serverURL (e.g.
// https://api.telegram.org); every request must end within timeout.
func NewAPI(serverURL, token string, timeout time.Duration) (*API, error) {
	client := NewAPIClient(timeout)
	b, err := tg.New(token, tg.WithServerURL(serverURL), tg.WithSkipGetMe(), tg.WithHTTPClient(timeout, client))
	if err != nil {
		return nil, err
	}
	return &API{Bot: b, client: client, serverURL: strings.TrimRight(serverURL, "/"), token: token, reqTimeout: timeout}, nil
}

// GetMe checks the token. It returns ErrUnauthorized when Telegram refuses it.
func (a *API) GetMe(ctx context.Context) error {
	_, err := a.Bot.GetMe(ctx)
	return a.done("getMe", err)
}

// DeleteWebhook switches the bot to getUpdates, keeping pending updates.
func (a *API) DeleteWebhook(ctx context.Context) error {
	_, err := a.Bot.DeleteWebhook(ctx, &tg.DeleteWebhookParams{DropPendingUpdates: false})
	return a.done("deleteWebhook", err)
}

// SetWebhook has Telegram push updates to url with the secret header.
func (a *API) SetWebhook(ctx context.Context, url, secret string) error {
	_, err := a.Bot.SetWebhook(ctx, &tg.SetWebhookParams{URL: url, SecretToken: secret, AllowedUpdates: allowedUpdates})
	return a.done("setWebhook", err)
}

// done reports a successful call and turns a failed one into the errors
// the poller acts on: ErrUnauthorized, retryAfter, or the error with the
// token kept out of it.
func (a *API) done(method string, err error) error {
	if err == nil {
		if a.OnSuccess != nil {
			a.OnSuccess()
		}
		return nil
	}
	var tooMany *tg.TooManyRequestsError
	switch {
	case errors.Is(err, tg.ErrorUnauthorized):
		return ErrUnauthorized
	case errors.As(err, &tooMany):
		return fmt.Errorf("%s: %w", method, retryAfter(time.Duration(max(tooMany.RetryAfter, 1))*time.Second))
	}
	return fmt.Errorf("%s: %w", method, redactToken(err, a.token))
}

type retryAfter time.Duration

func (r retryAfter) Error() string { return fmt.Sprintf("retry after %s", time.Duration(r)) }

// getUpdatesParams are getUpdates' parameters.
type getUpdatesParams struct {
	Offset         int64    `json:"offset,omitempty"`
	Limit          int      `json:"limit"`
	Timeout        int      `json:"timeout"`
	AllowedUpdates []string `json:"allowed_updates"`
}

// getUpdates long-polls for updates after offset and returns them as
// Telegram sent them. It is a request of our own because go-telegram/bot
// offers getUpdates only inside its own polling loop, which confirms each
// update to Telegram (the next offset) as soon as it is read, before the
// help desk has stored it, and which decodes updates into its models, while
// the intake stores each update's raw JSON. It rides the library's HTTP
// client, so the request deadline and the connections are the same.
func (a *API) getUpdates(ctx context.Context, offset int64, wait time.Duration) ([]json.RawMessage, error) {
	const method = "getUpdates"
	body, err := json.Marshal(getUpdatesParams{Offset: offset, Limit: 100, Timeout: int(wait.Seconds()), AllowedUpdates: allowedUpdates})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.serverURL+"/bot"+a.token+"/"+method, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, redactToken(err, a.token))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, redactToken(err, a.token))
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	var r struct {
		OK          bool              `json:"ok"`
		Result      []json.RawMessage `json:"result"`
		ErrorCode   int               `json:"error_code"`
		Description string            `json:"description"`
		Parameters  struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: HTTP %d: unreadable answer", method, resp.StatusCode)
	}
	if !r.OK {
		switch r.ErrorCode {
		case http.StatusUnauthorized:
			return nil, ErrUnauthorized
		case http.StatusTooManyRequests:
			return nil, fmt.Errorf("%s: %w", method, retryAfter(time.Duration(max(r.Parameters.RetryAfter, 1))*time.Second))
		}
		return nil, fmt.Errorf("%s: %d %s", method, r.ErrorCode, r.Description)
	}
	if a.OnSuccess != nil {
		a.OnSuccess()
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
