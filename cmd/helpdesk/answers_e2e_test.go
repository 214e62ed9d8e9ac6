package main

import (
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// lastWithButton returns the last message to chat carrying a button whose
// callback data starts with prefix, and that button's data.
func lastWithButton(tg *telegramtest.Server, chat int64, prefix string) (telegramtest.Call, string, bool) {
	sent := tg.Sent(chat)
	for i := len(sent) - 1; i >= 0; i-- {
		for _, b := range sent[i].Buttons() {
			if strings.HasPrefix(b.CallbackData, prefix) {
				return sent[i], b.CallbackData, true
			}
		}
	}
	return telegramtest.Call{}, "", false
}

func TestServeAnswersFollowUpsButtonsAndNoAnswers(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 3030, FirstName: "Rina"}
	count := func() int { return len(tg.Sent(u.ID)) }

	tg.PrivateMessage(u, "syarat bikin ktp baru apa aja", nil)
	tg.Wait(10*time.Second, "the KTP answer", func() bool { return count() == 1 })
	if got := tg.Sent(u.ID)[0].Text(); !strings.Contains(got, "KTP-el Baru") {
		t.Fatalf("answer=%q, want the new KTP-el article", got)
	}

	// A follow-up right after resolves against the previous answer.
	tg.PrivateMessage(u, "kalau hilang gimana?", nil)
	tg.Wait(10*time.Second, "the follow-up answer", func() bool { return count() == 2 })
	if got := tg.Sent(u.ID)[1].Text(); !strings.Contains(got, "Hilang") || !strings.Contains(got, "KTP") {
		t.Fatalf("follow-up answer=%q, want the lost KTP-el article", got)
	}

	// A vote is stored and acknowledged.
	msg, data, ok := lastWithButton(tg, u.ID, "fb:1:")
	if !ok {
		t.Fatalf("no 👍 button under the answer")
	}
	tg.Press(u.ID, u, messageID(msg), data)
	tg.Wait(10*time.Second, "the vote acknowledged", func() bool { return len(tg.Calls("answerCallbackQuery")) >= 1 })
	if got := tg.Calls("answerCallbackQuery")[0].Params["text"]; !strings.Contains(got, "Terima kasih") {
		t.Fatalf("vote acknowledgement=%q, want thanks", got)
	}

	// The /start menu leads through a category to an article.
	tg.PrivateMessage(u, "/start", nil)
	tg.Wait(10*time.Second, "the welcome", func() bool { return count() == 3 })
	msg, data, ok = lastWithButton(tg, u.ID, "cat:kependudukan")
	if !ok {
		t.Fatalf("welcome has no kependudukan category: %+v", tg.Sent(u.ID)[2].Buttons())
	}
	tg.Press(u.ID, u, messageID(msg), data)
	tg.Wait(10*time.Second, "the category list", func() bool { return count() == 4 })
	msg, data, ok = lastWithButton(tg, u.ID, "a:")
	if !ok {
		t.Fatalf("category list has no article buttons")
	}
	tg.Press(u.ID, u, messageID(msg), data)
	tg.Wait(10*time.Second, "the article from the menu", func() bool { return count() == 5 })
	if got := tg.Sent(u.ID)[4].Text(); !strings.Contains(got, "Sumber") {
		t.Fatalf("article from the menu=%q, want a sourced answer", got)
	}

	// Not covered: an honest no-answer offering an officer.
	tg.PrivateMessage(u, "cara mengurus izin praktik dokter gigi", nil)
	tg.Wait(10*time.Second, "the no-answer", func() bool { return count() == 6 })
	no := tg.Sent(u.ID)[5]
	if !strings.Contains(no.Text(), "belum") || strings.Contains(no.Text(), "Sumber") {
		t.Fatalf("no-answer=%q, want an honest no-answer", no.Text())
	}
	hasHuman := false
	for _, b := range no.Buttons() {
		hasHuman = hasHuman || b.CallbackData == "case:new"
	}
	if !hasHuman {
		t.Fatalf("no-answer buttons=%+v, want an offer of an officer", no.Buttons())
	}
}

func TestServeSplitsLongAnswersOnParagraphs(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, map[string]string{"KNOWLEDGE_DIR": "testdata/longkb"}, nil)
	u := telegramtest.User{ID: 3131, FirstName: "Joko"}
	tg.PrivateMessage(u, "cara urus izin keramaian buat hajatan", nil)
	tg.Wait(10*time.Second, "the first answer", func() bool { return len(tg.Sent(u.ID)) == 1 })
	if n := len([]rune(tg.Sent(u.ID)[0].Text())); n > 1000 {
		t.Fatalf("the first answer has %d characters, want one screen (<= 1000)", n)
	}
	msg, data, ok := lastWithButton(tg, u.ID, "p:all:")
	if !ok {
		t.Fatalf("no button for the whole article: %+v", tg.Sent(u.ID)[0].Buttons())
	}
	tg.Press(u.ID, u, messageID(msg), data)
	tg.Wait(10*time.Second, "a split answer with its buttons", func() bool {
		s := tg.Sent(u.ID)
		return len(s) >= 3 && len(s[len(s)-1].Buttons()) > 0
	})
	parts := tg.Sent(u.ID)[1:]
	for i, p := range parts {
		if n := len([]rune(p.Text())); n > 4096 {
			t.Fatalf("part %d has %d characters, over 4096", i, n)
		}
		if strings.Count(p.Text(), "<b>") != strings.Count(p.Text(), "</b>") {
			t.Fatalf("part %d cuts a tag: %q", i, p.Text())
		}
	}
	last := parts[len(parts)-1]
	if !strings.Contains(last.Text(), "Izin Keramaian") || len(last.Buttons()) == 0 {
		t.Fatalf("last part should name the source and carry the buttons: %q %+v", last.Text(), last.Buttons())
	}
	if len(parts[0].Buttons()) != 0 {
		t.Fatalf("buttons on the first part, want them under the last")
	}
}

func TestServeStartsWithAKnowledgeFolderHoldingABadArticle(t *testing.T) {
	tg := telegramtest.New(t)
	b := startBot(t, tg, map[string]string{"KNOWLEDGE_DIR": "testdata/mixedkb"}, nil)
	u := telegramtest.User{ID: 3232, FirstName: "Ani"}
	tg.PrivateMessage(u, "syarat pindah sekolah anak apa aja", nil)
	tg.Wait(10*time.Second, "an answer from the good article", func() bool { return len(tg.Sent(u.ID)) == 1 })
	if got := tg.Sent(u.ID)[0].Text(); !strings.Contains(got, "Surat Pindah Sekolah") {
		t.Fatalf("answer=%q, want the good article", got)
	}
	if log := b.Log.String(); !strings.Contains(log, "promo-slot.md") || !strings.Contains(log, "refused") {
		t.Fatalf("log does not name the refused file:\n%s", log)
	}
	tg.PrivateMessage(u, "info bansos slot gacor", nil)
	tg.Wait(10*time.Second, "a reply", func() bool { return len(tg.Sent(u.ID)) == 2 })
	if got := tg.Sent(u.ID)[1].Text(); strings.Contains(got, "gacor") || strings.Contains(got, "Sumber") {
		t.Fatalf("the refused article reached a citizen: %q", got)
	}
}
