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
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/knowledge/evalset"
	"github.com/layananwarga/helpdesk/llm"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evalhybrid:", err)
		os.Exit(1)
	}
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
	qs, err := evalset.Read(*qPath)
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
		r := base.Search(ctx, q.Q, knowledge.SearchOptions{Top: *cand})
		short := r
		short.Hits = r.Hits[:min(len(r.Hits), 5)]
		plain = append(plain, short)
		hybrid = append(hybrid, knowledge.FuseHybrid(r, knowledge.RankByVector(qvecs[i], vectors, *cand), titles, opt))
	}
	mp, mh := evalset.Score(qs, plain, nil), evalset.Score(qs, hybrid, nil)
	fmt.Fprintf(out, "questions %d (in scope %d), embedder %s, %d articles, embedded in %v\n",
		mp.N, mp.InScope, *embedder, len(arts), time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(out, "%-8s decision %.3f  hit@1 %.3f  hit@3 %.3f  MRR@5 %.3f\n", "bm25", mp.Decision, mp.Hit1, mp.Hit3, mp.MRR5)
	fmt.Fprintf(out, "%-8s decision %.3f  hit@1 %.3f  hit@3 %.3f  MRR@5 %.3f\n", "hybrid", mh.Decision, mh.Hit1, mh.Hit3, mh.MRR5)
	return nil
}

// EmbeddingText is what is embedded for an article: title, keywords, example
// questions and body. llm.ArticleEmbedder (hybrid retrieval in the bot)
// embeds the same text.
func EmbeddingText(a knowledge.Article) string {
	return a.Title + "\n" + strings.Join(a.Keywords, ", ") + "\n" + strings.Join(a.Questions, "\n") + "\n" + a.Body
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
