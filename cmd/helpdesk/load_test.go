package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// loadQuestions are what the synthetic citizens ask.
var loadQuestions = []string{
	"syarat bikin ktp baru apa aja", "kk saya hilang gimana", "cara perpanjang sim", "halo min",
	"akta kelahiran anak syaratnya", "skck buat lamaran kerja", "bayar pajak motor tahunan",
	"terima kasih kak", "paspor baru bikin dimana", "bpjs kesehatan pindah faskes",
}

// BenchmarkLoad drives the built helpdesk binary through the fake Bot API over
// loopback (every update stored, every reply stored and sent), then a bare
// go-telegram/bot echo bot on the same fake, and reports updates/s, the
// latency from injection to reply, and the helpdesk's peak RSS.
//
//	go test ./cmd/helpdesk -run '^$' -bench Load -benchtime 1x
//
// The echo bot's line also reports the helpdesk's rate from the same run of
// the command as a share of its own (helpdesk-%). A shared machine's speed
// drifts from one run to the next, so run the command a few times and
// compare those shares rather than rates from different runs.
func BenchmarkLoad(b *testing.B) {
	var helpdesk float64
	b.Run("helpdesk/5000-updates-500-chats", func(b *testing.B) { helpdesk = benchHelpdesk(b, 500, 10) })
	b.Run("helpdesk/10000-chats", func(b *testing.B) { benchHelpdesk(b, 10000, 1) })
	b.Run("echo-bot/5000-updates-500-chats", func(b *testing.B) {
		if echo := benchEcho(b, 500, 10); helpdesk > 0 {
			b.ReportMetric(100*helpdesk/echo, "helpdesk-%")
		}
	})
}

// inject queues perChat updates for each of chats chats, interleaved.
func inject(fake *telegramtest.Server, chats, perChat int) map[int64][]time.Time {
	sent := map[int64][]time.Time{}
	for i := 0; i < perChat; i++ {
		for c := 0; c < chats; c++ {
			id := int64(100000 + c)
			fake.PrivateMessage(telegramtest.User{ID: id, FirstName: "Warga"}, loadQuestions[(c+i)%len(loadQuestions)], nil)
			sent[id] = append(sent[id], time.Now())
		}
	}
	return sent
}

// report pairs the k-th update of each chat with the k-th reply to it.
// Throughput counts from the bot's first getUpdates, so that process start
// (migrations, seeding the knowledge base) is not part of it; latency counts
// from injection. It returns the throughput.
func report(b *testing.B, fake *telegramtest.Server, sent map[int64][]time.Time, total int) float64 {
	start := fake.Calls("getUpdates")[0].At
	replies := map[int64][]time.Time{}
	var last time.Time
	for _, c := range fake.Calls("sendMessage") {
		if c.Result == nil {
			continue
		}
		replies[c.ChatID()] = append(replies[c.ChatID()], c.At)
	}
	var lat []time.Duration
	for chat, ins := range sent {
		reps := firstReplies(replies[chat], len(ins))
		for k, at := range ins {
			if k < len(reps) {
				lat = append(lat, reps[k].Sub(at))
				if reps[k].After(last) {
					last = reps[k]
				}
			}
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	rate := float64(total) / last.Sub(start).Seconds()
	b.ReportMetric(rate, "updates/s")
	b.ReportMetric(float64(lat[len(lat)*50/100].Milliseconds()), "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99-ms")
	return rate
}

// firstReplies keeps one reply per update: answers split in several
// messages count once, at their first message.
func firstReplies(all []time.Time, n int) []time.Time {
	if len(all) <= n {
		return all
	}
	step := len(all) / n
	out := make([]time.Time, 0, n)
	for i := 0; i < len(all) && len(out) < n; i += step {
		out = append(out, all[i])
	}
	return out
}

// benchHelpdesk returns the throughput of its last run.
func benchHelpdesk(b *testing.B, chats, perChat int) (rate float64) {
	total := chats * perChat
	for i := 0; i < b.N; i++ {
		fake := telegramtest.New(b)
		dir := b.TempDir()
		bin := buildBinary(b)
		sent := inject(fake, chats, perChat)
		cmd := exec.Command(bin, "serve")
		cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+telegramtest.Token, "TELEGRAM_API_URL="+fake.URL,
			"DB_PATH="+filepath.Join(dir, "helpdesk.db"), "LOG_LEVEL=error", "TELEGRAM_RATE_LIMITS=off")
		cmd.Dir, cmd.Stdout, cmd.Stderr = dir, io.Discard, os.Stderr
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		fake.Wait(5*time.Minute, "every update answered", func() bool { return answered(fake) >= total })
		rss := peakRSS(cmd.Process.Pid)
		switches := contextSwitches(cmd.Process.Pid)
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		rate = report(b, fake, sent, total)
		b.ReportMetric(float64(rss)/1024, "peak-RSS-MB")
		// CPU per update is steadier than wall-clock throughput on a shared
		// machine, where the fake server competes for the same cores.
		cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		b.ReportMetric(float64(cpu.Microseconds())/float64(total), "cpu-µs/update")
		b.ReportMetric(float64(switches)/float64(total), "ctxsw/update")
	}
	return rate
}

// answered counts the replies delivered so far (a split answer counts each
// part; good enough to know the run is over).
func answered(fake *telegramtest.Server) int { return fake.Delivered() }

// peakRSS reads a process's peak resident set size in KiB.
func peakRSS(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n
		}
	}
	return 0
}

// contextSwitches sums the context switches of a process's threads so far:
// each wake of a parked thread costs a system call, and more in a VM.
func contextSwitches(pid int) int {
	dirs, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	n := 0
	for _, d := range dirs {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/status", pid, d.Name()))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "voluntary_ctxt_switches:"); ok {
				k, _ := strconv.Atoi(strings.TrimSpace(v))
				n += k
			} else if v, ok := strings.CutPrefix(line, "nonvoluntary_ctxt_switches:"); ok {
				k, _ := strconv.Atoi(strings.TrimSpace(v))
				n += k
			}
		}
	}
	return n
}

// benchEcho returns the throughput of its last run.
func benchEcho(b *testing.B, chats, perChat int) (rate float64) {
	total := chats * perChat
	for i := 0; i < b.N; i++ {
		fake := telegramtest.New(b)
		sent := inject(fake, chats, perChat)
		ctx, cancel := context.WithCancel(context.Background())
		echo, err := tg.New(telegramtest.Token, tg.WithServerURL(fake.URL), tg.WithDefaultHandler(
			func(ctx context.Context, api *tg.Bot, u *models.Update) {
				if u.Message != nil {
					api.SendMessage(ctx, &tg.SendMessageParams{ChatID: u.Message.Chat.ID, Text: u.Message.Text})
				}
			}))
		if err != nil {
			b.Fatal(err)
		}
		go echo.Start(ctx)
		fake.Wait(5*time.Minute, "every update echoed", func() bool { return answered(fake) >= total })
		cancel()
		rate = report(b, fake, sent, total)
	}
	return rate
}
