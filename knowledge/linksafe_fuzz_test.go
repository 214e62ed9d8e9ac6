package knowledge

import (
	"net"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCheckLink checks what the link rule lets through: an http(s) address
// with a host on the allowlist (on a label boundary), no user info, no IP
// address, no port, that the rule accepts again unchanged. Every link found
// in the text goes through the rule too, and the spans FindLinks returns are
// in order, inside the text and apart.
func FuzzCheckLink(f *testing.F) {
	for _, tt := range evasions {
		f.Add(tt.line)
	}
	for _, s := range []string{"https://kemenkes.go.id'@evil.ru/login", "https://dukcapil.go.id/a?b=c#d",
		"http://0x7f.1/", "https://evil-go.id/", "https://go.id.evil.ru", "https://kemenkes。go。id/", "//evil.ru",
		"https://xn--80ak6aa92e.go.id/", "https://１２７．０．０．１/", "[a](https://oss.go.id/a_(b))"} {
		f.Add(s)
	}
	opts := LintOptions{}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(raw string) {
			got, err := opts.CheckLink(raw)
			if err != nil {
				if _, ok := err.(*LinkError); !ok {
					t.Fatalf("CheckLink(%q) error %T, want *LinkError", raw, err)
				}
				return
			}
			u, perr := url.Parse(got)
			if perr != nil {
				t.Fatalf("CheckLink(%q)=%q does not parse: %v", raw, got, perr)
			}
			host := u.Hostname()
			switch {
			case u.Scheme != "http" && u.Scheme != "https":
				t.Fatalf("CheckLink(%q)=%q: scheme %q", raw, got, u.Scheme)
			case u.User != nil || u.Port() != "" || u.Opaque != "":
				t.Fatalf("CheckLink(%q)=%q: user, port or opaque part left", raw, got)
			case net.ParseIP(host) != nil || isIPHost(host):
				t.Fatalf("CheckLink(%q)=%q: IP host", raw, got)
			case !underAllowed(host):
				t.Fatalf("CheckLink(%q)=%q: host %q is not under an allowed domain", raw, got, host)
			case strings.ContainsAny(got, " \t\r\n\"<>\\"):
				t.Fatalf("CheckLink(%q)=%q: unsafe character", raw, got)
			}
			if again, err := opts.CheckLink(got); err != nil || again != got {
				t.Fatalf("CheckLink(%q)=%q, but CheckLink of that=%q, %v", raw, got, again, err)
			}
		}
		check(s)
		prev := 0
		for _, l := range FindLinks(s) {
			if l.Start < prev || l.End <= l.Start || l.End > len(s) {
				t.Fatalf("FindLinks(%q): bad span %d-%d after %d", s, l.Start, l.End, prev)
			}
			prev = l.End
			check(l.URL())
		}
	})
}

// underAllowed is the allowlist written out plainly for the fuzz check.
func underAllowed(host string) bool {
	for _, d := range DefaultAllowedDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// fullWidth writes ASCII letters and digits in their full-width forms.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			return r - '!' + '！'
		}
		return r
	}, s)
}

// FuzzGamblingTerm checks that the gambling check never panics, names only
// terms it knows, and sees through full-width letters and zero-width spaces:
// the verdict on a text is the verdict on its disguised forms.
func FuzzGamblingTerm(f *testing.F) {
	for _, tt := range evasions {
		f.Add(tt.line)
	}
	for _, s := range ordinaryText {
		f.Add(s)
	}
	known := map[string]bool{}
	for _, t := range gamblingTerms {
		known[t.name] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		g := gamblingTerm(s)
		if g != "" && !known[g] && !strings.HasPrefix(g, "slot") {
			t.Fatalf("gamblingTerm(%q)=%q, not a known term", s, g)
		}
		if fw := gamblingTerm(fullWidth(s)); fw != g {
			t.Fatalf("gamblingTerm(%q)=%q but %q in full width", s, g, fw)
		}
		var zw strings.Builder
		for _, r := range s {
			zw.WriteRune(r)
			zw.WriteRune('\u200b')
		}
		if z := gamblingTerm(zw.String()); z != g {
			t.Fatalf("gamblingTerm(%q)=%q but %q with zero-width spaces", s, g, z)
		}
	})
}
