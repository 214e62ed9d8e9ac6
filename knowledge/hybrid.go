package knowledge

import (
	"math"
	"sort"
)

// VectorHit is an article's cosine similarity to the question's embedding.
type VectorHit struct {
	ID         string
	Similarity float64
}

// HybridOptions tunes FuseHybrid. Zero values get the defaults noted.
type HybridOptions struct {
	K             float64 // reciprocal-rank constant, default 60
	VectorWeight  float64 // weight of the vector ranking against BM25's 1, default 1
	MinSimilarity float64 // vector hits below it are ignored; default 0
	Top           int     // results kept, default 5
}

// RankByVector ranks article vectors by cosine similarity to the query vector,
// best first, keeping at most top (all when top <= 0).
func RankByVector(query []float32, vectors map[string][]float32, top int) []VectorHit {
	qn := norm(query)
	if qn == 0 {
		return nil
	}
	hits := make([]VectorHit, 0, len(vectors))
	for id, v := range vectors {
		if len(v) != len(query) {
			continue
		}
		vn := norm(v)
		if vn == 0 {
			continue
		}
		var dot float64
		for i := range v {
			dot += float64(v[i]) * float64(query[i])
		}
		hits = append(hits, VectorHit{ID: id, Similarity: dot / (qn * vn)})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Similarity != hits[j].Similarity {
			return hits[i].Similarity > hits[j].Similarity
		}
		return hits[i].ID < hits[j].ID
	})
	if top > 0 && len(hits) > top {
		hits = hits[:top]
	}
	return hits
}

func norm(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

// FuseHybrid re-ranks a BM25 result with vector similarities by weighted
// reciprocal rank fusion: score = 1/(K+rank_bm25) + w/(K+rank_vector). Articles
// found only by vectors join with the title from titles (skipped when it
// reports false). The answer decision (Answered, Ambiguous, Intent) stays the
// BM25 one: the vectors reorder candidates, they do not make the bot answer
// more. Without vector hits the result is returned unchanged but cut to Top.
func FuseHybrid(res Result, vec []VectorHit, titles func(id string) (string, bool), opt HybridOptions) Result {
	if opt.K <= 0 {
		opt.K = 60
	}
	if opt.VectorWeight <= 0 {
		opt.VectorWeight = 1
	}
	if opt.Top <= 0 {
		opt.Top = 5
	}
	type cand struct {
		hit   Hit
		score float64
		first int // best rank in either list, to break ties
	}
	byID := map[string]*cand{}
	var order []*cand
	for i, h := range res.Hits {
		if _, dup := byID[h.ID]; dup {
			continue
		}
		c := &cand{hit: h, score: 1 / (opt.K + float64(i+1)), first: i}
		byID[h.ID] = c
		order = append(order, c)
	}
	rank := 0
	for _, v := range vec {
		if v.Similarity < opt.MinSimilarity {
			continue
		}
		rank++
		c, ok := byID[v.ID]
		if !ok {
			title, known := "", false
			if titles != nil {
				title, known = titles(v.ID)
			}
			if !known {
				rank--
				continue
			}
			c = &cand{hit: Hit{ID: v.ID, Title: title}, first: rank - 1}
			byID[v.ID] = c
			order = append(order, c)
		}
		c.score += opt.VectorWeight / (opt.K + float64(rank))
		c.first = min(c.first, rank-1)
	}
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].score != order[j].score {
			return order[i].score > order[j].score
		}
		return order[i].first < order[j].first
	})
	out := res
	out.Hits = make([]Hit, 0, min(len(order), opt.Top))
	for _, c := range order[:min(len(order), opt.Top)] {
		h := c.hit
		h.Score = c.score
		out.Hits = append(out.Hits, h)
	}
	if rank == 0 {
		out.Hits = res.Hits[:min(len(res.Hits), opt.Top)]
	}
	return out
}
