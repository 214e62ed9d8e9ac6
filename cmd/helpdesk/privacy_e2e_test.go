package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// The personal data a citizen leaves in the erasure test; each must be gone
// from every file of the database afterwards.
var erasable = []string{"3174051203900007", "081234567890", "siti.rahma@contoh.id", "Rahmawati", "sitirahma77"}

var citizenSiti = telegramtest.User{ID: 5151, FirstName: "Siti Rahmawati", Username: "sitirahma77", Language: "id"}

// TestServeEraseLeavesNoByteOfTheCitizen: a citizen leaves a NIK, a phone
// number and an e-mail in a question, rates the answer, talks to an officer
// (who quotes the phone number), rates the case with a comment, then erases
// their data. No byte of those values, their name or username may remain in
// the database file, the WAL or the journal (on PostgreSQL: in any row, see
// leftIn); the summary in the officers' group is edited to a redacted text.
func TestServeEraseLeavesNoByteOfTheCitizen(t *testing.T) {
	b, tg := startHandoffBot(t, nil)
	u := citizenSiti
	tg.PrivateMessage(u, "ktp saya hilang, NIK saya 3174051203900007, hp 081234567890, email siti.rahma@contoh.id", nil)
	answer := waitCall(t, tg, "sendMessage", "an answer", func(c telegramtest.Call) bool { return c.ChatID() == u.ID })
	var am struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(answer.Result, &am)
	for _, btn := range answer.Buttons() {
		if strings.HasPrefix(btn.CallbackData, "fb:0:") {
			tg.Press(u.ID, u, am.ID, btn.CallbackData)
		}
	}
	tg.PrivateMessage(u, "/petugas", nil)
	topic := waitCall(t, tg, "createForumTopic", "the case's topic", func(telegramtest.Call) bool { return true })
	var tr struct {
		Thread int `json:"message_thread_id"`
	}
	json.Unmarshal(topic.Result, &tr)
	sum := waitCall(t, tg, "sendMessage", "the summary", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "Kasus #1")
	})
	if !strings.Contains(sum.Text(), "3174051203900007") {
		t.Fatalf("summary lacks the question:\n%s", sum.Text())
	}
	var sm struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(sum.Result, &sm)
	tg.PrivateMessage(u, "nomor saya 081234567890 ya pak, NIK 3174051203900007", nil)
	waitCall(t, tg, "sendMessage", "the relayed message", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "nomor saya 081234567890")
	})
	tg.Press(officersGroup, officerAndi, sm.ID, "case:claim:1")
	tg.GroupMessage(officersGroup, tr.Thread, officerAndi, "Baik Kak, kami hubungi di 081234567890", nil)
	tg.Wait(10*time.Second, "the officer's answer", func() bool { return len(copiesTo(tg, u.ID)) == 1 })
	tg.GroupMessage(officersGroup, tr.Thread, officerAndi, "/tutup", nil)
	rate := waitCall(t, tg, "sendMessage", "the rating question", func(c telegramtest.Call) bool {
		return c.ChatID() == u.ID && strings.Contains(c.Text(), "Beri nilai")
	})
	var rm struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(rate.Result, &rm)
	tg.Press(u.ID, u, rm.ID, "rate:1:4")
	waitCall(t, tg, "sendMessage", "the thanks", func(c telegramtest.Call) bool {
		return c.ChatID() == u.ID && strings.Contains(c.Text(), "Terima kasih atas nilainya")
	})
	tg.PrivateMessage(u, "tolong kabari ke siti.rahma@contoh.id", nil)
	waitCall(t, tg, "sendMessage", "the comment noted", func(c telegramtest.Call) bool {
		return c.ChatID() == u.ID && strings.Contains(c.Text(), "Masukan Kakak sudah kami catat")
	})
	if left := leftIn(t, b.DSN, erasable); len(left) == 0 {
		t.Fatal("the database holds none of the values before the erasure: the test cannot fail")
	}

	tg.PrivateMessage(u, "/hapusdata", nil)
	ask := waitCall(t, tg, "sendMessage", "the erasure question", func(c telegramtest.Call) bool {
		return c.ChatID() == u.ID && strings.Contains(c.Text(), "yakin")
	})
	var askm struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(ask.Result, &askm)
	tg.Press(u.ID, u, askm.ID, "case:erase")
	done := waitCall(t, tg, "editMessageText", "the erasure confirmed", func(c telegramtest.Call) bool {
		return c.ChatID() == u.ID && strings.Contains(c.Text(), "sudah kami hapus")
	})
	if !strings.Contains(done.Text(), "Telegram") {
		t.Fatalf("confirmation %q does not say what stays in Telegram", done.Text())
	}
	redacted := waitCall(t, tg, "editMessageText", "the summary redacted", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && c.Params["message_id"] == jsonInt(sm.ID) && strings.Contains(c.Text(), "dihapus")
	})
	if strings.Contains(redacted.Text(), "Rahmawati") || !strings.Contains(redacted.Text(), "#1") {
		t.Fatalf("summary edited to %q", redacted.Text())
	}
	// The erasure's own update and replies are written after it; the WAL is
	// emptied by the erasure and what follows holds none of the values.
	deadline := time.Now().Add(10 * time.Second)
	for left := leftIn(t, b.DSN, erasable); len(left) > 0; left = leftIn(t, b.DSN, erasable) {
		if time.Now().After(deadline) {
			t.Fatalf("after the erasure, still in the files: %v", left)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code := b.stop(t); code != 0 {
		t.Fatalf("stop exited %d", code)
	}
	if left := leftIn(t, b.DSN, erasable); len(left) > 0 {
		t.Fatalf("after stopping, still in the files: %v", left)
	}
	if n := countRows(t, b.DSN, `SELECT COUNT(*) FROM updates WHERE chat_id = ? OR `+payloadText(b.DSN, "payload")+` LIKE '%"id":5151%'`, u.ID); n != 0 {
		t.Fatalf("%d stored updates still name the citizen (the erase press's own included)", n)
	}
	if n := countRows(t, b.DSN, `SELECT COUNT(*) FROM audit_log WHERE actor LIKE '%5151%' OR detail LIKE '%5151%'`); n != 0 {
		t.Fatalf("%d audit entries name the citizen", n)
	}
	db, err := openDSN(context.Background(), b.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.FindCase(context.Background(), 1)
	if err != nil || c.CitizenChat != 0 || c.Rating != 4 {
		t.Fatalf("case=%+v err=%v, want anonymised with its rating", c, err)
	}
}

func jsonInt(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestServeEraseDeletesTopicWhenTheOfficeSaysSo: with ERASE_DELETES_TOPIC the
// case's topic is deleted in the officers' group instead of redacted.
func TestServeEraseDeletesTopicWhenTheOfficeSaysSo(t *testing.T) {
	_, tg := startHandoffBot(t, map[string]string{"ERASE_DELETES_TOPIC": "true"})
	thread, _ := openCaseE2E(t, tg, citizen, "kk hilang")
	tg.GroupMessage(officersGroup, thread, officerAndi, "/tutup", nil)
	waitCall(t, tg, "sendMessage", "the rating question", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Beri nilai")
	})
	tg.PrivateMessage(citizen, "/hapusdata", nil)
	ask := waitCall(t, tg, "sendMessage", "the erasure question", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "yakin")
	})
	var m struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(ask.Result, &m)
	tg.Press(citizen.ID, citizen, m.ID, "case:erase")
	waitCall(t, tg, "deleteForumTopic", "the topic deleted", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && c.ThreadID() == thread
	})
	done := waitCall(t, tg, "editMessageText", "the erasure confirmed", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "sudah kami hapus")
	})
	if !strings.Contains(done.Text(), "grup petugas juga sudah kami hapus") {
		t.Fatalf("confirmation %q does not say the topic is gone", done.Text())
	}
}

// TestServeRefusedAdminLogsNoUserID: a citizen trying an admin command is
// logged at WARN without their user or chat id.
func TestServeRefusedAdminLogsNoUserID(t *testing.T) {
	tg := telegramtest.New(t)
	b := startBot(t, tg, map[string]string{"ADMIN_USER_IDS": "9009"}, nil)
	tg.PrivateMessage(citizenSiti, "/kb", nil)
	tg.Wait(10*time.Second, "the refusal", func() bool { return len(tg.Sent(citizenSiti.ID)) == 1 })
	tg.Wait(5*time.Second, "the log line", func() bool { return strings.Contains(b.Log.String(), "admin action refused") })
	if log := b.Log.String(); strings.Contains(log, "5151") {
		t.Fatalf("log names the citizen:\n%s", log)
	}
}

// TestServeMyDataListsCheckedNumbers: /datasaya names the tracking numbers
// the chat checked, even one it never got the code right for.
func TestServeMyDataListsCheckedNumbers(t *testing.T) {
	_, tg := startHandoffBot(t, nil)
	tg.PrivateMessage(citizenSiti, "/status REG-2026-000042", nil)
	tg.Wait(10*time.Second, "the code question", func() bool { return len(tg.Sent(citizenSiti.ID)) == 1 })
	tg.PrivateMessage(citizenSiti, "778899", nil)
	tg.Wait(10*time.Second, "the answer to the code", func() bool { return len(tg.Sent(citizenSiti.ID)) == 2 })
	tg.PrivateMessage(citizenSiti, "/datasaya", nil)
	tg.Wait(10*time.Second, "the data list", func() bool { return len(tg.Sent(citizenSiti.ID)) == 3 })
	if got := tg.Sent(citizenSiti.ID)[2].Text(); !strings.Contains(got, "REG-2026-000042") {
		t.Fatalf("/datasaya=%q, want the checked number", got)
	}
}
