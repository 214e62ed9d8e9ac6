package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/storage"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// loadQuestions are what the synthetic citizens ask.
var loadQuestions = []string{
	"syarat bikin ktp baru apa aja", "kk saya hilang gimana", "cara perpanjang sim", "halo min",
	"akta kelahiran anak syaratnya", "skck buat lamaran kerja", "bayar pajak motor tahunan",
	"terima kasih kak", "paspor baru bikin dimana", "bpjs kesehatan pindah faskes",
}

// firstLoadChat is the chat id of the first synthetic citizen.
const firstLoadChat = 100000

// BenchmarkLoad drives the built helpdesk binary through the fake Bot API
// over loopback, every update stored and every reply stored and sent. It
// never runs without -bench; the whole set takes about five minutes:
//
//	go test ./cmd/helpdesk -run '^$' -bench Load -benchtime 1x
//
// Scenarios with Telegram's limits (the bot's own limiter, and the fake
// answering 429 to any send over Telegram's limits) measure what a citizen
// feels: the time from an update to the first reply to it, at a sustained
// rate and while an announcement goes out. Scenarios with the limits off
// measure the headroom: throughput, and peak RSS with many known chats.
// The bare go-telegram/bot echo bot is the reference for the last line's
// helpdesk-% (reported, not a target).
//
// Each sub-benchmark runs once per b.N; select one with e.g.
// -bench 'Load/telegram-limits/sustained'.
func BenchmarkLoad(b *testing.B) {
	b.Run("telegram-limits/sustained-25-per-s-2000-chats-1m", func(b *testing.B) {
		benchPaced(b, "telegram", 2000, 25, time.Minute)
	})
	b.Run("telegram-limits/reply-during-announcement-10000", func(b *testing.B) {
		benchAnnouncement(b, 10000, 5, time.Minute)
	})
	b.Run("limits-off/sustained-300-per-s-2000-chats-20s", func(b *testing.B) {
		benchPaced(b, "off", 2000, 300, 20*time.Second)
	})
	var helpdesk float64
	b.Run("limits-off/5000-updates-500-chats", func(b *testing.B) { helpdesk = benchBurst(b, 500, 10) })
	b.Run("limits-off/100000-known-chats", func(b *testing.B) { benchKnownChats(b, 100000, 1000) })
	b.Run("limits-off/100000-updates-at-once", func(b *testing.B) { benchBurst(b, 100000, 1) })
	b.Run("echo-bot/5000-updates-500-chats", func(b *testing.B) {
		if echo := benchEcho(b, 500, 10); helpdesk > 0 {
			b.ReportMetric(100*helpdesk/echo, "helpdesk-%")
		}
	})
}

// loadBot is the helpdesk binary serving a fake Bot API.
type loadBot struct {
	fake   *telegramtest.Server
	cmd    *exec.Cmd
	dbPath string
}

// newLoadBot prepares a fake Bot API (enforcing Telegram's limits unless
// limits is "off") and a database path; start runs the binary.
func newLoadBot(b *testing.B, limits string) *loadBot {
	fake := telegramtest.New(b)
	if limits != "off" {
		fake.TelegramLimits()
	}
	return &loadBot{fake: fake, dbPath: filepath.Join(b.TempDir(), "helpdesk.db")}
}

// start runs the helpdesk binary with TELEGRAM_RATE_LIMITS=limits and the
// extra variables.
func (p *loadBot) start(b *testing.B, limits string, vars ...string) {
	bin := buildBinary(b)
	p.cmd = exec.Command(bin, "serve")
	p.cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+telegramtest.Token, "TELEGRAM_API_URL="+p.fake.URL,
		"DB_PATH="+p.dbPath, "LOG_LEVEL=error", "TELEGRAM_RATE_LIMITS="+limits)
	p.cmd.Env = append(p.cmd.Env, vars...)
	p.cmd.Dir, p.cmd.Stdout, p.cmd.Stderr = filepath.Dir(p.dbPath), io.Discard, os.Stderr
	if err := p.cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
}

// stop ends the binary as SIGINT would and reports its peak RSS, its CPU
// time and context switches per update, and the fake's 429s.
func (p *loadBot) stop(b *testing.B, updates int) {
	rss := peakRSS(p.cmd.Process.Pid)
	switches := contextSwitches(p.cmd.Process.Pid)
	p.cmd.Process.Signal(os.Interrupt)
	p.cmd.Wait()
	b.ReportMetric(float64(rss)/1024, "peak-RSS-MB")
	// CPU per update is steadier than wall-clock throughput on a shared
	// machine, where the fake server competes for the same cores.
	cpu := p.cmd.ProcessState.UserTime() + p.cmd.ProcessState.SystemTime()
	b.ReportMetric(float64(cpu.Microseconds())/float64(updates), "cpu-µs/update")
	b.ReportMetric(float64(switches)/float64(updates), "ctxsw/update")
	b.ReportMetric(float64(p.fake.Violations), "429s")
}

// injection is one update put on the fake Bot API.
type injection struct {
	chat int64
	at   time.Time
}

// pace injects perSecond updates a second for d, on a fixed schedule. Each
// comes from a chat picked at random among chats chats (ids from first)
// that have not written for quiet, so that the first message the bot sends
// to a chat after an update is the reply to that update as long as replies
// take less than quiet.
func pace(fake *telegramtest.Server, first int64, chats, perSecond int, d, quiet time.Duration) []injection {
	rng := rand.New(rand.NewPCG(uint64(chats), uint64(perSecond)))
	last := map[int64]time.Time{}
	n := int(d.Seconds() * float64(perSecond))
	every := time.Second / time.Duration(perSecond)
	out := make([]injection, 0, n)
	start := time.Now()
	for i := 0; i < n; i++ {
		time.Sleep(time.Until(start.Add(time.Duration(i) * every)))
		now := time.Now()
		chat := first + int64(rng.IntN(chats))
		for tries := 0; tries < 100 && !last[chat].IsZero() && now.Sub(last[chat]) < quiet; tries++ {
			chat = first + int64(rng.IntN(chats))
		}
		last[chat] = now
		fake.PrivateMessage(telegramtest.User{ID: chat, FirstName: "Warga"}, loadQuestions[i%len(loadQuestions)], nil)
		out = append(out, injection{chat: chat, at: now})
	}
	return out
}

// isAnnouncement tells an announcement from a reply.
func isAnnouncement(c telegramtest.Call) bool {
	return strings.Contains(c.Text(), "Pengumuman Layanan Warga")
}

// replyLatencies pairs each injection with the first message the bot sent
// to its chat at or after it (announcements aside) and returns the
// latencies in order and how many injections have no reply yet.
func replyLatencies(fake *telegramtest.Server, ins []injection) (lat []time.Duration, missing int) {
	sends := map[int64][]time.Time{}
	for _, c := range fake.Calls("sendMessage") {
		if c.Result != nil && !isAnnouncement(c) {
			sends[c.ChatID()] = append(sends[c.ChatID()], c.At)
		}
	}
	for _, in := range ins {
		s := sends[in.chat]
		k := sort.Search(len(s), func(i int) bool { return !s[i].Before(in.at) })
		if k == len(s) {
			missing++
			continue
		}
		lat = append(lat, s[k].Sub(in.at))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat, missing
}

// awaitReplies waits until every injection has a reply and reports the
// latencies from update to first reply.
func awaitReplies(b *testing.B, fake *telegramtest.Server, ins []injection, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for {
		lat, missing := replyLatencies(fake, ins)
		if missing == 0 {
			reportLatencies(b, lat)
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("%d of %d updates had no reply after %s", missing, len(ins), timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func reportLatencies(b *testing.B, lat []time.Duration) {
	ms := func(q int) float64 { return float64(lat[min(len(lat)-1, len(lat)*q/100)].Microseconds()) / 1000 }
	b.ReportMetric(ms(50), "p50-ms")
	b.ReportMetric(ms(99), "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
}

// benchPaced sends perSecond updates a second from chats chats for d and
// reports the latency from each update to the first reply to it.
func benchPaced(b *testing.B, limits string, chats, perSecond int, d time.Duration) {
	for i := 0; i < b.N; i++ {
		p := newLoadBot(b, limits)
		p.start(b, limits)
		awaitPolling(b, p.fake)
		ins := pace(p.fake, firstLoadChat, chats, perSecond, d, 10*time.Second)
		awaitReplies(b, p.fake, ins, 2*time.Minute)
		b.ReportMetric(float64(len(ins))/ins[len(ins)-1].at.Sub(ins[0].at).Seconds(), "updates/s")
		b.ReportMetric(float64(p.fake.Delivered())/float64(len(ins)), "msgs/update")
		p.stop(b, len(ins))
	}
}

// awaitPolling waits until the bot has started and polls for updates, so
// that paced scenarios do not count the start (migrations, seeding the
// knowledge base) as latency.
func awaitPolling(b *testing.B, fake *telegramtest.Server) {
	deadline := time.Now().Add(time.Minute)
	for len(fake.Calls("getUpdates")) == 0 {
		if time.Now().After(deadline) {
			b.Fatal("the bot never polled for updates")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// benchAnnouncement seeds subscribers opted-in citizens, has an admin send
// them an announcement, and while it goes out (20 a second: 10,000 take
// over eight minutes) sends perSecond questions a second for d from the
// subscribers. It reports the latency from each question to its reply and
// how many announcement messages went out meanwhile.
func benchAnnouncement(b *testing.B, subscribers, perSecond int, d time.Duration) {
	admin := telegramtest.User{ID: 42, FirstName: "Admin"}
	for i := 0; i < b.N; i++ {
		p := newLoadBot(b, "telegram")
		seedSubscribers(b, p.dbPath, firstLoadChat, subscribers)
		p.start(b, "telegram", "ADMIN_USER_IDS="+strconv.FormatInt(admin.ID, 10))
		p.fake.PrivateMessage(admin, "/umumkan Kantor Disdukcapil tutup pada 1 Desember. Layanan kembali normal 2 Desember.", nil)
		var confirm telegramtest.Call
		var send string
		p.fake.Wait(time.Minute, "the announcement's preview", func() bool {
			var ok bool
			confirm, send, ok = findButton(p.fake, admin.ID, 0, "ann:send:")
			return ok
		})
		p.fake.Press(admin.ID, admin, messageID(confirm), send)
		announced := func() (n int) {
			for _, c := range p.fake.Calls("sendMessage") {
				if c.Result != nil && isAnnouncement(c) && c.ChatID() != admin.ID {
					n++
				}
			}
			return n
		}
		p.fake.Wait(time.Minute, "the first announcement delivered", func() bool { return announced() > 0 })
		before := announced()
		ins := pace(p.fake, firstLoadChat, subscribers, perSecond, d, 10*time.Second)
		awaitReplies(b, p.fake, ins, 2*time.Minute)
		during := announced() - before
		if during+before >= subscribers {
			b.Fatalf("the announcement was over before the questions were answered: not measured during it")
		}
		b.ReportMetric(float64(during)/ins[len(ins)-1].at.Sub(ins[0].at).Seconds(), "announced/s")
		p.stop(b, len(ins))
	}
}

// seedSubscribers records count citizens (chat ids from first) who opted in
// to announcements, through the storage methods the bot uses, before the
// bot starts.
func seedSubscribers(b *testing.B, dbPath string, first int64, count int) {
	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := first + int64(w); c < first+int64(count); c += 8 {
				err := db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: c, UserID: c, FirstName: "Warga"})
				if err == nil {
					err = db.SetAnnouncements(ctx, c, true)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		b.Fatal(err)
	}
}

// inject queues perChat updates for each of chats chats, interleaved.
func inject(fake *telegramtest.Server, chats, perChat int) map[int64][]time.Time {
	sent := map[int64][]time.Time{}
	for i := 0; i < perChat; i++ {
		for c := 0; c < chats; c++ {
			id := int64(firstLoadChat + c)
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

// benchBurst puts chats*perChat updates on the fake at once, with the
// limits off, and returns the throughput of its last run.
func benchBurst(b *testing.B, chats, perChat int) (rate float64) {
	total := chats * perChat
	for i := 0; i < b.N; i++ {
		p := newLoadBot(b, "off")
		sent := inject(p.fake, chats, perChat)
		p.start(b, "off")
		p.fake.Wait(10*time.Minute, "every update answered", func() bool { return answered(p.fake) >= total })
		p.stop(b, total)
		rate = report(b, p.fake, sent, total)
	}
	return rate
}

// benchKnownChats makes chats chats known to the bot, one update each, in
// waves of wave chats, each wave answered before the next is sent: the peak
// RSS is what the bot keeps per chat, not a backlog of replies waiting to
// be sent (see limits-off/100000-updates-at-once for that).
func benchKnownChats(b *testing.B, chats, wave int) {
	for i := 0; i < b.N; i++ {
		p := newLoadBot(b, "off")
		p.start(b, "off")
		awaitPolling(b, p.fake)
		start := time.Now()
		for done := 0; done < chats; done += wave {
			n := min(wave, chats-done)
			for c := done; c < done+n; c++ {
				p.fake.PrivateMessage(telegramtest.User{ID: int64(firstLoadChat + c), FirstName: "Warga"},
					loadQuestions[c%len(loadQuestions)], nil)
			}
			p.fake.Wait(time.Minute, "the wave answered", func() bool { return answered(p.fake) >= done+n })
		}
		b.ReportMetric(float64(chats)/time.Since(start).Seconds(), "updates/s")
		p.stop(b, chats)
	}
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
