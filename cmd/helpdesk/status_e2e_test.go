package main

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/telegramtest"
)

const (
	stGroup    int64 = -100900900
	stAPIToken       = "status-token"
)

var (
	stCitizen  = telegramtest.User{ID: 7001, FirstName: "Budi", Language: "id"}
	stStranger = telegramtest.User{ID: 7002, FirstName: "Joko", Language: "id"}
	stOfficer  = telegramtest.User{ID: 7101, FirstName: "Rina"}
)

// statusBot runs the bot on a database that already holds APP-1 (code
// 123456) and APP-2, with the officers' group, the HTTP API and /metrics.
func statusBot(t *testing.T) (*testBot, *telegramtest.Server, string) {
	t.Helper()
	tg := telegramtest.New(t)
	tg.SetMember(stGroup, stOfficer.ID, "member")
	dsn := testDSN(t)
	csv := writeCSV(t, "tracking_no,status,service,applicant_name,verify_code\n"+
		"APP-1,diterima,KTP-el,Budi Santoso,123456\nAPP-2,verifikasi,Akta kelahiran,Siti Aminah,654321\n")
	if code, out, errOut := runAppsCmd(t, dsn, "import", csv); code != 0 {
		t.Fatalf("seed import: exit %d %s %s", code, out, errOut)
	}
	addr := freeAddr(t)
	b := startBot(t, tg, withDB(dsn, map[string]string{"AGENT_CHAT_ID": strconv.FormatInt(stGroup, 10),
		"HTTP_ADDR": addr, "STATUS_API_TOKEN": stAPIToken}), nil)
	return b, tg, "http://" + addr
}

// say sends a citizen's message and waits for the reply containing want.
func say(t *testing.T, tg *telegramtest.Server, u telegramtest.User, text, want string) telegramtest.Call {
	t.Helper()
	n := len(tg.Sent(u.ID))
	tg.PrivateMessage(u, text, nil)
	return waitSent(t, tg, u.ID, n, want)
}

// notices are the status-change messages a chat received.
func notices(tg *telegramtest.Server, chat int64) []string {
	var out []string
	for _, c := range tg.Sent(chat) {
		if strings.Contains(c.Text(), "Kabar terbaru permohonan") {
			out = append(out, c.Text())
		}
	}
	return out
}

// settle waits until nothing is left to send and one more notification run
// has passed, so that a duplicate would have shown up.
func settle(t *testing.T, tg *telegramtest.Server, dsn string) {
	t.Helper()
	db, err := openDSN(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tg.Wait(15*time.Second, "an empty outbox", func() bool {
		n, err := db.OutboxDepth(context.Background())
		return err == nil && n == 0
	})
	waitJobRun(t, tg, dsn, handlers.JobStatusNotify)
	waitQuiet(t, tg, dsn)
}

func putStatus(t *testing.T, base, token, no, body string) int {
	t.Helper()
	auth := ""
	if token != "" {
		auth = "Bearer " + token
	}
	code, _ := httpDo(t, http.MethodPut, base+"/api/applications/"+no, map[string]string{"Authorization": auth}, body)
	return code
}

// followAPP1 checks APP-1 with the right code and follows it.
func followAPP1(t *testing.T, tg *telegramtest.Server, u telegramtest.User) {
	t.Helper()
	say(t, tg, u, "/status APP-1", "kode verifikasi")
	n := len(tg.Sent(u.ID))
	card := say(t, tg, u, "123456", "B*** S***")
	_, data, ok := findButton(tg, u.ID, n, "st:sub:")
	if !ok || data != "st:sub:APP-1" {
		t.Fatalf("card %q has no follow button", card.Text())
	}
	n = len(tg.Sent(u.ID))
	tg.Press(u.ID, u, messageID(card), data)
	waitSent(t, tg, u.ID, n, "Siap, Kak")
}

func TestServeStatusWrongCodeRightCodeAndEveryChangeNotifiesOnce(t *testing.T) {
	b, tg, base := statusBot(t)

	// A wrong code and an unknown number: the same reply, nothing revealed,
	// and the message with the code deleted.
	say(t, tg, stCitizen, "/status APP-1", "kode verifikasi")
	tg.PrivateMessage(stCitizen, "000000", nil)
	wrong := waitSent(t, tg, stCitizen.ID, 1, "tidak cocok")
	say(t, tg, stCitizen, "/status NOPE-404", "kode verifikasi")
	unknown := say(t, tg, stCitizen, "000000", "tidak cocok")
	if wrong.Text() != unknown.Text() {
		t.Fatalf("wrong code said %q, unknown number %q", wrong.Text(), unknown.Text())
	}
	for _, leak := range []string{"Budi", "B***", "Diterima", "KTP-el"} {
		if strings.Contains(wrong.Text(), leak) {
			t.Fatalf("wrong-code reply reveals %q: %q", leak, wrong.Text())
		}
	}
	tg.Wait(10*time.Second, "the code messages deleted", func() bool {
		n := 0
		for _, c := range tg.Calls("deleteMessage") {
			if c.ChatID() == stCitizen.ID {
				n++
			}
		}
		return n >= 2
	})

	// The right code shows the card; the citizen follows APP-1.
	followAPP1(t, tg, stCitizen)
	// A forged follow button for APP-2 is refused.
	tg.Press(stCitizen.ID, stCitizen, 1, "st:sub:APP-2")
	waitCall(t, tg, "answerCallbackQuery", "the forged press refused", func(c telegramtest.Call) bool {
		return strings.Contains(c.Params["text"], "/status")
	})

	// 1. An officer's /setstatus in the group.
	n := len(tg.Sent(stGroup))
	tg.GroupMessage(stGroup, 0, stOfficer, "/setstatus APP-1 verifikasi", nil)
	waitSent(t, tg, stGroup, n, "sekarang <b>Verifikasi</b>")
	tg.Wait(15*time.Second, "the officer's change announced", func() bool { return len(notices(tg, stCitizen.ID)) == 1 })

	// 2. A CSV import by another process while the bot runs, run twice.
	csv := writeCSV(t, "tracking_no;status;note\nAPP-1;perlu perbaikan;Foto KK buram\n")
	for i := 0; i < 2; i++ {
		if code, out, errOut := runAppsCmd(t, b.DSN, "import", csv); code != 0 {
			t.Fatalf("import: exit %d %s %s", code, out, errOut)
		}
	}
	tg.Wait(15*time.Second, "the import's change announced", func() bool { return len(notices(tg, stCitizen.ID)) == 2 })

	// 3. The HTTP API (401 without the token).
	if code := putStatus(t, base, "", "APP-1", `{"status":"selesai"}`); code != http.StatusUnauthorized {
		t.Fatalf("API without token: %d, want 401", code)
	}
	if code := putStatus(t, base, stAPIToken, "APP-1", `{"status":"siap diambil","note":"Loket 3"}`); code != http.StatusOK {
		t.Fatalf("API: %d, want 200", code)
	}
	tg.Wait(15*time.Second, "the API's change announced", func() bool { return len(notices(tg, stCitizen.ID)) == 3 })

	settle(t, tg, b.DSN)
	got := notices(tg, stCitizen.ID)
	if len(got) != 3 || !strings.Contains(got[0], "Verifikasi") || !strings.Contains(got[1], "Foto KK buram") || !strings.Contains(got[2], "Loket 3") {
		t.Fatalf("notices=%q, want exactly one per change, in order", got)
	}
	if len(notices(tg, stStranger.ID)) != 0 {
		t.Fatal("a chat that follows nothing was notified")
	}
	if log := b.Log.String(); strings.Contains(log, "APP-1") || strings.Contains(log, "123456") {
		t.Fatalf("the log mentions a tracking number or a code:\n%s", log)
	}
}

func TestServeStatusLockoutLocksTheGuesserNotTheOwner(t *testing.T) {
	_, tg, base := statusBot(t)
	say(t, tg, stStranger, "/status APP-1", "kode verifikasi")
	for i := 0; i < 5; i++ {
		want := "tidak cocok"
		if i == 4 {
			want = "terlalu banyak kode yang salah"
		}
		say(t, tg, stStranger, "99999"+strconv.Itoa(i), want)
	}
	// The stranger is locked out, even with the right code...
	say(t, tg, stStranger, "/status APP-1", "kode verifikasi")
	if got := say(t, tg, stStranger, "123456", "terlalu banyak"); strings.Contains(got.Text(), "B***") {
		t.Fatalf("locked chat got the card: %q", got.Text())
	}
	// ...but the applicant is not: the stranger's guesses lock out only
	// the stranger (tracking numbers are sequential, so anyone can try one).
	say(t, tg, stCitizen, "/status APP-1", "kode verifikasi")
	say(t, tg, stCitizen, "123456", "B*** S***")
	res, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), "helpdesk_status_lockouts_total 1") {
		t.Fatalf("/metrics lacks the lockout:\n%s", body)
	}
}

func TestServeStatusChangeWhileStoppedNotifiesOnceAfterRestart(t *testing.T) {
	b, tg, _ := statusBot(t)
	followAPP1(t, tg, stCitizen)
	if code := b.stop(t); code != 0 {
		t.Fatalf("stop: exit %d", code)
	}
	// The change lands while the bot is down.
	csv := writeCSV(t, "tracking_no,status\nAPP-1,diproses\n")
	if code, out, errOut := runAppsCmd(t, b.DSN, "import", csv); code != 0 {
		t.Fatalf("import: exit %d %s %s", code, out, errOut)
	}
	b.start(t, nil)
	tg.Wait(20*time.Second, "the change announced after the restart", func() bool { return len(notices(tg, stCitizen.ID)) >= 1 })
	// Restart once more: nothing is announced again.
	if code := b.stop(t); code != 0 {
		t.Fatalf("second stop: exit %d", code)
	}
	b.start(t, nil)
	settle(t, tg, b.DSN)
	if got := notices(tg, stCitizen.ID); len(got) != 1 || !strings.Contains(got[0], "Diproses") {
		t.Fatalf("notices=%q, want exactly one", got)
	}
}
