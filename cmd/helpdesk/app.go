package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/storage"
)

// app is the assembled help desk, shared by serve and chat.
type app struct {
	cfg     Config
	db      *storage.DB
	kb      *knowledge.Base
	svc     *handlers.Service
	deps    handlers.Deps
	metrics *metrics.Set
	log     *slog.Logger
	stopLLM func() // ends the hybrid retrieval's background embedding
}

// Close stops background work and closes the database.
func (a *app) Close() error {
	a.stopLLM()
	return a.db.Close()
}

// lintOptions is the article validation every path uses.
func lintOptions(cfg Config) knowledge.LintOptions {
	return knowledge.WithExtraDomains(strings.Join(cfg.KBAllowedDomains, ","))
}

// newApp opens the database, loads the knowledge base and builds the
// conversations. extend may add transport-specific dependencies.
func newApp(ctx context.Context, env *Env, cfg Config, log *slog.Logger, extend func(*handlers.Deps)) (*app, error) {
	db, err := env.OpenDB(ctx, cfg)
	if err != nil {
		return nil, err
	}
	arts, err := loadKnowledge(ctx, db, cfg, log)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("knowledge base: %w", err)
	}
	kb := knowledge.NewBase(arts)
	m := metrics.New()
	deps := handlers.Deps{
		Chats:     db,
		Knowledge: kb,
		Outbox:    db,
		Apps:      db,
		Cases:     db,
		Admin:     db,
		Survey:    db,
		Metrics:   m,
		Logger:    log,
		Settings: handlers.Settings{
			AgentChats:        cfg.AgentChatIDs,
			Admins:            cfg.AdminUserIDs,
			OfficeHours:       cfg.OfficeHours,
			Holidays:          cfg.OfficeHolidays,
			HandoffSLA:        cfg.HandoffSLA,
			Retention:         cfg.Retention,
			EraseDeletesTopic: cfg.EraseDeletesTopic,
			KBLint:            lintOptions(cfg),
			Workflow:          cfg.Workflow,
			Location:          cfg.Location,
		},
	}
	var stopLLM func()
	deps.Composer, deps.Knowledge, stopLLM = wireLLM(cfg, db, kb, log)
	if extend != nil {
		extend(&deps)
	}
	log.Info("knowledge base loaded", "articles", kb.Len(), "llm", deps.Composer != nil)
	return &app{cfg: cfg, db: db, kb: kb, svc: handlers.New(deps), deps: deps, metrics: m, log: log, stopLLM: stopLLM}, nil
}

// loadKnowledge seeds the database (KNOWLEDGE_DIR, or the bundled articles
// for a database that never held any) and returns its live articles.
// Refused files are reported, one log line each, and the rest is served.
func loadKnowledge(ctx context.Context, db *storage.DB, cfg Config, log *slog.Logger) ([]knowledge.Article, error) {
	refused, err := SeedKnowledge(ctx, db, cfg.KnowledgeDir, lintOptions(cfg))
	for _, r := range refused {
		log.Error("KNOWLEDGE_DIR: article refused", "problem", r.Error())
	}
	if err != nil {
		return nil, err
	}
	return db.ListArticles(ctx)
}
