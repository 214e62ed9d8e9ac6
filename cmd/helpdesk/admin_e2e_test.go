package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

var kbAdmin = telegramtest.User{ID: 777, FirstName: "Admin", Language: "id"}

const kbAdminIDs = "777"

// messageID is the id Telegram gave a sent message.
func messageID(c telegramtest.Call) int {
	var m struct {
		MessageID int `json:"message_id"`
	}
	json.Unmarshal(c.Result, &m)
	return m.MessageID
}

// waitSent waits for a message to chat, after the first `after` ones, whose
// text contains want, and returns it.
func waitSent(t *testing.T, tg *telegramtest.Server, chat int64, after int, want string) telegramtest.Call {
	t.Helper()
	var found telegramtest.Call
	tg.Wait(15*time.Second, fmt.Sprintf("a message to %d containing %q", chat, want), func() bool {
		sent := tg.Sent(chat)
		for _, c := range sent[min(after, len(sent)):] {
			if strings.Contains(c.Text(), want) {
				found = c
				return true
			}
		}
		return false
	})
	return found
}

// findButton returns the message after `after` carrying a button whose data
// starts with prefix, and that data.
func findButton(tg *telegramtest.Server, chat int64, after int, prefix string) (telegramtest.Call, string, bool) {
	sent := tg.Sent(chat)
	for _, c := range sent[min(after, len(sent)):] {
		for _, b := range c.Buttons() {
			if strings.HasPrefix(b.CallbackData, prefix) {
				return c, b.CallbackData, true
			}
		}
	}
	return telegramtest.Call{}, "", false
}

func adminUpload(tg *telegramtest.Server, u telegramtest.User, fileID, name, content string) {
	tg.AddFile(fileID, []byte(content))
	tg.PrivateMessage(u, "", map[string]any{"document": map[string]any{"file_id": fileID, "file_unique_id": fileID,
		"file_name": name, "mime_type": "text/markdown", "file_size": len(content)}})
}

const keramaianArticle = `---
id: izin-hajatan-uji
title: Izin Keramaian untuk Hajatan
category: kepolisian
keywords: [izin keramaian, hajatan, pesta pernikahan, acara musik, izin acara]
questions: ["syarat izin keramaian untuk hajatan apa saja?", "perlu izin polisi kalau mau hajatan?"]
source: https://polri.go.id
updated: 2026-11-27
---
Izin keramaian untuk hajatan atau acara yang mengundang banyak orang diurus di Polsek setempat, paling lambat 7 hari sebelum acara.

## Persyaratan
- Surat permohonan dari penyelenggara
- Fotokopi KTP penyelenggara
- Surat pengantar RT/RW
`

func TestServeAdminPublishesUndoesAndRestores(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, map[string]string{"ADMIN_USER_IDS": kbAdminIDs}, nil)
	q := "syarat izin keramaian untuk hajatan apa saja?"

	// A new article is published and answered from at once.
	adminUpload(tg, kbAdmin, "doc1", "izin-hajatan-uji.md", keramaianArticle)
	got := waitSent(t, tg, kbAdmin.ID, 0, "Artikel baru diterbitkan")
	if _, data, ok := findButton(tg, kbAdmin.ID, 0, "undo:"); !ok || data != "undo:izin-hajatan-uji:1" {
		t.Fatalf("reply %q has undo button %q, want undo:izin-hajatan-uji:1", got.Text(), data)
	}
	tg.PrivateMessage(citizen, q, nil)
	waitSent(t, tg, citizen.ID, 0, "Izin Keramaian untuk Hajatan")

	// A bad upload is refused with its line and changes nothing.
	bad := strings.Replace(keramaianArticle, "- Surat pengantar RT/RW\n", "- Surat pengantar RT/RW\n- Info lengkap di https://izin-cepat.example.com\n", 1)
	line := 0
	for i, l := range strings.Split(bad, "\n") {
		if strings.Contains(l, "example.com") {
			line = i + 1
		}
	}
	n := len(tg.Sent(kbAdmin.ID))
	adminUpload(tg, kbAdmin, "doc2", "izin-hajatan-uji.md", bad)
	refusal := waitSent(t, tg, kbAdmin.ID, n, "tidak diterbitkan")
	if !strings.Contains(refusal.Text(), fmt.Sprintf("baris %d:", line)) || !strings.Contains(refusal.Text(), "example.com") {
		t.Fatalf("refusal=%q, want line %d and the link's domain", refusal.Text(), line)
	}

	// An update says what changed; Undo brings the first version back.
	v2 := strings.Replace(keramaianArticle, "Polsek setempat", "Polsek atau Polres setempat", 1)
	v2 = strings.Replace(v2, "title: Izin Keramaian untuk Hajatan", "title: Izin Keramaian Acara dan Hajatan", 1)
	n = len(tg.Sent(kbAdmin.ID))
	adminUpload(tg, kbAdmin, "doc3", "izin-hajatan-uji.md", v2)
	upd := waitSent(t, tg, kbAdmin.ID, n, "diperbarui ke versi 2")
	if !strings.Contains(upd.Text(), "judul") || !strings.Contains(upd.Text(), "isi (+1 baris, −1 baris)") {
		t.Fatalf("update reply=%q, want the title and one body line changed", upd.Text())
	}
	nc := len(tg.Sent(citizen.ID))
	tg.PrivateMessage(citizen, q, nil)
	waitSent(t, tg, citizen.ID, nc, "Izin Keramaian Acara dan Hajatan")

	n = len(tg.Sent(kbAdmin.ID))
	tg.Press(kbAdmin.ID, kbAdmin, messageID(upd), "undo:izin-hajatan-uji:2")
	waitSent(t, tg, kbAdmin.ID, n, "kembali ke isi versi 1")
	nc = len(tg.Sent(citizen.ID))
	tg.PrivateMessage(citizen, q, nil)
	waitSent(t, tg, citizen.ID, nc, "Izin Keramaian untuk Hajatan")

	// History lists every version with who; any version can be restored.
	n = len(tg.Sent(kbAdmin.ID))
	tg.PrivateMessage(kbAdmin, "/kb riwayat izin-hajatan-uji", nil)
	hist := waitSent(t, tg, kbAdmin.ID, n, "3 versi")
	if !strings.Contains(hist.Text(), "tg:777") {
		t.Fatalf("history=%q, want the admin named", hist.Text())
	}
	if _, data, ok := findButton(tg, kbAdmin.ID, n, "kb:restore:izin-hajatan-uji:2"); !ok {
		t.Fatalf("history has no restore button for v2 (%q)", data)
	}
	n = len(tg.Sent(kbAdmin.ID))
	tg.Press(kbAdmin.ID, kbAdmin, messageID(hist), "kb:restore:izin-hajatan-uji:2")
	waitSent(t, tg, kbAdmin.ID, n, "versi 4")
	nc = len(tg.Sent(citizen.ID))
	tg.PrivateMessage(citizen, q, nil)
	waitSent(t, tg, citizen.ID, nc, "Izin Keramaian Acara dan Hajatan")
}

func TestServeRefusesNonAdmins(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, map[string]string{"ADMIN_USER_IDS": kbAdminIDs}, nil)
	for i, cmd := range []string{"/kb", "/celah", "/umumkan Kantor tutup besok"} {
		tg.PrivateMessage(citizen, cmd, nil)
		got := waitSent(t, tg, citizen.ID, i, "hanya untuk pengelola")
		if len(got.Buttons()) != 0 {
			t.Fatalf("refusal to %s carries buttons %v", cmd, got.Buttons())
		}
	}
	tg.Press(citizen.ID, citizen, 1, "kb:delok:ktp-el-baru")
	tg.Wait(10*time.Second, "the refused button answered", func() bool {
		for _, c := range tg.Calls("answerCallbackQuery") {
			if strings.Contains(c.Text(), "hanya untuk pengelola") {
				return true
			}
		}
		return false
	})
	// A citizen's .md file is not published: it is treated as any document.
	adminUpload(tg, citizen, "doc9", "izin-hajatan-uji.md", keramaianArticle)
	waitSent(t, tg, citizen.ID, 3, "dokumen")
	n := len(tg.Sent(citizen.ID))
	tg.PrivateMessage(citizen, "syarat bikin ktp baru", nil)
	waitSent(t, tg, citizen.ID, n, "KTP")
	for _, c := range tg.Sent(citizen.ID) {
		if strings.Contains(c.Text(), "diterbitkan") {
			t.Fatalf("a citizen's upload was published: %q", c.Text())
		}
	}
}

func TestServeGapsReportGroupsParaphrases(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, map[string]string{"ADMIN_USER_IDS": kbAdminIDs}, nil)
	paraphrases := []string{
		"syarat izin keramaian untuk hajatan apa saja?",
		"gimana cara ngurus izin keramaian buat acara nikahan",
		"Mau bikin izin keramaian, syaratnya apa kak?",
		"izin keramaian hajatan di polsek gmn",
		"perlu izin keramaian kalau mau hajatan di rumah?",
	}
	// Each citizen asks once; a wrong answer is voted 👎, as citizens do.
	ask := func(u telegramtest.User, q string) {
		tg.PrivateMessage(u, q, nil)
		tg.Wait(15*time.Second, "a reply to "+q, func() bool { return len(tg.Sent(u.ID)) >= 1 })
		if c, data, ok := findButton(tg, u.ID, 0, "a:"); ok {
			tg.Press(u.ID, u, messageID(c), data)
			tg.Wait(15*time.Second, "the chosen answer", func() bool { _, _, ok := findButton(tg, u.ID, 1, "fb:0:"); return ok })
		}
		if c, data, ok := findButton(tg, u.ID, 0, "fb:0:"); ok {
			n := len(tg.Sent(u.ID))
			tg.Press(u.ID, u, messageID(c), data)
			waitSent(t, tg, u.ID, n, "Terima kasih")
		}
	}
	for i, q := range paraphrases {
		ask(telegramtest.User{ID: int64(8100 + i), FirstName: "Warga"}, q)
	}
	ask(telegramtest.User{ID: 8200, FirstName: "Warga"}, "berapa harga sewa gedung serbaguna kelurahan")

	tg.PrivateMessage(kbAdmin, "/celah", nil)
	report := waitSent(t, tg, kbAdmin.ID, 0, "Laporan celah")
	text := report.Text()
	if !strings.Contains(text, "5× (") || !strings.Contains(text, "5 warga") {
		t.Fatalf("report=%q, want the five keramaian paraphrases as one row of 5", text)
	}
	if !strings.Contains(text, "<b>1. «") || !strings.Contains(text, "contoh:") {
		t.Fatalf("report=%q, want numbered rows with examples", text)
	}
	// The admin publishes the missing article and marks the row handled.
	adminUpload(tg, kbAdmin, "doc1", "izin-hajatan-uji.md", keramaianArticle)
	waitSent(t, tg, kbAdmin.ID, 1, "Artikel baru diterbitkan")
	n := len(tg.Sent(kbAdmin.ID))
	tg.PrivateMessage(kbAdmin, "/celah selesai 1 izin-hajatan-uji", nil)
	waitSent(t, tg, kbAdmin.ID, n, "(5 pertanyaan) ditandai selesai")
	n = len(tg.Sent(kbAdmin.ID))
	tg.PrivateMessage(kbAdmin, "/celah", nil)
	after := waitSent(t, tg, kbAdmin.ID, n, "Laporan celah")
	if strings.Contains(after.Text(), "keramaian") || !strings.Contains(after.Text(), "gedung") {
		t.Fatalf("report after marking=%q, want only the gedung row", after.Text())
	}
}

func TestServeAnnouncementReachesOnlyOptedInWithinLimits(t *testing.T) {
	tg := telegramtest.New(t)
	b := startBot(t, tg, map[string]string{"ADMIN_USER_IDS": kbAdminIDs}, nil)
	const optedIn, others = 45, 6
	in := map[int64]bool{}
	for i := 0; i < optedIn; i++ {
		u := telegramtest.User{ID: int64(10000 + i), FirstName: "Warga"}
		in[u.ID] = true
		tg.PrivateMessage(u, "/pengumuman ya", nil)
	}
	for i := 0; i < others; i++ {
		u := telegramtest.User{ID: int64(20000 + i), FirstName: "Warga"}
		if i%2 == 0 {
			tg.PrivateMessage(u, "/pengumuman ya", nil)
			tg.PrivateMessage(u, "/pengumuman tidak", nil) // changed their mind
		} else {
			tg.PrivateMessage(u, "halo", nil) // never opted in
		}
	}
	tg.Wait(30*time.Second, "every citizen answered", func() bool {
		for id := range in {
			if len(tg.Sent(id)) < 1 {
				return false
			}
		}
		for i := 0; i < others; i++ {
			want := 1 + (1-i%2)*1
			if len(tg.Sent(int64(20000+i))) < want {
				return false
			}
		}
		return true
	})

	tg.PrivateMessage(kbAdmin, "/umumkan", nil)
	waitSent(t, tg, kbAdmin.ID, 0, "Tulis isi pengumuman")
	tg.PrivateMessage(kbAdmin, "Kantor Disdukcapil tutup pada 1 Desember. Layanan kembali normal 2 Desember.", nil)
	confirm := waitSent(t, tg, kbAdmin.ID, 1, fmt.Sprintf("Kirim ke <b>%d</b> warga", optedIn))
	_, send, ok := findButton(tg, kbAdmin.ID, 1, "ann:send:")
	if !ok {
		t.Fatalf("preview has no send button")
	}
	start := time.Now()
	tg.Press(kbAdmin.ID, kbAdmin, messageID(confirm), send)
	waitSent(t, tg, kbAdmin.ID, 2, fmt.Sprintf("ke %d warga", optedIn))

	var times []time.Time
	tg.Wait(30*time.Second, "the announcement delivered to every opted-in citizen", func() bool {
		times = times[:0]
		for _, c := range tg.Calls("sendMessage") {
			if c.Result != nil && c.At.After(start) && strings.Contains(c.Text(), "Pengumuman Layanan Warga") {
				times = append(times, c.At)
			}
		}
		return len(times) >= optedIn
	})
	waitQuiet(t, tg, b.DSN)
	for _, c := range tg.Calls("sendMessage") {
		if !strings.Contains(c.Text(), "Pengumuman Layanan Warga") || c.ChatID() == kbAdmin.ID {
			continue
		}
		if !in[c.ChatID()] {
			t.Fatalf("announcement reached %d, who did not opt in", c.ChatID())
		}
		if bs := c.Buttons(); len(bs) != 1 || bs[0].CallbackData != "ann:off" {
			t.Fatalf("announcement buttons=%v, want one opt-out button", bs)
		}
	}
	if len(times) != optedIn {
		t.Fatalf("announcement sent %d times, want %d (once each)", len(times), optedIn)
	}
	// Telegram allows about 30 messages a second across chats: no window of
	// a second (less 50 ms of network jitter) holds more.
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	busiest := 0
	for i := range times {
		j := i
		for j < len(times) && times[j].Sub(times[i]) < 950*time.Millisecond {
			j++
		}
		busiest = max(busiest, j-i)
	}
	t.Logf("%d announcements delivered over %s, at most %d in a second", len(times), times[len(times)-1].Sub(times[0]), busiest)
	if busiest > 30 {
		t.Fatalf("%d announcement messages within a second, over the limit of 30", busiest)
	}
	if tg.Violations != 0 {
		t.Fatalf("fake Bot API saw %d rate-limit violations", tg.Violations)
	}

	// The one-button opt-out works.
	first := telegramtest.User{ID: 10000, FirstName: "Warga"}
	n := len(tg.Sent(first.ID))
	tg.Press(first.ID, first, 1, "ann:off")
	waitSent(t, tg, first.ID, n, "tidak akan menerima pengumuman lagi")
}
