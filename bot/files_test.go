package bot

import (
	"context"
	"testing"

	tg "github.com/go-telegram/bot"

	"github.com/layananwarga/helpdesk/telegramtest"
)

func TestTelegramFilesFetch(t *testing.T) {
	fake := telegramtest.New(t)
	api, err := tg.New(telegramtest.Token, tg.WithServerURL(fake.URL), tg.WithSkipGetMe())
	if err != nil {
		t.Fatal(err)
	}
	content := []byte("---\nid: a\ntitle: A\n---\nisi\n")
	fake.AddFile("doc1", content)
	f := &TelegramFiles{API: api}
	ctx := context.Background()

	got, err := f.Fetch(ctx, "doc1", 1024)
	if err != nil || string(got) != string(content) {
		t.Fatalf("fetch=%q err=%v, want the file", got, err)
	}
	if _, err := f.Fetch(ctx, "doc1", 10); err == nil {
		t.Fatalf("fetch over the limit succeeded")
	}
	if _, err := f.Fetch(ctx, "missing", 1024); err == nil {
		t.Fatalf("fetch of a missing file succeeded")
	}
	if calls := fake.Calls("getFile"); len(calls) != 3 || calls[0].Params["file_id"] != "doc1" {
		t.Fatalf("getFile calls=%+v, want 3 with the file id", calls)
	}
}
