package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/storage"
	"github.com/layananwarga/helpdesk/telegramtest"
)

const e2eWorkflow = `# Alur kerja BKPSDM
statuses:
  - name: Disposisi
    meaning: "Berkas Kakak sudah didisposisikan ke Bidang Mutasi."
    next: "Belum ada yang perlu Kakak lakukan."
  - name: Divalidasi
    meaning: "Berkas Kakak sudah divalidasi oleh verifikator."
    next: "Tunggu persetujuan Kepala BKPSDM."
  - name: Disetujui
    meaning: "Usulan Kakak sudah disetujui."
    next: "SK dapat diunduh di aplikasi kepegawaian."
    final: true
services:
  - name: Kenaikan Pangkat
    working_days: 5
`

// e2eCodeKey is the verify-code key given in the environment; the test
// looks for it in the database files and the log.
const e2eCodeKey = "e2e-status-code-key-7f3a9c0b5d2e4f6a8b1c"

// runCmdVars runs a subcommand with the given environment.
func runCmdVars(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return vars[k] }, DotEnv: filepath.Join(t.TempDir(), "none.env")}
	code := run(context.Background(), args, env)
	return code, stdout.String(), stderr.String()
}

func TestServeOfficeWorkflowEndToEnd(t *testing.T) {
	dir := t.TempDir()
	wfPath := filepath.Join(dir, "alur.yaml")
	if err := os.WriteFile(wfPath, []byte(e2eWorkflow), 0o644); err != nil {
		t.Fatal(err)
	}
	dsn := testDSN(t)
	addr := freeAddr(t)
	vars := withDB(dsn, map[string]string{"STATUS_WORKFLOW": wfPath, "STATUS_CODE_KEY": e2eCodeKey,
		"AGENT_CHAT_ID": strconv.FormatInt(stGroup, 10), "HTTP_ADDR": addr, "STATUS_API_TOKEN": stAPIToken,
		"OFFICE_HOURS": "Mon-Fri 08:00-16:00 Asia/Jakarta", "LOG_LEVEL": "debug"})
	base := "http://" + addr

	// Import: the office's words in any case; a status outside the workflow
	// is reported with its line, the allowed names and a near spelling.
	long := time.Now().AddDate(0, 0, -40).Format("2006-01-02")
	csv := writeCSV(t, "tracking_no,status,service,applicant_name,verify_code,updated_at\n"+
		"KP-1,disposisi,Kenaikan Pangkat,Sari Dewi,111111,"+long+"\n"+
		"KP-2,DISPOSISI,Kenaikan Pangkat,Budi Santoso,123456,\n"+
		"KP-3,Disetujiu,Kenaikan Pangkat,Ani,222222,\n"+
		"KP-4,selesai,Kenaikan Pangkat,Ani,333333,\n")
	code, out, errOut := runCmdVars(t, vars, "apps", "import", csv)
	if code != 1 || !strings.Contains(out, "2 rows applied (2 new") {
		t.Fatalf("import: exit %d %q %q", code, out, errOut)
	}
	for _, want := range []string{`status.csv:4: unknown status "Disetujiu"; did you mean "Disetujui"? Use one of: Disposisi, Divalidasi, Disetujui`,
		`status.csv:5: unknown status "selesai"; use one of: Disposisi, Divalidasi, Disetujui`} {
		if !strings.Contains(errOut, want) {
			t.Fatalf("import errors %q lack %q", errOut, want)
		}
	}

	tg := telegramtest.New(t)
	tg.SetMember(stGroup, stOfficer.ID, "member")
	b := startBot(t, tg, vars, nil)

	// Verified lookup: the office's words and the expected date.
	say(t, tg, stCitizen, "/status KP-2", "kode verifikasi")
	n := len(tg.Sent(stCitizen.ID))
	card := say(t, tg, stCitizen, "123456", "B*** S***")
	for _, want := range []string{"<b>Disposisi</b>", "Berkas Kakak sudah didisposisikan ke Bidang Mutasi.", "Perkiraan selesai:", "standar layanan 5 hari kerja"} {
		if !strings.Contains(card.Text(), want) {
			t.Fatalf("card lacks %q:\n%s", want, card.Text())
		}
	}
	_, data, ok := findButton(tg, stCitizen.ID, n, "st:sub:")
	if !ok {
		t.Fatalf("card %q has no follow button", card.Text())
	}
	n = len(tg.Sent(stCitizen.ID))
	tg.Press(stCitizen.ID, stCitizen, messageID(card), data)
	waitSent(t, tg, stCitizen.ID, n, "Siap, Kak")

	// A status outside the workflow, refused by the officer command, the
	// CSV and the API, each with the allowed names.
	n = len(tg.Sent(stGroup))
	tg.GroupMessage(stGroup, 0, stOfficer, "/setstatus KP-2 divalidsi", nil)
	waitSent(t, tg, stGroup, n, "Status <b>divalidsi</b> tidak dikenal. Maksudnya <b>Divalidasi</b>? Pilih salah satu: <code>Disposisi</code>, <code>Divalidasi</code>, <code>Disetujui</code>.")
	bad := writeCSV(t, "tracking_no,status\nKP-2,selesai\n")
	if code, _, errOut := runCmdVars(t, vars, "apps", "import", bad); code != 1 || !strings.Contains(errOut, "status.csv:2: unknown status") {
		t.Fatalf("bad import: exit %d %q", code, errOut)
	}
	status, body := httpDo(t, http.MethodPut, base+"/api/applications/KP-2", map[string]string{"Authorization": "Bearer " + stAPIToken}, `{"status":"selesai"}`)
	if status != http.StatusBadRequest || !strings.Contains(string(body), `selesai\"; use one of: Disposisi, Divalidasi, Disetujui`) {
		t.Fatalf("API outside the workflow: %d %s", status, body)
	}

	// Changes from the CSV, the API and an officer each reach the citizen
	// once, in the office's words.
	good := writeCSV(t, "tracking_no,status\nKP-2,divalidasi\n")
	if code, out, errOut := runCmdVars(t, vars, "apps", "import", good); code != 0 {
		t.Fatalf("import: exit %d %q %q", code, out, errOut)
	}
	tg.Wait(15*time.Second, "the import's change announced", func() bool { return len(notices(tg, stCitizen.ID)) == 1 })
	if status, body := httpDo(t, http.MethodPut, base+"/api/applications/KP-2", map[string]string{"Authorization": "Bearer " + stAPIToken},
		`{"status":"Divalidasi","note":"Menunggu tanda tangan kepala"}`); status != http.StatusOK {
		t.Fatalf("API: %d %s", status, body)
	}
	tg.Wait(15*time.Second, "the API's change announced", func() bool { return len(notices(tg, stCitizen.ID)) == 2 })
	n = len(tg.Sent(stGroup))
	tg.GroupMessage(stGroup, 0, stOfficer, "/setstatus KP-2 disetujui", nil)
	waitSent(t, tg, stGroup, n, "sekarang <b>Disetujui</b>")
	tg.Wait(15*time.Second, "the officer's change announced", func() bool { return len(notices(tg, stCitizen.ID)) == 3 })

	// The overdue application is in the officers' list; the one just
	// approved and the one within its standard are not.
	n = len(tg.Sent(stGroup))
	tg.GroupMessage(stGroup, 0, stOfficer, "/terlambat", nil)
	list := waitSent(t, tg, stGroup, n, "melewati standar waktu layanan")
	if !strings.Contains(list.Text(), "<code>KP-1</code> · Kenaikan Pangkat · Disposisi") || strings.Contains(list.Text(), "KP-2") {
		t.Fatalf("/terlambat said %q", list.Text())
	}
	// Its applicant is told it is late and offered an officer.
	say(t, tg, stStranger, "/status KP-1", "kode verifikasi")
	n = len(tg.Sent(stStranger.ID))
	late := say(t, tg, stStranger, "111111", "sudah melewati perkiraan selesainya")
	if _, _, ok := findButton(tg, stStranger.ID, n, "case:new"); !ok {
		t.Fatalf("overdue card %q offers no officer", late.Text())
	}

	settleWithKey(t, tg, dsn)
	got := notices(tg, stCitizen.ID)
	if len(got) != 3 || !strings.Contains(got[0], "Berkas Kakak sudah divalidasi oleh verifikator.") ||
		!strings.Contains(got[1], "Menunggu tanda tangan kepala") || !strings.Contains(got[2], "Usulan Kakak sudah disetujui.") {
		t.Fatalf("notices=%q, want one per accepted change, none for the refused ones", got)
	}
	if code := b.stop(t); code != 0 {
		t.Fatalf("stop: exit %d", code)
	}

	// The key is in neither the database (its files on SQLite, its rows
	// on PostgreSQL) nor the log, and no key file was made when the key
	// came from the environment.
	logText := b.Log.String()
	if onPostgres() {
		if left := leftIn(t, dsn, []string{e2eCodeKey}); len(left) > 0 {
			t.Fatalf("the database holds the verify-code key: %v", left)
		}
	} else {
		for _, p := range []string{dsn, dsn + "-wal", dsn + "-shm"} {
			data, err := os.ReadFile(p)
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			if bytes.Contains(data, []byte(e2eCodeKey)) {
				t.Fatalf("%s holds the verify-code key", p)
			}
		}
		if _, err := os.Stat(storage.KeyFilePath(dsn)); !os.IsNotExist(err) {
			t.Fatalf("a key file was made although STATUS_CODE_KEY is set: %v", err)
		}
	}
	if strings.Contains(logText, e2eCodeKey) || strings.Contains(errOut, e2eCodeKey) {
		t.Fatal("the log holds the verify-code key")
	}
	if !strings.Contains(logText, "level=") {
		t.Fatalf("the log is empty; the check above proves nothing:\n%q", logText)
	}
}

// settleWithKey is settle for a database whose key comes from the
// environment.
func settleWithKey(t *testing.T, tg *telegramtest.Server, dsn string) {
	t.Helper()
	db, err := openDSN(context.Background(), dsn, storage.WithVerifyKey([]byte(e2eCodeKey)))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tg.Wait(15*time.Second, "an empty outbox", func() bool {
		n, err := db.OutboxDepth(context.Background())
		return err == nil && n == 0
	})
	waitJobRun(t, tg, dsn, handlers.JobStatusNotify)
	waitQuiet(t, tg, dsn)
}

// With no key in the environment, the key file beside the database is
// created owner-only on first start, shared by every process, and its key
// appears in neither the database nor the log.
func TestKeyFileBesideTheDatabase(t *testing.T) {
	skipOnPostgres(t, "the key file beside the database file; PostgreSQL takes the key from STATUS_CODE_KEY only")
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "helpdesk.db")
	vars := map[string]string{"DB_PATH": dbPath, "LOG_LEVEL": "debug"}
	csv := writeCSV(t, "tracking_no,status,verify_code\nAPP-1,diterima,123456\n")
	code, out, errOut := runCmdVars(t, vars, "apps", "import", csv)
	if code != 0 {
		t.Fatalf("import: exit %d %q %q", code, out, errOut)
	}
	fi, err := os.Stat(storage.KeyFilePath(dbPath))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v, want mode 0600", fi, err)
	}
	keyHex, _ := os.ReadFile(storage.KeyFilePath(dbPath))
	keyHex = bytes.TrimSpace(keyHex)

	tg := telegramtest.New(t)
	b := startBot(t, tg, vars, nil)
	say(t, tg, stCitizen, "/status APP-1", "kode verifikasi")
	say(t, tg, stCitizen, "123456", "Diterima")
	if code := b.stop(t); code != 0 {
		t.Fatalf("stop: exit %d", code)
	}
	raw := make([]byte, len(keyHex)/2)
	for i := range raw {
		v, _ := strconv.ParseUint(string(keyHex[2*i:2*i+2]), 16, 8)
		raw[i] = byte(v)
	}
	for _, p := range []string{dbPath, dbPath + "-wal", dbPath + "-shm"} {
		data, _ := os.ReadFile(p)
		if bytes.Contains(data, keyHex) || bytes.Contains(data, raw) {
			t.Fatalf("%s holds the verify-code key", p)
		}
	}
	logs := b.Log.String() + out + errOut
	if strings.Contains(logs, string(keyHex)) || strings.Contains(logs, string(raw)) {
		t.Fatal("the log holds the verify-code key")
	}
}
