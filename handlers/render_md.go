package handlers

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/layananwarga/helpdesk/knowledge"
)

// mdParser reads articles as CommonMark with ~~strikethrough~~. Raw HTML in
// an article is never passed on: the renderer below writes it as text.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.Strikethrough)).Parser()

// markdownToHTML renders Markdown as the HTML subset Telegram accepts:
// <b>, <i>, <s>, <code>, <pre>, <a href>, <blockquote>; headings in bold,
// list items as "• " or "1. " lines indented by nesting. Everything else is
// escaped, so an article can never inject markup, and the tags it writes are
// always balanced, with nothing inside code and no link inside a link.
// Every link is checked again with the same rule as lint (knowledge
// LintOptions.CheckLink): a refused Markdown link shows only its label, and
// a refused bare address is written so that Telegram cannot link it.
func markdownToHTML(md string, links knowledge.LintOptions) string {
	md = strings.ToValidUTF8(strings.ReplaceAll(md, "\r\n", "\n"), "\uFFFD")
	src := []byte(md)
	w := &tgRenderer{src: src, links: links}
	w.blocks(mdParser.Parse(text.NewReader(src)), 0)
	return strings.TrimSpace(collapseBlank(w.b.String()))
}

// tgRenderer writes one parsed document as Telegram HTML.
type tgRenderer struct {
	b       strings.Builder
	src     []byte
	links   knowledge.LintOptions
	inLink  bool // Telegram refuses a link inside a link
	inQuote bool // and a quote inside a quote
}

// blocks writes the block children of parent, separated by a line, or by a
// blank line where the source had one.
func (w *tgRenderer) blocks(parent ast.Node, depth int) {
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if c != parent.FirstChild() {
			w.sep(c)
		}
		w.block(c, depth)
	}
}

func (w *tgRenderer) sep(n ast.Node) {
	if n.HasBlankPreviousLines() {
		w.b.WriteString("\n\n")
	} else {
		w.b.WriteString("\n")
	}
}

// block writes one block; depth is the list nesting level.
func (w *tgRenderer) block(n ast.Node, depth int) {
	switch n := n.(type) {
	case *ast.Heading:
		w.b.WriteString("<b>")
		w.inlines(n)
		w.b.WriteString("</b>")
	case *ast.Paragraph, *ast.TextBlock:
		w.inlines(n)
	case *ast.List:
		w.list(n, depth)
	case *ast.Blockquote:
		if w.inQuote {
			w.blocks(n, depth)
			return
		}
		w.inQuote = true
		w.b.WriteString("<blockquote>")
		w.blocks(n, depth)
		w.b.WriteString("</blockquote>")
		w.inQuote = false
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		w.b.WriteString("<pre>")
		w.b.WriteString(esc(strings.TrimRight(w.lines(n), "\n")))
		w.b.WriteString("</pre>")
	case *ast.HTMLBlock:
		s := w.lines(n)
		if n.HasClosure() {
			s += string(n.ClosureLine.Value(w.src))
		}
		w.text(strings.TrimRight(s, "\n"))
	case *ast.ThematicBreak:
		w.b.WriteString("———")
	default:
		w.blocks(n, depth)
	}
}

// list writes each item on its own line, its marker indented by depth; the
// item's first block follows the marker, the rest go on lines below it.
func (w *tgRenderer) list(l *ast.List, depth int) {
	indent := strings.Repeat("   ", depth)
	i := 0
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if i > 0 {
			w.sep(item)
		}
		w.b.WriteString(indent)
		if l.IsOrdered() {
			fmt.Fprintf(&w.b, "%d. ", l.Start+i)
		} else {
			w.b.WriteString("• ")
		}
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			_, nested := c.(*ast.List)
			switch {
			case c == item.FirstChild() && !nested:
			case nested:
				w.b.WriteString("\n")
			default:
				w.sep(c)
				w.b.WriteString(indent + "   ")
			}
			w.block(c, depth+1)
		}
		i++
	}
}

// lines is the raw text of a code or HTML block.
func (w *tgRenderer) lines(n ast.Node) string {
	var s strings.Builder
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		s.Write(seg.Value(w.src))
	}
	return s.String()
}

// inlines writes the inline children of parent. Runs of plain text are
// gathered first, so that an address the parser split into several text
// nodes is checked whole.
func (w *tgRenderer) inlines(parent ast.Node) {
	var run strings.Builder
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.IsRaw() {
				run.Write(c.Value(w.src))
			} else {
				run.Write(resolve(c.Value(w.src)))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				run.WriteString("\n")
			}
		case *ast.String:
			run.Write(c.Value)
		case *ast.AutoLink:
			run.Write(c.URL(w.src)) // read as a bare address
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				run.Write(seg.Value(w.src))
			}
		default:
			w.text(run.String())
			run.Reset()
			w.inline(c)
		}
	}
	w.text(run.String())
}

// inline writes one inline node that is not plain text.
func (w *tgRenderer) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Emphasis:
		tag := "i"
		if n.Level >= 2 {
			tag = "b"
		}
		w.b.WriteString("<" + tag + ">")
		w.inlines(n)
		w.b.WriteString("</" + tag + ">")
	case *extast.Strikethrough:
		w.b.WriteString("<s>")
		w.inlines(n)
		w.b.WriteString("</s>")
	case *ast.CodeSpan:
		var s strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				s.Write(t.Value(w.src))
				if t.SoftLineBreak() {
					s.WriteString(" ")
				}
			} else if str, ok := c.(*ast.String); ok {
				s.Write(str.Value)
			}
		}
		w.b.WriteString("<code>" + esc(defangCode(s.String(), w.links)) + "</code>")
	case *ast.Link:
		w.link(string(resolve(n.Destination)), n)
	default: // images show their description; anything else its text
		w.inlines(n)
	}
}

// link writes an anchor when the rule allows dest, else only its label.
func (w *tgRenderer) link(dest string, label ast.Node) {
	href, err := w.links.CheckLink(dest)
	if err != nil || w.inLink {
		w.inlines(label)
		return
	}
	sub := &tgRenderer{src: w.src, links: w.links, inLink: true, inQuote: w.inQuote}
	sub.inlines(label)
	text := sub.b.String()
	if strings.TrimSpace(text) == "" {
		text = esc(href)
	}
	w.b.WriteString(`<a href="` + esc(href) + `">` + text + `</a>`)
}

// text writes plain text, escaped, line by line, with every address the
// rule refuses made unclickable.
func (w *tgRenderer) text(s string) {
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			w.b.WriteString("\n")
		}
		w.b.WriteString(esc(defangLinks(line, w.links)))
	}
}

// defangCode makes refused links in code unclickable but keeps the text as
// written otherwise (a Markdown link in code is shown, not followed).
func defangCode(s string, links knowledge.LintOptions) string {
	var b strings.Builder
	last := 0
	for _, l := range knowledge.FindLinks(s) {
		b.WriteString(s[last:l.Start])
		last = l.End
		if _, err := links.CheckLink(l.URL()); err != nil {
			b.WriteString(defang(s[l.Start:l.End]))
		} else {
			b.WriteString(s[l.Start:l.End])
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// resolve reads backslash escapes and character references in Markdown
// text as CommonMark does.
func resolve(b []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(b)))
}
