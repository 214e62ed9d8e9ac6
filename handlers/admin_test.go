package handlers_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

const adminID = 77

// fakeFiles serves uploaded documents by file id.
type fakeFiles map[string][]byte

func (f fakeFiles) Fetch(ctx context.Context, id string, max int64) ([]byte, error) {
	b, ok := f[id]
	if !ok {
		return nil, errors.New("no such file")
	}
	return b, nil
}

var _ handlers.FileFetcher = fakeFiles(nil)
var _ handlers.AdminStore = (*storage.DB)(nil)

type adminEnv struct {
	t     *testing.T
	db    *storage.DB
	kb    *knowledge.Base
	svc   *handlers.Service
	files fakeFiles
	upd   int64
	now   time.Time
}

// newAdminEnv builds the environment; with may change the dependencies.
func newAdminEnv(t *testing.T, with ...func(*handlers.Deps)) *adminEnv {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "helpdesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	arts, err := knowledge.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if _, err := db.SaveArticle(ctx, a, "import"); err != nil {
			t.Fatal(err)
		}
	}
	e := &adminEnv{t: t, db: db, kb: knowledge.NewBase(arts), files: fakeFiles{},
		now: time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)}
	db.Now = func() time.Time { return e.now }
	d := handlers.Deps{Chats: db, Knowledge: e.kb, Outbox: db, Apps: db, Cases: db, Admin: db,
		Files: e.files, Now: func() time.Time { return e.now },
		Settings: handlers.Settings{Admins: []int64{adminID}, KBLint: knowledge.LintOptions{}}}
	for _, f := range with {
		f(&d)
	}
	e.svc = handlers.New(d)
	return e
}

// do runs one private update from user and returns what the bot did.
func (e *adminEnv) do(user int64, req handlers.Request) []outbox.Action {
	e.t.Helper()
	e.upd++
	e.now = e.now.Add(time.Second)
	req.UpdateID = e.upd
	req.Chat = handlers.Chat{ID: user, Type: handlers.ChatPrivate}
	req.From = handlers.User{ID: user, FirstName: "U"}
	res, err := e.svc.Handle(context.Background(), req)
	if err != nil {
		e.t.Fatalf("handle %+v: %v", req, err)
	}
	if err := e.db.WriteRecords(context.Background(), res.Records); err != nil {
		e.t.Fatal(err)
	}
	return res.Actions
}

func (e *adminEnv) text(user int64, text string) []outbox.Action {
	req := handlers.Request{Text: text}
	if strings.HasPrefix(text, "/") {
		cmd, args, _ := strings.Cut(text[1:], " ")
		req.Command, req.Args = cmd, strings.TrimSpace(args)
	}
	return e.do(user, req)
}

func (e *adminEnv) press(user int64, data string) []outbox.Action {
	return e.do(user, handlers.Request{Callback: &handlers.Callback{ID: "cb", Data: data, MessageID: 9}})
}

func (e *adminEnv) upload(user int64, name, content string) []outbox.Action {
	id := fmt.Sprintf("file%d", e.upd+1)
	e.files[id] = []byte(content)
	return e.do(user, handlers.Request{Media: &handlers.Media{Kind: "document", FileID: id, FileName: name, Size: int64(len(content))}})
}

const keramaianV1 = `---
id: izin-hajatan-uji
title: Izin Keramaian untuk Hajatan
category: kepolisian
keywords: [izin keramaian, hajatan, pesta pernikahan, acara musik]
questions: ["syarat izin keramaian untuk hajatan apa saja?"]
source: https://polri.go.id
updated: 2026-11-27
---
Izin keramaian untuk hajatan diurus di Polsek setempat.

## Persyaratan
- Surat permohonan
- Fotokopi KTP penyelenggara
- Surat pengantar RT/RW
`

func TestAdminUploadIsPublishedAndAnsweredAtOnce(t *testing.T) {
	e := newAdminEnv(t)
	acts := e.upload(adminID, "izin-hajatan-uji.md", keramaianV1)
	if !strings.Contains(said(acts), "Artikel baru diterbitkan") || !hasButton(acts, "undo:izin-hajatan-uji:1") {
		t.Fatalf("reply=%q buttons=%v, want a new article with undo:izin-hajatan-uji:1", said(acts), buttons(acts))
	}
	ans := e.text(5001, "syarat izin keramaian untuk hajatan apa saja?")
	if !strings.Contains(said(ans), "Izin Keramaian untuk Hajatan") {
		t.Fatalf("citizen answer=%q, want the new article at once", said(ans))
	}
	hist, err := e.db.ArticleHistory(context.Background(), "izin-hajatan-uji")
	if err != nil || len(hist) != 1 || hist[0].Actor != fmt.Sprintf("tg:%d", adminID) {
		t.Fatalf("history=%+v err=%v, want one version by the admin", hist, err)
	}
}

func TestAdminBadUploadIsRefusedWithItsLine(t *testing.T) {
	e := newAdminEnv(t)
	before, _ := e.kb.Get("ktp-el-baru")
	bad := strings.Replace(string(knowledge.Render(before)), "## Persyaratan", "## Persyaratan\nDaftar di situs slot gacor terpercaya", 1)
	acts := e.upload(adminID, "ktp-el-baru.md", bad)
	line := 0
	for i, l := range strings.Split(bad, "\n") {
		if strings.Contains(l, "gacor") {
			line = i + 1
		}
	}
	want := fmt.Sprintf("baris %d:", line)
	if !strings.Contains(said(acts), "tidak diterbitkan") || !strings.Contains(said(acts), want) || len(buttons(acts)) != 0 {
		t.Fatalf("reply=%q, want a refusal naming %q and no undo", said(acts), want)
	}
	if after, _ := e.kb.Get("ktp-el-baru"); after.Body != before.Body {
		t.Fatalf("live article changed by a refused upload")
	}
	hist, _ := e.db.ArticleHistory(context.Background(), "ktp-el-baru")
	if len(hist) != 1 {
		t.Fatalf("history=%d versions, want 1 (nothing saved)", len(hist))
	}
	missing := e.upload(adminID, "x.md", "---\ntitle: Tanpa ID\n---\nisi\n")
	if !strings.Contains(said(missing), "baris 1: missing id") {
		t.Fatalf("reply=%q, want line 1 missing id", said(missing))
	}
}

func TestAdminUpdateSaysWhatChangedAndUndoRestores(t *testing.T) {
	e := newAdminEnv(t)
	e.upload(adminID, "izin-hajatan-uji.md", keramaianV1)
	v2 := strings.Replace(keramaianV1, "title: Izin Keramaian untuk Hajatan", "title: Izin Keramaian (Hajatan dan Acara)", 1)
	v2 = strings.Replace(v2, "- Surat pengantar RT/RW\n", "- Surat pengantar RT/RW dan kelurahan\n- Denah lokasi acara\n", 1)
	acts := e.upload(adminID, "izin-hajatan-uji.md", v2)
	got := said(acts)
	if !strings.Contains(got, "diperbarui ke versi 2") || !strings.Contains(got, "judul") || !strings.Contains(got, "isi (+2 baris, −1 baris)") {
		t.Fatalf("reply=%q, want version 2, the title and +2/−1 body lines", got)
	}
	if a, _ := e.kb.Get("izin-hajatan-uji"); a.Title != "Izin Keramaian (Hajatan dan Acara)" {
		t.Fatalf("live title=%q, want the update", a.Title)
	}
	// Undo brings version 1 back as version 3.
	acts = e.press(adminID, "undo:izin-hajatan-uji:2")
	if !strings.Contains(said(acts), "kembali ke isi versi 1") {
		t.Fatalf("undo reply=%q", said(acts))
	}
	if a, _ := e.kb.Get("izin-hajatan-uji"); a.Title != "Izin Keramaian untuk Hajatan" {
		t.Fatalf("after undo title=%q, want version 1's", a.Title)
	}
	// An old undo button no longer applies.
	acts = e.press(adminID, "undo:izin-hajatan-uji:2")
	if !strings.Contains(said(acts), "lebih baru") {
		t.Fatalf("stale undo reply=%q, want a refusal", said(acts))
	}
	// Undoing the creation deletes the article.
	e2 := newAdminEnv(t)
	e2.upload(adminID, "izin-hajatan-uji.md", keramaianV1)
	e2.press(adminID, "undo:izin-hajatan-uji:1")
	if _, ok := e2.kb.Get("izin-hajatan-uji"); ok {
		t.Fatalf("undo of a new article left it live")
	}
	if ans := e2.text(5001, "syarat izin keramaian untuk hajatan apa saja?"); strings.Contains(said(ans), "Izin Keramaian untuk Hajatan") {
		t.Fatalf("citizen still answered from an undone article: %q", said(ans))
	}
}

func TestAdminHistoryAndRestore(t *testing.T) {
	e := newAdminEnv(t)
	e.upload(adminID, "izin-hajatan-uji.md", keramaianV1)
	e.upload(adminID, "izin-hajatan-uji.md", strings.Replace(keramaianV1, "Polsek setempat", "Polres setempat", 1))
	acts := e.text(adminID, "/kb riwayat izin-hajatan-uji")
	got := said(acts)
	if !strings.Contains(got, "2 versi") || !strings.Contains(got, "<b>v1</b>") || !strings.Contains(got, "dibuat") ||
		!strings.Contains(got, "diubah") || !strings.Contains(got, fmt.Sprintf("tg:%d", adminID)) {
		t.Fatalf("history=%q, want both versions with who", got)
	}
	if !hasButton(acts, "kb:restore:izin-hajatan-uji:1") || hasButton(acts, "kb:restore:izin-hajatan-uji:2") {
		t.Fatalf("buttons=%v, want restore of v1 only", buttons(acts))
	}
	acts = e.press(adminID, "kb:restore:izin-hajatan-uji:1")
	if !strings.Contains(said(acts), "versi 3") || !hasButton(acts, "undo:izin-hajatan-uji:3") {
		t.Fatalf("restore reply=%q buttons=%v", said(acts), buttons(acts))
	}
	if a, _ := e.kb.Get("izin-hajatan-uji"); !strings.Contains(a.Body, "Polsek") {
		t.Fatalf("restored body=%q, want version 1's", a.Body)
	}
}

func TestAdminDeleteAsksFirstAndCanBeUndone(t *testing.T) {
	e := newAdminEnv(t)
	acts := e.press(adminID, "kb:del:paspor-baru")
	if !hasButton(acts, "kb:delok:paspor-baru") {
		t.Fatalf("delete did not ask for confirmation: %v", buttons(acts))
	}
	if _, ok := e.kb.Get("paspor-baru"); !ok {
		t.Fatalf("deleted before confirmation")
	}
	acts = e.press(adminID, "kb:delok:paspor-baru")
	if _, ok := e.kb.Get("paspor-baru"); ok {
		t.Fatalf("still live after confirmed delete")
	}
	if !hasButton(acts, "undo:paspor-baru:2") {
		t.Fatalf("buttons=%v, want undo of the deletion", buttons(acts))
	}
	e.press(adminID, "undo:paspor-baru:2")
	if _, ok := e.kb.Get("paspor-baru"); !ok {
		t.Fatalf("undo of delete did not bring the article back")
	}
}

func TestAdminBrowseAndExport(t *testing.T) {
	e := newAdminEnv(t)
	acts := e.text(adminID, "/kb")
	if !hasButton(acts, "kb:cat:kependudukan:0") || !hasButton(acts, "kb:export") {
		t.Fatalf("overview buttons=%v", buttons(acts))
	}
	acts = e.press(adminID, "kb:cat:kependudukan:0")
	page := buttons(acts)
	if !hasButton(acts, "kb:cat:kependudukan:1") || acts[len(acts)-1].Kind != outbox.Edit {
		t.Fatalf("page 0 buttons=%v, want a next page, edited in place", page)
	}
	acts = e.press(adminID, "kb:show:ktp-el-baru")
	if !strings.Contains(said(acts), "Pembuatan KTP-el Baru") || !hasButton(acts, "kb:hist:ktp-el-baru") {
		t.Fatalf("show=%q", said(acts))
	}
	acts = e.text(adminID, "/kb ekspor")
	var doc *outbox.Action
	for i := range acts {
		if acts[i].Kind == outbox.Document {
			doc = &acts[i]
		}
	}
	if doc == nil || !strings.HasSuffix(doc.FileName, ".zip") {
		t.Fatalf("export acts=%+v, want a zip document", acts)
	}
	zr, err := zip.NewReader(bytes.NewReader(doc.File), int64(len(doc.File)))
	if err != nil || len(zr.File) != len(e.kb.List()) {
		t.Fatalf("zip files=%d err=%v, want %d", len(zr.File), err, len(e.kb.List()))
	}
	for _, data := range []string{"kb:cat:" + strings.Repeat("x", 80) + ":0", "kb:cat:kependudukan:-1", "kb:restore:ktp-el-baru:abc", "undo:x", "kb"} {
		acts = e.press(adminID, data)
		if len(acts) != 1 || acts[0].Kind != outbox.AnswerCallback {
			t.Fatalf("data %q: acts=%+v, want just an ack", data, acts)
		}
	}
}

func TestNonAdminIsRefusedAndLogged(t *testing.T) {
	e := newAdminEnv(t)
	const stranger = 9009
	for _, cmd := range []string{"/kb", "/celah", "/umumkan Kantor tutup", "/kb hapus ktp-el-baru"} {
		acts := e.text(stranger, cmd)
		if got := said(acts); !strings.Contains(got, "hanya untuk pengelola") || strings.Contains(got, "artikel") {
			t.Fatalf("%s by a citizen: %q, want a polite refusal that reveals nothing", cmd, got)
		}
	}
	acts := e.press(stranger, "kb:delok:ktp-el-baru")
	if len(acts) != 1 || !acts[0].Alert {
		t.Fatalf("button by a citizen: %+v, want an alert only", acts)
	}
	if _, ok := e.kb.Get("ktp-el-baru"); !ok {
		t.Fatalf("a citizen's button deleted an article")
	}
	// A citizen's .md file is not published.
	acts = e.upload(stranger, "izin-hajatan-uji.md", keramaianV1)
	if _, ok := e.kb.Get("izin-hajatan-uji"); ok || strings.Contains(said(acts), "diterbitkan") {
		t.Fatalf("a citizen's upload was published: %q", said(acts))
	}
	log, err := e.db.ListAdminAttempts(context.Background(), 10)
	if err != nil || len(log) != 5 || log[0].Allowed || log[0].UserID != stranger {
		t.Fatalf("audit=%+v err=%v, want 5 refused attempts by the citizen", log, err)
	}
}

func TestGapsReportGroupsAndMarksHandled(t *testing.T) {
	e := newAdminEnv(t)
	qs := []string{
		"syarat izin keramaian untuk hajatan apa saja?",
		"gimana cara ngurus izin keramaian buat acara nikahan",
		"Mau bikin izin keramaian, syaratnya apa kak?",
		"izin keramaian hajatan di polsek gmn",
		"berapa harga sewa gedung serbaguna kelurahan",
	}
	for i, q := range qs {
		if err := e.db.RecordGap(context.Background(), helpdesk.Gap{ChatID: int64(6000 + i), UpdateID: int64(900 + i), Query: q,
			At: e.now.Add(time.Duration(-i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	acts := e.text(adminID, "/celah")
	got := said(acts)
	if !strings.Contains(got, "5 pertanyaan") || !strings.Contains(got, "2 kebutuhan") || !strings.Contains(got, "4× (4 tak terjawab, 0 👎), 4 warga") {
		t.Fatalf("report=%q, want the four keramaian questions as one row", got)
	}
	if !strings.Contains(got, "<b>1. «") || !strings.Contains(got, "contoh:") {
		t.Fatalf("report=%q, want numbered rows with examples", got)
	}
	e.upload(adminID, "izin-hajatan-uji.md", keramaianV1)
	acts = e.text(adminID, "/celah selesai 1 izin-hajatan-uji")
	if !strings.Contains(said(acts), "(4 pertanyaan) ditandai selesai") {
		t.Fatalf("mark reply=%q", said(acts))
	}
	acts = e.text(adminID, "/celah")
	if got := said(acts); !strings.Contains(got, "1 pertanyaan") || strings.Contains(got, "keramaian") {
		t.Fatalf("report after mark=%q, want only the gedung row", got)
	}
	// Marking by button asks for the article, then takes a typed id.
	var done []string
	for _, d := range buttons(acts) {
		if strings.HasPrefix(d, "gap:done:") {
			done = append(done, d)
		}
	}
	if len(done) != 1 {
		t.Fatalf("buttons=%v, want one gap:done", buttons(acts))
	}
	acts = e.press(adminID, done[0])
	if !strings.Contains(said(acts), "Artikel mana") {
		t.Fatalf("gap:done reply=%q", said(acts))
	}
	acts = e.text(adminID, "tidak-ada")
	if !strings.Contains(said(acts), "tidak ada di basis") {
		t.Fatalf("unknown article reply=%q", said(acts))
	}
	e.press(adminID, done[0])
	acts = e.text(adminID, "kk-baru-menikah")
	if !strings.Contains(said(acts), "ditandai selesai") {
		t.Fatalf("typed id reply=%q", said(acts))
	}
	if acts := e.text(adminID, "/celah"); !strings.Contains(said(acts), "Tidak ada pertanyaan") {
		t.Fatalf("final report=%q, want empty", said(acts))
	}
}

func TestAnnouncementReachesOnlyOptedInCitizens(t *testing.T) {
	e := newAdminEnv(t)
	const ani, budi, cici = 7001, 7002, 7003
	e.text(ani, "/pengumuman")
	e.press(ani, "ann:on")
	if acts := e.text(budi, "/pengumuman ya"); !strings.Contains(said(acts), "akan menerima") {
		t.Fatalf("opt-in reply=%q", said(acts))
	}
	e.press(budi, "ann:off") // changed her mind
	e.text(cici, "halo")     // never opted in
	acts := e.text(adminID, "/umumkan")
	if !strings.Contains(said(acts), "Tulis isi pengumuman") {
		t.Fatalf("/umumkan reply=%q", said(acts))
	}
	acts = e.text(adminID, "Kantor Disdukcapil tutup 1 Desember <libur>.")
	var send string
	for _, d := range buttons(acts) {
		if strings.HasPrefix(d, "ann:send:") {
			send = d
		}
	}
	if send == "" || !strings.Contains(said(acts), "Kirim ke <b>1</b> warga") || !strings.Contains(said(acts), "&lt;libur&gt;") {
		t.Fatalf("preview=%q buttons=%v, want an escaped preview for 1 citizen", said(acts), buttons(acts))
	}
	ctx := context.Background()
	if n, _ := e.db.OutboxDepth(ctx); n != 0 {
		t.Fatalf("outbox=%d before confirmation, want 0", n)
	}
	acts = e.press(adminID, send)
	if !strings.Contains(said(acts), "ke 1 warga") {
		t.Fatalf("send reply=%q", said(acts))
	}
	e.press(adminID, send) // a second press sends nothing more
	if err := jobNamed(t, e.svc, "announce").Run(ctx); err != nil {
		t.Fatal(err)
	}
	items, err := e.db.PendingOutbox(ctx, 0, 100)
	if err != nil || len(items) != 1 || items[0].ChatID != ani || !strings.HasPrefix(items[0].Source, "announce:") {
		t.Fatalf("outbox=%+v err=%v, want one message to the opted-in citizen", items, err)
	}
	if !strings.Contains(items[0].Action.Text, "Pengumuman") || items[0].Action.Buttons[0][0].Data != "ann:off" {
		t.Fatalf("announcement=%+v, want the heading and a one-button opt-out", items[0].Action)
	}
	if got := said(e.text(adminID, "/umumkan riwayat")); !strings.Contains(got, "terkirim 0 dari 1, menunggu 1, gagal 0") {
		t.Fatalf("announcement history=%q, want the delivery counts", got)
	}
	e.press(ani, "ann:off")
	if c, _ := e.db.FindCitizen(ctx, ani); c.Announcements {
		t.Fatalf("opt-out button left the citizen subscribed")
	}
}

func TestUploadOutsideTelegramAndCancel(t *testing.T) {
	e := newAdminEnv(t)
	svc := handlers.New(handlers.Deps{Chats: e.db, Knowledge: e.kb, Outbox: e.db, Apps: e.db, Cases: e.db, Admin: e.db,
		Settings: handlers.Settings{Admins: []int64{adminID}}})
	res, err := svc.Handle(context.Background(), handlers.Request{UpdateID: 1, Chat: handlers.Chat{ID: adminID, Type: handlers.ChatPrivate},
		From: handlers.User{ID: adminID}, Media: &handlers.Media{Kind: "document", FileID: "f", FileName: "a.md"}})
	acts := res.Actions
	if err != nil || !strings.Contains(said(acts), "hanya bisa lewat Telegram") {
		t.Fatalf("terminal upload=%q err=%v", said(acts), err)
	}
	e.text(adminID, "/umumkan")
	if acts := e.text(adminID, "/batal"); !strings.Contains(said(acts), "dibatalkan") {
		t.Fatalf("/batal reply=%q", said(acts))
	}
	if n, _ := e.db.CountSubscribers(context.Background()); n != 0 {
		t.Fatal("unexpected subscribers")
	}
}

func TestKnowledgeSyncPicksUpChangesMadeOutsideTheBot(t *testing.T) {
	var logs bytes.Buffer
	e := newAdminEnv(t, func(d *handlers.Deps) { d.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
	ctx := context.Background()
	sync := jobNamed(t, e.svc, "kb-sync")
	if err := sync.Run(ctx); err != nil || logs.Len() != 0 {
		t.Fatalf("sync of an unchanged base: err=%v log=%q, want nothing done", err, logs.String())
	}
	// As `helpdesk kb import` in another process would.
	a, err := knowledge.Parse("izin-hajatan-uji.md", []byte(keramaianV1), knowledge.LintOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SaveArticle(ctx, a, "cli"); err != nil {
		t.Fatal(err)
	}
	if err := e.db.DeleteArticle(ctx, "paspor-baru", "cli"); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.kb.Get("izin-hajatan-uji"); ok {
		t.Fatal("base changed before the sync")
	}
	if err := sync.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.kb.Get("izin-hajatan-uji"); !ok {
		t.Fatal("imported article not live after the sync")
	}
	if _, ok := e.kb.Get("paspor-baru"); ok {
		t.Fatal("deleted article still live after the sync")
	}
	stored, _ := e.db.ListArticles(ctx)
	if len(e.kb.List()) != len(stored) {
		t.Fatalf("live=%d stored=%d after sync", len(e.kb.List()), len(stored))
	}
}

func TestAnnouncementGoesOutInBatches(t *testing.T) {
	e := newAdminEnv(t)
	ctx := context.Background()
	for i := int64(1); i <= 45; i++ {
		if err := e.db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 3000 + i, UserID: 3000 + i}); err != nil {
			t.Fatal(err)
		}
		if err := e.db.SetAnnouncements(ctx, 3000+i, true); err != nil {
			t.Fatal(err)
		}
	}
	job := jobNamed(t, e.svc, "announce")
	acts := e.text(adminID, "/umumkan Layanan KTP keliling hari Sabtu di balai desa.")
	send := ""
	for _, d := range buttons(acts) {
		if strings.HasPrefix(d, "ann:send:") {
			send = d
		}
	}
	e.press(adminID, send)
	want := []int{0, 20, 40, 45, 45}
	for i, w := range want {
		if n, _ := e.db.OutboxDepth(ctx); n != w {
			t.Fatalf("after %d job runs outbox=%d, want %d", i, n, w)
		}
		if err := job.Run(ctx); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := e.db.ListAnnouncements(ctx, 1)
	if len(list) != 1 || list[0].State != helpdesk.AnnouncementSent || list[0].Recipients != 45 {
		t.Fatalf("announcement=%+v, want sent to 45", list)
	}
}

func jobNamed(t *testing.T, svc *handlers.Service, name string) handlers.Job {
	t.Helper()
	for _, j := range svc.Jobs() {
		if j.Name == name {
			return j
		}
	}
	t.Fatalf("no job %q", name)
	return handlers.Job{}
}

// kbButtons returns the article buttons (kb:show:ID) of the last message, in
// order, as id -> text and the order of ids.
func kbButtons(acts []outbox.Action) (map[string]string, []string) {
	text := map[string]string{}
	var order []string
	for _, row := range acts[len(acts)-1].Buttons {
		for _, b := range row {
			if id, ok := strings.CutPrefix(b.Data, "kb:show:"); ok {
				text[id] = b.Text
				order = append(order, id)
			}
		}
	}
	return text, order
}

func TestAdminKBShowsStaleArticlesFirst(t *testing.T) {
	e := newAdminEnv(t)
	article := func(id, title, verified string) string {
		return "---\nid: " + id + "\ntitle: " + title + "\ncategory: kepolisian\nsource: https://polri.go.id/skck\n" +
			"updated: 2026-11-01\nverified: " + verified + "\n---\nIsi " + title + ".\n"
	}
	e.upload(adminID, "a.md", article("izin-a", "Aaa Izin Baru Diperiksa", "2026-11-20"))
	e.upload(adminID, "z.md", article("izin-z", "Zzz Izin Lama", "2024-03-01"))

	acts := e.text(adminID, "/kb")
	if !hasButton(acts, "kb:stale:0") || !strings.Contains(said(acts), "belum diperiksa ulang") {
		t.Fatalf("overview=%q buttons=%v, want the stale note and button", said(acts), buttons(acts))
	}
	if first := acts[len(acts)-1].Buttons[0][0].Data; first != "kb:stale:0" {
		t.Fatalf("first overview button %q, want kb:stale:0 before the categories", first)
	}

	// In the category, every stale article comes before every fresh one, marked.
	acts = e.press(adminID, "kb:cat:kepolisian:0")
	text, order := kbButtons(acts)
	if !strings.HasPrefix(text["izin-z"], "⚠️") || strings.HasPrefix(text["izin-a"], "⚠️") {
		t.Fatalf("buttons %v: want izin-z marked and izin-a not", text)
	}
	seenFresh := false
	for _, id := range order {
		stale := strings.HasPrefix(text[id], "⚠️")
		if stale && seenFresh {
			t.Fatalf("order %v (%v): a stale article after a fresh one", order, text)
		}
		seenFresh = seenFresh || !stale
	}

	// The stale list holds the old one and not the fresh one; the article says why.
	var all []string
	for page := 0; ; page++ {
		acts = e.press(adminID, fmt.Sprintf("kb:stale:%d", page))
		_, ids := kbButtons(acts)
		all = append(all, ids...)
		if !hasButton(acts, fmt.Sprintf("kb:stale:%d", page+1)) {
			break
		}
	}
	if !slices.Contains(all, "izin-z") || slices.Contains(all, "izin-a") {
		t.Fatalf("stale list %v: want izin-z and not izin-a", all)
	}
	if got := said(e.press(adminID, "kb:show:izin-z")); !strings.Contains(got, "2024-03-01") || !strings.Contains(got, "perlu diperiksa ulang") {
		t.Fatalf("show stale=%q", got)
	}
	if got := said(e.press(adminID, "kb:show:izin-a")); !strings.Contains(got, "Diperiksa terhadap sumber: 2026-11-20") {
		t.Fatalf("show fresh=%q", got)
	}

	// Re-checking the figures is a change the admin is told about.
	acts = e.upload(adminID, "z.md", article("izin-z", "Zzz Izin Lama", "2026-11-27"))
	if !strings.Contains(said(acts), "tanggal pemeriksaan") {
		t.Fatalf("re-verify reply=%q, want the verified day named as changed", said(acts))
	}
	text, _ = kbButtons(e.press(adminID, "kb:cat:kepolisian:0"))
	if strings.HasPrefix(text["izin-z"], "⚠️") {
		t.Fatalf("izin-z still marked after a new check: %v", text)
	}
}
