// Command helpdesk runs the Layanan Warga help desk: the Telegram bot, the
// terminal chat, and the knowledge-base and application tools.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/storage"
)

// Env is what a subcommand gets from the process: standard streams, the
// environment, and helpers to load the configuration and open the database.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// DotEnv is the .env file read as a fallback for the environment.
	DotEnv string
	// Interactive is true when stdin is a terminal (the chat shows a prompt).
	Interactive bool
	// Pipeline overrides the pipeline's limits (tests scale time down).
	Pipeline *pipeline.Options

	// loaded is the configuration once read, so that a run reads the
	// environment and .env once.
	loaded *loadedConfig
}

type loadedConfig struct {
	cfg Config
	err error
}

func (e *Env) pipelineOptions(cfg Config) pipeline.Options {
	if e.Pipeline != nil {
		return *e.Pipeline
	}
	if cfg.RateLimits == "off" {
		return pipeline.Options{Sender: pipeline.NoLimits}
	}
	return pipeline.Options{}
}

// Config loads and validates the configuration, on the first call; later
// calls return the same result.
func (e *Env) Config() (Config, error) {
	if e.loaded == nil {
		getenv, err := envWithDotEnv(e.Getenv, e.DotEnv)
		if err != nil {
			e.loaded = &loadedConfig{err: err}
		} else {
			cfg, err := LoadConfig(getenv)
			e.loaded = &loadedConfig{cfg: cfg, err: err}
		}
	}
	return e.loaded.cfg, e.loaded.err
}

// Logger logs structured lines to stderr at the configured level.
func (e *Env) Logger(cfg Config) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(cfg.LogLevel))
	return slog.New(slog.NewTextHandler(e.Stderr, &slog.HandlerOptions{Level: lvl}))
}

// openDB loads the configuration and opens the database for a subcommand.
// On failure it has told the user why and returns the exit code to use.
func (e *Env) openDB(ctx context.Context) (Config, *storage.DB, int) {
	cfg, err := e.Config()
	if err != nil {
		fmt.Fprintln(e.Stderr, "configuration:", err)
		return cfg, nil, 2
	}
	db, err := e.OpenDB(ctx, cfg)
	if err != nil {
		fmt.Fprintln(e.Stderr, "database:", err)
		return cfg, nil, 1
	}
	return cfg, db, 0
}

// OpenDB opens the configured database (PostgreSQL at DATABASE_URL, or
// the SQLite file at DB_PATH), applying migrations, with the status
// workflow and the verify-code key (STATUS_CODE_KEY, or the key file beside
// a SQLite database).
func (e *Env) OpenDB(ctx context.Context, cfg Config) (*storage.DB, error) {
	opts := []storage.Option{storage.WithWorkflow(cfg.Workflow), storage.WithLocation(cfg.Location)}
	if cfg.StatusCodeKey != "" {
		opts = append(opts, storage.WithVerifyKey([]byte(cfg.StatusCodeKey)))
	}
	if cfg.DatabaseURL != "" {
		return storage.Open(ctx, cfg.DatabaseURL, opts...)
	}
	return storage.Open(ctx, cfg.DBPath, opts...)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, DotEnv: ".env",
		Interactive: isTerminal(os.Stdin)}
	os.Exit(run(ctx, os.Args[1:], env))
}

const usage = `Layanan Warga help desk

Usage:
  helpdesk                     the Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the terminal chat
  helpdesk serve               the Telegram bot
  helpdesk chat                talk to the bot as a citizen in the terminal
  helpdesk kb import DIR       publish the articles of a folder (all or nothing)
  helpdesk kb export DIR       write every article to a folder
  helpdesk kb lint DIR         check a folder of articles
  helpdesk kb search --kb DIR --top N --json   rank questions read from stdin
  helpdesk apps import FILE    upsert application statuses from a CSV file
  helpdesk apps export FILE    write applications with their history to a CSV file
  helpdesk report [gaps]       service figures, or what the knowledge base could not answer
  helpdesk report skm [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--service S] [--json]
                               the satisfaction index (IKM) of the survey, by period and service
  helpdesk db copy --to URL    copy the SQLite database (DB_PATH) into an empty PostgreSQL database

Configuration comes from the environment or a .env file; see .env.example.
`

// run dispatches a subcommand and returns the exit code.
func run(ctx context.Context, args []string, env *Env) int {
	cmd := ""
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "":
		cfg, err := env.Config()
		if err != nil {
			fmt.Fprintln(env.Stderr, "configuration:", err)
			return 2
		}
		if cfg.TelegramToken != "" {
			return runServe(ctx, args, env)
		}
		fmt.Fprintln(env.Stderr, "TELEGRAM_BOT_TOKEN is not set, so this is the terminal chat. To connect Telegram, create a bot with @BotFather and run: TELEGRAM_BOT_TOKEN=<token> helpdesk serve")
		return runChat(ctx, args, env)
	case "serve":
		return runServe(ctx, args, env)
	case "chat":
		return runChat(ctx, args, env)
	case "kb":
		return runKB(ctx, args, env)
	case "apps":
		return runApps(ctx, args, env)
	case "report":
		return runReport(ctx, args, env)
	case "db":
		return runDB(ctx, args, env)
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, usage)
		return 0
	}
	fmt.Fprintf(env.Stderr, "unknown command %q\n\n%s", cmd, usage)
	return 2
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
