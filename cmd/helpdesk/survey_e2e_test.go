package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// waitEdit waits for the bot to edit a message in chat into a text
// containing want, and returns that call.
func waitEdit(t *testing.T, tg *telegramtest.Server, chat int64, want string) telegramtest.Call {
	t.Helper()
	return waitCall(t, tg, "editMessageText", fmt.Sprintf("an edit in %d containing %q", chat, want), func(c telegramtest.Call) bool {
		return c.ChatID() == chat && strings.Contains(c.Text(), want)
	})
}

// startSurveyE2E sends /survei, picks the service and returns the id of the
// message that carries the questions.
func startSurveyE2E(t *testing.T, tg *telegramtest.Server, u telegramtest.User, service string) int {
	t.Helper()
	after := len(tg.Sent(u.ID))
	tg.PrivateMessage(u, "/survei", nil)
	intro := waitSent(t, tg, u.ID, after, "Layanan apa")
	id := messageID(intro)
	tg.Press(u.ID, u, id, "skm:s:"+service)
	return id
}

// answerE2E presses the answers of elements from..8 on message id, then
// skips the profile (or answers its gender only), and waits for the thanks.
func answerE2E(t *testing.T, tg *telegramtest.Server, u telegramtest.User, id, from int, answers [9]int, gender string) {
	t.Helper()
	for i := from; i < len(answers); i++ {
		tg.Press(u.ID, u, id, fmt.Sprintf("skm:a:%d:%d", i, answers[i]))
	}
	if gender != "" {
		tg.Press(u.ID, u, id, "skm:p:0:"+gender)
		tg.Press(u.ID, u, id, "skm:p:1:*")
	} else {
		tg.Press(u.ID, u, id, "skm:p:0:*")
	}
	waitEdit(t, tg, u.ID, "tanpa nama")
}

// reportSKMJSON runs `helpdesk report skm --json` on the bot's database.
func reportSKMJSON(t *testing.T, dsn string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	vars := withDB(dsn, nil)
	e := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return vars[k] }, DotEnv: filepath.Join(t.TempDir(), "none.env")}
	if code := run(context.Background(), append([]string{"report", "skm", "--json"}, args...), e); code != 0 {
		t.Fatalf("report skm exited %d: %s", code, errb.String())
	}
	return strings.TrimSpace(out.String())
}

func TestServeSurveyTwoCitizensThenReport(t *testing.T) {
	tg := telegramtest.New(t)
	b := startBot(t, tg, nil, nil)
	budi := telegramtest.User{ID: 7001, FirstName: "Budi", Language: "id"}
	sari := telegramtest.User{ID: 7002, FirstName: "Sari", Language: "id"}

	id := startSurveyE2E(t, tg, budi, "kependudukan")
	q := waitEdit(t, tg, budi.ID, "pertanyaan 1 dari 9")
	if bs := q.Buttons(); len(bs) != 5 || bs[0].Text != "1 Tidak sesuai" || bs[3].Text != "4 Sangat sesuai" {
		t.Fatalf("first question's buttons=%+v", bs)
	}
	answerE2E(t, tg, budi, id, 0, [9]int{4, 4, 3, 3, 4, 3, 4, 2, 3}, "L")

	// Sari leaves after two answers, asks a question, and resumes.
	id = startSurveyE2E(t, tg, sari, "kependudukan")
	tg.Press(sari.ID, sari, id, "skm:a:0:3")
	tg.Press(sari.ID, sari, id, "skm:a:1:3")
	waitEdit(t, tg, sari.ID, "pertanyaan 3 dari 9")
	after := len(tg.Sent(sari.ID))
	tg.PrivateMessage(sari, "syarat bikin ktp baru apa aja min", nil)
	waitSent(t, tg, sari.ID, after, "Sumber")
	after = len(tg.Sent(sari.ID))
	tg.PrivateMessage(sari, "/survei", nil)
	offer := waitSent(t, tg, sari.ID, after, "belum selesai")
	if !strings.Contains(offer.Text(), "2 dari 9") {
		t.Fatalf("resume offer=%q", offer.Text())
	}
	after = len(tg.Sent(sari.ID))
	tg.Press(sari.ID, sari, messageID(offer), "skm:resume")
	resumed := waitSent(t, tg, sari.ID, after, "pertanyaan 3 dari 9")
	answerE2E(t, tg, sari, messageID(resumed), 2, [9]int{3, 3, 3, 2, 3, 3, 4, 2, 2}, "")

	want := `{"respondents":2,"elements":[3.5,3.5,3,2.5,3.5,3,4,2,2.5],"ikm":76.39,"grade":"C"}`
	if got := reportSKMJSON(t, b.DSN); got != want {
		t.Fatalf("report skm --json\n got  %s\n want %s", got, want)
	}
	today := time.Now().In(jakartaTZ(t)).Format("2006-01-02")
	if got := reportSKMJSON(t, b.DSN, "--from", today, "--to", today, "--service", "kependudukan"); got != want {
		t.Fatalf("report skm --json for today and the service\n got  %s\n want %s", got, want)
	}

	// Budi cannot answer about the same service again within 30 days.
	startSurveyE2E(t, tg, budi, "kependudukan")
	waitEdit(t, tg, budi.ID, "30 hari terakhir")
	if got := reportSKMJSON(t, b.DSN); got != want {
		t.Fatalf("a refused second answer changed the report: %s", got)
	}
}

func jakartaTZ(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestServeSurveyInvitationAfterCaseClosed(t *testing.T) {
	b, tg := startHandoffBot(t, nil)
	thread, _ := openCaseE2E(t, tg, citizen, "ktp hilang gimana")
	tg.GroupMessage(officersGroup, thread, officerAndi, "/tutup", nil)
	closed := waitCall(t, tg, "sendMessage", "the rating question", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Beri nilai")
	})
	after := len(tg.Sent(citizen.ID))
	tg.Press(citizen.ID, citizen, messageID(closed), "rate:1:5")
	inv := waitSent(t, tg, citizen.ID, after, "Survei Kepuasan Masyarakat")
	var data string
	for _, bt := range inv.Buttons() {
		if strings.HasPrefix(bt.CallbackData, "skm:go:") {
			data = bt.CallbackData
		}
	}
	if data != "skm:go:kependudukan" || !strings.Contains(inv.Text(), "Kependudukan") {
		t.Fatalf("invitation=%q buttons=%+v, want one about Kependudukan", inv.Text(), inv.Buttons())
	}
	tg.Press(citizen.ID, citizen, messageID(inv), data)
	waitEdit(t, tg, citizen.ID, "pertanyaan 1 dari 9")
	answerE2E(t, tg, citizen, messageID(inv), 0, [9]int{4, 4, 4, 4, 4, 4, 4, 4, 4}, "")
	if got := reportSKMJSON(t, b.DSN, "--service", "kependudukan"); got != `{"respondents":1,"elements":[4,4,4,4,4,4,4,4,4],"ikm":100.00,"grade":"A"}` {
		t.Fatalf("report after the invited survey: %s", got)
	}

	// A second case closed within 30 days brings no second invitation.
	tg.PrivateMessage(citizen, "/petugas", nil)
	topic := waitCall(t, tg, "createForumTopic", "the second topic", func(c telegramtest.Call) bool {
		return strings.HasPrefix(c.Params["name"], "#2")
	})
	var res struct {
		Thread int `json:"message_thread_id"`
	}
	json.Unmarshal(topic.Result, &res)
	// The case knows its topic once the summary is posted in it.
	waitCall(t, tg, "sendMessage", "the second summary", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && c.ThreadID() == res.Thread && strings.Contains(c.Text(), "Kasus #2")
	})
	tg.GroupMessage(officersGroup, res.Thread, officerAndi, "/tutup", nil)
	closed = waitCall(t, tg, "sendMessage", "the second rating question", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Beri nilai") && strings.Contains(c.Text(), "#2")
	})
	after = len(tg.Sent(citizen.ID))
	tg.Press(citizen.ID, citizen, messageID(closed), "rate:2:4")
	waitSent(t, tg, citizen.ID, after, "Terima kasih atas nilainya")
	// The invitation would follow the thanks in the same reply; a
	// message the citizen sends after is answered only after it.
	tg.PrivateMessage(citizen, "/help", nil)
	waitSent(t, tg, citizen.ID, after, "Cara memakai")
	for _, c := range tg.Sent(citizen.ID)[after:] {
		for _, bt := range c.Buttons() {
			if strings.HasPrefix(bt.CallbackData, "skm:go:") {
				t.Fatalf("invited twice within 30 days: %q", c.Text())
			}
		}
	}
}
