package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// modelServer is an OpenAI-compatible fake for the whole binary: mode picks
// a grounded answer, an invented citation, or a hang.
type modelServer struct {
	mode   string
	mu     sync.Mutex
	bodies []string
	// abandoned counts the hanging requests the client gave up on.
	abandoned int
}

var reAllowed = regexp.MustCompile(`Allowed SOURCES ids: ([a-z0-9-]+)`)

func (m *modelServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	m.mu.Lock()
	m.bodies = append(m.bodies, string(b))
	m.mu.Unlock()
	if r.URL.Path != "/v1/chat/completions" {
		http.NotFound(w, r)
		return
	}
	if m.mode == "hang" {
		select {
		case <-r.Context().Done():
			m.mu.Lock()
			m.abandoned++
			m.mu.Unlock()
		case <-time.After(time.Minute):
		}
		return
	}
	var req struct {
		Messages []struct{ Content string } `json:"messages"`
	}
	json.Unmarshal(b, &req)
	first := "tidak-ada"
	if mm := reAllowed.FindStringSubmatch(req.Messages[len(req.Messages)-1].Content); mm != nil {
		first = mm[1]
	}
	if m.mode == "invented" {
		first = "artikel-karangan"
	}
	pieces := []string{"OUTCOME: answer\nSOURCES: " + first + "\n", "Baik, Kak. Jawaban dari model: bawa KK ", "ke Disdukcapil."}
	if m.mode == "handoff" {
		pieces = []string{"OUTCOME: handoff\nSOURCES:\n", "Maaf, belum ada informasinya."}
	}
	w.Header().Set("Content-Type", "text/event-stream")
	for _, p := range pieces {
		c, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}}}})
		fmt.Fprintf(w, "data: %s\n\n", c)
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func runChatWithModel(t *testing.T, mode, input string) (out string, elapsed time.Duration, m *modelServer) {
	t.Helper()
	m = &modelServer{mode: mode}
	srv := httptest.NewServer(m)
	t.Cleanup(srv.Close)
	vars := withDB(testDSN(t), map[string]string{
		"OPENAI_API_KEY":  "k",
		"OPENAI_BASE_URL": srv.URL + "/v1",
		"OPENAI_MODEL":    "test-model",
	})
	var stdout, stderr bytes.Buffer
	env := &Env{Stdin: strings.NewReader(input), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return vars[k] }, DotEnv: filepath.Join(t.TempDir(), "none.env")}
	start := time.Now()
	if code := run(context.Background(), []string{"chat"}, env); code != 0 {
		t.Fatalf("chat exit %d: %s", code, stderr.String())
	}
	return stdout.String(), time.Since(start), m
}

func TestChatComposedAnswer(t *testing.T) {
	out, _, m := runChatWithModel(t, "answer", "syarat bikin ktp pertama kali apa aja? NIK saya 3201234567890001\n")
	if !strings.Contains(out, "Jawaban dari model") {
		t.Fatalf("output lacks the composed answer:\n%s", out)
	}
	if !strings.Contains(out, "KTP-el") {
		t.Fatalf("output does not name the article it rests on:\n%s", out)
	}
	if strings.Contains(strings.Join(m.bodies, ""), "3201234567890001") {
		t.Fatalf("the NIK reached the model")
	}
}

func TestChatModelHandoff(t *testing.T) {
	out, _, _ := runChatWithModel(t, "handoff", "syarat bikin ktp pertama kali apa aja\n")
	if strings.Contains(out, "Persyaratan") || strings.Contains(out, "Jawaban dari model") {
		t.Fatalf("a handoff still answered:\n%s", out)
	}
	if !strings.Contains(strings.ToLower(out), "petugas") {
		t.Fatalf("a handoff does not offer an officer:\n%s", out)
	}
}

func TestChatFallsBackToRetrieval(t *testing.T) {
	for _, mode := range []string{"invented", "hang"} {
		t.Run(mode, func(t *testing.T) {
			out, elapsed, m := runChatWithModel(t, mode, "syarat bikin ktp pertama kali apa aja\n")
			if strings.Contains(out, "Jawaban dari model") {
				t.Fatalf("a rejected or missing model answer was shown:\n%s", out)
			}
			if !strings.Contains(out, "Persyaratan") {
				t.Fatalf("output lacks the retrieval answer:\n%s", out)
			}
			// A model that never answers is given up on (the client's
			// first-token deadline, llm.Config.FirstTokenTimeout), not
			// waited for: the fake would hang for a minute. The fake sees
			// the request cancelled a moment after the client lets go.
			if mode == "hang" {
				abandoned := func() bool {
					m.mu.Lock()
					defer m.mu.Unlock()
					return m.abandoned > 0
				}
				for deadline := time.Now().Add(10 * time.Second); !abandoned(); time.Sleep(10 * time.Millisecond) {
					if time.Now().After(deadline) {
						t.Fatalf("the bot answered without giving up on the hanging model (run took %v)", elapsed)
					}
				}
			}
			t.Logf("%s: whole chat run %v", mode, elapsed)
		})
	}
}

// slowModel streams a grounded answer in small pieces, paced like a real model.
type slowModel struct{ pieces int }

func (m slowModel) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	id := "tidak-ada"
	if mm := reAllowed.FindStringSubmatch(strings.ReplaceAll(string(b), `\n`, "\n")); mm != nil {
		id = mm[1]
	}
	w.Header().Set("Content-Type", "text/event-stream")
	send := func(p string) {
		c, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}}}})
		fmt.Fprintf(w, "data: %s\n\n", c)
		w.(http.Flusher).Flush()
	}
	send("OUTCOME: answer\nSOURCES: " + id + "\nBaik, Kak.")
	for i := range m.pieces {
		select {
		case <-r.Context().Done():
			return
		case <-time.After(200 * time.Millisecond):
		}
		send(fmt.Sprintf(" Langkah %d dari model.", i+1))
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func TestServeStreamsDraftsAtMostOncePerSecond(t *testing.T) {
	model := httptest.NewServer(slowModel{pieces: 15})
	defer model.Close()
	tg := telegramtest.New(t)
	startBot(t, tg, map[string]string{"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": model.URL + "/v1", "OPENAI_MODEL": "m"}, nil)
	tg.PrivateMessage(citizen, "syarat bikin ktp baru apa aja min", nil)
	tg.Wait(15*time.Second, "an answer", func() bool { return len(tg.Sent(citizen.ID)) >= 1 })
	final := tg.Sent(citizen.ID)[0].Text()
	if !strings.Contains(final, "Langkah 15 dari model.") || !strings.Contains(final, "Sumber") {
		t.Fatalf("final answer = %q, want the whole composed text and its source", final)
	}
	drafts := tg.Calls("sendMessageDraft")
	if len(drafts) < 2 {
		t.Fatalf("drafts = %d, want at least 2 over 3 s of streaming", len(drafts))
	}
	for i := 1; i < len(drafts); i++ {
		if gap := drafts[i].At.Sub(drafts[i-1].At); gap < 990*time.Millisecond {
			t.Fatalf("drafts %d and %d only %v apart", i-1, i, gap)
		}
	}
	if !strings.HasPrefix(drafts[0].Params["text"], "Baik, Kak.") || strings.Contains(drafts[0].Params["text"], "OUTCOME") {
		t.Fatalf("first draft = %q, want the answer text without the header", drafts[0].Params["text"])
	}
}
