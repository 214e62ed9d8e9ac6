package bot

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	tg "github.com/go-telegram/bot"

	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// The transport's errors tell the sender what to do (outbox.RateLimited).
func TestTelegramTransportClassifiesErrors(t *testing.T) {
	fake := telegramtest.New(t)
	api, err := tg.New(telegramtest.Token, tg.WithServerURL(fake.URL), tg.WithSkipGetMe())
	if err != nil {
		t.Fatal(err)
	}
	tr := &TelegramTransport{API: api}
	ctx := context.Background()
	send := func(chat int64, thread int) error {
		_, err := tr.Do(ctx, outbox.Action{Kind: outbox.Send, ChatID: chat, ThreadID: thread, Text: "halo"})
		return err
	}
	fake.Fail("sendMessage", 1, 1, 429, 3)
	var limited *outbox.RateLimited
	if err := send(1, 0); !errors.As(err, &limited) || limited.Wait != 3*time.Second {
		t.Fatalf("429: err=%v, want RateLimited for 3s", err)
	}
	fake.Fail("sendMessage", 2, 1, 403, 0)
	if err := send(2, 0); !errors.Is(err, outbox.ErrForbidden) {
		t.Fatalf("403: err=%v, want ErrForbidden", err)
	}
	fake.DeleteTopic(-100, 5)
	if err := send(-100, 5); !errors.Is(err, outbox.ErrThreadGone) {
		t.Fatalf("deleted topic: err=%v, want ErrThreadGone", err)
	}
	fake.Fail("sendMessage", 3, 1, 500, 0)
	if err := send(3, 0); err == nil || permanent(err) || errors.As(err, &limited) || errors.Is(err, outbox.ErrMarkup) {
		t.Fatalf("500: err=%v, want a transient error", err)
	}
	if err := send(4, 0); err != nil {
		t.Fatalf("send: %v", err)
	}
}

func TestSendErrorKnowsRefusedMarkup(t *testing.T) {
	err := fmt.Errorf("%w, %s", tg.ErrorBadRequest, "Bad Request: can't parse entities: Unsupported start tag \"foo\"")
	if got := sendError(err); !errors.Is(got, outbox.ErrMarkup) || permanent(got) {
		t.Fatalf("sendError=%v, want ErrMarkup", got)
	}
}
