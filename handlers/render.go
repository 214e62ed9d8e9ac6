package handlers

import (
	"hash/fnv"
	"html"
	"regexp"
	"strings"
	"sync"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// maxMessage is Telegram's limit on one message, in UTF-16 code units; we
// count runes and keep a margin so that surrogate pairs cannot overflow it.
const maxMessage = 3800

// esc escapes a dynamic part for Telegram HTML.
func esc(s string) string { return html.EscapeString(s) }

// plainText escapes text for Telegram HTML, with every link the rule refuses
// made unclickable. It is how text from outside the articles (a language
// model's answer) is sent.
func plainText(s string, links knowledge.LintOptions) string {
	return esc(defangLinks(s, links))
}

// defangLinks rewrites, in raw text, every link the rule refuses so that
// Telegram does not detect it; allowed links are left as written.
func defangLinks(s string, links knowledge.LintOptions) string {
	var b strings.Builder
	last := 0
	for _, l := range knowledge.FindLinks(s) {
		b.WriteString(s[last:l.Start])
		last = l.End
		if l.Markdown {
			b.WriteString(defangLinks(l.Label, links))
			continue
		}
		if _, err := links.CheckLink(l.URL()); err != nil {
			b.WriteString(defang(s[l.Start:l.End]))
		} else {
			b.WriteString(s[l.Start:l.End])
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// defang writes a refused link so that no client detects it: "evil[.]ru",
// "tg[:]//x", "x[at]evil[.]ru".
func defang(s string) string {
	return strings.NewReplacer(".", "[.]", "。", "[.]", "．", "[.]", "｡", "[.]", ":", "[:]", "@", "[at]").Replace(s)
}

func collapseBlank(s string) string {
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}

// maxReplyParts is the most messages one answer may take. An article longer
// than that (lint refuses them, but older content may hold one) is cut, and
// its last message points to the source instead of sending dozens.
const maxReplyParts = 4

// sayCapped sends an answer body followed by tail (the source line) in at
// most maxReplyParts messages; when the body is too long it is cut on a
// paragraph, line or word boundary and the last message says so above the
// tail. Buttons go under the last message.
func sayCapped(chatID int64, body, tail string, english bool, buttons [][]outbox.Button) []outbox.Action {
	full := body + "\n\n" + tail
	if len(splitMessage(full)) <= maxReplyParts {
		return sayLong(chatID, full, buttons)
	}
	end := "…\n\n" + msgCut.in(english) + "\n" + tail
	parts := splitMessage(body)[:maxReplyParts]
	last := len(parts) - 1
	if limit := maxMessage - runeLen(end) - 2; limit >= maxMessage/4 {
		parts[last] = splitAt(parts[last], limit)[0] + "\n" + end
	} else { // a tail too long to share a message: it takes the last one
		parts = append(parts[:last], splitMessage(end)...)
	}
	return sends(chatID, parts, buttons)
}

// splitMessage cuts an HTML text into messages under Telegram's limit, on
// block boundaries (blank lines), then lines, then words, never inside a
// tag or a character reference; tags a cut leaves open are closed at the end
// of one message and opened again at the start of the next.
func splitMessage(s string) []string { return splitAt(s, maxMessage) }

// splitAt cuts an HTML text into pieces of about limit runes, as
// splitMessage does. Only the tags reopened at the start of a piece can take
// it over limit.
func splitAt(s string, limit int) []string {
	if runeLen(s) <= limit {
		return []string{s}
	}
	var parts []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			parts = append(parts, t)
		}
		cur.Reset()
	}
	for _, para := range strings.Split(s, "\n\n") {
		for _, piece := range fitPieces(para, limit) {
			if cur.Len() > 0 && runeLen(cur.String())+2+runeLen(piece) > limit {
				flush()
			}
			if cur.Len() > 0 {
				cur.WriteString("\n\n")
			}
			cur.WriteString(piece)
		}
	}
	flush()
	return balanceTags(parts)
}

// fitPieces breaks one block that is itself too long: by lines, then by
// words (a tag is one word), then inside a word too long for one piece.
func fitPieces(para string, limit int) []string {
	if runeLen(para) <= limit {
		return []string{para}
	}
	var pieces []string
	var cur strings.Builder
	add := func(sep, w string) {
		if cur.Len() > 0 && runeLen(cur.String())+runeLen(sep)+runeLen(w) > limit {
			pieces = append(pieces, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteString(sep)
		}
		cur.WriteString(w)
	}
	for _, line := range strings.Split(para, "\n") {
		if runeLen(line) <= limit {
			add("\n", line)
			continue
		}
		for _, w := range htmlWords(line) {
			for runeLen(w) > limit { // a single unbroken word
				r := []rune(w)
				n := safeCut(r, limit)
				add(" ", string(r[:n]))
				w = string(r[n:])
			}
			if w != "" {
				add(" ", w)
			}
		}
	}
	if cur.Len() > 0 {
		pieces = append(pieces, cur.String())
	}
	return pieces
}

// htmlWords splits a line of HTML on spaces outside tags, so that
// `<a href="…">` stays one word.
func htmlWords(line string) []string {
	var words []string
	inTag := false
	start := -1
	for i, r := range line {
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
		case !inTag && (r == ' ' || r == '\t'):
			if start >= 0 {
				words = append(words, line[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, line[start:])
	}
	return words
}

// safeCut returns where to cut r, at most limit runes in, so that no tag and
// no character reference ("&amp;") is cut; a tag longer than limit is kept
// whole.
func safeCut(r []rune, limit int) int {
	if limit >= len(r) {
		return len(r)
	}
	cut := limit
	if i := lastOpen(r[:cut], '<', '>'); i >= 0 {
		cut = i
	} else if i := lastOpen(r[:cut], '&', ';'); i >= 0 && cut-i <= 32 {
		cut = i
	}
	if cut > 0 {
		return cut
	}
	closer := '>'
	if r[0] == '&' {
		closer = ';'
	}
	for i, c := range r {
		if c == closer {
			return i + 1
		}
	}
	return len(r)
}

// lastOpen returns the index of the last open rune in r not followed by a
// close rune, or -1.
func lastOpen(r []rune, open, close rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		switch r[i] {
		case close:
			return -1
		case open:
			return i
		}
	}
	return -1
}

// reTag finds the tags the renderer and the handlers write.
var reTag = regexp.MustCompile(`<(/?)(b|i|u|s|code|pre|a|blockquote)\b[^>]*>`)

// balanceTags closes, at the end of each piece, the tags still open there,
// and opens them again at the start of the next, so that text cut between
// the words of a bold phrase, a quote or a link stays valid Telegram HTML.
func balanceTags(pieces []string) []string {
	var open []string // opening tags, outermost first
	for i, p := range pieces {
		prefix := strings.Join(open, "")
		for _, m := range reTag.FindAllStringSubmatch(p, -1) {
			if m[1] == "" {
				open = append(open, m[0])
			} else if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
		var suffix strings.Builder
		for j := len(open) - 1; j >= 0; j-- {
			suffix.WriteString("</" + reTag.FindStringSubmatch(open[j])[2] + ">")
		}
		pieces[i] = prefix + p + suffix.String()
	}
	return pieces
}

func runeLen(s string) int { return len([]rune(s)) }

// truncate shortens plain text to n runes with an ellipsis.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// renderCache holds articles rendered as HTML, by content: rendering runs
// regular expressions over the whole body, and the same articles answer
// most questions. It keeps what was used within the last two generations of
// renderCap renders, so a base that keeps changing cannot grow it.
type renderCache struct {
	mu       sync.Mutex
	cur, old map[uint64]string
}

// renderCap is the size of a generation: more than a base's articles.
const renderCap = 1024

func newRenderCache() *renderCache { return &renderCache{cur: map[uint64]string{}} }

// article renders an article as written, under its title, with its links
// checked against the allowed domains in links.
func (c *renderCache) article(a knowledge.Article, links knowledge.LintOptions) string {
	h := fnv.New64a()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Body))
	for _, d := range links.AllowedDomains {
		h.Write([]byte{0})
		h.Write([]byte(d))
	}
	key := h.Sum64()
	c.mu.Lock()
	out, ok := c.cur[key]
	if !ok {
		if out, ok = c.old[key]; ok {
			c.put(key, out)
		}
	}
	c.mu.Unlock()
	if ok {
		return out
	}
	out = renderArticle(a, links)
	c.mu.Lock()
	c.put(key, out)
	c.mu.Unlock()
	return out
}

// put stores a render in the current generation, starting a new one when
// it is full; the generation before is then forgotten. c.mu is held.
func (c *renderCache) put(key uint64, html string) {
	if len(c.cur) >= renderCap {
		c.old, c.cur = c.cur, make(map[uint64]string, renderCap)
	}
	c.cur[key] = html
}

func renderArticle(a knowledge.Article, links knowledge.LintOptions) string {
	body := strings.TrimSpace(a.Body)
	// The body often repeats the title as its first heading.
	if first, rest, ok := strings.Cut(body, "\n"); ok && strings.HasPrefix(first, "#") &&
		strings.EqualFold(strings.TrimSpace(strings.TrimLeft(first, "#")), a.Title) {
		body = strings.TrimSpace(rest)
	}
	return "<b>" + esc(a.Title) + "</b>\n\n" + markdownToHTML(body, links)
}
