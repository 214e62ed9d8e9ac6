package main

import (
	"context"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/storage"
)

// These subcommands are wired by their features; until each lands it says so.

// loadKnowledge seeds the database (KNOWLEDGE_DIR, or the bundled articles
// for a database that never held any) and returns its live articles.
func loadKnowledge(ctx context.Context, db *storage.DB, cfg Config) ([]knowledge.Article, error) {
	if err := SeedKnowledge(ctx, db, cfg.KnowledgeDir, lintOptions(cfg)); err != nil {
		return nil, err
	}
	return db.ListArticles(ctx)
}
