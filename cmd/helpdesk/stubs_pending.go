package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/storage"
)

// These subcommands are wired by their features; until each lands it says so.

func runKB(ctx context.Context, args []string, env *Env) int {
	fmt.Fprintln(env.Stderr, "kb: not available in this build")
	return 2
}

func runApps(ctx context.Context, args []string, env *Env) int {
	fmt.Fprintln(env.Stderr, "apps: not available in this build")
	return 2
}

func runReport(ctx context.Context, args []string, env *Env) int {
	fmt.Fprintln(env.Stderr, "report: not available in this build")
	return 2
}

// loadKnowledge returns the articles the bot starts with. Until the
// articles table lands (kb feature), it reads the folder or the bundled set.
func loadKnowledge(ctx context.Context, db *storage.DB, cfg Config) ([]knowledge.Article, error) {
	if cfg.KnowledgeDir != "" {
		arts, errs := knowledge.LintDir(cfg.KnowledgeDir, lintOptions(cfg))
		if len(errs) > 0 {
			return nil, errors.Join(errs...)
		}
		return arts, nil
	}
	return knowledge.Bundled()
}
