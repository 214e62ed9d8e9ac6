package handlers

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/skm"
	"github.com/layananwarga/helpdesk/storage"
)

// newSurveyHarness is the case harness with the survey on.
func newSurveyHarness(t *testing.T) *caseHarness {
	return newCaseHarness(t, Settings{}, func(h *caseHarness, d *Deps) { d.Survey = h.db })
}

// surveyButton returns the data of the first button whose data starts with
// prefix, failing the test when there is none.
func surveyButton(t *testing.T, acts []outbox.Action, prefix string) string {
	t.Helper()
	for _, d := range buttonData(acts) {
		if strings.HasPrefix(d, prefix) {
			return d
		}
	}
	t.Fatalf("no button %q* in %+v", prefix, acts)
	return ""
}

func buttonData(acts []outbox.Action) []string {
	var out []string
	for _, a := range acts {
		for _, row := range a.Buttons {
			for _, b := range row {
				out = append(out, b.Data)
			}
		}
	}
	return out
}

func texts(acts []outbox.Action) string {
	var b strings.Builder
	for _, a := range acts {
		b.WriteString(a.Text + "\n")
	}
	return b.String()
}

// answerAll answers the elements from the current one on, then the profile.
func (h *caseHarness) answerSurvey(chat int64, from int, answers skm.Answers, profile []string) []outbox.Action {
	h.t.Helper()
	var acts []outbox.Action
	for i := from; i < skm.NumElements; i++ {
		acts = h.press(chat, "Budi", fmt.Sprintf("skm:a:%d:%d", i, answers[i]))
		if i < skm.NumElements-1 && !strings.Contains(texts(acts), fmt.Sprintf("pertanyaan %d dari 9", i+2)) {
			h.t.Fatalf("after answer %d: %q", i+1, texts(acts))
		}
	}
	for i, code := range profile {
		acts = h.press(chat, "Budi", fmt.Sprintf("skm:p:%d:%s", i, code))
	}
	return acts
}

func surveyStats(t *testing.T, db *storage.DB, f helpdesk.SurveyFilter) helpdesk.SurveyStats {
	t.Helper()
	st, err := db.SurveyStats(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestSurveyFromCommandToAnonymousResponse(t *testing.T) {
	h := newSurveyHarness(t)
	acts := h.say(1001, "Budi", "/survei")
	if !strings.Contains(texts(acts), "Survei Kepuasan Masyarakat") || !hasData(acts, "skm:s:kependudukan") || !hasData(acts, "skm:s:lainnya") {
		t.Fatalf("/survei gave %+v, want the service question", acts)
	}
	if acts := h.press(1001, "Budi", "skm:s:bukan-layanan"); len(acts) != 1 || acts[0].Kind != outbox.AnswerCallback {
		t.Fatalf("unknown service gave %+v, want only an ack", acts)
	}
	acts = h.press(1001, "Budi", "skm:s:kependudukan")
	q := acts[len(acts)-1]
	if q.Kind != outbox.Edit || !strings.Contains(q.Text, "pertanyaan 1 dari 9") || !strings.Contains(q.Text, "Persyaratan") ||
		!strings.Contains(q.Text, skm.Elements[0].Question) {
		t.Fatalf("first question=%+v", q)
	}
	if len(q.Buttons) != 5 || q.Buttons[0][0].Text != "1 Tidak sesuai" || q.Buttons[3][0].Text != "4 Sangat sesuai" ||
		q.Buttons[0][0].Data != "skm:a:0:1" {
		t.Fatalf("answer buttons=%+v, want 1 Tidak sesuai .. 4 Sangat sesuai and Back", q.Buttons)
	}
	// An old or forged button changes nothing.
	if acts := h.press(1001, "Budi", "skm:a:3:4"); len(acts) != 1 || !strings.Contains(acts[0].Text, "sudah terjawab") {
		t.Fatalf("a press for a later question gave %+v", acts)
	}
	acts = h.answerSurvey(1001, 0, skm.Answers{4, 4, 3, 3, 4, 3, 4, 2, 3}, nil)
	if !strings.Contains(texts(acts), "tentang Kakak") || !strings.Contains(texts(acts), "Jenis kelamin") || !hasData(acts, "skm:p:0:-") {
		t.Fatalf("after nine answers: %+v, want the first profile question, skippable", acts)
	}
	if acts := h.press(1001, "Budi", "skm:p:0:X"); len(acts) != 1 {
		t.Fatalf("an unknown profile answer gave %+v", acts)
	}
	h.press(1001, "Budi", "skm:p:0:P")
	h.press(1001, "Budi", "skm:p:1:-")
	acts = h.press(1001, "Budi", "skm:p:2:*")
	if !strings.Contains(texts(acts), "Terima kasih") || !strings.Contains(texts(acts), "tanpa nama") {
		t.Fatalf("end gave %+v", acts)
	}
	st := surveyStats(t, h.db, helpdesk.SurveyFilter{})
	if st.Tally.Respondents != 1 || st.Tally.Sums != [9]int{4, 4, 3, 3, 4, 3, 4, 2, 3} || st.Services[0].Service != "kependudukan" ||
		st.Services[0].Label != "Kependudukan" {
		t.Fatalf("stats=%+v", st)
	}
	if g := st.Profile["gender"]; g["P"] != 1 {
		t.Fatalf("gender=%v", g)
	}
	if e := st.Profile["education"]; e[""] != 1 {
		t.Fatalf("education=%v, want skipped", e)
	}
	if d := st.FirstDay; d != "2026-11-26" {
		t.Fatalf("day=%q, want the day in Jakarta", d)
	}
	if acts := h.press(1001, "Budi", "skm:a:8:4"); !strings.Contains(texts(acts), "sudah berakhir") {
		t.Fatalf("a press after the end gave %+v", acts)
	}
	// The answers left the chat's state with the survey.
	raw, err := h.db.LoadChatState(context.Background(), 1001)
	if err != nil || strings.Contains(string(raw), `"survey"`) {
		t.Fatalf("state=%s err=%v, want no survey", raw, err)
	}

	// The same service again within 30 days is refused at once; another is fine.
	h.say(1001, "Budi", "/survei")
	if acts := h.press(1001, "Budi", "skm:s:kependudukan"); !strings.Contains(texts(acts), "30 hari") {
		t.Fatalf("second survey of the same service gave %+v", acts)
	}
	h.now = h.now.Add(SurveyInterval + time.Hour)
	h.say(1001, "Budi", "/survei")
	if acts := h.press(1001, "Budi", "skm:s:kependudukan"); !strings.Contains(texts(acts), "pertanyaan 1 dari 9") {
		t.Fatalf("survey after 30 days gave %+v", acts)
	}
}

func hasData(acts []outbox.Action, data string) bool {
	for _, d := range buttonData(acts) {
		if d == data {
			return true
		}
	}
	return false
}

func TestSurveyLeftAndResumed(t *testing.T) {
	h := newSurveyHarness(t)
	h.say(1001, "Budi", "/survei")
	h.press(1001, "Budi", "skm:s:kependudukan")
	for i, v := range []int{2, 3, 4} {
		h.press(1001, "Budi", fmt.Sprintf("skm:a:%d:%d", i, v))
	}
	// Back undoes the last answer, then it is given again.
	if acts := h.press(1001, "Budi", "skm:back"); !strings.Contains(texts(acts), "pertanyaan 3 dari 9") {
		t.Fatalf("back gave %+v", acts)
	}
	h.press(1001, "Budi", "skm:a:2:4")
	// The citizen leaves: asks a question and checks a status.
	if acts := h.say(1001, "Budi", "ktp hilang"); !strings.Contains(texts(acts), "KTP") {
		t.Fatalf("question during the survey gave %+v", acts)
	}
	h.say(1001, "Budi", "/start")
	acts := h.say(1001, "Budi", "/survei")
	if !strings.Contains(texts(acts), "belum selesai") || !strings.Contains(texts(acts), "3 dari 9") {
		t.Fatalf("/survei again gave %+v, want the resume offer", acts)
	}
	acts = h.press(1001, "Budi", surveyButton(t, acts, "skm:resume"))
	if !strings.Contains(texts(acts), "pertanyaan 4 dari 9") || only(acts, 1001)[0].Kind != outbox.Send {
		t.Fatalf("resume gave %+v, want question 4 as a new message", acts)
	}
	h.answerSurvey(1001, 3, skm.Answers{0, 0, 0, 1, 1, 1, 1, 1, 1}, []string{"*"})
	st := surveyStats(t, h.db, helpdesk.SurveyFilter{Service: "kependudukan"})
	if st.Tally.Respondents != 1 || st.Tally.Sums != [9]int{2, 3, 4, 1, 1, 1, 1, 1, 1} {
		t.Fatalf("stats=%+v, want the answers from before and after the break", st)
	}

	// A survey left for longer than a week starts over.
	h.now = h.now.Add(SurveyInterval + time.Hour)
	h.say(1001, "Budi", "/survei")
	h.press(1001, "Budi", "skm:s:kependudukan")
	h.now = h.now.Add(surveyProgressTTL + time.Hour)
	if acts := h.say(1001, "Budi", "/survei"); !strings.Contains(texts(acts), "Layanan apa") {
		t.Fatalf("/survei after a week gave %+v, want a fresh start", acts)
	}
}

func TestSurveyInvitationAfterRatingOncePerMonth(t *testing.T) {
	h := newSurveyHarness(t)
	closeAndRate := func(caseID int) []outbox.Action {
		h.t.Helper()
		h.openCase(1001, "Budi")
		h.officer(testOfficer, 500+caseID, "/tutup", nil, 0)
		return h.press(1001, "Budi", fmt.Sprintf("rate:%d:4", caseID))
	}
	acts := closeAndRate(1)
	inv := surveyButton(t, acts, "skm:go:")
	if inv != "skm:go:kependudukan" || !strings.Contains(texts(acts), "Survei Kepuasan Masyarakat") || !hasData(acts, "skm:no") {
		t.Fatalf("rating gave %+v, want an invitation about Kependudukan", acts)
	}
	// A second case within 30 days brings no second invitation.
	if acts := closeAndRate(2); hasData(acts, inv) {
		t.Fatalf("second case invited again: %+v", acts)
	}
	acts = h.press(1001, "Budi", inv)
	if q := texts(acts); !strings.Contains(q, "pertanyaan 1 dari 9") || !strings.Contains(q, "Kependudukan") {
		t.Fatalf("invitation pressed gave %+v, want the first question about the service", acts)
	}
	if acts := h.press(1001, "Budi", "skm:no"); len(acts) != 1 || acts[0].Kind != outbox.AnswerCallback {
		t.Fatalf("later gave %+v", acts)
	}
}

func TestSurveyInvitationAfterFinalStatus(t *testing.T) {
	h := newSurveyHarness(t)
	ctx := context.Background()
	if _, err := h.db.ImportApplications(ctx, []storage.ApplicationRow{{TrackingNo: "AKTA-1", Status: "diproses",
		Service: "Akta Kelahiran", VerifyCode: "1234"}}, "test"); err != nil {
		t.Fatal(err)
	}
	if err := h.db.Subscribe(ctx, 1001, "AKTA-1"); err != nil {
		t.Fatal(err)
	}
	notices := func(status string) []outbox.Action {
		t.Helper()
		before, _ := h.db.PendingOutbox(ctx, 0, 1000)
		if _, _, err := h.db.SetStatus(ctx, helpdesk.StatusUpdate{TrackingNo: "AKTA-1", Status: helpdesk.Status(status),
			Source: helpdesk.SourceAPI, Actor: "api", At: h.now}); err != nil {
			t.Fatal(err)
		}
		if _, err := h.svc.Tick(ctx, JobStatusNotify); err != nil {
			t.Fatal(err)
		}
		items, err := h.db.PendingOutbox(ctx, 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		var out []outbox.Action
		for _, it := range items[len(before):] {
			out = append(out, it.Action)
		}
		return out
	}
	if acts := notices("verifikasi"); len(acts) != 1 || hasData(acts, "skm:go:akta-kelahiran") {
		t.Fatalf("a status on the way gave %+v, want the notice alone", acts)
	}
	acts := notices("selesai")
	if len(acts) != 2 || !hasData(acts, "skm:go:akta-kelahiran") || !strings.Contains(acts[1].Text, "Akta Kelahiran") || acts[1].ChatID != 1001 {
		t.Fatalf("final status gave %+v, want the notice and an invitation about Akta Kelahiran", acts)
	}
	if acts := notices("ditolak"); len(acts) != 1 {
		t.Fatalf("another final status within 30 days gave %+v, want no second invitation", acts)
	}
	// The invitation's service is accepted from its button, and named.
	acts = h.press(1001, "Budi", "skm:go:akta-kelahiran")
	if !strings.Contains(texts(acts), "Akta Kelahiran") || !strings.Contains(texts(acts), "pertanyaan 1 dari 9") {
		t.Fatalf("invitation pressed gave %+v", acts)
	}
	// A service nobody was invited about is not taken from a forged button.
	h2 := newSurveyHarness(t)
	if acts := h2.press(2002, "Sari", "skm:go:paspor-diplomatik"); !strings.Contains(texts(acts), "Layanan apa") {
		t.Fatalf("forged service gave %+v, want the service question", acts)
	}
}

func TestSurveyInEnglish(t *testing.T) {
	h := newSurveyHarness(t)
	en := User{ID: 3003, FirstName: "John", LanguageCode: "en"}
	h.handle(Request{Chat: Chat{ID: 3003, Type: ChatPrivate}, From: en, Text: "/start", Command: "start"})
	acts := h.handle(Request{Chat: Chat{ID: 3003, Type: ChatPrivate}, From: en, Text: "/survey", Command: "survey"})
	if !strings.Contains(texts(acts), "Which service") || !hasData(acts, "skm:s:lainnya") {
		t.Fatalf("/survey gave %+v", acts)
	}
	acts = h.handle(Request{Chat: Chat{ID: 3003, Type: ChatPrivate}, From: en, Callback: &Callback{ID: "cb", Data: "skm:s:lainnya", MessageID: 7}})
	if q := texts(acts); !strings.Contains(q, "question 1 of 9") || !strings.Contains(q, surveyQuestionsEN[0]) || !strings.Contains(q, "Lainnya") {
		t.Fatalf("first question in English: %q", q)
	}
}
