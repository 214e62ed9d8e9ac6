package knowledge

import (
	"math"
	"testing"
)

func TestRankByVector(t *testing.T) {
	vecs := map[string][]float32{
		"a":     {1, 0, 0},
		"b":     {0.7, 0.7, 0},
		"c":     {0, 0, 1},
		"bad":   {1, 0},
		"zeros": {0, 0, 0},
	}
	got := RankByVector([]float32{1, 0.1, 0}, vecs, 2)
	if len(got) != 2 || got[0].ID != "a" || got[1].ID != "b" {
		t.Fatalf("RankByVector = %+v, want a, b", got)
	}
	if math.Abs(got[0].Similarity-0.995) > 0.01 {
		t.Fatalf("similarity = %v, want about 0.995", got[0].Similarity)
	}
	if got := RankByVector([]float32{0, 0, 0}, vecs, 0); got != nil {
		t.Fatalf("zero query = %+v, want nil", got)
	}
}

func TestFuseHybrid(t *testing.T) {
	titles := map[string]string{"ktp-el-baru": "KTP baru", "ktp-el-hilang": "KTP hilang", "kk-baru": "KK baru", "sim-baru": "SIM baru"}
	lookup := func(id string) (string, bool) { s, ok := titles[id]; return s, ok }
	bm25 := Result{Answered: true, Hits: []Hit{{ID: "ktp-el-baru", Title: "KTP baru", Score: 9}, {ID: "ktp-el-hilang", Title: "KTP hilang", Score: 8}, {ID: "kk-baru", Title: "KK baru", Score: 2}}}
	tests := []struct {
		name string
		vec  []VectorHit
		opt  HybridOptions
		want []string
	}{
		{"no vectors keeps bm25", nil, HybridOptions{}, []string{"ktp-el-baru", "ktp-el-hilang", "kk-baru"}},
		{"agreement keeps order", []VectorHit{{"ktp-el-baru", 0.9}, {"ktp-el-hilang", 0.8}}, HybridOptions{}, []string{"ktp-el-baru", "ktp-el-hilang", "kk-baru"}},
		{"vectors break a near tie", []VectorHit{{"ktp-el-hilang", 0.9}}, HybridOptions{}, []string{"ktp-el-hilang", "ktp-el-baru", "kk-baru"}},
		{"vector-only hit joins", []VectorHit{{"sim-baru", 0.9}, {"unknown", 0.8}}, HybridOptions{Top: 4}, []string{"ktp-el-baru", "sim-baru", "ktp-el-hilang", "kk-baru"}},
		{"weak vectors ignored", []VectorHit{{"kk-baru", 0.1}}, HybridOptions{MinSimilarity: 0.3}, []string{"ktp-el-baru", "ktp-el-hilang", "kk-baru"}},
		{"top cuts", []VectorHit{{"kk-baru", 0.9}}, HybridOptions{Top: 2, VectorWeight: 3}, []string{"kk-baru", "ktp-el-baru"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FuseHybrid(bm25, tt.vec, lookup, tt.opt)
			if !got.Answered {
				t.Fatalf("Answered changed")
			}
			var ids []string
			for _, h := range got.Hits {
				ids = append(ids, h.ID)
				if h.Title == "" {
					t.Fatalf("hit %s without title", h.ID)
				}
			}
			if len(ids) != len(tt.want) {
				t.Fatalf("ids = %v, want %v", ids, tt.want)
			}
			for i := range ids {
				if ids[i] != tt.want[i] {
					t.Fatalf("ids = %v, want %v", ids, tt.want)
				}
			}
		})
	}
}
