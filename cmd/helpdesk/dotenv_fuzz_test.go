package main

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var reSimpleKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// simpleValue is a value a .env line holds as written: one line, no
// surrounding space, no quotes and no " #" comment mark.
func simpleValue(v string) bool {
	return utf8.ValidString(v) && strings.TrimSpace(v) == v && !strings.ContainsAny(v, "\"'\r\n") &&
		!strings.Contains(v, " #") && !strings.Contains(v, "\t#")
}

// FuzzReadDotEnv reads any file as .env: the reader never panics, and a
// simple KEY=VALUE pair, written bare, quoted or after "export ", between a
// comment and a blank line, reads back as written.
func FuzzReadDotEnv(f *testing.F) {
	f.Add("TELEGRAM_TOKEN=123:abc\n# comment\n\nexport OFFICE_HOURS=\"Mon-Fri 08:00-16:00 WIB\"\nX='y' # c\n", "OFFICE_HOURS", "Mon-Fri 08:00-16:00 WIB")
	f.Add("=\n==\n\"\nexport \nexport", "K", "")
	f.Add("A= b # c\r\nB=\"#x\"\nC='\nD", "LLM_BASE_URL", "https://api.example.com/v1?x=1#frag")
	f.Add(strings.Repeat("X", 70000), "_", "=")
	f.Fuzz(func(t *testing.T, data, key, value string) {
		if vals, err := readDotEnv(strings.NewReader(data)); err == nil {
			for k := range vals {
				if k != strings.TrimSpace(k) {
					t.Fatalf("key %q kept its spaces, from %q", k, data)
				}
			}
		}
		if !reSimpleKey.MatchString(key) || !simpleValue(value) {
			return
		}
		file := "# settings\n\n" + key + "=" + value + "\n" +
			"export " + key + "_Q = \"" + value + "\"\n" +
			key + "_S='" + value + "' \n"
		vals, err := readDotEnv(strings.NewReader(file))
		if err != nil {
			t.Fatalf("readDotEnv(%q): %v", file, err)
		}
		for _, k := range []string{key, key + "_Q", key + "_S"} {
			if vals[k] != value {
				t.Fatalf("%s=%q, want %q, from\n%s", k, vals[k], value, file)
			}
		}
		if len(vals) != 3 {
			t.Fatalf("%d keys %v from\n%s", len(vals), vals, file)
		}
	})
}
