package handlers

import (
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// maxMessage is Telegram's limit on one message, in UTF-16 code units; we
// count runes and keep a margin so that surrogate pairs cannot overflow it.
const maxMessage = 3800

var (
	reBold   = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	reItalic = regexp.MustCompile(`(^|[^*\w])\*([^*\s][^*]*)\*`)
	reCode   = regexp.MustCompile("`([^`]+)`")
	// reSlot finds the placeholders inline puts where links go.
	reSlot = regexp.MustCompile("\x00([0-9]+)\x00")
)

// esc escapes a dynamic part for Telegram HTML.
func esc(s string) string { return html.EscapeString(s) }

// markdownToHTML renders the small Markdown subset articles use (headings,
// lists, bold, italic, code, links) as Telegram HTML. Everything else is
// escaped, so an article can never inject markup. Every link is checked
// again with the same rule as lint (links): one that fails is shown as
// plain text that Telegram cannot turn into a link.
func markdownToHTML(md string, links knowledge.LintOptions) string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "#"):
			title := strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
			out = append(out, "<b>"+inline(title, links)+"</b>")
		case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "), strings.HasPrefix(trimmed, "+ "):
			indent := ""
			if len(line)-len(strings.TrimLeft(line, " \t")) >= 2 {
				indent = "   "
			}
			out = append(out, indent+"• "+inline(strings.TrimSpace(trimmed[2:]), links))
		default:
			out = append(out, inline(trimmed, links))
		}
	}
	return strings.TrimSpace(collapseBlank(strings.Join(out, "\n")))
}

// inline renders bold, italic, code and links inside one line. Links that
// pass the rule become anchors with the link as the rule rewrote it; they
// stand in the text as placeholders while emphasis is applied, so neither
// can break the other's markup.
func inline(s string, links knowledge.LintOptions) string {
	s = strings.ReplaceAll(s, "\x00", "")
	var anchors []string
	var b strings.Builder
	last := 0
	for _, l := range knowledge.FindLinks(s) {
		b.WriteString(s[last:l.Start])
		last = l.End
		href, err := links.CheckLink(l.URL())
		switch {
		case l.Markdown && err == nil:
			anchors = append(anchors, `<a href="`+esc(href)+`">`+emphasis(plainText(l.Label, links))+`</a>`)
			fmt.Fprintf(&b, "\x00%d\x00", len(anchors)-1)
		case l.Markdown:
			b.WriteString(defangLinks(l.Label, links))
		case err == nil:
			b.WriteString(s[l.Start:l.End])
		default:
			b.WriteString(defang(s[l.Start:l.End]))
		}
	}
	b.WriteString(s[last:])
	out := emphasis(esc(b.String()))
	return reSlot.ReplaceAllStringFunc(out, func(m string) string {
		i, _ := strconv.Atoi(reSlot.FindStringSubmatch(m)[1])
		return anchors[i]
	})
}

// emphasis renders bold, italic and code in escaped text. When the marks
// overlap ("*a`*`", "**a *b** c*") the tags would cross, which Telegram
// refuses to send; the text then goes out with its marks as written.
func emphasis(s string) string {
	out := reBold.ReplaceAllString(s, "<b>$1</b>")
	out = reItalic.ReplaceAllString(out, "$1<i>$2</i>")
	out = reCode.ReplaceAllString(out, "<code>$1</code>")
	if !wellNested(out) {
		return s
	}
	return out
}

// wellNested reports whether every tag in s is closed, in order, with no
// tag inside code (Telegram allows none there). Links stand as placeholders
// while emphasis runs, so a link inside code is caught by its placeholder.
func wellNested(s string) bool {
	var open []string
	inCode := func() bool { return len(open) > 0 && open[len(open)-1] == "code" }
	for _, m := range reTag.FindAllStringSubmatch(s, -1) {
		switch {
		case m[1] == "" && inCode():
			return false
		case m[1] == "":
			open = append(open, m[2])
		case len(open) == 0 || open[len(open)-1] != m[2]:
			return false
		default:
			open = open[:len(open)-1]
		}
	}
	return len(open) == 0 && !reCodeSlot.MatchString(s)
}

// reCodeSlot finds a link placeholder inside code.
var reCodeSlot = regexp.MustCompile("<code>[^<]*\x00")

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
	acts := make([]outbox.Action, 0, len(parts))
	for i, p := range parts {
		a := outbox.Action{Kind: outbox.Send, ChatID: chatID, Text: p}
		if i == len(parts)-1 {
			a.Buttons = buttons
		}
		acts = append(acts, a)
	}
	return acts
}

// splitMessage cuts an HTML text into messages under Telegram's limit, on
// paragraph boundaries, then line boundaries, never inside a tag.
func splitMessage(s string) []string { return splitAt(s, maxMessage) }

// splitAt cuts an HTML text into pieces of at most limit runes, as
// splitMessage does.
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
	return parts
}

// fitPieces breaks one paragraph that is itself too long: by lines, then by
// words, closing the tags a cut leaves open and opening them again in the
// next piece.
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
		for _, w := range strings.Fields(line) {
			for runeLen(w) > limit { // a single unbroken word
				r := []rune(w)
				add(" ", string(r[:limit]))
				w = string(r[limit:])
			}
			add(" ", w)
		}
	}
	if cur.Len() > 0 {
		pieces = append(pieces, cur.String())
	}
	return balanceTags(pieces)
}

// reTag finds the tags markdownToHTML writes.
var reTag = regexp.MustCompile(`<(/?)(b|i|code|a)\b[^>]*>`)

// balanceTags closes, at the end of each piece, the tags still open there,
// and opens them again at the start of the next, so that text cut between
// the words of a bold phrase or a link stays valid Telegram HTML.
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
