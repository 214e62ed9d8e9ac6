package handlers

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// firstScreen is how long the first reply to a question may be, in runes of
// the HTML sent: about one phone screen.
const firstScreen = 1000

// aspectLabels name the parts of an article on buttons and in replies.
var aspectLabels = map[knowledge.Aspect]msg{
	knowledge.AspectDocuments:   {id: "📋 Syarat", en: "📋 Documents"},
	knowledge.AspectSteps:       {id: "🧭 Langkah", en: "🧭 Steps"},
	knowledge.AspectCost:        {id: "💰 Biaya", en: "💰 Cost"},
	knowledge.AspectDuration:    {id: "⏱️ Lama", en: "⏱️ Duration"},
	knowledge.AspectPlace:       {id: "📍 Tempat", en: "📍 Where"},
	knowledge.AspectOnline:      {id: "🌐 Daring", en: "🌐 Online"},
	knowledge.AspectValidity:    {id: "📅 Masa berlaku", en: "📅 Validity"},
	knowledge.AspectPenalty:     {id: "⚠️ Denda", en: "⚠️ Penalty"},
	knowledge.AspectEligibility: {id: "👥 Siapa", en: "👥 Who"},
	knowledge.AspectNotes:       {id: "📝 Catatan", en: "📝 Notes"},
	knowledge.AspectLegal:       {id: "⚖️ Dasar hukum", en: "⚖️ Legal basis"},
	knowledge.AspectDeadline:    {id: "⏳ Batas waktu", en: "⏳ Deadline"},
}

// buttonOrder is the order of the part buttons under an answer.
var buttonOrder = []knowledge.Aspect{
	knowledge.AspectDocuments, knowledge.AspectSteps, knowledge.AspectCost, knowledge.AspectDuration,
	knowledge.AspectPlace, knowledge.AspectOnline, knowledge.AspectValidity, knowledge.AspectPenalty,
	knowledge.AspectEligibility, knowledge.AspectNotes, knowledge.AspectLegal,
}

// partView is what one answer shows of an article: its text without the
// source line, and whether the part asked for was in the article.
type partView struct {
	html    string
	found   bool
	aspect  knowledge.Aspect
	partial bool // the text is cut; the whole article is one button away
}

// viewPart renders the part of an article a question asked about, within
// budget runes. AspectGeneral gives the overview: what the service is, what
// to bring, what it costs. A part the article has no section for is looked
// for in its lines ("daftar daring di ..." inside the steps); when nothing
// speaks of it, the reply says so and shows the overview.
func viewPart(a knowledge.Article, asp knowledge.Aspect, english bool, budget int, links knowledge.LintOptions) partView {
	secs := knowledge.Sections(a.Body)
	title := "<b>" + esc(a.Title) + "</b>"
	if asp == knowledge.AspectGeneral {
		return overview(a, secs, english, budget, links)
	}
	// The label without its emoji: "💰 Biaya" -> "Biaya".
	label := strings.TrimLeftFunc(aspectLabels[asp].in(english), func(r rune) bool { return !unicode.IsLetter(r) })
	head := title + " · " + esc(label) + "\n\n"
	if s, ok := knowledge.Part(secs, asp); ok {
		// The article's own heading names the part, in its words.
		head := title + " · " + esc(s.Heading) + "\n\n"
		if english {
			head = title + " · " + esc(label) + "\n\n"
		}
		body, cut := fitMarkdown(s.Body, budget-runeLen(head), links)
		return partView{html: head + body, found: true, aspect: asp, partial: cut}
	}
	if lines := knowledge.Mentions(secs, asp); len(lines) > 0 {
		body, cut := fitMarkdown(strings.Join(lines, "\n"), budget-runeLen(head), links)
		return partView{html: head + body, found: true, aspect: asp, partial: cut}
	}
	v := overview(a, secs, english, budget-200, links)
	v.html = fmt.Sprintf(msgPartMissing.in(english), esc(strings.ToLower(label))) + "\n\n" + v.html
	v.found = false
	v.aspect = asp
	return v
}

// overview is the short general answer: the opening, the documents, and
// the cost and time in a line each.
func overview(a knowledge.Article, secs []knowledge.Section, english bool, budget int, links knowledge.LintOptions) partView {
	head := "<b>" + esc(a.Title) + "</b>\n\n"
	var md []string
	if len(secs) > 0 && secs[0].Heading == "" {
		md = append(md, firstParagraph(secs[0].Body))
	}
	if s, ok := knowledge.Part(secs, knowledge.AspectDocuments); ok {
		md = append(md, "**"+s.Heading+"**\n"+s.Body)
	}
	for _, asp := range []knowledge.Aspect{knowledge.AspectCost, knowledge.AspectDuration} {
		if s, ok := knowledge.Part(secs, asp); ok {
			md = append(md, "**"+s.Heading+":** "+firstSentence(s.Body))
		}
	}
	if len(md) == 0 {
		md = append(md, a.Body)
	}
	// The cost and time lines matter more than the tail of a long list of
	// documents: fit them first, then give the rest of the budget to the
	// opening and the documents.
	tail := ""
	if n := len(md); n >= 2 && !strings.Contains(md[n-1], "\n") {
		for n >= 2 && !strings.Contains(md[n-1], "\n") && strings.HasPrefix(md[n-1], "**") {
			tail = md[n-1] + "\n" + tail
			md = md[:n-1]
			n--
		}
	}
	tailHTML := ""
	if tail != "" {
		tailHTML = "\n\n" + markdownToHTML(strings.TrimSpace(tail), links)
	}
	body, _ := fitMarkdown(strings.Join(md, "\n\n"), budget-runeLen(head)-runeLen(tailHTML), links)
	return partView{html: head + body + tailHTML, found: true, partial: true}
}

// fitMarkdown renders Markdown as HTML within budget runes, dropping whole
// lines from the end (never cutting inside a tag) and marking the cut. Lines
// render on their own, so a long article costs one pass.
func fitMarkdown(md string, budget int, links knowledge.LintOptions) (string, bool) {
	out := markdownToHTML(md, links)
	if runeLen(out) <= budget {
		return out, false
	}
	const mark = "\n…"
	var kept []string
	used := runeLen(mark)
	for _, line := range strings.Split(strings.TrimSpace(md), "\n") {
		n := runeLen(markdownToHTML(line, links)) + 1
		if used+n > budget {
			break
		}
		kept, used = append(kept, line), used+n
	}
	if len(kept) > 0 {
		return markdownToHTML(strings.Join(kept, "\n"), links) + mark, true
	}
	// The first line alone is too long: cut its words.
	first, _, _ := strings.Cut(strings.TrimSpace(md), "\n")
	words := strings.Fields(first)
	lo, hi := 0, len(words)
	for lo < hi { // the most words that fit
		mid := (lo + hi + 1) / 2
		if runeLen(markdownToHTML(strings.Join(words[:mid], " "), links))+2 <= budget {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return "…", true
	}
	return markdownToHTML(strings.Join(words[:lo], " "), links) + " …", true
}

func firstParagraph(md string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(md), "\n\n")
	return p
}

// firstSentence is the first sentence of a section, or its first list item,
// with its bold markers closed ("**Gratis.** Tidak ada biaya ..." gives
// "**Gratis.**").
func firstSentence(md string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(md), "\n")
	line = strings.TrimSpace(line)
	for _, marker := range []string{"- ", "* ", "+ "} {
		if rest, ok := strings.CutPrefix(line, marker); ok {
			line = strings.TrimSpace(rest)
			break
		}
	}
	for i := 1; i+1 < len(line); i++ {
		if line[i] != '.' || isDigit(line[i-1]) {
			continue
		}
		end := i + 1
		if strings.HasPrefix(line[end:], "**") {
			end += 2 // the sentence closes a bold run
		}
		if end == len(line) || line[end] == ' ' {
			line = line[:end]
			break
		}
	}
	if strings.Count(line, "**")%2 == 1 {
		line = strings.ReplaceAll(line, "**", "")
	}
	return line
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// partButtons offers the other parts of an article and the whole of it,
// three a row.
func partButtons(a knowledge.Article, shown knowledge.Aspect, english bool) [][]outbox.Button {
	secs := knowledge.Sections(a.Body)
	var row []outbox.Button
	var rows [][]outbox.Button
	for _, asp := range buttonOrder {
		if asp == shown {
			continue
		}
		if _, ok := knowledge.Part(secs, asp); !ok {
			continue
		}
		row = append(row, outbox.Button{Text: aspectLabels[asp].in(english), Data: "p:" + string(asp) + ":" + a.ID})
		if len(row) == 3 {
			rows, row = append(rows, row), nil
		}
	}
	row = append(row, outbox.Button{Text: btnWhole.in(english), Data: "p:all:" + a.ID})
	return append(rows, row)
}
