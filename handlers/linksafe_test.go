package handlers_test

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// storedService answers from articles as they are stored, without lint: the
// content a database kept from before a rule was tightened.
func storedService(t *testing.T, arts ...knowledge.Article) (*handlers.Service, func(text string) []outbox.Action) {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "helpdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)
	svc := handlers.New(handlers.Deps{Chats: db, Knowledge: knowledge.NewBase(arts), Outbox: db, Apps: db, Cases: db,
		Admin: db, Now: func() time.Time { return now }})
	var upd int64
	ask := func(text string) []outbox.Action {
		t.Helper()
		upd++
		now = now.Add(time.Minute)
		res, err := svc.Handle(ctx, handlers.Request{UpdateID: upd, Text: text,
			Chat: handlers.Chat{ID: 5001, Type: handlers.ChatPrivate}, From: handlers.User{ID: 5001, FirstName: "Sari"}})
		if err != nil {
			t.Fatalf("handle %q: %v", text, err)
		}
		if err := db.WriteRecords(ctx, res.Records); err != nil {
			t.Fatal(err)
		}
		return res.Actions
	}
	return svc, ask
}

var reHref = regexp.MustCompile(`<a href="([^"]*)"`)

func TestStoredArticleLinksAreCheckedAgainWhenRendered(t *testing.T) {
	art := knowledge.Article{ID: "vaksin-kemenkes", Title: "Sertifikat Vaksin Kemenkes", Category: "kesehatan",
		Keywords: []string{"sertifikat vaksin", "vaksin"}, Questions: []string{"cara unduh sertifikat vaksin"},
		Source: "https://kemenkes.go.id'@evil.ru/login",
		Body: "Unduh sertifikat di [portal resmi kemenkes.go.id](https://kemenkes.go.id'@evil.ru/login).\n" +
			"- Aplikasi: [buka](tg://resolve?domain=vaksinbot), [klik](javascript:alert(1)), [IP](https://103.10.10.10/x)\n" +
			"- Atau ketik https://kemenkes.go.id'@evil.ru/login di peramban, atau buka vaksin-resmi.ru\n" +
			"- Resmi: [SatuSehat](https://satusehat.kemkes.go.id/sertifikat) dan https://www.kemkes.go.id"}
	_, ask := storedService(t, art)
	acts := ask("cara unduh sertifikat vaksin")
	text := said(acts)
	if !strings.Contains(text, "Sertifikat Vaksin Kemenkes") {
		t.Fatalf("reply=%q, want the article", text)
	}
	for _, m := range reHref.FindAllStringSubmatch(text, -1) {
		if m[1] != "https://satusehat.kemkes.go.id/sertifikat" {
			t.Errorf("clickable link %q in the reply, want only the allowed one", m[1])
		}
	}
	for _, bad := range []string{"evil.ru", "tg://", "javascript:", "103.10.10.10", "vaksin-resmi.ru"} {
		if strings.Contains(text, bad) {
			t.Errorf("reply carries %q where Telegram can link it:\n%s", bad, text)
		}
	}
	if !strings.Contains(text, "portal resmi kemenkes.go.id") || !strings.Contains(text, "https://www.kemkes.go.id") {
		t.Errorf("reply lost the link label or the allowed address:\n%s", text)
	}
}

func runeLen(s string) int { return len([]rune(s)) }

func TestHugeStoredArticleIsCappedWithASourceLine(t *testing.T) {
	var body strings.Builder
	for body.Len() < 256<<10 {
		body.WriteString("## Langkah berikutnya\nSiapkan **berkas asli** dan fotokopi, lalu datang ke kantor kecamatan pada jam layanan.\n\n")
	}
	art := knowledge.Article{ID: "panduan-panjang", Title: "Panduan Lengkap Perizinan", Category: "perizinan",
		Keywords: []string{"panduan perizinan"}, Questions: []string{"panduan lengkap perizinan"},
		Source: "https://oss.go.id/panduan", Body: body.String()}
	svc, ask := storedService(t, art)
	first := ask("panduan lengkap perizinan")
	if len(first) != 1 || runeLen(first[0].Text) > 1000 {
		t.Fatalf("the first answer to a %d KB article is %d messages, the first of %d characters; want one screen",
			body.Len()>>10, len(first), runeLen(first[0].Text))
	}
	// The whole article, asked for with its button, is capped.
	res, err := svc.Handle(context.Background(), handlers.Request{UpdateID: 99, Chat: handlers.Chat{ID: 5001, Type: handlers.ChatPrivate},
		From: handlers.User{ID: 5001, FirstName: "Sari"}, Callback: &handlers.Callback{ID: "cb1", Data: "p:all:panduan-panjang"}})
	if err != nil {
		t.Fatal(err)
	}
	acts := res.Actions
	var sends []outbox.Action
	for _, a := range acts {
		if a.Kind == outbox.Send {
			sends = append(sends, a)
		}
	}
	if len(sends) == 0 || len(sends) > 4 {
		t.Fatalf("a %d KB article went out as %d messages, want 1 to 4", body.Len()>>10, len(sends))
	}
	last := sends[len(sends)-1]
	if !strings.Contains(last.Text, `<a href="https://oss.go.id/panduan">`) || !strings.Contains(last.Text, "Selengkapnya") {
		t.Fatalf("last message=%q, want it to say the text was cut and point to the source", last.Text)
	}
	if len(last.Buttons) == 0 {
		t.Fatal("the answer buttons are missing under the last message")
	}
	for _, s := range sends {
		if n := len([]rune(s.Text)); n > 4096 {
			t.Fatalf("message of %d characters, over Telegram's limit", n)
		}
		if strings.Count(s.Text, "<b>") != strings.Count(s.Text, "</b>") {
			t.Fatalf("unbalanced bold tags in %q", s.Text)
		}
	}
}
