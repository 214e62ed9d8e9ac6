package main

import (
	"context"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// The allowlist bypass and gambling evasions of issue 13, through the fake
// Bot API: an admin's upload is refused naming the line, and an article a
// database already holds is sent with its bad link made unclickable.
func TestServeRefusesDisguisedLinksAndGambling(t *testing.T) {
	dsn := testDSN(t)
	db, err := openDSN(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	stored := knowledge.Article{ID: "vaksin", Title: "Sertifikat Vaksin", Category: "kesehatan",
		Keywords: []string{"sertifikat vaksin"}, Questions: []string{"cara unduh sertifikat vaksin"},
		Body: "Unduh di [portal resmi kemenkes.go.id](https://kemenkes.go.id'@evil.ru/login) atau [SatuSehat](https://satusehat.kemkes.go.id)."}
	if _, err := db.SaveArticle(context.Background(), stored, "import"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	tg := telegramtest.New(t)
	startBot(t, tg, withDB(dsn, map[string]string{"ADMIN_USER_IDS": kbAdminIDs}), nil)

	tg.PrivateMessage(citizen, "cara unduh sertifikat vaksin", nil)
	got := waitSent(t, tg, citizen.ID, 0, "Sertifikat Vaksin")
	if strings.Contains(got.Text(), "evil.ru") || !strings.Contains(got.Text(), `<a href="https://satusehat.kemkes.go.id">`) ||
		!strings.Contains(got.Text(), "portal resmi kemenkes.go.id") {
		t.Fatalf("answer=%q, want the disguised link as plain text and the official one linked", got.Text())
	}

	for i, body := range []string{
		"Unduh di [portal resmi kemenkes.go.id](https://kemenkes.go.id'@evil.ru/login)",
		"Info: [bot](tg://resolve?domain=bansos)",
		"Main t0gelhk dan slotgacor88 di hoki-maxwin.ru",
		"Situs ｇａｃｏｒ hari ini",
	} {
		n := len(tg.Sent(kbAdmin.ID))
		adminUpload(tg, kbAdmin, "doc"+string(rune('a'+i)), "bad.md", "---\nid: bad\ntitle: Info\n---\n"+body+"\n")
		refusal := waitSent(t, tg, kbAdmin.ID, n, "tidak diterbitkan")
		if !strings.Contains(refusal.Text(), "baris 5:") {
			t.Fatalf("upload of %q: refusal=%q, want line 5 named", body, refusal.Text())
		}
	}

	n := len(tg.Sent(citizen.ID))
	tg.PrivateMessage(citizen, "ｓｌｏｔ ｇａｃｏｒ88 link dong", nil)
	spam := waitSent(t, tg, citizen.ID, n, "layanan publik")
	if strings.Contains(spam.Text(), "<a ") {
		t.Fatalf("reply to spam=%q", spam.Text())
	}
}
