package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/storage/pgtest"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// TestTwoProcessesOnePostgresOneKilled: two `helpdesk serve` processes on
// one PostgreSQL database take a burst from 300 chats; one is SIGKILLed
// midway and not restarted: the one that leads (it long-polls and sends),
// or the other one (it handles lanes). The process left takes over its
// work within seconds, and every chat gets exactly its replies.
func TestTwoProcessesOnePostgresOneKilled(t *testing.T) {
	if pgtest.Server() == "" {
		t.Skip("set " + pgtest.EnvVar + " to run the PostgreSQL end-to-end tests")
	}
	t.Run("the leader", func(t *testing.T) { twoProcessesOneKilled(t, true) })
	t.Run("the other", func(t *testing.T) { twoProcessesOneKilled(t, false) })
}

func twoProcessesOneKilled(t *testing.T, killLeader bool) {
	bin := buildBinary(t)
	tg := telegramtest.New(t)
	dir := t.TempDir()
	dbURL := pgtest.NewDatabase(t)
	env := append(os.Environ(), "TELEGRAM_BOT_TOKEN="+telegramtest.Token, "TELEGRAM_API_URL="+tg.URL,
		"DATABASE_URL="+dbURL, "STATUS_CODE_KEY="+e2eCodeKey, "LOG_LEVEL=info")
	start := func(log *syncBuffer) *exec.Cmd {
		cmd := exec.Command(bin, "serve")
		cmd.Env, cmd.Dir, cmd.Stdout, cmd.Stderr = env, dir, io.Discard, log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	logA, logB := &syncBuffer{}, &syncBuffer{}
	a := start(logA)
	tg.Wait(20*time.Second, "the first process to lead", func() bool { return strings.Contains(logA.String(), "leading") })
	b := start(logB)
	tg.Wait(20*time.Second, "the second process to start", func() bool { return strings.Contains(logB.String(), "bot started") })
	if !killLeader {
		// a leads and stays; b, which only handles lanes, is killed.
		a, b = b, a
		logA, logB = logB, logA
	}
	defer func() { a.Process.Kill(); a.Wait() }()
	defer func() { b.Process.Signal(os.Interrupt); b.Wait() }()

	const chats, perChat = 300, 2
	for i := 0; i < perChat; i++ {
		for c := 0; c < chats; c++ {
			tg.PrivateMessage(telegramtest.User{ID: int64(30000 + c), FirstName: "Warga"}, fmt.Sprintf("halo %d", i), nil)
		}
	}
	tg.Wait(60*time.Second, "some replies before the kill", func() bool { return len(tg.Calls("sendMessage")) >= 60 })
	// A reply the leader sent but had not recorded when it died would be
	// sent again by the next leader: the one duplicate no system can rule
	// out without Telegram's help. Sends fail from here until the kill, so
	// that none is in that state and the test measures the rest.
	// (The process that does not lead sends nothing.)
	if killLeader {
		tg.Fail("sendMessage", 0, 1_000_000, 500, 0)
		time.Sleep(time.Second) // sends answered before the failures began are recorded
	}
	a.Process.Kill()
	a.Wait()
	if killLeader {
		tg.WaitRequests(5 * time.Second)
		tg.ClearFailures()
	}
	killed := time.Now()

	tg.Wait(90*time.Second, "every chat's replies from the process left", func() bool {
		n := 0
		for c := 0; c < chats; c++ {
			n += len(tg.Sent(int64(30000 + c)))
		}
		return n >= chats*perChat
	})
	took := time.Since(killed)
	for deadline := time.Now().Add(30 * time.Second); tg.Pending() > 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d updates never confirmed", tg.Pending())
		}
	}
	// Quiet: nothing more may come.
	waitQuiet(t, tg, dbURL)
	for c := 0; c < chats; c++ {
		sent := tg.Sent(int64(30000 + c))
		if len(sent) != perChat {
			var texts []string
			for _, m := range sent {
				texts = append(texts, m.Text())
			}
			t.Fatalf("chat %d got %d replies, want exactly %d: %q\nA:\n%s\nB:\n%s", c, len(sent), perChat, texts, tail(logA.String()), tail(logB.String()))
		}
	}
	if !strings.Contains(logB.String(), "leading") {
		t.Fatalf("the process left does not lead:\n%s", tail(logB.String()))
	}
	t.Logf("after the kill, the rest of the %d replies took %s", chats*perChat, took.Round(time.Millisecond))
}

// tail is the end of a log, enough to see why a test failed.
func tail(s string) string {
	if len(s) > 4000 {
		return "…" + s[len(s)-4000:]
	}
	return s
}

// TestTwoProcessesShareWebhookUpdates: in webhook mode any process may
// receive an update, as behind a load balancer. Each chat's messages go to
// the two processes in turn; each is answered once, and in the order sent.
func TestTwoProcessesShareWebhookUpdates(t *testing.T) {
	if pgtest.Server() == "" {
		t.Skip("set " + pgtest.EnvVar + " to run the PostgreSQL end-to-end tests")
	}
	tg := telegramtest.New(t)
	url := pgtest.NewDatabase(t)
	vars := map[string]string{"DATABASE_URL": url, "STATUS_CODE_KEY": e2eCodeKey,
		"WEBHOOK_URL": "https://bot.example.go.id/tg/hook", "WEBHOOK_SECRET": "s3cret"}
	addrs := []string{freeAddr(t), freeAddr(t)}
	for _, addr := range addrs {
		v := map[string]string{"HTTP_ADDR": addr}
		for k, x := range vars {
			v[k] = x
		}
		startBot(t, tg, v, nil)
	}
	tg.Wait(20*time.Second, "both processes to set the webhook", func() bool { return len(tg.Calls("setWebhook")) == 2 })
	const chats, perChat = 50, 3
	questions := []string{"syarat bikin ktp baru", "kk hilang gimana", "cara perpanjang sim"}
	titles := []string{"Pembuatan KTP-el Baru", "Kartu Keluarga Hilang", "Perpanjangan SIM"}
	id := 1000
	for i := 0; i < perChat; i++ {
		for c := 0; c < chats; c++ {
			id++
			chat := 40000 + c
			body := fmt.Sprintf(`{"update_id": %d, "message": {"message_id": %d, "date": 1, "chat": {"id": %d, "type": "private"},
				"from": {"id": %d, "is_bot": false, "first_name": "Warga"}, "text": %q}}`, id, id, chat, chat, questions[i])
			addr := addrs[(c+i)%2]
			code, _ := httpDo(t, "POST", "http://"+addr+"/tg/hook", map[string]string{"X-Telegram-Bot-Api-Secret-Token": "s3cret"}, body)
			if code != 200 {
				t.Fatalf("webhook at %s: HTTP %d", addr, code)
			}
		}
	}
	tg.Wait(90*time.Second, "every message answered", func() bool {
		n := 0
		for c := 0; c < chats; c++ {
			n += len(tg.Sent(int64(40000 + c)))
		}
		return n >= chats*perChat
	})
	waitQuiet(t, tg, url)
	for c := 0; c < chats; c++ {
		sent := tg.Sent(int64(40000 + c))
		if len(sent) != perChat {
			t.Fatalf("chat %d got %d replies, want %d", c, len(sent), perChat)
		}
		for i, m := range sent {
			if !strings.Contains(m.Text(), titles[i]) {
				t.Fatalf("chat %d: reply %d is %.60q, want the answer on %q (in the order asked)", c, i+1, m.Text(), titles[i])
			}
		}
	}
	if n := len(tg.Calls("getUpdates")); n != 0 {
		t.Fatalf("webhook mode called getUpdates %d times", n)
	}
}
