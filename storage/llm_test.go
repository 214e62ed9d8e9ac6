package storage_test

import (
	"context"
	"testing"

	"github.com/layananwarga/helpdesk/storage"
)

func TestTokenUsage(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	for _, u := range []struct {
		conv   int64
		day    string
		tokens int
	}{{1, "2026-11-27", 100}, {1, "2026-11-27", 50}, {2, "2026-11-27", 30}, {1, "2026-11-26", 999}} {
		if err := db.AddTokenUsage(ctx, u.conv, u.day, u.tokens); err != nil {
			t.Fatalf("AddTokenUsage: %v", err)
		}
	}
	if got, err := db.TokenUsageOn(ctx, "2026-11-27"); err != nil || got != 180 {
		t.Fatalf("TokenUsageOn = %d, %v, want 180", got, err)
	}
	if got, err := db.ConversationTokenUsage(ctx, 1, "2026-11-27"); err != nil || got != 150 {
		t.Fatalf("ConversationTokenUsage = %d, %v, want 150", got, err)
	}
	if n, err := db.PurgeTokenUsage(ctx, "2026-11-27"); err != nil || n != 1 {
		t.Fatalf("PurgeTokenUsage = %d, %v, want 1", n, err)
	}
}

func TestArticleEmbeddings(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	e := storage.ArticleEmbedding{ArticleID: "ktp-el-baru", Model: "m1", ContentHash: "h1", Vector: []float32{0.25, -1.5, 3}}
	if err := db.SaveArticleEmbedding(ctx, e); err != nil {
		t.Fatalf("Save: %v", err)
	}
	e.ContentHash, e.Vector = "h2", []float32{1, 2}
	if err := db.SaveArticleEmbedding(ctx, e); err != nil {
		t.Fatalf("Save again: %v", err)
	}
	if err := db.SaveArticleEmbedding(ctx, storage.ArticleEmbedding{ArticleID: "kk-baru", Model: "m2", ContentHash: "x", Vector: []float32{9}}); err != nil {
		t.Fatalf("Save m2: %v", err)
	}
	got, err := db.FindArticleEmbeddings(ctx, "m1")
	if err != nil || len(got) != 1 {
		t.Fatalf("Find = %v, %v, want one", got, err)
	}
	if got[0].ContentHash != "h2" || len(got[0].Vector) != 2 || got[0].Vector[1] != 2 {
		t.Fatalf("Find[0] = %+v, want the replaced vector", got[0])
	}
	if err := db.DeleteArticleEmbedding(ctx, "kk-baru"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if got, _ := db.FindArticleEmbeddings(ctx, "m2"); len(got) != 0 {
		t.Fatalf("after delete: %v", got)
	}
}
