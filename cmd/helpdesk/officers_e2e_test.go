package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// caseState reads case id's state from the bot's database.
func caseState(t *testing.T, b *testBot, id int64) helpdesk.Case {
	t.Helper()
	db, err := openDSN(context.Background(), b.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.FindCase(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestServeOfficerCheckFailsClosed: while getChatMember fails, neither a
// stranger nor an officer can close a case, press its buttons or set a
// status; each is told to try again. Once it works, the officer can.
func TestServeOfficerCheckFailsClosed(t *testing.T) {
	b, tg := startHandoffBot(t, nil)
	thread, sum := openCaseE2E(t, tg, citizen, "kk hilang")
	var sm struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(sum.Result, &sm)
	tg.Fail("getChatMember", officersGroup, 1000, 500, 0)
	tg.GroupMessage(officersGroup, thread, stranger, "/setstatus APP-1 selesai", nil)
	tg.Press(officersGroup, stranger, sm.ID, "case:close:1")
	tg.GroupMessage(officersGroup, thread, officerAndi, "/tutup", nil)
	tg.Wait(15*time.Second, "two notes and an alert", func() bool {
		notes := 0
		for _, c := range tg.Sent(officersGroup) {
			if strings.Contains(c.Text(), "Coba lagi") {
				notes++
			}
		}
		acks := 0
		for _, c := range tg.Calls("answerCallbackQuery") {
			if strings.Contains(c.Params["text"], "Coba lagi") {
				acks++
			}
		}
		return notes == 2 && acks == 1
	})
	if c := caseState(t, b, 1); c.State == helpdesk.CaseClosed {
		t.Fatal("the case was closed while membership could not be checked")
	}
	tg.ClearFailures()
	tg.GroupMessage(officersGroup, thread, officerAndi, "/tutup", nil)
	waitCall(t, tg, "sendMessage", "the rating question", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Beri nilai")
	})
}

// TestServeGroupSenderChatIsNoOfficer: a message on behalf of the group
// itself, with no sender or with Telegram's anonymous-admin placeholder,
// neither reaches the citizen nor closes the case; the anonymous admin is
// asked to turn anonymity off. A forwarded "/tutup" is no command.
func TestServeGroupSenderChatIsNoOfficer(t *testing.T) {
	b, tg := startHandoffBot(t, nil)
	thread, _ := openCaseE2E(t, tg, citizen, "kk hilang")
	groupMsg := func(text string, from map[string]any, extra map[string]any) {
		msg := map[string]any{"message_id": nextMsgID(), "date": time.Now().Unix(), "text": text,
			"chat":              map[string]any{"id": officersGroup, "type": "supergroup", "title": "Petugas", "is_forum": true},
			"sender_chat":       map[string]any{"id": officersGroup, "type": "supergroup", "title": "Petugas"},
			"message_thread_id": thread, "is_topic_message": true}
		if strings.HasPrefix(text, "/") {
			msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len(strings.Fields(text)[0])}}
		}
		if from != nil {
			msg["from"] = from
		}
		for k, v := range extra {
			msg[k] = v
		}
		tg.AddUpdate(map[string]any{"message": msg})
	}
	groupMsg("/tutup", nil, nil)
	groupMsg("halo dari grup", nil, nil)
	anon := map[string]any{"id": 1087968824, "is_bot": true, "first_name": "Group", "username": "GroupAnonymousBot"}
	groupMsg("/tutup", anon, nil)
	tg.GroupMessage(officersGroup, thread, officerAndi, "/tutup", map[string]any{
		"forward_origin": map[string]any{"type": "user", "date": time.Now().Unix(), "sender_user": map[string]any{"id": 1, "is_bot": false, "first_name": "X"}}})
	tg.GroupMessage(officersGroup, thread, officerAndi, "/antrian", nil)
	waitCall(t, tg, "sendMessage", "the queue after the others", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "Antrian kasus terbuka")
	})
	anonNotes := 0
	for _, c := range tg.Sent(officersGroup) {
		if strings.Contains(c.Text(), "Tetap Anonim") {
			anonNotes++
		}
	}
	if anonNotes != 3 {
		t.Fatalf("%d notes to anonymous admins, want 3 (two /tutup and the message in the case)", anonNotes)
	}
	if c := caseState(t, b, 1); c.State == helpdesk.CaseClosed {
		t.Fatal("the case was closed by the group's own sender or a forwarded /tutup")
	}
	for _, c := range tg.Sent(citizen.ID) {
		if strings.Contains(c.Text(), "halo dari grup") || strings.Contains(c.Text(), "Beri nilai") {
			t.Fatalf("citizen got %q", c.Text())
		}
	}
}

// TestServeForgedPriorityButton: a citizen pressing a case:new:p button the
// bot never offered gets an ordinary case.
func TestServeForgedPriorityButton(t *testing.T) {
	_, tg := startHandoffBot(t, nil)
	tg.Press(citizen.ID, citizen, 1, "case:new:p")
	topic := waitCall(t, tg, "createForumTopic", "the topic", func(telegramtest.Call) bool { return true })
	if strings.Contains(topic.Params["name"], "🔴") {
		t.Fatalf("forged priority gave topic %q", topic.Params["name"])
	}
}
