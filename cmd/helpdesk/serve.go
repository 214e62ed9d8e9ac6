package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/layananwarga/helpdesk/bot"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/internal/pipeline"
)

// shutdownBudget is how long a stop may take, SIGTERM to exit.
const shutdownBudget = 10 * time.Second

// runServe runs the bot on Telegram until SIGTERM/SIGINT.
func runServe(ctx context.Context, args []string, env *Env) int {
	cfg, err := env.Config()
	if err != nil {
		fmt.Fprintln(env.Stderr, "configuration:", err)
		return 2
	}
	if cfg.TelegramToken == "" {
		fmt.Fprintln(env.Stderr, "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather, then set TELEGRAM_BOT_TOKEN in the environment or in .env (see .env.example)")
		return 2
	}
	log := env.Logger(cfg)
	api, err := bot.NewAPI(cfg.TelegramAPIURL, cfg.TelegramToken, time.Minute)
	if err != nil {
		fmt.Fprintln(env.Stderr, "telegram:", err)
		return 1
	}
	a, err := newApp(ctx, env, cfg, log, func(d *handlers.Deps) {
		// What only the Telegram transport can give the conversations:
		// drafts, group membership, file downloads.
		d.Drafter = &bot.Drafter{API: api.Bot, Log: log}
		d.Members = bot.NewMembers(api.Bot, 5*time.Minute)
		d.Files = &bot.TelegramFiles{API: api.Bot}
	})
	if err != nil {
		fmt.Fprintln(env.Stderr, "start:", err)
		return 1
	}
	defer a.Close()
	dash, err := a.wireDashboard(cfg)
	if err != nil {
		fmt.Fprintln(env.Stderr, "dashboard:", err)
		return 1
	}

	api.OnSuccess = a.markTelegramOK
	if err := api.GetMe(ctx); errors.Is(err, bot.ErrUnauthorized) {
		fmt.Fprintln(env.Stderr, "TELEGRAM_BOT_TOKEN was refused by Telegram (401): check the token from @BotFather")
		return 1
	} else if err != nil {
		log.Warn("Telegram not reachable yet; will keep trying", "err", err)
	}

	p := pipeline.New(a.db, a.svc, &bot.TelegramTransport{API: api.Bot}, bot.Decode, a.metrics, log, env.pipelineOptions(cfg))
	if err := p.Start(ctx); err != nil {
		fmt.Fprintln(env.Stderr, "start:", err)
		return 1
	}

	var srv *http.Server
	if cfg.HTTPAddr != "" {
		srv, err = a.listen(cfg, p, dash)
		if err != nil {
			fmt.Fprintln(env.Stderr, "http:", err)
			return 1
		}
	}

	intakeCtx, stopIntake := context.WithCancel(ctx)
	defer stopIntake()
	fatal := make(chan error, 1)
	if cfg.WebhookURL != "" {
		if err := api.SetWebhook(ctx, cfg.WebhookURL, cfg.WebhookSecret); err != nil {
			fmt.Fprintln(env.Stderr, "setWebhook:", err)
			return 1
		}
		log.Info("bot started", "mode", "webhook", "path", webhookPath(cfg.WebhookURL))
	} else {
		// Telegram serves one getUpdates at a time: with several processes
		// on one database, the one that leads polls.
		poller := &bot.Poller{Intake: p.Intake, API: api, DB: a.db, Log: log}
		go func() { fatal <- p.Lead(intakeCtx, poller.Run) }()
		log.Info("bot started", "mode", "long polling")
	}

	code := 0
	select {
	case <-ctx.Done():
	case err := <-fatal:
		if err != nil {
			fmt.Fprintln(env.Stderr, "telegram:", err)
			code = 1
		}
	}
	log.Info("stopping")
	stopCtx, cancel := context.WithTimeout(context.Background(), shutdownBudget-time.Second)
	defer cancel()
	stopIntake()
	if srv != nil {
		httpCtx, cancelHTTP := context.WithTimeout(stopCtx, 2*time.Second)
		srv.Shutdown(httpCtx)
		cancelHTTP()
	}
	if err := p.Stop(stopCtx); err != nil {
		log.Warn("stop", "err", err)
	}
	log.Info("stopped")
	return code
}

func webhookPath(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Path == "" {
		return "/"
	}
	return p.Path
}
