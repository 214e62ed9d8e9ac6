package knowledge

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// The link rule. The linter and the Telegram renderer both call
// LintOptions.CheckLink, so a link is read one way only: a web address is
// parsed by net/url, must be http or https with a host, carry no user name,
// no IP address and no port other than the default, and its host, turned
// into ASCII by IDNA (so look-alike Unicode and full-width dots are read as
// a browser reads them), must be an allowed domain or one of its subdomains.

// LinkError says why a link is refused.
type LinkError struct {
	URL    string // the link as written
	Host   string // its host in ASCII, when one was read
	Reason string // what is wrong, in plain words
}

func (e *LinkError) Error() string { return e.Reason }

// idnaProfile maps a host the way browsers look it up (lowercase, full-width
// forms and ideographic full stops folded, punycode checked) and accepts
// only letters, digits and hyphens in each label.
var idnaProfile = idna.New(idna.MapForLookup(), idna.BidiRule(), idna.StrictDomainName(true), idna.VerifyDNSLength(true),
	idna.Transitional(false))

// asciiHost returns host in lowercase ASCII (punycode), without a final dot.
// A host that is not valid UTF-8, or whose ASCII form would not read back
// as itself, is refused.
func asciiHost(host string) (string, error) {
	if !utf8.ValidString(host) {
		return "", fmt.Errorf("host %q is not valid UTF-8", host)
	}
	h, err := idnaProfile.ToASCII(strings.TrimSuffix(host, "."))
	if err != nil {
		return "", fmt.Errorf("host %q: %w", host, err)
	}
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if again, err := idnaProfile.ToASCII(h); err != nil || again != h {
		return "", fmt.Errorf("host %q does not read back as %q", host, h)
	}
	return h, nil
}

// CheckLink applies the link rule to raw, a link as written in an article.
// It returns the link as it should be sent (scheme and host lowercased, the
// host in ASCII, a default port dropped) or a *LinkError.
func (o LintOptions) CheckLink(raw string) (string, error) {
	refuse := func(host, format string, args ...any) (string, error) {
		return "", &LinkError{URL: raw, Host: host, Reason: fmt.Sprintf(format, args...)}
	}
	if strings.ContainsAny(raw, "\\ \t\r\n\x00") {
		return refuse("", "link %q is not a valid web address", raw)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return refuse("", "link %q is not a valid web address", raw)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return refuse("", "link %q is refused: only http and https links are allowed", raw)
	}
	if u.Opaque != "" || u.Host == "" {
		return refuse("", "link %q is not a full web address: write it as https://host/path", raw)
	}
	if u.User != nil {
		return refuse("", "link %q is refused: it has a user name before the host (text before @), which hides where it goes", raw)
	}
	if ip := u.Hostname(); net.ParseIP(ip) != nil || strings.ContainsAny(ip, ":%") {
		return refuse(ip, "link %q is refused: it points at an IP address, not a domain name", raw)
	}
	host, err := asciiHost(u.Hostname())
	if err != nil || host == "" {
		return refuse("", "link %q is not a valid web address: bad host name", raw)
	}
	if isIPHost(host) {
		return refuse(host, "link %q is refused: it points at an IP address, not a domain name", raw)
	}
	switch port := u.Port(); {
	case port == "", scheme == "http" && port == "80", scheme == "https" && port == "443":
	default:
		return refuse(host, "link %q is refused: port %s; only the default web port is allowed", raw, port)
	}
	if !o.allowed(host) {
		return refuse(host, "links to %s, which is outside the allowed domains", host)
	}
	u.Scheme, u.Host = scheme, host
	return u.String(), nil
}

// isIPHost reports whether a host is an IP address in any form a browser
// accepts: IPv4 or IPv6 literals, and hosts whose last label is a number
// (decimal, octal or 0x hex), which browsers read as an integer IPv4 address
// ("2130706433", "0x7f.1", "0177.0.0.1").
func isIPHost(host string) bool {
	if net.ParseIP(host) != nil {
		return true
	}
	labels := strings.Split(host, ".")
	last := labels[len(labels)-1]
	if last == "" {
		return false
	}
	if strings.HasPrefix(last, "0x") {
		last = last[2:]
		return strings.Trim(last, "0123456789abcdef") == ""
	}
	return strings.Trim(last, "0123456789") == ""
}

// allowed reports whether an ASCII host is an allowed domain or a subdomain
// of one: "x.go.id" is under "go.id", "evil-go.id" and "go.id.evil.ru" are not.
func (o LintOptions) allowed(host string) bool {
	ds := o.AllowedDomains
	if len(ds) == 0 {
		ds = DefaultAllowedDomains
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, d := range ds {
		d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), ".")
		if d == "*" {
			return true
		}
		if d == "" {
			continue
		}
		if a, err := asciiHost(d); err == nil {
			d = a
		}
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// Link is one link found in a line of text.
type Link struct {
	Start, End int    // byte offsets of the whole link in the text
	Label      string // the text of a Markdown link, "" for other kinds
	Target     string // what the link points at, as written
	Markdown   bool   // written [Label](Target)
	Bare       bool   // a domain without a scheme ("lapor.go.id", "x@evil.ru"): Target is the domain
}

// URL returns the web address CheckLink should read for the link: a bare
// domain or a "www." address is read as http.
func (l Link) URL() string {
	if l.Bare || !strings.Contains(l.Target, ":") && strings.HasPrefix(strings.ToLower(l.Target), "www.") {
		return "http://" + l.Target
	}
	return l.Target
}

var (
	// markdownLink is [label](target); the target, whatever its scheme, has
	// no spaces and may hold balanced parentheses ("a_(b)", "alert(1)").
	markdownLink = regexp.MustCompile(`\[([^\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)`)
	// rawLink is an address with any scheme ("https://", "tg://"), a scheme
	// Telegram or a browser acts on without slashes, or a "www." address.
	rawLink = regexp.MustCompile(`(?i)\b[a-z][a-z0-9+.\-]*://[^\s<>"]+|\b(?:mailto|javascript|vbscript|tg|intent|file):[^\s<>"]+|\bdata:[a-z]+/[^\s<>"]*|\bwww\.[^\s<>"]+`)
	// domainish is a run of letters, digits, hyphens and dots of any
	// script, with the full-width and ideographic dots IDNA reads as dots.
	domainish = regexp.MustCompile(`[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}\-]|[.。．｡][\p{L}\p{N}\p{M}])*`)
)

// FindLinks returns the links in one line of text, in order: Markdown links,
// addresses with a scheme or "www.", and bare domains whose suffix is a
// public one (any top-level domain, by the public suffix list), including
// the domain of an e-mail address. Spans do not overlap.
func FindLinks(s string) []Link {
	var links []Link
	taken := func(a, b int) bool {
		for _, l := range links {
			if a < l.End && b > l.Start {
				return true
			}
		}
		return false
	}
	for _, m := range markdownLink.FindAllStringSubmatchIndex(s, -1) {
		links = append(links, Link{Start: m[0], End: m[1], Label: s[m[2]:m[3]], Target: s[m[4]:m[5]], Markdown: true})
	}
	for _, m := range rawLink.FindAllStringIndex(s, -1) {
		end := m[0] + len(trimLinkEnd(s[m[0]:m[1]]))
		if !taken(m[0], end) {
			links = append(links, Link{Start: m[0], End: end, Target: s[m[0]:end]})
		}
	}
	for _, m := range domainish.FindAllStringIndex(s, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		if host, ok := bareDomain(s[m[0]:m[1]]); ok {
			links = append(links, Link{Start: m[0], End: m[1], Target: host, Bare: true})
		}
	}
	sortLinks(links)
	return links
}

// trimLinkEnd drops from a link found in text the punctuation that ends the
// sentence around it, and a closing parenthesis it did not open
// ("(lihat https://x.go.id/a).").
func trimLinkEnd(s string) string {
	for s != "" {
		switch c := s[len(s)-1]; {
		case strings.IndexByte(".,;:!?'", c) >= 0:
			s = s[:len(s)-1]
		case c == ')' && strings.Count(s, "(") < strings.Count(s, ")"):
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

func sortLinks(ls []Link) {
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && ls[j].Start < ls[j-1].Start; j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
}

// bareDomain reports whether a word is a domain name: it has a dot, IDNA
// accepts it, and its suffix is on the public suffix list (ICANN's top-level
// domains or a registry's own suffix such as github.io), with a name before
// it. "surat.pdf", "Rp120.000" and "v1.2.3" are not domains.
func bareDomain(word string) (string, bool) {
	if !strings.ContainsAny(word, ".。．｡") {
		return "", false
	}
	host, err := asciiHost(word)
	if err != nil || !strings.Contains(host, ".") {
		return "", false
	}
	suffix, icann := publicsuffix.PublicSuffix(host)
	if !icann && !strings.Contains(suffix, ".") || len(host) <= len(suffix) {
		return "", false
	}
	return host, true
}

// linkErrors applies the link rule to every link in one line of text, and
// to the links written inside a Markdown link's label.
func (o LintOptions) linkErrors(s string) []error {
	var errs []error
	for _, l := range FindLinks(s) {
		if _, err := o.CheckLink(l.URL()); err != nil {
			errs = append(errs, err)
		}
		if l.Markdown {
			errs = append(errs, o.linkErrors(l.Label)...)
		}
	}
	return errs
}

// SourceURL applies the link rule to an article's source, which must be one
// web address ("https://lapor.go.id/x", or a bare "lapor.go.id"), and
// returns it as it should be sent.
func (o LintOptions) SourceURL(src string) (string, error) {
	src = strings.TrimSpace(src)
	ls := FindLinks(src)
	if len(ls) != 1 || ls[0].Markdown || ls[0].Start != 0 || ls[0].End != len(src) {
		return "", &LinkError{URL: src, Reason: fmt.Sprintf("%q is not a web address", src)}
	}
	return o.CheckLink(ls[0].URL())
}
