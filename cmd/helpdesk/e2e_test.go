package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// syncBuffer is a bytes.Buffer safe for a running command and a test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// bot is the help desk running in-process against a fake Bot API.
type testBot struct {
	TG     *telegramtest.Server
	DSN    string // the database: a SQLite file or a PostgreSQL URL
	Vars   map[string]string
	Log    *syncBuffer
	cancel context.CancelFunc
	done   chan int
}

// startBot runs `helpdesk serve` in-process, as main would, against tg.
// vars override the environment; without a database in them (see withDB)
// the bot gets a fresh one (testDSN). The bot stops when the test ends.
func startBot(t *testing.T, tg *telegramtest.Server, vars map[string]string, opts *pipeline.Options) *testBot {
	t.Helper()
	env := map[string]string{
		"TELEGRAM_BOT_TOKEN": telegramtest.Token,
		"TELEGRAM_API_URL":   tg.URL,
		"LOG_LEVEL":          "warn",
	}
	if vars["DB_PATH"] == "" && vars["DATABASE_URL"] == "" {
		env = withDB(testDSN(t), env)
	}
	for k, v := range vars {
		env[k] = v
	}
	dsn := env["DATABASE_URL"]
	if dsn == "" {
		dsn = env["DB_PATH"]
	}
	b := &testBot{TG: tg, DSN: dsn, Vars: env, Log: &syncBuffer{}}
	b.start(t, opts)
	return b
}

func (b *testBot) start(t *testing.T, opts *pipeline.Options) {
	ctx, cancel := context.WithCancel(context.Background())
	b.cancel, b.done = cancel, make(chan int, 1)
	e := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: b.Log,
		Getenv: func(k string) string { return b.Vars[k] }, DotEnv: filepath.Join(t.TempDir(), "none.env"), Pipeline: opts}
	go func() { b.done <- run(ctx, []string{"serve"}, e) }()
	t.Cleanup(func() { b.stop(t) })
}

// stop shuts the bot down as SIGTERM would and returns its exit code.
func (b *testBot) stop(t *testing.T) int {
	if b.cancel == nil {
		return 0
	}
	b.cancel()
	b.cancel = nil
	select {
	case code := <-b.done:
		return code
	case <-time.After(15 * time.Second):
		t.Fatalf("bot did not stop within 15s; log:\n%s", b.Log.String())
	}
	return -1
}

var citizen = telegramtest.User{ID: 4242, FirstName: "Budi", Username: "budi", Language: "id"}

func TestServeAnswersAQuestionWithItsSource(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	tg.PrivateMessage(citizen, "syarat bikin ktp baru apa aja min", nil)
	tg.Wait(10*time.Second, "an answer", func() bool { return len(tg.Sent(citizen.ID)) >= 1 })
	got := tg.Sent(citizen.ID)[0]
	if !strings.Contains(got.Text(), "KTP") || !strings.Contains(got.Text(), "Sumber") {
		t.Fatalf("answer=%q, want a KTP article naming its source", got.Text())
	}
	if got.Params["parse_mode"] != "HTML" {
		t.Fatalf("parse_mode=%q, want HTML", got.Params["parse_mode"])
	}
}

func TestServeRefusesMissingToken(t *testing.T) {
	var stderr bytes.Buffer
	e := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr,
		Getenv: func(string) string { return "" }, DotEnv: filepath.Join(t.TempDir(), "none.env")}
	if code := run(context.Background(), []string{"serve"}, e); code == 0 {
		t.Fatalf("serve without a token exited 0")
	}
	if !strings.Contains(stderr.String(), "TELEGRAM_BOT_TOKEN") {
		t.Fatalf("stderr=%q, want it to name TELEGRAM_BOT_TOKEN", stderr.String())
	}
}

func TestServeRefusesBadConfigNamingTheVariable(t *testing.T) {
	var stderr bytes.Buffer
	vars := map[string]string{"TELEGRAM_BOT_TOKEN": telegramtest.Token, "AGENT_CHAT_ID": "abc"}
	e := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr,
		Getenv: func(k string) string { return vars[k] }, DotEnv: filepath.Join(t.TempDir(), "none.env")}
	if code := run(context.Background(), []string{"serve"}, e); code == 0 {
		t.Fatalf("serve with a bad AGENT_CHAT_ID exited 0")
	}
	if !strings.Contains(stderr.String(), `AGENT_CHAT_ID must be a negative chat id`) || !strings.Contains(stderr.String(), `"abc"`) {
		t.Fatalf("stderr=%q, want the variable, what is expected, and the value", stderr.String())
	}
}

func TestServeHonoursRetryAfterForThatChatOnly(t *testing.T) {
	tg := telegramtest.New(t)
	slow := telegramtest.User{ID: 501, FirstName: "Sari"}
	fast := telegramtest.User{ID: 502, FirstName: "Tono"}
	tg.Fail("sendMessage", slow.ID, 1, 429, 2)
	startBot(t, tg, nil, nil)
	start := time.Now()
	tg.PrivateMessage(slow, "halo", nil)
	tg.PrivateMessage(fast, "halo", nil)
	tg.Wait(10*time.Second, "both replies", func() bool {
		return len(tg.Sent(slow.ID)) == 1 && len(tg.Sent(fast.ID)) == 1
	})
	slowAt, fastAt := tg.Sent(slow.ID)[0].At, tg.Sent(fast.ID)[0].At
	if d := slowAt.Sub(start); d < 2*time.Second {
		t.Fatalf("rate-limited chat answered after %s, want at least retry_after=2s", d)
	}
	if !fastAt.Before(slowAt.Add(-time.Second)) {
		t.Fatalf("other chat answered at %s, after the limited one at %s: it was held up", fastAt.Sub(start), slowAt.Sub(start))
	}
}

func TestServeRetriesServerErrors(t *testing.T) {
	tg := telegramtest.New(t)
	tg.Fail("sendMessage", citizen.ID, 2, 500, 0)
	b := startBot(t, tg, nil, nil)
	tg.PrivateMessage(citizen, "terima kasih", nil)
	tg.Wait(15*time.Second, "the reply after two 500s", func() bool { return len(tg.Sent(citizen.ID)) == 1 })
	waitQuiet(t, tg, b.DSN)
	if n := len(tg.Calls("sendMessage")); n != 3 {
		t.Fatalf("sendMessage calls=%d, want 3 (two failures, one success)", n)
	}
	if n := len(tg.Sent(citizen.ID)); n != 1 {
		t.Fatalf("delivered %d replies, want exactly 1", n)
	}
}

func TestServeSkipsMalformedUpdates(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	tg.AddUpdate(map[string]any{"message": "not an object"})
	tg.AddUpdate(map[string]any{"edited_message": map[string]any{"message_id": 1}})
	tg.PrivateMessage(citizen, "halo", nil)
	tg.Wait(10*time.Second, "a reply after malformed updates", func() bool { return len(tg.Sent(citizen.ID)) == 1 })
	tg.Wait(5*time.Second, "every update confirmed", func() bool { return tg.Pending() == 0 || len(tg.Calls("getUpdates")) > 3 })
}

func TestServeRepliesToStickersAndLongMessages(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	tg.PrivateMessage(citizen, "", map[string]any{"sticker": map[string]any{"file_id": "s1", "file_unique_id": "s1", "type": "regular", "width": 1, "height": 1}})
	tg.Wait(10*time.Second, "a reply to a sticker", func() bool { return len(tg.Sent(citizen.ID)) == 1 })
	if got := tg.Sent(citizen.ID)[0].Text(); !strings.Contains(got, "stiker") || !strings.Contains(got, "/petugas") {
		t.Fatalf("sticker reply=%q, want it to say stickers can't be read and offer /petugas", got)
	}
	long := strings.Repeat("saya mau tanya soal dokumen kependudukan keluarga kami. ", 200) + "syarat bikin akta kelahiran anak apa saja?"
	tg.PrivateMessage(citizen, long, nil)
	tg.Wait(10*time.Second, "replies to a 10,000-character message", func() bool { return len(tg.Sent(citizen.ID)) >= 3 })
	for _, c := range tg.Sent(citizen.ID) {
		if n := len([]rune(c.Text())); n > 4096 {
			t.Fatalf("a message of %d characters, over Telegram's 4096", n)
		}
	}
}

func TestWebhookRefusesWrongSecretAndMalformedBodies(t *testing.T) {
	tg := telegramtest.New(t)
	addr := freeAddr(t)
	b := startBot(t, tg, map[string]string{"HTTP_ADDR": addr, "WEBHOOK_URL": "https://bot.example.go.id/tg/hook", "WEBHOOK_SECRET": "s3cret"}, nil)
	tg.Wait(10*time.Second, "setWebhook", func() bool { return len(tg.Calls("setWebhook")) == 1 })
	if got := tg.Calls("setWebhook")[0].Params["secret_token"]; got != "s3cret" {
		t.Fatalf("setWebhook secret_token=%q, want s3cret", got)
	}
	url := "http://" + addr + "/tg/hook"
	body := `{"update_id": 77, "message": {"message_id": 1, "date": 1, "chat": {"id": 4242, "type": "private"}, "from": {"id": 4242, "is_bot": false, "first_name": "Budi"}, "text": "halo"}}`
	post := func(secret, body string) int {
		code, _ := httpDo(t, http.MethodPost, url, map[string]string{"X-Telegram-Bot-Api-Secret-Token": secret}, body)
		return code
	}
	if code := post("wrong", body); code != http.StatusUnauthorized {
		t.Fatalf("wrong secret: HTTP %d, want 401", code)
	}
	if code := post("", body); code != http.StatusUnauthorized {
		t.Fatalf("missing secret: HTTP %d, want 401", code)
	}
	if code := post("s3cret", `{"update_id": "x"`); code != http.StatusBadRequest {
		t.Fatalf("malformed body: HTTP %d, want 400", code)
	}
	db, err := openDSN(context.Background(), b.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if counts, _ := db.UpdateCounts(context.Background()); len(counts) != 0 {
		t.Fatalf("stored updates %v after refused requests, want none", counts)
	}
	if code := post("s3cret", body); code != http.StatusOK {
		t.Fatalf("right secret: HTTP %d, want 200", code)
	}
	tg.Wait(10*time.Second, "the reply to the webhook update", func() bool { return len(tg.Sent(4242)) == 1 })
	if len(tg.Calls("getUpdates")) != 0 {
		t.Fatalf("webhook mode called getUpdates")
	}
}

// TestAbruptStopLosesNothingAndAnswersOnce kills the real binary with SIGKILL
// in the middle of a burst, then restarts it: every update is answered exactly
// once.
func TestAbruptStopLosesNothingAndAnswersOnce(t *testing.T) {
	bin := buildBinary(t)
	tg := telegramtest.New(t)
	dir, dsn := t.TempDir(), testDSN(t)
	env := environ(withDB(dsn, map[string]string{"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tg.URL,
		"LOG_LEVEL": "warn"}))
	// Nothing is delivered before the crash: every reply must come from
	// stored work after the restart, and none twice.
	tg.Fail("sendMessage", 0, 1_000_000, 500, 0)
	const chats, perChat = 10, 3
	for i := 0; i < perChat; i++ {
		for c := 0; c < chats; c++ {
			tg.PrivateMessage(telegramtest.User{ID: int64(9000 + c), FirstName: "Warga"}, fmt.Sprintf("halo %d", i), nil)
		}
	}
	var log1 syncBuffer
	cmd := exec.Command(bin, "serve")
	cmd.Env, cmd.Dir, cmd.Stdout, cmd.Stderr = env, dir, io.Discard, &log1
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once some updates are confirmed and some replies attempted.
	tg.Wait(20*time.Second, "the bot to take the burst", func() bool {
		return tg.Pending() < chats*perChat && len(tg.Calls("sendMessage")) >= 3
	})
	cmd.Process.Kill()
	cmd.Wait()
	// Requests the bot sent just before it died may still be answered; they
	// must fail too, or the fake would deliver a reply the bot never learnt
	// of (the one unavoidable duplicate, which this test does not measure).
	tg.WaitRequests(5 * time.Second)

	tg.ClearFailures()
	var log2 syncBuffer
	cmd = exec.Command(bin, "serve")
	cmd.Env, cmd.Dir, cmd.Stdout, cmd.Stderr = env, dir, io.Discard, &log2
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	tg.Wait(60*time.Second, "every update answered", func() bool {
		n := 0
		for c := 0; c < chats; c++ {
			n += len(tg.Sent(int64(9000 + c)))
		}
		return n >= chats*perChat
	})
	waitQuiet(t, tg, dsn)
	for c := 0; c < chats; c++ {
		if n := len(tg.Sent(int64(9000 + c))); n != perChat {
			var texts []string
			for _, m := range tg.Sent(int64(9000 + c)) {
				texts = append(texts, fmt.Sprintf("%s %q", m.At.Format("15:04:05.000"), m.Text()))
			}
			t.Fatalf("chat %d got %d replies, want exactly %d: %s\nfirst run log:\n%s\nsecond run log:\n%s", c, n, perChat, strings.Join(texts, "; "), log1.String(), log2.String())
		}
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildBinary builds helpdesk once per test run, the way a user would.
func buildBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "helpdesk-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "helpdesk")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// freeAddr returns a loopback address for the bot's HTTP listener.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// httpDo sends one request to the bot's listener, retrying while it starts,
// and returns the status and body. Empty header values are not sent.
func httpDo(t *testing.T, method, url string, header map[string]string, body string) (int, []byte) {
	t.Helper()
	var err error
	for i := 0; i < 100; i++ {
		req, _ := http.NewRequest(method, url, strings.NewReader(body))
		for k, v := range header {
			if v != "" {
				req.Header.Set(k, v)
			}
		}
		var resp *http.Response
		if resp, err = http.DefaultClient.Do(req); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			return resp.StatusCode, b
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal(err)
	return 0, nil
}
