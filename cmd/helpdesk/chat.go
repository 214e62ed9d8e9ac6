package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk/bot"
	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/internal/terminal"
	"github.com/layananwarga/helpdesk/storage"
)

// chatID is the terminal citizen's chat; positive like a private chat.
const chatID = 1

// runChat lets a person talk to the bot as a citizen in the terminal. Each
// line becomes a Telegram update (terminalUpdate), read by the same decoder
// and taking the same path as a message from Telegram.
func runChat(ctx context.Context, args []string, env *Env) int {
	cfg, err := env.Config()
	if err != nil {
		fmt.Fprintln(env.Stderr, "configuration:", err)
		return 2
	}
	log := env.Logger(cfg)
	if cfg.LogLevel == "info" {
		// Keep the conversation readable; warnings and errors still show.
		cfg.LogLevel = "warn"
		log = env.Logger(cfg)
	}
	a, err := newApp(ctx, env, cfg, log, nil)
	if err != nil {
		fmt.Fprintln(env.Stderr, "start:", err)
		return 1
	}
	defer a.Close()
	term := &terminal.Terminal{W: env.Stdout}
	send := pipeline.NoLimits
	send.PollEvery = 50 * time.Millisecond
	p := pipeline.New(a.db, a.svc, term, bot.Decode, a.metrics, log, pipeline.Options{Sender: send})
	if err := p.Start(ctx); err != nil {
		fmt.Fprintln(env.Stderr, "start:", err)
		return 1
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		p.Stop(stopCtx)
	}()
	if err := p.WaitIdle(ctx); err != nil {
		return 1
	}

	name := os.Getenv("USER")
	if name == "" || name == "root" {
		name = "Warga"
	}
	if env.Interactive {
		fmt.Fprintln(env.Stdout, "Layanan Warga — ketik pertanyaan lalu Enter; #N menekan tombol nomor N; Ctrl-D untuk keluar.")
	}
	next := time.Now().UnixMilli() // update ids unique across runs
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for {
		if env.Interactive {
			fmt.Fprint(env.Stdout, "\nanda> ")
		}
		if !sc.Scan() {
			break
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		next++
		raw, err := terminalUpdate(next, line, name, term)
		if err != nil {
			fmt.Fprintln(env.Stdout, err)
			continue
		}
		if err := p.Intake.Accept(ctx, storage.Update{UpdateID: next, ChatID: chatID, Payload: raw}); err != nil {
			fmt.Fprintln(env.Stderr, "error:", err)
			continue
		}
		if err := p.WaitIdle(ctx); err != nil {
			return 1
		}
	}
	if env.Interactive {
		fmt.Fprintln(env.Stdout)
	}
	return 0
}

// terminalUpdate builds the Telegram update a line stands for: a message, or
// a button press for "#N".
func terminalUpdate(id int64, line, name string, term *terminal.Terminal) ([]byte, error) {
	chat := map[string]any{"id": chatID, "type": "private", "first_name": name}
	from := map[string]any{"id": chatID, "is_bot": false, "first_name": name, "language_code": "id"}
	if strings.HasPrefix(line, "#") {
		if n, err := strconv.Atoi(line[1:]); err == nil {
			b, ok := term.Button(n)
			if !ok || b.Data == "" {
				return nil, fmt.Errorf("(tidak ada tombol #%d)", n)
			}
			return json.Marshal(map[string]any{"update_id": id, "callback_query": map[string]any{
				"id": strconv.FormatInt(id, 10), "from": from, "data": b.Data, "chat_instance": "terminal",
				"message": map[string]any{"message_id": 1, "date": time.Now().Unix(), "chat": chat},
			}})
		}
	}
	return json.Marshal(map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id, "date": time.Now().Unix(), "chat": chat, "from": from, "text": line,
	}})
}
