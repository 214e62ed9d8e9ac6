package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/storage/pgtest"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// BenchmarkBackends compares the storage engines under the same burst (the
// limits off): SQLite, PostgreSQL with one process, and PostgreSQL with two
// processes serving one bot. The PostgreSQL runs need
// HELPDESK_TEST_DATABASE_URL:
//
//	HELPDESK_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable \
//	  go test ./cmd/helpdesk -run '^$' -bench Backends -benchtime 1x
func BenchmarkBackends(b *testing.B) {
	const chats, perChat = 300, 10
	b.Run("sqlite/1-process", func(b *testing.B) { benchBackend(b, false, 1, chats, perChat) })
	b.Run("postgres/1-process", func(b *testing.B) { benchBackend(b, true, 1, chats, perChat) })
	b.Run("postgres/2-processes", func(b *testing.B) { benchBackend(b, true, 2, chats, perChat) })
}

// benchBackend puts chats*perChat updates on the fake at once and runs
// procs binaries on one database; it reports throughput and the latency
// from injection to reply (see report).
func benchBackend(b *testing.B, postgres bool, procs, chats, perChat int) {
	if postgres && pgtest.Server() == "" {
		b.Skip("set " + pgtest.EnvVar)
	}
	total := chats * perChat
	bin := buildBinary(b)
	for i := 0; i < b.N; i++ {
		fake := telegramtest.New(b)
		dir := b.TempDir()
		env := append(os.Environ(), "TELEGRAM_BOT_TOKEN="+telegramtest.Token, "TELEGRAM_API_URL="+fake.URL,
			"LOG_LEVEL=error", "TELEGRAM_RATE_LIMITS=off")
		if postgres {
			env = append(env, "DATABASE_URL="+pgtest.NewDatabase(b), "STATUS_CODE_KEY="+e2eCodeKey)
		} else {
			env = append(env, "DB_PATH="+filepath.Join(dir, "helpdesk.db"))
		}
		sent := inject(fake, chats, perChat)
		var cmds []*exec.Cmd
		for range procs {
			cmd := exec.Command(bin, "serve")
			cmd.Env, cmd.Dir, cmd.Stdout, cmd.Stderr = env, dir, io.Discard, os.Stderr
			if err := cmd.Start(); err != nil {
				b.Fatal(err)
			}
			cmds = append(cmds, cmd)
		}
		fake.Wait(10*time.Minute, "every update answered", func() bool { return answered(fake) >= total })
		for i, cmd := range cmds {
			cmd.Process.Signal(os.Interrupt)
			if err := cmd.Wait(); err != nil {
				b.Fatalf("process %d of %d: %v (it must serve until stopped)", i+1, procs, err)
			}
		}
		report(b, fake, sent, total)
	}
}
