package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFixture(t *testing.T) (kb, qs string) {
	t.Helper()
	dir := t.TempDir()
	kb = filepath.Join(dir, "kb")
	os.Mkdir(kb, 0o755)
	arts := map[string]string{
		"ktp-el-baru.md": "---\nid: ktp-el-baru\ntitle: Pembuatan KTP-el Baru\ncategory: kependudukan\nkeywords: [ktp, e-ktp]\n---\nSyarat membuat KTP elektronik pertama: fotokopi kartu keluarga. Datang ke Disdukcapil untuk rekam biometrik.\n",
		"skck-baru.md":   "---\nid: skck-baru\ntitle: Pembuatan SKCK Baru\ncategory: kepolisian\nkeywords: [skck, catatan kepolisian]\n---\nSKCK dibuat di Polres. Syarat: KTP-el, kartu keluarga, akta kelahiran, pas foto.\n",
	}
	for name, body := range arts {
		if err := os.WriteFile(filepath.Join(kb, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	qs = filepath.Join(dir, "q.jsonl")
	os.WriteFile(qs, []byte(`{"q":"syarat bikin ktp baru","ids":["ktp-el-baru"]}`+"\n"+`{"q":"mau bikin skck di polres","ids":["skck-baru"]}`+"\n"), 0o644)
	return kb, qs
}

func TestRunTrigram(t *testing.T) {
	kb, qs := writeFixture(t)
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-kb", kb, "-q", qs, "-embedder", "trigram"}, func(string) string { return "" }, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	if !strings.Contains(out.String(), "hybrid   decision") || !strings.Contains(out.String(), "questions 2 (in scope 2)") {
		t.Fatalf("output = %q", out.String())
	}
}

func TestRunOpenAIEmbeddings(t *testing.T) {
	kb, qs := writeFixture(t)
	var inputs int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/embeddings" || r.Header.Get("Authorization") != "Bearer k" {
			http.Error(w, `{"error":{"message":"no"}}`, http.StatusUnauthorized)
			return
		}
		var req struct {
			Input []string `json:"input"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		inputs += len(req.Input)
		data := make([]any, len(req.Input))
		for i, s := range req.Input {
			v := []float32{0, 0}
			if strings.Contains(strings.ToLower(s), "skck") {
				v[1] = 1
			} else {
				v[0] = 1
			}
			data[i] = map[string]any{"index": i, "embedding": v}
		}
		json.NewEncoder(w).Encode(map[string]any{"data": data, "usage": map[string]int{"total_tokens": 1}})
	}))
	defer srv.Close()
	env := map[string]string{"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_EMBEDDING_MODEL": "e"}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-kb", kb, "-q", qs}, func(k string) string { return env[k] }, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	if inputs != 4 {
		t.Fatalf("embedded %d texts, want 4 (2 articles, 2 questions)", inputs)
	}
	if !strings.Contains(out.String(), "hybrid   decision") || !strings.Contains(out.String(), "hit@1 1.000") {
		t.Fatalf("output = %q", out.String())
	}
}
