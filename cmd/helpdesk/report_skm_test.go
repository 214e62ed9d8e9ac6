package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
)

func TestReportSKM(t *testing.T) {
	dir := t.TempDir()
	dsn := testDSN(t)
	ctx := context.Background()
	db, err := openDSN(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range []helpdesk.SurveyResponse{
		{Day: "2026-11-02", Service: "kependudukan", ServiceLabel: "Kependudukan", Answers: skm.Answers{4, 4, 3, 3, 4, 3, 4, 2, 3},
			Profile: map[string]string{"gender": "P", "education": "SMA"}},
		{Day: "2026-11-20", Service: "kependudukan", ServiceLabel: "Kependudukan", Answers: skm.Answers{3, 3, 3, 2, 3, 3, 4, 2, 2},
			Profile: map[string]string{"gender": "L"}},
		{Day: "2026-12-01", Service: "akta-kelahiran", ServiceLabel: "Akta Kelahiran", Answers: skm.Answers{4, 4, 4, 4, 4, 4, 4, 4, 4}},
	} {
		r.Nonce = string(rune('a' + i))
		if ok, err := db.SubmitSurvey(ctx, int64(100+i), r, time.Time{}); err != nil || !ok {
			t.Fatalf("submit %d: ok=%v err=%v", i, ok, err)
		}
	}
	db.Close()

	vars := withDB(dsn, nil)
	run := func(want int, args ...string) (string, string) {
		t.Helper()
		var out, errb bytes.Buffer
		e := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] },
			DotEnv: filepath.Join(dir, "none.env")}
		if code := run(ctx, append([]string{"report", "skm"}, args...), e); code != want {
			t.Fatalf("report skm %v exited %d, want %d: %s", args, code, want, errb.String())
		}
		return out.String(), errb.String()
	}

	tests := []struct {
		name string
		args []string
		want string // the exact JSON
	}{
		{"one service, November", []string{"--from", "2026-11-01", "--to", "2026-11-30", "--service", "kependudukan"},
			`{"respondents":2,"elements":[3.5,3.5,3,2.5,3.5,3,4,2,2.5],"ikm":76.39,"grade":"C"}`},
		{"all", nil,
			`{"respondents":3,"elements":[3.6666666666666665,3.6666666666666665,3.3333333333333335,3,3.6666666666666665,3.3333333333333335,4,2.6666666666666665,3],"ikm":84.26,"grade":"B"}`},
		{"one day", []string{"--from", "2026-12-01", "--to", "2026-12-01"},
			`{"respondents":1,"elements":[4,4,4,4,4,4,4,4,4],"ikm":100.00,"grade":"A"}`},
		{"nothing", []string{"--service", "paspor"},
			`{"respondents":0,"elements":[],"ikm":null,"grade":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := run(0, append(tt.args, "--json")...)
			if got := strings.TrimSpace(out); got != tt.want {
				t.Fatalf("got  %s\nwant %s", got, tt.want)
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(out), &m); err != nil || len(m) != 4 {
				t.Fatalf("not one object of four keys: %v %v", m, err)
			}
		})
	}

	text, _ := run(0, "--to", "2026-11-30")
	for _, want := range []string{"LAPORAN SURVEI KEPUASAN MASYARAKAT", "Nomor 14 Tahun 2017", "Periode: 2026-11-02 s.d. 2026-11-30",
		"Jumlah responden: 2", "U1  Persyaratan", "3,50", "IKM (rata-rata NRR x 25): 76,39", "Mutu pelayanan: C", "KURANG BAIK",
		"Perempuan 1 (50%)", "Laki-laki 1 (50%)", "SMA 1 (50%); tidak diisi 1", "1. U8 Penanganan Pengaduan, Saran dan Masukan: NRR 2,00, mutu D",
		"2. U4 Biaya/Tarif: NRR 2,50", "Kependudukan  kependudukan"} {
		if !strings.Contains(text, want) {
			t.Fatalf("printed report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Akta") {
		t.Fatalf("December's response in November's report:\n%s", text)
	}
	for _, bad := range [][]string{{"--from", "1-12-2026"}, {"--from", "2026-12-02", "--to", "2026-12-01"}, {"extra"}} {
		run(2, bad...)
	}
}
