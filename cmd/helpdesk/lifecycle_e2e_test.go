package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

func TestChatAnswersOnStdinWithoutConfiguration(t *testing.T) {
	dir, vars := t.TempDir(), withDB(testDSN(t), nil)
	var out, errOut bytes.Buffer
	e := &Env{Stdin: strings.NewReader("halo\nsyarat bikin kk baru setelah nikah\n#1\n"), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return vars[k] },
		DotEnv: filepath.Join(dir, "none.env")}
	if code := run(context.Background(), nil, e); code != 0 {
		t.Fatalf("helpdesk exited %d; stderr:\n%s", code, errOut.String())
	}
	if !strings.Contains(errOut.String(), "TELEGRAM_BOT_TOKEN") {
		t.Fatalf("stderr=%q, want one line on how to connect Telegram", errOut.String())
	}
	got := out.String()
	// "#1" presses the first button under the answer: the first other part.
	for _, want := range []string{"Halo", "Kartu Keluarga", "Sumber:", "[#1 📋 Syarat]", "👍", "· Persyaratan"} {
		if !strings.Contains(got, want) {
			t.Fatalf("chat output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "<b>") {
		t.Fatalf("chat output shows HTML tags:\n%s", got)
	}
}

func TestHealthzAndMetrics(t *testing.T) {
	tg := telegramtest.New(t)
	addr := freeAddr(t)
	startBot(t, tg, map[string]string{"HTTP_ADDR": addr}, nil)
	tg.PrivateMessage(citizen, "halo", nil)
	tg.Wait(10*time.Second, "a reply", func() bool { return len(tg.Sent(citizen.ID)) == 1 })

	code, raw := httpDo(t, http.MethodGet, "http://"+addr+"/healthz", nil, "")
	var health map[string]any
	json.Unmarshal(raw, &health)
	if code != 200 || health["database"] != "ok" || health["telegram_last_ok_seconds"] == nil || health["leading"] != true {
		t.Fatalf("healthz: HTTP %d %v, want 200 with the database ok, the age of the last Bot API success, and leading", code, health)
	}
	_, body := httpDo(t, http.MethodGet, "http://"+addr+"/metrics", nil, "")
	for _, want := range []string{"helpdesk_updates_received_total 1", `helpdesk_updates_handled_total{result="ok"} 1`,
		"helpdesk_handler_seconds_count 1", "helpdesk_outbox_depth", "helpdesk_telegram_429_total", "helpdesk_status_lockouts_total", "helpdesk_handoffs_total"} {
		if !strings.Contains(string(body), want) {
			t.Fatalf("/metrics lacks %q:\n%s", want, body)
		}
	}
}

// TestSIGTERMStopsWithinTenSecondsAndFlushes sends SIGTERM in the middle of a
// burst: the process exits cleanly within the budget, and whatever it did
// not answer is answered by the next start, once.
func TestSIGTERMStopsWithinTenSecondsAndFlushes(t *testing.T) {
	bin := buildBinary(t)
	tg := telegramtest.New(t)
	dir, dsn := t.TempDir(), testDSN(t)
	env := environ(withDB(dsn, map[string]string{"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tg.URL,
		"LOG_LEVEL": "info"}))
	const chats, perChat = 20, 3
	for i := 0; i < perChat; i++ {
		for c := 0; c < chats; c++ {
			tg.PrivateMessage(telegramtest.User{ID: int64(7000 + c), FirstName: "Warga"}, "syarat skck", nil)
		}
	}
	var log syncBuffer
	cmd := exec.Command(bin, "serve")
	cmd.Env, cmd.Dir, cmd.Stdout, cmd.Stderr = env, dir, io.Discard, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tg.Wait(20*time.Second, "the first replies", func() bool { return len(tg.Calls("sendMessage")) >= 5 })
	start := time.Now()
	cmd.Process.Signal(os.Interrupt)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGINT: %v\n%s", err, log.String())
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("stopping took %s, want at most 10s", d)
	}
	if !strings.Contains(log.String(), "stopped") {
		t.Fatalf("log lacks the clean stop:\n%s", log.String())
	}
	if strings.Contains(log.String(), "syarat skck") {
		t.Fatalf("message text in the info log:\n%s", log.String())
	}
	cmd = exec.Command(bin, "serve")
	cmd.Env, cmd.Dir, cmd.Stdout, cmd.Stderr = env, dir, io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	total := func() int {
		n := 0
		for c := 0; c < chats; c++ {
			n += len(tg.Sent(int64(7000 + c)))
		}
		return n
	}
	tg.Wait(60*time.Second, "every update answered after the restart", func() bool { return total() >= chats*perChat })
	waitQuiet(t, tg, dsn)
	if n := total(); n != chats*perChat {
		t.Fatalf("%d replies, want exactly %d", n, chats*perChat)
	}
}
