package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/storage"
)

// The defaults of every setting, in one place. .env.example and the README
// show the same values.
const (
	defaultTelegramAPIURL    = "https://api.telegram.org"
	defaultDBPath            = "data/helpdesk.db"
	defaultOpenAIModel       = "gpt-4o-mini"
	defaultLLMTimeout        = 30 * time.Second
	defaultFirstTokenTimeout = 1500 * time.Millisecond
	defaultDailyTokenBudget  = 1_000_000
	defaultHandoffSLAMinutes = 15
	defaultRetentionDays     = 365
	defaultLogLevel          = "info"
	defaultRateLimits        = "telegram"
	// defaultTimeZone is the office's zone when OFFICE_HOURS names none.
	defaultTimeZone = "Asia/Jakarta"
)

// Config is every setting, read once at start from the environment and an
// optional .env file by LoadConfig.
type Config struct {
	TelegramToken  string // TELEGRAM_BOT_TOKEN
	TelegramAPIURL string // TELEGRAM_API_URL
	DBPath         string // DB_PATH
	DatabaseURL    string // DATABASE_URL: PostgreSQL instead of DBPath when set
	KnowledgeDir   string // KNOWLEDGE_DIR
	AgentChatIDs   []int64
	AdminUserIDs   []int64

	// LLM is the optional language model (OPENAI_* and LLM_* variables).
	LLM LLMConfig

	HTTPAddr       string
	WebhookURL     string
	WebhookSecret  string
	StatusAPIToken string
	// PublicURL is where browsers reach HTTPAddr; the dashboard's sign-in
	// links start with it.
	PublicURL string

	OfficeHours    string   // OFFICE_HOURS; "" = always open
	OfficeHolidays []string // OFFICE_HOLIDAYS, YYYY-MM-DD
	// Location is the office's time zone: the zone OFFICE_HOURS names,
	// else Asia/Jakarta. Every day boundary and printed time uses it.
	Location   *time.Location
	HandoffSLA time.Duration
	Retention  time.Duration
	// EraseDeletesTopic deletes a case's forum topic when its citizen
	// erases their data (ERASE_DELETES_TOPIC).
	EraseDeletesTopic bool
	KBAllowedDomains  []string
	LogLevel          string
	// RateLimits is "telegram" (Telegram's limits) or "off" (a local test
	// server or a load test).
	RateLimits string

	// Workflow is read from the STATUS_WORKFLOW file (nil: the built-in
	// statuses).
	Workflow *helpdesk.Workflow
	// StatusCodeKey keys verify-code hashes; empty: the key file beside
	// the database. Never logged.
	StatusCodeKey string
}

// LLMConfig holds the language-model settings (OPENAI_* and LLM_* variables).
type LLMConfig struct {
	APIKey             string        // OPENAI_API_KEY; empty: retrieval only
	BaseURL            string        // OPENAI_BASE_URL
	Model              string        // OPENAI_MODEL
	EmbeddingModel     string        // OPENAI_EMBEDDING_MODEL; empty: no hybrid retrieval
	Timeout            time.Duration // LLM_TIMEOUT: bound of one whole call
	FirstTokenTimeout  time.Duration // LLM_FIRST_TOKEN_TIMEOUT: no progress by then -> retrieval answer
	DailyTokenBudget   int           // LLM_DAILY_TOKEN_BUDGET: tokens per day over all chats; 0 = unlimited
	ExcludedCategories []string      // LLM_EXCLUDED_CATEGORIES: article categories never sent to the model
}

// DefaultConfig is the configuration with nothing set.
func DefaultConfig() Config {
	return Config{
		TelegramAPIURL: defaultTelegramAPIURL,
		DBPath:         defaultDBPath,
		LLM: LLMConfig{
			Model:             defaultOpenAIModel,
			Timeout:           defaultLLMTimeout,
			FirstTokenTimeout: defaultFirstTokenTimeout,
			DailyTokenBudget:  defaultDailyTokenBudget,
		},
		Location:   defaultLocation(),
		HandoffSLA: defaultHandoffSLAMinutes * time.Minute,
		Retention:  defaultRetentionDays * 24 * time.Hour,
		LogLevel:   defaultLogLevel,
		RateLimits: defaultRateLimits,
	}
}

// defaultLocation is Asia/Jakarta (time/tzdata is linked in by handlers).
func defaultLocation() *time.Location {
	loc, err := time.LoadLocation(defaultTimeZone)
	if err != nil {
		return time.FixedZone("WIB", 7*3600)
	}
	return loc
}

// ConfigError names the variable that is wrong and what is expected.
type ConfigError struct {
	Var, Want, Got string
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("%s must be %s, got %q", e.Var, e.Want, e.Got)
}

var reSecret = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// LoadConfig reads and validates the configuration. getenv is the process
// environment (with the .env fallback) in production and a map in tests.
// Every problem is reported, each naming its variable.
func LoadConfig(getenv func(string) string) (Config, error) {
	c := DefaultConfig()
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	set := func(dst *string, k string) {
		if v := get(k); v != "" {
			*dst = v
		}
	}
	set(&c.TelegramToken, "TELEGRAM_BOT_TOKEN")
	set(&c.TelegramAPIURL, "TELEGRAM_API_URL")
	c.TelegramAPIURL = strings.TrimRight(c.TelegramAPIURL, "/")
	set(&c.DBPath, "DB_PATH")
	set(&c.DatabaseURL, "DATABASE_URL")
	set(&c.KnowledgeDir, "KNOWLEDGE_DIR")
	set(&c.HTTPAddr, "HTTP_ADDR")
	set(&c.WebhookURL, "WEBHOOK_URL")
	set(&c.WebhookSecret, "WEBHOOK_SECRET")
	set(&c.StatusAPIToken, "STATUS_API_TOKEN")
	set(&c.PublicURL, "PUBLIC_URL")
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	set(&c.OfficeHours, "OFFICE_HOURS")
	set(&c.LogLevel, "LOG_LEVEL")
	c.LogLevel = strings.ToLower(c.LogLevel)
	set(&c.RateLimits, "TELEGRAM_RATE_LIMITS")
	c.RateLimits = strings.ToLower(c.RateLimits)
	set(&c.StatusCodeKey, "STATUS_CODE_KEY")

	var errs []error
	if u, err := url.Parse(c.TelegramAPIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, &ConfigError{"TELEGRAM_API_URL", "an http(s) URL such as https://api.telegram.org", c.TelegramAPIURL})
	}
	if c.TelegramToken != "" && !strings.Contains(c.TelegramToken, ":") {
		errs = append(errs, &ConfigError{"TELEGRAM_BOT_TOKEN", "a token from @BotFather such as 123456:ABC-DEF...", "(hidden)"})
	}
	var err error
	if c.AgentChatIDs, err = parseIDs("AGENT_CHAT_ID", get("AGENT_CHAT_ID"), true); err != nil {
		errs = append(errs, err)
	}
	if c.AdminUserIDs, err = parseIDs("ADMIN_USER_IDS", get("ADMIN_USER_IDS"), false); err != nil {
		errs = append(errs, err)
	}
	errs = append(errs, loadLLM(&c.LLM, get)...)
	if c.WebhookURL != "" {
		if u, err := url.Parse(c.WebhookURL); err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
			errs = append(errs, &ConfigError{"WEBHOOK_URL", "an https URL Telegram can reach", c.WebhookURL})
		}
		if c.HTTPAddr == "" {
			errs = append(errs, &ConfigError{"HTTP_ADDR", "set when WEBHOOK_URL is set (the webhook is served there), e.g. :8080", ""})
		}
		if !reSecret.MatchString(c.WebhookSecret) {
			errs = append(errs, &ConfigError{"WEBHOOK_SECRET", "1-256 characters A-Z, a-z, 0-9, _ or - when WEBHOOK_URL is set", "(hidden)"})
		}
	}
	if c.PublicURL != "" {
		if u, err := url.Parse(c.PublicURL); err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			errs = append(errs, &ConfigError{"PUBLIC_URL", "the http(s) address browsers open to reach HTTP_ADDR, e.g. https://layanan.example.go.id", c.PublicURL})
		}
	}
	if v := get("HANDOFF_SLA_MINUTES"); v != "" {
		sla, err := positiveInt("HANDOFF_SLA_MINUTES", v)
		if err != nil {
			errs = append(errs, err)
		}
		c.HandoffSLA = time.Duration(sla) * time.Minute
	}
	if v := get("RETENTION_DAYS"); v != "" {
		days, err := positiveInt("RETENTION_DAYS", v)
		if err != nil {
			errs = append(errs, err)
		}
		c.Retention = time.Duration(days) * 24 * time.Hour
	}
	switch v := strings.ToLower(get("ERASE_DELETES_TOPIC")); v {
	case "true", "1", "yes":
		c.EraseDeletesTopic = true
	case "", "false", "0", "no":
	default:
		errs = append(errs, &ConfigError{"ERASE_DELETES_TOPIC", "true or false", v})
	}
	for _, d := range splitList(get("OFFICE_HOLIDAYS")) {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			errs = append(errs, &ConfigError{"OFFICE_HOLIDAYS", "comma-separated dates like 2026-12-25", d})
		}
		c.OfficeHolidays = append(c.OfficeHolidays, d)
	}
	if oh, err := handlers.ParseOfficeHours(c.OfficeHours, c.OfficeHolidays); err != nil {
		errs = append(errs, &ConfigError{"OFFICE_HOURS", "like \"Mon-Fri 08:00-16:00 Asia/Jakarta\" (" + err.Error() + ")", c.OfficeHours})
	} else if !oh.Always() {
		c.Location = oh.Location()
	}
	for _, d := range splitList(get("KB_ALLOWED_DOMAINS")) {
		c.KBAllowedDomains = append(c.KBAllowedDomains, strings.ToLower(strings.TrimPrefix(d, ".")))
	}
	if path := get("STATUS_WORKFLOW"); path != "" {
		if c.Workflow, err = loadWorkflow(path); err != nil {
			errs = append(errs, err)
		}
	}
	if c.StatusCodeKey != "" && len(c.StatusCodeKey) < storage.MinVerifyKeyLen {
		errs = append(errs, &ConfigError{"STATUS_CODE_KEY", fmt.Sprintf("at least %d characters (e.g. from: openssl rand -hex 32)", storage.MinVerifyKeyLen), "(hidden)"})
	}
	// The URL may hold a password, so errors do not repeat it.
	if c.DatabaseURL != "" && !storage.IsPostgresURL(c.DatabaseURL) {
		errs = append(errs, &ConfigError{"DATABASE_URL", "a postgres:// URL, e.g. postgres://helpdesk@db.example:5432/helpdesk", "(hidden)"})
	}
	if c.DatabaseURL != "" && c.StatusCodeKey == "" {
		// Every process on the database must hash verify codes with one
		// key, and there is no file beside the database to keep it in.
		errs = append(errs, &ConfigError{"STATUS_CODE_KEY", "set with DATABASE_URL (e.g. from: openssl rand -hex 32)", ""})
	}
	if c.RateLimits != "telegram" && c.RateLimits != "off" {
		errs = append(errs, &ConfigError{"TELEGRAM_RATE_LIMITS", "telegram or off", c.RateLimits})
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, &ConfigError{"LOG_LEVEL", "debug, info, warn or error", c.LogLevel})
	}
	return c, errors.Join(errs...)
}

// loadLLM reads the OPENAI_* and LLM_* variables into c, which holds the
// defaults.
func loadLLM(c *LLMConfig, get func(string) string) []error {
	var errs []error
	c.APIKey = get("OPENAI_API_KEY")
	c.BaseURL = get("OPENAI_BASE_URL")
	c.EmbeddingModel = get("OPENAI_EMBEDDING_MODEL")
	if v := get("OPENAI_MODEL"); v != "" {
		c.Model = v
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || u.Scheme == "" || u.Host == "" {
			errs = append(errs, &ConfigError{"OPENAI_BASE_URL", "a URL such as https://api.openai.com/v1", c.BaseURL})
		}
	}
	for _, d := range []struct {
		name string
		dst  *time.Duration
	}{{"LLM_TIMEOUT", &c.Timeout}, {"LLM_FIRST_TOKEN_TIMEOUT", &c.FirstTokenTimeout}} {
		if v := get(d.name); v != "" {
			t, err := time.ParseDuration(v)
			if err != nil || t <= 0 {
				errs = append(errs, &ConfigError{d.name, "a positive duration such as 30s", v})
				continue
			}
			*d.dst = t
		}
	}
	if v := get("LLM_DAILY_TOKEN_BUDGET"); v != "" {
		n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
		if err != nil || n < 0 {
			errs = append(errs, &ConfigError{"LLM_DAILY_TOKEN_BUDGET", "a whole number of tokens (0 = unlimited)", v})
		} else {
			c.DailyTokenBudget = n
		}
	}
	for _, cat := range splitList(get("LLM_EXCLUDED_CATEGORIES")) {
		c.ExcludedCategories = append(c.ExcludedCategories, strings.ToLower(cat))
	}
	return errs
}

func parseIDs(name, s string, negative bool) ([]int64, error) {
	var ids []int64
	for _, f := range splitList(s) {
		id, err := strconv.ParseInt(f, 10, 64)
		switch {
		case err != nil || id == 0:
			want := "comma-separated numeric Telegram user ids"
			if negative {
				want = "a negative chat id (or a comma-separated list), e.g. -1001234567890"
			}
			return nil, &ConfigError{name, want, f}
		case negative && id > 0:
			return nil, &ConfigError{name, "a negative chat id of a supergroup, e.g. -1001234567890", f}
		case !negative && id < 0:
			return nil, &ConfigError{name, "positive Telegram user ids", f}
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func positiveInt(name, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, &ConfigError{name, "a positive whole number", s}
	}
	return n, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// readDotEnv reads KEY=VALUE lines; blank lines and # comments are skipped,
// an optional "export " prefix and matching quotes are removed.
func readDotEnv(r io.Reader) (map[string]string, error) {
	vals := map[string]string{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		s = strings.TrimPrefix(s, "export ")
		k, v, ok := strings.Cut(s, "=")
		if !ok {
			return nil, fmt.Errorf(".env line %d: want KEY=VALUE", line)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		} else if i := strings.Index(v, " #"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		vals[k] = v
	}
	return vals, sc.Err()
}

// envWithDotEnv returns a getenv that prefers the process environment and
// falls back to the .env file in the working folder, if there is one.
func envWithDotEnv(getenv func(string) string, path string) (func(string) string, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return getenv, nil
	} else if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	vals, err := readDotEnv(f)
	if err != nil {
		return nil, err
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return vals[k]
	}, nil
}

// loadWorkflow reads the STATUS_WORKFLOW file; its problems name the
// variable, the file and the line.
func loadWorkflow(path string) (*helpdesk.Workflow, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("STATUS_WORKFLOW: %w", err)
	}
	wf, err := helpdesk.ParseWorkflow(data)
	if err != nil {
		return nil, fmt.Errorf("STATUS_WORKFLOW: %s: %w", path, err)
	}
	return wf, nil
}
