package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/telegramtest"
)

const officersGroup = int64(-1001234)

var (
	officerAndi = telegramtest.User{ID: 9001, FirstName: "Andi"}
	officerRina = telegramtest.User{ID: 9002, FirstName: "Rina"}
	stranger    = telegramtest.User{ID: 6666, FirstName: "Orang"}
	citizenSari = telegramtest.User{ID: 4343, FirstName: "Sari", Username: "sari", Language: "id"}
)

// fakeMsgID gives the messages a test writes ids far from the fake's own.
var fakeMsgID atomic.Int64

func nextMsgID() int64 { return 50000 + fakeMsgID.Add(1) }

// startHandoffBot runs the bot with one officers' group and two officers.
func startHandoffBot(t *testing.T, vars map[string]string) (*testBot, *telegramtest.Server) {
	t.Helper()
	tg := telegramtest.New(t)
	for _, o := range []telegramtest.User{officerAndi, officerRina} {
		tg.SetMember(officersGroup, o.ID, "member")
	}
	tg.SetMember(officersGroup, stranger.ID, "left")
	all := map[string]string{"AGENT_CHAT_ID": strconv.FormatInt(officersGroup, 10)}
	for k, v := range vars {
		all[k] = v
	}
	return startBot(t, tg, all, nil), tg
}

// waitCall waits for a call of method that match accepts and returns it.
func waitCall(t *testing.T, tg *telegramtest.Server, method, what string, match func(telegramtest.Call) bool) telegramtest.Call {
	t.Helper()
	var got telegramtest.Call
	tg.Wait(15*time.Second, what, func() bool {
		for _, c := range tg.Calls(method) {
			if c.Result != nil && match(c) {
				got = c
				return true
			}
		}
		return false
	})
	return got
}

// openCaseE2E has a citizen ask a question, then /petugas, and returns the
// topic thread and the summary.
func openCaseE2E(t *testing.T, tg *telegramtest.Server, u telegramtest.User, question string) (int, telegramtest.Call) {
	t.Helper()
	tg.PrivateMessage(u, question, nil)
	tg.Wait(10*time.Second, "an answer", func() bool { return len(tg.Sent(u.ID)) >= 1 })
	tg.PrivateMessage(u, "/petugas", nil)
	topic := waitCall(t, tg, "createForumTopic", "a topic for "+u.FirstName, func(c telegramtest.Call) bool {
		return strings.Contains(c.Params["name"], u.FirstName)
	})
	var res struct {
		Thread int `json:"message_thread_id"`
	}
	json.Unmarshal(topic.Result, &res)
	sum := waitCall(t, tg, "sendMessage", "the summary", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && c.ThreadID() == res.Thread && strings.Contains(c.Text(), "Kasus #")
	})
	return res.Thread, sum
}

func copiesTo(tg *telegramtest.Server, chat int64) []telegramtest.Call {
	var out []telegramtest.Call
	for _, c := range tg.Calls("copyMessage") {
		if c.Result != nil && c.ChatID() == chat {
			out = append(out, c)
		}
	}
	return out
}

func photo(id string) map[string]any {
	return map[string]any{"photo": []map[string]any{{"file_id": id, "file_unique_id": id, "width": 640, "height": 480}}}
}

func document(id, name string) map[string]any {
	return map[string]any{"document": map[string]any{"file_id": id, "file_unique_id": id, "file_name": name}}
}

func with(m map[string]any, kv ...any) map[string]any {
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func TestServeHandoffTopicSummaryAndRelayWithMedia(t *testing.T) {
	_, tg := startHandoffBot(t, nil)
	thread, sum := openCaseE2E(t, tg, citizen, "syarat bikin ktp baru apa aja min")
	name := waitCall(t, tg, "createForumTopic", "topic", func(telegramtest.Call) bool { return true }).Params["name"]
	if !strings.HasPrefix(name, "#1 · Budi · ") {
		t.Fatalf("topic name=%q, want #1 · Budi · subject", name)
	}
	text := sum.Text()
	for _, want := range []string{"Budi", "@budi", "bahasa: id", "syarat bikin ktp baru", "Artikel yang ditampilkan", "KTP"} {
		if !strings.Contains(text, want) {
			t.Fatalf("summary lacks %q:\n%s", want, text)
		}
	}
	if b := sum.Buttons(); len(b) != 2 || b[0].CallbackData != "case:claim:1" || b[1].CallbackData != "case:close:1" {
		t.Fatalf("summary buttons=%+v", b)
	}

	// Citizen -> topic: text, a photo with a caption, a document.
	tg.PrivateMessage(citizen, "KTP saya hilang waktu mudik", nil)
	waitCall(t, tg, "sendMessage", "the citizen's text in the topic", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && c.ThreadID() == thread && c.Text() == "KTP saya hilang waktu mudik"
	})
	ph := nextMsgID()
	tg.PrivateMessage(citizen, "", with(photo("ph-1"), "caption", "surat kehilangan", "message_id", ph))
	doc := nextMsgID()
	tg.PrivateMessage(citizen, "", with(document("doc-1", "kk.pdf"), "message_id", doc))
	for _, id := range []int64{ph, doc} {
		waitCall(t, tg, "copyMessage", "the citizen's media in the topic", func(c telegramtest.Call) bool {
			return c.ChatID() == officersGroup && c.ThreadID() == thread && c.Params["from_chat_id"] == strconv.FormatInt(citizen.ID, 10) &&
				c.Params["message_id"] == strconv.FormatInt(id, 10)
		})
	}

	// Officer -> citizen: named once, then text, a photo and a document.
	m1 := nextMsgID()
	tg.GroupMessage(officersGroup, thread, officerAndi, "Baik Kak Budi, saya bantu ya", map[string]any{"message_id": m1})
	waitCall(t, tg, "sendMessage", "the officer's name", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Andi") && strings.Contains(c.Text(), "petugas")
	})
	m2 := nextMsgID()
	tg.GroupMessage(officersGroup, thread, officerAndi, "", with(photo("ph-2"), "caption", "contoh formulir", "message_id", m2))
	m3 := nextMsgID()
	tg.GroupMessage(officersGroup, thread, officerAndi, "", with(document("doc-2", "formulir.pdf"), "message_id", m3))
	tg.Wait(10*time.Second, "three copies to the citizen", func() bool { return len(copiesTo(tg, citizen.ID)) >= 3 })
	for i, want := range []int64{m1, m2, m3} {
		c := copiesTo(tg, citizen.ID)[i]
		if c.Params["from_chat_id"] != strconv.FormatInt(officersGroup, 10) || c.Params["message_id"] != strconv.FormatInt(want, 10) {
			t.Fatalf("copy %d=%v, want message %d of the group", i, c.Params, want)
		}
	}
	named := 0
	for _, c := range tg.Sent(citizen.ID) {
		if strings.Contains(c.Text(), "bergabung") {
			named++
		}
	}
	if named != 1 {
		t.Fatalf("officer named %d times, want once", named)
	}
}

func TestServeHandoffTwoCasesNeverCrossAndStrangersAreIgnored(t *testing.T) {
	_, tg := startHandoffBot(t, nil)
	budiThread, _ := openCaseE2E(t, tg, citizen, "kk hilang")
	sariThread, _ := openCaseE2E(t, tg, citizenSari, "akta kelahiran anak")
	if budiThread == sariThread {
		t.Fatalf("both cases in thread %d", budiThread)
	}
	// Interleaved: officers write in both topics, a stranger too.
	sm := nextMsgID()
	tg.GroupMessage(officersGroup, sariThread, stranger, "halo saya bukan petugas", map[string]any{"message_id": sm})
	forBudi, forSari := nextMsgID(), nextMsgID()
	tg.GroupMessage(officersGroup, budiThread, officerAndi, "untuk Budi", map[string]any{"message_id": forBudi})
	tg.GroupMessage(officersGroup, sariThread, officerRina, "untuk Sari", map[string]any{"message_id": forSari})
	tg.PrivateMessage(citizen, "dari Budi", nil)
	tg.PrivateMessage(citizenSari, "dari Sari", nil)
	tg.Wait(10*time.Second, "both copies", func() bool { return len(copiesTo(tg, citizen.ID)) >= 1 && len(copiesTo(tg, citizenSari.ID)) >= 1 })
	for _, tc := range []struct {
		u    telegramtest.User
		want int64
	}{{citizen, forBudi}, {citizenSari, forSari}} {
		copies := copiesTo(tg, tc.u.ID)
		if len(copies) != 1 || copies[0].Params["message_id"] != strconv.FormatInt(tc.want, 10) {
			t.Fatalf("%s got copies %+v, want only message %d", tc.u.FirstName, copies, tc.want)
		}
	}
	for from, thread := range map[string]int{"dari Budi": budiThread, "dari Sari": sariThread} {
		waitCall(t, tg, "sendMessage", from+" in its topic", func(c telegramtest.Call) bool {
			return c.ChatID() == officersGroup && c.Text() == from && c.ThreadID() == thread
		})
	}
	for _, c := range tg.Calls("sendMessage") {
		if (c.Text() == "dari Budi" && c.ThreadID() != budiThread) || (c.Text() == "dari Sari" && c.ThreadID() != sariThread) {
			t.Fatalf("%q went to thread %d", c.Text(), c.ThreadID())
		}
	}
	// The stranger's press of Tutup is refused too.
	tg.Press(officersGroup, stranger, 1, "case:close:1")
	tg.GroupMessage(officersGroup, budiThread, officerAndi, "/antrian", nil)
	q := waitCall(t, tg, "sendMessage", "the queue", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "Antrian kasus terbuka")
	})
	if !strings.Contains(q.Text(), "#1") || !strings.Contains(q.Text(), "#2") || !strings.Contains(q.Text(), "diambil Andi") {
		t.Fatalf("queue=%q, want both open cases", q.Text())
	}
	for _, c := range copiesTo(tg, citizenSari.ID) {
		if c.Params["message_id"] == strconv.FormatInt(sm, 10) {
			t.Fatal("a stranger's message reached the citizen")
		}
	}
}

func TestServeHandoffCloseAndRating(t *testing.T) {
	b, tg := startHandoffBot(t, nil)
	thread, _ := openCaseE2E(t, tg, citizen, "paspor hilang")
	tg.GroupMessage(officersGroup, thread, officerAndi, "sudah kami proses", nil)
	tg.GroupMessage(officersGroup, thread, officerAndi, "/tutup", nil)
	closed := waitCall(t, tg, "sendMessage", "the rating question", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Beri nilai")
	})
	if b := closed.Buttons(); len(b) != 5 || b[0].CallbackData != "rate:1:1" || b[4].CallbackData != "rate:1:5" {
		t.Fatalf("rating buttons=%+v", b)
	}
	waitCall(t, tg, "closeForumTopic", "the topic closed", func(c telegramtest.Call) bool { return c.ThreadID() == thread })
	edit := waitCall(t, tg, "editForumTopic", "the topic marked done", func(c telegramtest.Call) bool { return c.ThreadID() == thread })
	if !strings.HasPrefix(edit.Params["name"], "✅ #1") {
		t.Fatalf("topic renamed %q", edit.Params["name"])
	}
	var res struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(closed.Result, &res)
	tg.Press(citizen.ID, citizen, res.ID, "rate:1:4")
	waitCall(t, tg, "sendMessage", "the thanks", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Terima kasih atas nilainya")
	})
	tg.PrivateMessage(citizen, "Pelayanannya cepat", nil)
	waitCall(t, tg, "sendMessage", "the comment noted", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "Masukan Kakak sudah kami catat")
	})
	db, err := openDSN(context.Background(), b.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.FindCase(context.Background(), 1)
	if err != nil || c.State != helpdesk.CaseClosed || c.Rating != 4 || c.Comment != "Pelayanannya cepat" || c.ClosedBy != officerAndi.ID {
		t.Fatalf("case=%+v err=%v", c, err)
	}
	msgs, err := db.CaseMessages(context.Background(), 1)
	if err != nil || len(msgs) != 1 || msgs[0].Text != "sudah kami proses" {
		t.Fatalf("transcript=%+v err=%v, want the officer's message kept", msgs, err)
	}
}

func TestServeHandoffOutsideOfficeHours(t *testing.T) {
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	today := time.Now().In(jkt)
	holidays := today.Format("2006-01-02") + "," + today.AddDate(0, 0, 1).Format("2006-01-02")
	_, tg := startHandoffBot(t, map[string]string{"OFFICE_HOURS": "Mon-Sun 08:00-16:00 Asia/Jakarta", "OFFICE_HOLIDAYS": holidays})
	openCaseE2E(t, tg, citizen, "ktp rusak")
	reply := waitCall(t, tg, "sendMessage", "the case opened", func(c telegramtest.Call) bool {
		return c.ChatID() == citizen.ID && strings.Contains(c.Text(), "kasus <b>#1</b>") || strings.Contains(c.Text(), "kasus #1")
	})
	back := today.AddDate(0, 0, 2)
	want := fmt.Sprintf("%d %s pukul 08.00 WIB", back.Day(), []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}[back.Month()-1])
	if !strings.Contains(reply.Text(), "di luar jam layanan") || !strings.Contains(reply.Text(), want) {
		t.Fatalf("reply=%q, want office hours and %q", reply.Text(), want)
	}
}

func TestServeHandoffSurvivesRestartMidCase(t *testing.T) {
	b, tg := startHandoffBot(t, nil)
	thread, _ := openCaseE2E(t, tg, citizen, "sim hilang")
	tg.GroupMessage(officersGroup, thread, officerAndi, "sebelum restart", nil)
	tg.Wait(10*time.Second, "a copy", func() bool { return len(copiesTo(tg, citizen.ID)) == 1 })
	if code := b.stop(t); code != 0 {
		t.Fatalf("stop exited %d", code)
	}
	// Written while the bot is down.
	tg.PrivateMessage(citizen, "pesan waktu bot mati", nil)
	after := nextMsgID()
	tg.GroupMessage(officersGroup, thread, officerAndi, "setelah restart", map[string]any{"message_id": after})
	b.start(t, nil)
	waitCall(t, tg, "sendMessage", "the citizen's message in the same topic", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && c.ThreadID() == thread && c.Text() == "pesan waktu bot mati"
	})
	tg.Wait(10*time.Second, "the officer's message after the restart", func() bool {
		cs := copiesTo(tg, citizen.ID)
		return len(cs) == 2 && cs[1].Params["message_id"] == strconv.FormatInt(after, 10)
	})
	if n := len(tg.Calls("createForumTopic")); n != 1 {
		t.Fatalf("%d topics created, want the one from before the restart", n)
	}
}

func TestServeHandoffGroupWithoutTopics(t *testing.T) {
	tg := telegramtest.New(t)
	tg.SetMember(officersGroup, officerAndi.ID, "administrator")
	tg.Fail("createForumTopic", officersGroup, 1, 400, 0)
	b := startBot(t, tg, map[string]string{"AGENT_CHAT_ID": strconv.FormatInt(officersGroup, 10)}, nil)
	tg.PrivateMessage(citizen, "/petugas", nil)
	sum := waitCall(t, tg, "sendMessage", "the summary in the group", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "Kasus #1")
	})
	if sum.ThreadID() != 0 {
		t.Fatalf("summary in thread %d of a group without topics", sum.ThreadID())
	}
	var res struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(sum.Result, &res)
	tg.PrivateMessage(citizen, "foto KTP menyusul", nil)
	rel := waitCall(t, tg, "sendMessage", "the citizen's message as a reply", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "foto KTP menyusul")
	})
	if !strings.Contains(rel.Params["reply_parameters"], fmt.Sprintf(`"message_id":%d`, res.ID)) || !strings.Contains(rel.Text(), "#1 · Budi") {
		t.Fatalf("relayed=%v, want a reply to the summary %d naming the case", rel.Params, res.ID)
	}
	var relRes struct {
		ID int `json:"message_id"`
	}
	json.Unmarshal(rel.Result, &relRes)
	// The bot learns which case the relayed message belongs to from its
	// delivery's outcome, handled on the citizen's lane; an officer replies
	// after seeing it, so only once that is recorded (otherwise, under load,
	// the reply could overtake it and find no case).
	waitQuiet(t, tg, b.DSN)
	answer := nextMsgID()
	tg.GroupMessage(officersGroup, 0, officerAndi, "silakan kirim fotonya", map[string]any{"message_id": answer,
		"reply_to_message": map[string]any{"message_id": relRes.ID, "date": time.Now().Unix(),
			"chat": map[string]any{"id": officersGroup, "type": "supergroup"}, "from": map[string]any{"id": 123456, "is_bot": true, "first_name": "Layanan Warga"}}})
	tg.Wait(10*time.Second, "the officer's reply at the citizen", func() bool {
		cs := copiesTo(tg, citizen.ID)
		return len(cs) == 1 && cs[0].Params["message_id"] == strconv.FormatInt(answer, 10)
	})
	// A second case skips the topic in this group.
	tg.PrivateMessage(citizenSari, "/petugas", nil)
	waitCall(t, tg, "sendMessage", "the second summary", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "Kasus #2")
	})
	if n := len(tg.Calls("createForumTopic")); n != 1 {
		t.Fatalf("createForumTopic called %d times, want once", n)
	}
}

func TestServeHandoffRecreatesDeletedTopic(t *testing.T) {
	_, tg := startHandoffBot(t, nil)
	thread, _ := openCaseE2E(t, tg, citizen, "npwp hilang")
	tg.DeleteTopic(officersGroup, thread)
	tg.PrivateMessage(citizen, "halo, masih ada?", nil)
	topic := waitCall(t, tg, "createForumTopic", "a new topic", func(c telegramtest.Call) bool {
		var r struct {
			Thread int `json:"message_thread_id"`
		}
		json.Unmarshal(c.Result, &r)
		return r.Thread != thread
	})
	var r struct {
		Thread int `json:"message_thread_id"`
	}
	json.Unmarshal(topic.Result, &r)
	waitCall(t, tg, "sendMessage", "the summary again", func(c telegramtest.Call) bool {
		return c.ThreadID() == r.Thread && strings.Contains(c.Text(), "dibuat ulang")
	})
	waitCall(t, tg, "sendMessage", "the message in the new topic", func(c telegramtest.Call) bool {
		return c.ThreadID() == r.Thread && c.Text() == "halo, masih ada?"
	})
	m := nextMsgID()
	tg.GroupMessage(officersGroup, r.Thread, officerAndi, "masih, Kak", map[string]any{"message_id": m})
	tg.Wait(10*time.Second, "the answer from the new topic", func() bool {
		cs := copiesTo(tg, citizen.ID)
		return len(cs) == 1 && cs[0].Params["message_id"] == strconv.FormatInt(m, 10)
	})
}

// TestServeHandoffFiftyChattyCasesWithin429 opens 50 cases whose citizens
// write in bursts while the fake enforces a (scaled down) 20 messages per
// window per group, the bot's own limit with no margin. Everything must
// arrive, in order, in its own topic, with no 429: with one officers'
// group, with two sharing the load, and on a network that holds some
// sends back, so that a burst's late arrivals meet the next burst.
func TestServeHandoffFiftyChattyCasesWithin429(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	t.Run("one group", func(t *testing.T) { chattyCases(t, []int64{officersGroup}, false) })
	t.Run("two groups", func(t *testing.T) { chattyCases(t, []int64{officersGroup, officersGroup - 1}, false) })
	t.Run("slow network", func(t *testing.T) { chattyCases(t, []int64{officersGroup}, true) })
}

// slowNetwork stands between the bot and the fake Bot API and holds back
// one group send in every seven for a while before passing it on.
func slowNetwork(t *testing.T, api string, delay time.Duration) string {
	u, err := url.Parse(api)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/sendMessage") && n.Add(1)%7 == 0 {
			time.Sleep(delay)
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func chattyCases(t *testing.T, groups []int64, slow bool) {
	tg := telegramtest.New(t)
	tg.GroupLimit = telegramtest.Limit{N: 20, Per: 400 * time.Millisecond}
	var ids []string
	isGroup := map[int64]bool{}
	for _, g := range groups {
		tg.SetMember(g, officerAndi.ID, "member")
		ids = append(ids, strconv.FormatInt(g, 10))
		isGroup[g] = true
	}
	opts := &pipeline.Options{Sender: pipeline.SenderOptions{
		Group:  pipeline.Limit{N: 20, Per: 400 * time.Millisecond},
		Global: pipeline.Limit{N: 1000, Per: time.Second},
	}}
	vars := map[string]string{"AGENT_CHAT_ID": strings.Join(ids, ",")}
	if slow {
		vars["TELEGRAM_API_URL"] = slowNetwork(t, tg.URL, 150*time.Millisecond)
	}
	startBot(t, tg, vars, opts)
	start := time.Now()
	const cases, chatty = 50, 8
	users := make([]telegramtest.User, cases)
	for i := range users {
		users[i] = telegramtest.User{ID: int64(70000 + i), FirstName: fmt.Sprintf("Warga%02d", i)}
		tg.PrivateMessage(users[i], "/petugas", nil)
	}
	for k := 0; k < chatty; k++ {
		for i := range users {
			tg.PrivateMessage(users[i], fmt.Sprintf("pesan %s nomor %d", users[i].FirstName, k), nil)
		}
	}
	want := cases * chatty
	tg.Wait(90*time.Second, "every citizen message in the groups", func() bool {
		n := 0
		for _, c := range tg.Calls("sendMessage") {
			if c.Result != nil && isGroup[c.ChatID()] {
				n += strings.Count(c.Text(), "pesan Warga")
			}
		}
		return n >= want
	})
	elapsed := time.Since(start)
	threadOf := map[int]string{}
	topics := map[int64]int{}
	for _, c := range tg.Calls("createForumTopic") {
		if c.Result == nil {
			continue // refused (a 429 is reported below)
		}
		var r struct {
			Thread int `json:"message_thread_id"`
		}
		json.Unmarshal(c.Result, &r)
		threadOf[r.Thread] = strings.Fields(c.Params["name"])[2]
		topics[c.ChatID()]++
	}
	// Per case: every message once, in order, in its own topic.
	seen := map[string][]int{}
	posts := 0
	for _, c := range tg.Calls("sendMessage") {
		if c.Result == nil || !isGroup[c.ChatID()] {
			continue
		}
		posts++
		for _, line := range strings.Split(c.Text(), "\n\n") {
			var who string
			var k int
			if _, err := fmt.Sscanf(line, "pesan %s nomor %d", &who, &k); err != nil {
				continue
			}
			if threadOf[c.ThreadID()] != who {
				t.Fatalf("%q posted in the topic of %s", line, threadOf[c.ThreadID()])
			}
			seen[who] = append(seen[who], k)
		}
	}
	for _, u := range users {
		got := seen[u.FirstName]
		if len(got) != chatty {
			t.Fatalf("%s: %d messages relayed (%v), want %d", u.FirstName, len(got), got, chatty)
		}
		for k := range got {
			if got[k] != k {
				t.Fatalf("%s: order %v", u.FirstName, got)
			}
		}
	}
	for _, g := range groups {
		if topics[g] != cases/len(groups) {
			t.Fatalf("topics per group=%v, want %d each", topics, cases/len(groups))
		}
	}
	if tg.Violations != 0 {
		t.Fatalf("%d sends over the group limit (429)", tg.Violations)
	}
	t.Logf("%d group(s): %d cases, %d citizen messages relayed in %d group posts (summaries included) in %s, 0 x 429",
		len(groups), cases, want, posts, elapsed.Round(100*time.Millisecond))
}

// TestServeHandoffTopicOutcomesSurviveSIGKILL kills the real binary while
// cases are being opened: topics created, their outcomes and the summaries
// held for them in every state of progress. After the restart every case
// has exactly one summary, in a topic Telegram created for it, and the
// citizen's next message follows it into that topic.
func TestServeHandoffTopicOutcomesSurviveSIGKILL(t *testing.T) {
	bin := buildBinary(t)
	tg := telegramtest.New(t)
	for _, o := range []telegramtest.User{officerAndi, officerRina} {
		tg.SetMember(officersGroup, o.ID, "member")
	}
	dir, dsn := t.TempDir(), testDSN(t)
	env := environ(withDB(dsn, map[string]string{"TELEGRAM_BOT_TOKEN": telegramtest.Token, "TELEGRAM_API_URL": tg.URL,
		"LOG_LEVEL": "warn", "AGENT_CHAT_ID": strconv.FormatInt(officersGroup, 10), "TELEGRAM_RATE_LIMITS": "off"}))
	// No message reaches the group before the crash (topics do): a summary
	// sent must come from stored work after the restart, and none twice. A
	// message Telegram took just as the bot died would be the one duplicate
	// no bot can rule out, which this test does not measure.
	tg.Fail("sendMessage", officersGroup, 1_000_000, 500, 0)
	const cases = 8
	users := make([]telegramtest.User, cases)
	for i := range users {
		users[i] = telegramtest.User{ID: int64(8100 + i), FirstName: fmt.Sprintf("Warga%d", i), Language: "id"}
		tg.PrivateMessage(users[i], "/petugas", nil)
	}
	start := func(log *syncBuffer) *exec.Cmd {
		cmd := exec.Command(bin, "serve")
		cmd.Env, cmd.Dir, cmd.Stdout, cmd.Stderr = env, dir, io.Discard, log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	var log1, log2 syncBuffer
	cmd := start(&log1)
	tg.Wait(20*time.Second, "some topics created", func() bool { return len(tg.Calls("createForumTopic")) >= 3 })
	cmd.Process.Kill()
	cmd.Wait()
	tg.WaitRequests(5 * time.Second)
	tg.ClearFailures()
	cmd = start(&log2)
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()

	// The threads Telegram created, by the case number in the topic's name.
	created := func() map[int]bool {
		out := map[int]bool{}
		for _, c := range tg.Calls("createForumTopic") {
			var r struct {
				Thread int `json:"message_thread_id"`
			}
			if c.Result != nil && json.Unmarshal(c.Result, &r) == nil {
				out[r.Thread] = true
			}
		}
		return out
	}
	summaryThreads := func() map[int][]int { // case -> threads of its summaries
		out := map[int][]int{}
		for _, c := range tg.Calls("sendMessage") {
			var id int
			if c.Result != nil && c.ChatID() == officersGroup && strings.HasPrefix(c.Text(), "📋") {
				fmt.Sscanf(c.Text()[strings.Index(c.Text(), "#")+1:], "%d", &id)
				out[id] = append(out[id], c.ThreadID())
			}
		}
		return out
	}
	for deadline := time.Now().Add(30 * time.Second); len(summaryThreads()) < cases; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("summaries of cases %v only\nfirst run:\n%s\nsecond run:\n%s\n%s", summaryThreads(), log1.String(), log2.String(), dumpOutbox(dsn))
		}
	}
	for i, u := range users {
		tg.PrivateMessage(u, fmt.Sprintf("lanjut %d", i), nil)
	}
	relayed := func() int {
		n := 0
		for _, c := range tg.Calls("sendMessage") {
			if c.Result != nil && c.ChatID() == officersGroup && strings.HasPrefix(c.Text(), "lanjut ") {
				n++
			}
		}
		return n
	}
	for deadline := time.Now().Add(30 * time.Second); relayed() < cases; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d messages relayed\nfirst run:\n%s\nsecond run:\n%s\n%s", relayed(), cases, log1.String(), log2.String(), dumpOutbox(dsn))
		}
	}
	topics := created()
	sums := summaryThreads()
	for id := 1; id <= cases; id++ {
		if len(sums[id]) != 1 || !topics[sums[id][0]] {
			t.Fatalf("case %d: summaries in threads %v, want one in a created topic %v\nfirst run:\n%s\nsecond run:\n%s",
				id, sums[id], topics, log1.String(), log2.String())
		}
	}
	for _, c := range tg.Calls("sendMessage") {
		if c.Result == nil || c.ChatID() != officersGroup || !strings.HasPrefix(c.Text(), "lanjut ") {
			continue
		}
		found := false
		for _, th := range sums {
			found = found || th[0] == c.ThreadID()
		}
		if !found || c.ThreadID() == 0 {
			t.Fatalf("%q went to thread %d, not to a case's topic", c.Text(), c.ThreadID())
		}
	}
}

// dumpOutbox describes the stored work, for a failure's message.
func dumpOutbox(dsn string) string {
	var b strings.Builder
	for _, q := range []string{`SELECT o.id, o.state, o.attempts, o.error, substr(` + payloadText(dsn, "p.payload") + `, 1, 90) FROM outbox o JOIN outbox_payloads p ON p.id = o.id WHERE o.chat_id < 0 ORDER BY o.id`,
		`SELECT id, kind, chat_id, state, attempts, error, substr(` + payloadText(dsn, "payload") + `, 1, 120) FROM updates WHERE kind != 'tick' ORDER BY id`,
		`SELECT id, citizen_chat, topic, thread_id, summary_msg FROM cases`} {
		fmt.Fprintf(&b, "%s\n", q)
		db, err := rawOpen(dsn)
		if err != nil {
			return err.Error()
		}
		rows, err := db.Query(q)
		if err != nil {
			db.Close()
			return err.Error()
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			rows.Scan(ptrs...)
			fmt.Fprintf(&b, "%v\n", vals)
		}
		rows.Close()
		db.Close()
	}
	return b.String()
}
