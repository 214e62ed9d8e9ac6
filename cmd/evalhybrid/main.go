// Command evalhybrid measures hybrid retrieval (BM25 fused with embedding
// similarities) against BM25 alone on a fixture: a knowledge base folder and a
// JSONL file of questions with their acceptable article ids.
//
//	OPENAI_API_KEY=... OPENAI_BASE_URL=... OPENAI_EMBEDDING_MODEL=... \
//	  go run ./cmd/evalhybrid -kb ../shared/eval/kb -q ../shared/eval/questions-dev.jsonl
//
// -embedder trigram uses a local hashed character-trigram vector instead of a
// model: no network, no semantics, only a check of the plumbing and of what
// fuzzy surface matching adds.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/llm"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evalhybrid:", err)
		os.Exit(1)
	}
}

type question struct {
	Q   string   `json:"q"`
	IDs []string `json:"ids"`
}

// metrics are the retrieval figures over a question set, as cmd/evalkb defines them.
type metrics struct {
	N, InScope       int
	Decision         float64
	Hit1, Hit3, MRR5 float64
}

func run(ctx context.Context, args []string, getenv func(string) string, out io.Writer) error {
	fs := flag.NewFlagSet("evalhybrid", flag.ContinueOnError)
	kbDir := fs.String("kb", "../shared/eval/kb", "knowledge base folder")
	qPath := fs.String("q", "../shared/eval/questions-dev.jsonl", "questions JSONL file")
	embedder := fs.String("embedder", "openai", "openai (OPENAI_* variables) or trigram (local, no model)")
	k := fs.Float64("k", 60, "reciprocal-rank constant")
	w := fs.Float64("w", 1, "weight of the vector ranking")
	minSim := fs.Float64("min-sim", 0, "ignore vector hits below this similarity")
	cand := fs.Int("cand", 20, "BM25 candidates fused")
	if err := fs.Parse(args); err != nil {
		return err
	}
	arts, errs := knowledge.LintDir(*kbDir, knowledge.LintOptions{})
	if len(errs) > 0 {
		return fmt.Errorf("lint %s: %w", *kbDir, errs[0])
	}
	qs, err := readQuestions(*qPath)
	if err != nil {
		return err
	}
	var embed func(texts []string) ([][]float32, error)
	switch *embedder {
	case "trigram":
		embed = func(texts []string) ([][]float32, error) {
			out := make([][]float32, len(texts))
			for i, t := range texts {
				out[i] = trigramVector(t)
			}
			return out, nil
		}
	case "openai":
		c := llm.New(llm.Config{
			APIKey:         getenv("OPENAI_API_KEY"),
			BaseURL:        getenv("OPENAI_BASE_URL"),
			EmbeddingModel: getenv("OPENAI_EMBEDDING_MODEL"),
			Timeout:        time.Minute,
		}, nil)
		if !c.EmbeddingsEnabled() {
			return fmt.Errorf("embedder openai: set OPENAI_API_KEY and OPENAI_EMBEDDING_MODEL (or use -embedder trigram)")
		}
		embed = func(texts []string) ([][]float32, error) { return c.Embed(ctx, 0, texts) }
	default:
		return fmt.Errorf("unknown -embedder %q", *embedder)
	}

	base := knowledge.NewBase(arts)
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = EmbeddingText(a)
	}
	start := time.Now()
	avecs, err := embed(texts)
	if err != nil {
		return fmt.Errorf("embed articles: %w", err)
	}
	vectors := map[string][]float32{}
	for i, a := range arts {
		vectors[a.ID] = avecs[i]
	}
	qtexts := make([]string, len(qs))
	for i, q := range qs {
		qtexts[i] = q.Q
	}
	qvecs, err := embed(qtexts)
	if err != nil {
		return fmt.Errorf("embed questions: %w", err)
	}
	titles := func(id string) (string, bool) {
		a, ok := base.Get(id)
		return a.Title, ok
	}
	opt := knowledge.HybridOptions{K: *k, VectorWeight: *w, MinSimilarity: *minSim, Top: 5}
	var plain, hybrid []knowledge.Result
	for i, q := range qs {
		r := base.Search(q.Q, knowledge.SearchOptions{Top: *cand})
		short := r
		short.Hits = r.Hits[:min(len(r.Hits), 5)]
		plain = append(plain, short)
		hybrid = append(hybrid, knowledge.FuseHybrid(r, knowledge.RankByVector(qvecs[i], vectors, *cand), titles, opt))
	}
	mp, mh := score(qs, plain), score(qs, hybrid)
	fmt.Fprintf(out, "questions %d (in scope %d), embedder %s, %d articles, embedded in %v\n",
		mp.N, mp.InScope, *embedder, len(arts), time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(out, "%-8s decision %.3f  hit@1 %.3f  hit@3 %.3f  MRR@5 %.3f\n", "bm25", mp.Decision, mp.Hit1, mp.Hit3, mp.MRR5)
	fmt.Fprintf(out, "%-8s decision %.3f  hit@1 %.3f  hit@3 %.3f  MRR@5 %.3f\n", "hybrid", mh.Decision, mh.Hit1, mh.Hit3, mh.MRR5)
	return nil
}

// EmbeddingText is what is embedded for an article: title, keywords, example
// questions and body. cmd/helpdesk embeds the same text.
func EmbeddingText(a knowledge.Article) string {
	return a.Title + "\n" + strings.Join(a.Keywords, ", ") + "\n" + strings.Join(a.Questions, "\n") + "\n" + a.Body
}

func score(qs []question, rs []knowledge.Result) metrics {
	var m metrics
	var dec, h1, h3 int
	var mrr float64
	for i, q := range qs {
		r := rs[i]
		m.N++
		if len(q.IDs) == 0 {
			if !r.Answered {
				dec++
			}
			continue
		}
		m.InScope++
		rank := 0
		for j, h := range r.Hits {
			for _, id := range q.IDs {
				if h.ID == id && rank == 0 {
					rank = j + 1
				}
			}
		}
		if rank == 1 && r.Answered {
			dec++
		}
		if rank == 1 {
			h1++
		}
		if rank >= 1 && rank <= 3 {
			h3++
		}
		if rank >= 1 && rank <= 5 {
			mrr += 1 / float64(rank)
		}
	}
	if m.N > 0 {
		m.Decision = float64(dec) / float64(m.N)
	}
	if m.InScope > 0 {
		m.Hit1, m.Hit3, m.MRR5 = float64(h1)/float64(m.InScope), float64(h3)/float64(m.InScope), mrr/float64(m.InScope)
	}
	return m
}

// trigramVector hashes lower-cased character trigrams of each word into a
// fixed-size vector: a local stand-in for an embedding model.
func trigramVector(s string) []float32 {
	const dims = 1024
	v := make([]float32, dims)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		w = "^" + w + "$"
		for i := 0; i+3 <= len(w); i++ {
			h := fnv.New32a()
			h.Write([]byte(w[i : i+3]))
			v[h.Sum32()%dims]++
		}
	}
	return v
}

func readQuestions(path string) ([]question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	defer f.Close()
	var qs []question
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("read questions: %w", err)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}
