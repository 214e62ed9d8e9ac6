package main

import (
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestConfigVariablesDocumented: LoadConfig reads exactly the variables
// .env.example lists, and the README names each of them.
func TestConfigVariablesDocumented(t *testing.T) {
	read := map[string]bool{}
	if _, err := LoadConfig(func(k string) string { read[k] = true; return "" }); err != nil {
		t.Fatalf("empty configuration: %v", err)
	}
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	vals, err := readDotEnv(strings.NewReader(string(example)))
	if err != nil {
		t.Fatalf(".env.example: %v", err)
	}
	var listed, loaded []string
	for k := range vals {
		listed = append(listed, k)
	}
	for k := range read {
		loaded = append(loaded, k)
	}
	sort.Strings(listed)
	sort.Strings(loaded)
	if !slices.Equal(listed, loaded) {
		t.Fatalf(".env.example lists %v,\nLoadConfig reads %v", listed, loaded)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range loaded {
		if !regexp.MustCompile("`" + k + "`").Match(readme) {
			t.Errorf("README does not name %s", k)
		}
	}
}

// TestConfigDefaults: the defaults .env.example shows are the ones an
// empty environment gets.
func TestConfigDefaults(t *testing.T) {
	c, err := LoadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.TelegramAPIURL != "https://api.telegram.org" || c.DBPath != "data/helpdesk.db" || c.LLM.Model != "gpt-4o-mini" ||
		c.LLM.Timeout != 30*time.Second || c.LLM.FirstTokenTimeout != 1500*time.Millisecond || c.LLM.DailyTokenBudget != 1_000_000 ||
		c.HandoffSLA != 15*time.Minute || c.Retention != 365*24*time.Hour || c.LogLevel != "info" || c.RateLimits != "telegram" ||
		c.Location.String() != "Asia/Jakarta" {
		t.Fatalf("defaults = %+v", c)
	}
}

// TestConfigLocation: the office's zone comes from OFFICE_HOURS.
func TestConfigLocation(t *testing.T) {
	for _, tc := range []struct{ hours, want string }{
		{"", "Asia/Jakarta"},
		{"Mon-Fri 08:00-16:00", "Asia/Jakarta"},
		{"Mon-Fri 08:00-16:00 WITA", "Asia/Makassar"},
		{"Mon-Fri 07:30-15:30 Asia/Jayapura", "Asia/Jayapura"},
	} {
		c, err := LoadConfig(func(k string) string { return map[string]string{"OFFICE_HOURS": tc.hours}[k] })
		if err != nil || c.Location.String() != tc.want {
			t.Errorf("OFFICE_HOURS=%q: location %v, err %v; want %s", tc.hours, c.Location, err, tc.want)
		}
	}
}

// TestConfigErrorsNameTheVariable: every refusal names its variable, and
// all of them are reported at once.
func TestConfigErrorsNameTheVariable(t *testing.T) {
	bad := map[string]string{
		"TELEGRAM_API_URL":        "ftp://x",
		"AGENT_CHAT_ID":           "123",
		"ADMIN_USER_IDS":          "-5",
		"OPENAI_BASE_URL":         "nope",
		"LLM_TIMEOUT":             "soon",
		"LLM_FIRST_TOKEN_TIMEOUT": "-1s",
		"LLM_DAILY_TOKEN_BUDGET":  "lots",
		"HANDOFF_SLA_MINUTES":     "0",
		"RETENTION_DAYS":          "x",
		"OFFICE_HOLIDAYS":         "25-12-2026",
		"OFFICE_HOURS":            "Mon-Fri 08:00-16:00 Mars/Olympus",
		"TELEGRAM_RATE_LIMITS":    "fast",
		"LOG_LEVEL":               "loud",
	}
	_, err := LoadConfig(func(k string) string { return bad[k] })
	if err == nil {
		t.Fatal("no error")
	}
	for k := range bad {
		if !strings.Contains(err.Error(), k) {
			t.Errorf("the error does not name %s:\n%v", k, err)
		}
	}
}

// TestConfigDatabaseURL: DATABASE_URL takes a postgres:// URL, needs the
// verify-code key from the environment, and a refusal does not repeat it.
func TestConfigDatabaseURL(t *testing.T) {
	key := strings.Repeat("k", 32)
	url := "postgres://helpdesk:rahasia@db.example:5432/helpdesk"
	c, err := LoadConfig(func(k string) string {
		return map[string]string{"DATABASE_URL": url, "STATUS_CODE_KEY": key}[k]
	})
	if err != nil || c.DatabaseURL != url {
		t.Fatalf("DatabaseURL=%q err=%v, want %q", c.DatabaseURL, err, url)
	}
	for _, tc := range []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"DATABASE_URL": url}, "STATUS_CODE_KEY must be set with DATABASE_URL"},
		{map[string]string{"DATABASE_URL": "mysql://helpdesk:rahasia@db", "STATUS_CODE_KEY": key}, "DATABASE_URL must be a postgres:// URL"},
	} {
		_, err := LoadConfig(func(k string) string { return tc.vars[k] })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: err=%v, want %q", tc.vars, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "rahasia") {
			t.Errorf("the error repeats the password: %v", err)
		}
	}
}
