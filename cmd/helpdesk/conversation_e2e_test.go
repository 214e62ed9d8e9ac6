package main

import (
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// converse sends one message and returns the bot's next reply.
func converse(t *testing.T, tg *telegramtest.Server, u telegramtest.User, text string) telegramtest.Call {
	t.Helper()
	n := len(tg.Sent(u.ID))
	tg.PrivateMessage(u, text, nil)
	tg.Wait(10*time.Second, "a reply to "+text, func() bool { return len(tg.Sent(u.ID)) > n })
	return tg.Sent(u.ID)[n]
}

func hasButtonPrefix(c telegramtest.Call, prefix string) bool {
	for _, b := range c.Buttons() {
		if strings.HasPrefix(b.CallbackData, prefix) {
			return true
		}
	}
	return false
}

// TestConversationAnswersThePartAsked drives a citizen's conversation through
// the fake Bot API and reads what the citizen reads: the asked part within one
// screen, follow-ups about the article under discussion, the title and source
// on every answer, buttons for the other parts.
func TestConversationAnswersThePartAsked(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4141, FirstName: "Dewi"}

	first := converse(t, tg, u, "syarat bikin skck apa aja")
	check := func(c telegramtest.Call, what string, want ...string) {
		t.Helper()
		text := c.Text()
		if n := len([]rune(text)); n > 1000 {
			t.Fatalf("%s: %d characters, want one screen (<= 1000):\n%s", what, n, text)
		}
		for _, w := range append(want, "SKCK", "Sumber") {
			if !strings.Contains(text, w) {
				t.Fatalf("%s lacks %q:\n%s", what, w, text)
			}
		}
	}
	check(first, "the documents answer", "Persyaratan")
	if !hasButtonPrefix(first, "p:biaya:") || !hasButtonPrefix(first, "p:all:") {
		t.Fatalf("the answer does not offer the cost and the whole article: %+v", first.Buttons())
	}

	cost := converse(t, tg, u, "biayanya brp?")
	check(cost, "the cost follow-up", "Biaya", "Rp")
	if strings.Contains(cost.Text(), "Persyaratan") {
		t.Fatalf("the cost follow-up repeats the documents:\n%s", cost.Text())
	}
	online := converse(t, tg, u, "kalau online bisa?")
	check(online, "the online follow-up", "daring")

	// A button shows another part as written.
	tg.Press(u.ID, u, messageID(online), "p:waktu:skck-baru")
	tg.Wait(10*time.Second, "the duration part", func() bool { return len(tg.Sent(u.ID)) == 4 })
	check(tg.Sent(u.ID)[3], "the duration part", "Waktu")
}

// TestConversationDeadlineFollowUp: "by when" has no heading of its own in
// the articles; the lines that state the deadline answer it, and a short
// follow-up asking for it stays on the article under discussion.
func TestConversationDeadlineFollowUp(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4545, FirstName: "Rina"}
	converse(t, tg, u, "bapak meninggal kemarin, akta kematian ngurusnya gmn")
	reply := converse(t, tg, u, "batasnya brp hari?")
	text := reply.Text()
	for _, want := range []string{"Akta Kematian", "Batas waktu", "paling lambat 30 hari", "Sumber"} {
		if !strings.Contains(text, want) {
			t.Fatalf("the deadline follow-up lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Persyaratan") {
		t.Fatalf("the deadline follow-up repeats the documents:\n%s", text)
	}
}

// TestConversationPartOfAChoice: a part asked for right after the bot
// offered a choice of articles gets the same choice again, each button
// showing that part, rather than a guess or a "we have nothing on that".
func TestConversationPartOfAChoice(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4646, FirstName: "Sari"}
	choice := converse(t, tg, u, "skck")
	if !hasButtonPrefix(choice, "a:skck-baru") || !hasButtonPrefix(choice, "a:skck-perpanjangan") {
		t.Fatalf("a bare 'skck' did not offer the SKCK articles: %q %+v", choice.Text(), choice.Buttons())
	}
	again := converse(t, tg, u, "biayanya brp?")
	if !strings.Contains(again.Text(), "Biaya untuk yang mana") ||
		!hasButtonPrefix(again, "p:biaya:skck-baru") || !hasButtonPrefix(again, "p:biaya:skck-perpanjangan") {
		t.Fatalf("the cost after a choice should offer the choice again for the cost: %q %+v", again.Text(), again.Buttons())
	}
	tg.Press(u.ID, u, messageID(again), "p:biaya:skck-perpanjangan")
	tg.Wait(10*time.Second, "the cost of the renewal", func() bool { return len(tg.Sent(u.ID)) == 3 })
	if text := tg.Sent(u.ID)[2].Text(); !strings.Contains(text, "Perpanjangan SKCK") || !strings.Contains(text, "Sumber") {
		t.Fatalf("pressing the renewal's cost showed:\n%s", text)
	}
}

func TestConversationIntentsBeyondQuestions(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4242, FirstName: "Budi"}

	complaint := converse(t, tg, u, "saya mau komplain petugas samsat kasar banget")
	if !strings.Contains(complaint.Text(), "keluhan") || !hasButtonPrefix(complaint, "case:new:c") {
		t.Fatalf("a complaint did not take the complaint path: %q %+v", complaint.Text(), complaint.Buttons())
	}
	if !strings.Contains(complaint.Text(), "LAPOR") {
		t.Fatalf("the complaint reply does not say what the official channel is:\n%s", complaint.Text())
	}

	// A complaint about a service the base has an article on offers that
	// article too: the police-report article says how to ask after one.
	stalled := converse(t, tg, u, "udah lapor ke polres 2 bulan lalu ga ada kabar")
	if !hasButtonPrefix(stalled, "case:new:c") || !hasButtonPrefix(stalled, "a:laporan-polisi") {
		t.Fatalf("a stalled police report should take the complaint path and offer the police-report article: %q %+v",
			stalled.Text(), stalled.Buttons())
	}
	if hasButtonPrefix(complaint, "a:laporan-polisi") {
		t.Fatalf("a complaint about an officer's manners offered an unrelated article: %+v", complaint.Buttons())
	}

	for _, msg := range []string{"wkwkwk", "bot goblok", "cuaca besok gimana"} {
		chat := converse(t, tg, u, msg)
		if strings.Contains(chat.Text(), "dicatat") || strings.Contains(chat.Text(), "Sumber") ||
			!strings.Contains(chat.Text(), "/petugas") {
			t.Fatalf("%q: want a short reply saying what the bot helps with, got:\n%s", msg, chat.Text())
		}
	}

	unknown := converse(t, tg, u, "/apaini")
	if !strings.Contains(unknown.Text(), "/apaini") || !strings.Contains(unknown.Text(), "/status") {
		t.Fatalf("an unknown command did not get the command list:\n%s", unknown.Text())
	}
	if len(tg.Calls("createForumTopic")) > 0 {
		t.Fatalf("an unknown command opened an officer case")
	}

	en := converse(t, tg, u, "how much does it cost to make a new passport")
	if !strings.Contains(en.Text(), "Indonesian") || !strings.Contains(en.Text(), "Source") {
		t.Fatalf("an English question did not get English framing:\n%s", en.Text())
	}
}

// TestConversationNearMiss: a need the base does not cover, worded close to
// an article, gets an honest "not this" that names the closest article as
// possibly related and offers an officer, never a confident answer.
func TestConversationNearMiss(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4343, FirstName: "Tono"}
	reply := converse(t, tg, u, "sim b2 umum buat sopir truk")
	text := reply.Text()
	if !strings.Contains(text, "belum punya informasinya") || !strings.Contains(text, "<b>") || strings.Contains(text, "Sumber") {
		t.Fatalf("a near miss was not told apart from an answer:\n%s", text)
	}
	if !hasButtonPrefix(reply, "case:new") || !hasButtonPrefix(reply, "a:") {
		t.Fatalf("a near miss should offer an officer and the related article: %+v", reply.Buttons())
	}
}

// TestConversationStoriesAndQualifiers: what the verifier decides, as the
// citizen reads it. A story around a need the base covers is answered; a
// follow-up that names nothing new stays on that article; the same need
// from a citizen abroad is a near miss that names the article as possibly
// related; a question nothing in the base is near names no article; a
// story of an officer asking for money that ends "how do I report it" takes
// the complaint path.
func TestConversationStoriesAndQualifiers(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4545, FirstName: "Wati"}

	story := converse(t, tg, u, "ktp istri sy ilang waktu belanja di pasar, ngurusnya gmn")
	if !strings.Contains(story.Text(), "KTP-el Hilang") || !strings.Contains(story.Text(), "Sumber") {
		t.Fatalf("a story around a covered need was not answered:\n%s", story.Text())
	}
	follow := converse(t, tg, u, "harus ke polsek dulu ga?")
	if !strings.Contains(follow.Text(), "KTP-el Hilang") || !strings.Contains(follow.Text(), "Sumber") {
		t.Fatalf("a follow-up naming nothing new left the article under discussion:\n%s", follow.Text())
	}

	abroad := converse(t, tg, u, "sy TKI di malaysia, ktp ilang, bisa ngurus dari sini?")
	if !strings.Contains(abroad.Text(), "belum punya informasinya") || !strings.Contains(abroad.Text(), "KTP-el Hilang") ||
		strings.Contains(abroad.Text(), "Sumber") {
		t.Fatalf("a need from abroad was not told apart from the local article:\n%s", abroad.Text())
	}
	if !hasButtonPrefix(abroad, "case:new") {
		t.Fatalf("a near miss should offer an officer: %+v", abroad.Buttons())
	}

	far := converse(t, tg, u, "rumah sy bocor parah, ada bantuan bedah rumah?")
	if !strings.Contains(far.Text(), "belum") || strings.Contains(far.Text(), "mungkin berkaitan") || hasButtonPrefix(far, "a:") {
		t.Fatalf("an unrelated article was named for a need nothing is near:\n%s %+v", far.Text(), far.Buttons())
	}

	complaint := converse(t, tg, u, "petugas kecamatan minta 150rb biar kk sy cepet jadi. gmn laporinnya")
	if !strings.Contains(complaint.Text(), "Keluhan") || !strings.Contains(complaint.Text(), "LAPOR") {
		t.Fatalf("a story of money asked for that ends in reporting did not take the complaint path:\n%s", complaint.Text())
	}
}

// TestConversationGrievancesAndDestinations reads what a citizen reads for
// a grievance told without the words of one, a fee asked about rather than
// reported, and a follow-up that names the town the citizen moves to.
func TestConversationGrievancesAndDestinations(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4747, FirstName: "Dewi"}

	down := converse(t, tg, u, "situs pajak gangguan terus dari semalam, pelayanan macam apa ini")
	if !hasButtonPrefix(down, "case:new:c") || !strings.Contains(down.Text(), "LAPOR") {
		t.Fatalf("a failing public system did not take the complaint path: %q %+v", down.Text(), down.Buttons())
	}

	fee := converse(t, tg, u, "panitia ptsl di desa minta 200rb per bidang, wajar ga?")
	if hasButtonPrefix(fee, "case:new:c") || !strings.Contains(fee.Text(), "PTSL") || !strings.Contains(fee.Text(), "Sumber") {
		t.Fatalf("a fee asked about should be answered by the PTSL article, got: %q %+v", fee.Text(), fee.Buttons())
	}

	out := converse(t, tg, u, "surat pindah dari kediri ke pekanbaru gmn")
	if !strings.Contains(out.Text(), "Pindah Keluar") {
		t.Fatalf("moving from Kediri should get the moving-out article:\n%s", out.Text())
	}
	there := converse(t, tg, u, "di pekanbarunya nanti urus apa?")
	if !strings.Contains(there.Text(), "Pindah Datang") || !strings.Contains(there.Text(), "Sumber") {
		t.Fatalf("the step at the destination should be the moving-in article:\n%s", there.Text())
	}
}

// TestConversationFollowUpsThatStayOrMove reads what a citizen reads when a
// follow-up asks whether something is needed, asks for a part the article
// under discussion has nothing on, or names an office; and when a foreigner
// asks for a document the articles only give citizens.
func TestConversationFollowUpsThatStayOrMove(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4848, FirstName: "Rina"}

	broken := converse(t, tg, u, "ktp sy patah jd dua")
	if !strings.Contains(broken.Text(), "KTP-el Rusak") {
		t.Fatalf("a broken KTP should get the damaged-KTP article:\n%s", broken.Text())
	}
	letter := converse(t, tg, u, "perlu surat kehilangan?")
	if !strings.Contains(letter.Text(), "KTP-el Rusak") || !strings.Contains(letter.Text(), "tidak perlu") {
		t.Fatalf("whether the police letter is needed is the damaged-KTP article's to say:\n%s", letter.Text())
	}

	converse(t, tg, u, "mau daftar bpjs mandiri sekeluarga")
	late := converse(t, tg, u, "telat bayar dendanya brp")
	if !strings.Contains(late.Text(), "Menunggak") || !strings.Contains(late.Text(), "Sumber") {
		t.Fatalf("a penalty the joining article has nothing on should be the arrears article:\n%s", late.Text())
	}

	converse(t, tg, u, "akta lahir anak sy ilang")
	where := converse(t, tg, u, "ngurusnya di dukcapil mana aja?")
	if !strings.Contains(where.Text(), "Akta Kelahiran Hilang") {
		t.Fatalf("an office named in a follow-up moved it off the lost birth certificate:\n%s", where.Text())
	}

	foreigner := converse(t, tg, u, "skck buat wna yg kerja di jakarta bisa?")
	if !strings.Contains(foreigner.Text(), "belum") || !hasButtonPrefix(foreigner, "case:new") {
		t.Fatalf("SKCK for a foreigner should be a near miss with an officer offered:\n%s %+v", foreigner.Text(), foreigner.Buttons())
	}
}

// TestConversationTimeLimitsAndWhatHappens reads what a citizen reads when
// a follow-up says how long ago the baby was born, against the birth
// certificate's 60-day limit, and asks what happens if an ETLE letter is
// ignored. Through the running bot, whose base comes from the database in
// ID order: a pointer lost there alone once answered the late case with
// the on-time article again.
func TestConversationTimeLimitsAndWhatHappens(t *testing.T) {
	tg := telegramtest.New(t)
	startBot(t, tg, nil, nil)
	u := telegramtest.User{ID: 4949, FirstName: "Sari"}

	converse(t, tg, u, "bikin akte lahir buat bayi gmn")
	late := converse(t, tg, u, "kalo lahirnya udah 5 bulan lalu?")
	if !strings.HasPrefix(late.Text(), "<b>Akta Kelahiran Terlambat") || !strings.Contains(late.Text(), "Sumber") {
		t.Fatalf("five months after the birth is the late registration:\n%s", late.Text())
	}
	converse(t, tg, u, "bikin akte lahir buat bayi gmn")
	soon := converse(t, tg, u, "kalo baru 2 minggu?")
	if !strings.HasPrefix(soon.Text(), "<b>Akta Kelahiran (Pelaporan Kelahiran Kurang dari 60 Hari)") {
		t.Fatalf("two weeks after the birth is the on-time registration:\n%s", soon.Text())
	}

	converse(t, tg, u, "dapet surat tilang elektronik di rumah")
	ignored := converse(t, tg, u, "kalo dicuekin aja gmn?")
	if !strings.Contains(ignored.Text(), "ETLE") || !strings.Contains(ignored.Text(), "diblokir") {
		t.Fatalf("what happens when the letter is ignored is the ETLE article's to say:\n%s", ignored.Text())
	}
}
