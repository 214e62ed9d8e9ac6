package handlers

import (
	"html"
	"regexp"
	"strings"
)

// maxMessage is Telegram's limit on one message, in UTF-16 code units; we
// count runes and keep a margin so that surrogate pairs cannot overflow it.
const maxMessage = 3800

var (
	reLink   = regexp.MustCompile(`\[([^\]]+)\]\((https?://[^)\s]+)\)`)
	reBold   = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	reItalic = regexp.MustCompile(`(^|[^*\w])\*([^*\s][^*]*)\*`)
	reCode   = regexp.MustCompile("`([^`]+)`")
)

// esc escapes a dynamic part for Telegram HTML.
func esc(s string) string { return html.EscapeString(s) }

// markdownToHTML renders the small Markdown subset articles use (headings,
// lists, bold, italic, code, links) as Telegram HTML. Everything else is
// escaped, so an article can never inject markup.
func markdownToHTML(md string) string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "#"):
			title := strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
			out = append(out, "<b>"+inline(title)+"</b>")
		case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "), strings.HasPrefix(trimmed, "+ "):
			indent := ""
			if len(line)-len(strings.TrimLeft(line, " \t")) >= 2 {
				indent = "   "
			}
			out = append(out, indent+"• "+inline(strings.TrimSpace(trimmed[2:])))
		default:
			out = append(out, inline(trimmed))
		}
	}
	return strings.TrimSpace(collapseBlank(strings.Join(out, "\n")))
}

// inline renders bold, italic, code and links inside one escaped line.
func inline(s string) string {
	s = esc(s)
	s = reLink.ReplaceAllStringFunc(s, func(m string) string {
		p := reLink.FindStringSubmatch(m)
		return `<a href="` + p[2] + `">` + p[1] + `</a>`
	})
	s = reBold.ReplaceAllString(s, "<b>$1</b>")
	s = reItalic.ReplaceAllString(s, "$1<i>$2</i>")
	s = reCode.ReplaceAllString(s, "<code>$1</code>")
	return s
}

func collapseBlank(s string) string {
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}

// splitMessage cuts an HTML text into messages under Telegram's limit, on
// paragraph boundaries, then line boundaries, never inside a tag.
func splitMessage(s string) []string {
	if runeLen(s) <= maxMessage {
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
		for _, piece := range fitPieces(para) {
			if cur.Len() > 0 && runeLen(cur.String())+2+runeLen(piece) > maxMessage {
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
// words outside tags.
func fitPieces(para string) []string {
	if runeLen(para) <= maxMessage {
		return []string{para}
	}
	var pieces []string
	var cur strings.Builder
	add := func(sep, w string) {
		if cur.Len() > 0 && runeLen(cur.String())+runeLen(sep)+runeLen(w) > maxMessage {
			pieces = append(pieces, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteString(sep)
		}
		cur.WriteString(w)
	}
	for _, line := range strings.Split(para, "\n") {
		if runeLen(line) <= maxMessage {
			add("\n", line)
			continue
		}
		for _, w := range strings.Fields(line) {
			for runeLen(w) > maxMessage { // a single unbroken word
				r := []rune(w)
				add(" ", string(r[:maxMessage]))
				w = string(r[maxMessage:])
			}
			add(" ", w)
		}
	}
	if cur.Len() > 0 {
		pieces = append(pieces, cur.String())
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
