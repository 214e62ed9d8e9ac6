package llm

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Outcomes the model may choose; code validates it and nothing else is possible.
const (
	OutcomeAnswer  = "answer"
	OutcomeHandoff = "handoff"
)

// maxHeaderChars bounds the text read before the two header lines must be complete.
const maxHeaderChars = 400

// outputParser reads the model's streamed reply: two header lines
// (OUTCOME, SOURCES), validated as soon as they are complete, then the answer text.
type outputParser struct {
	allowed  map[string]bool
	maxChars int

	raw        strings.Builder
	headerDone bool
	outcome    string
	sources    []string
	body       []rune
	full       bool // body reached maxChars; stop reading
}

func newOutputParser(articles []Article, maxChars int) *outputParser {
	p := &outputParser{allowed: map[string]bool{}, maxChars: maxChars}
	for _, a := range articles {
		p.allowed[a.ID] = true
	}
	return p
}

// feed adds a streamed delta. It returns an ErrInvalidOutput error as soon as the
// header breaks the format or cites an article that was not given.
func (p *outputParser) feed(delta string) error {
	if p.full {
		return nil
	}
	if p.headerDone {
		p.addBody(delta)
		return nil
	}
	p.raw.WriteString(delta)
	raw := strings.TrimLeftFunc(p.raw.String(), unicode.IsSpace)
	lines := strings.SplitN(raw, "\n", 3)
	if len(lines) < 3 {
		if len(raw) > maxHeaderChars {
			return fmt.Errorf("%w: no header", ErrInvalidOutput)
		}
		// A first line that is complete must already be the OUTCOME line.
		if len(lines) == 2 {
			if _, ok := headerValue(lines[0], "OUTCOME"); !ok {
				return fmt.Errorf("%w: no OUTCOME line", ErrInvalidOutput)
			}
		}
		return nil
	}
	outcome, ok := headerValue(lines[0], "OUTCOME")
	if !ok {
		return fmt.Errorf("%w: no OUTCOME line", ErrInvalidOutput)
	}
	sources, ok := headerValue(lines[1], "SOURCES")
	if !ok {
		return fmt.Errorf("%w: no SOURCES line", ErrInvalidOutput)
	}
	if f := strings.Fields(outcome); len(f) > 0 {
		outcome = f[0]
	}
	p.outcome = strings.ToLower(strings.Trim(outcome, " .*`\"'"))
	if p.outcome != OutcomeAnswer && p.outcome != OutcomeHandoff {
		return fmt.Errorf("%w: outcome %q", ErrInvalidOutput, outcome)
	}
	if p.outcome == OutcomeAnswer {
		seen := map[string]bool{}
		for _, id := range strings.FieldsFunc(sources, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }) {
			id = strings.Trim(id, "[]()\"'`*.")
			if id == "" || seen[id] {
				continue
			}
			if !p.allowed[id] {
				return fmt.Errorf("%w: cites %q, which was not given", ErrInvalidOutput, id)
			}
			seen[id] = true
			p.sources = append(p.sources, id)
		}
		if len(p.sources) == 0 {
			return fmt.Errorf("%w: answer without sources", ErrInvalidOutput)
		}
	}
	p.headerDone = true
	p.addBody(strings.TrimLeftFunc(lines[2], unicode.IsSpace))
	return nil
}

// finish ends the reply: a header cut short by the end of the stream (a
// handoff with nothing after SOURCES) is completed, otherwise it is invalid.
func (p *outputParser) finish() error {
	if !p.headerDone {
		if err := p.feed("\n\n"); err != nil {
			return err
		}
	}
	if !p.headerDone {
		return fmt.Errorf("%w: incomplete header", ErrInvalidOutput)
	}
	return nil
}

// addBody appends answer text up to maxChars, then cuts at a word boundary.
func (p *outputParser) addBody(s string) {
	p.body = append(p.body, []rune(s)...)
	if len(p.body) <= p.maxChars {
		return
	}
	cut := p.maxChars
	for i := cut; i > p.maxChars*3/4; i-- {
		if unicode.IsSpace(p.body[i]) {
			cut = i
			break
		}
	}
	p.body = append(p.body[:cut:cut], []rune("…")...)
	p.full = true
}

// text is the answer text so far.
func (p *outputParser) text() string { return strings.TrimSpace(string(p.body)) }

// headerValue returns the value of a "KEY: value" line, tolerating Markdown decoration.
func headerValue(line, key string) (string, bool) {
	line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*#_ "))
	k, v, ok := strings.Cut(line, ":")
	if !ok || !strings.EqualFold(strings.Trim(k, "*_ "), key) {
		return "", false
	}
	return strings.TrimSpace(strings.Trim(v, "*_ ")), true
}

var reDigits = regexp.MustCompile(`\D`)

// checkBody rejects answer text that leaks the instructions or brings contact points
// (links, e-mail addresses, phone numbers) that are not in the articles given.
func checkBody(body string, articles []Article) error {
	if strings.Contains(body, canary) {
		return fmt.Errorf("%w: reveals instructions", ErrInvalidOutput)
	}
	lower := strings.ToLower(body)
	for _, marker := range []string{"<artikel", "<pesan_warga", "<riwayat", "outcome:", "sources:"} {
		if strings.Contains(lower, marker) {
			return fmt.Errorf("%w: contains %q", ErrInvalidOutput, marker)
		}
	}
	var src strings.Builder
	for _, a := range articles {
		src.WriteString(a.Body)
		src.WriteString("\n")
	}
	source := src.String()
	sourceLower := strings.ToLower(source)
	for _, u := range reURL.FindAllString(body, -1) {
		if !strings.Contains(sourceLower, strings.ToLower(strings.TrimRight(u, ".,;:)!?"))) {
			return fmt.Errorf("%w: link %q not in the articles", ErrInvalidOutput, u)
		}
	}
	for _, e := range reEmail.FindAllString(body, -1) {
		if !strings.Contains(sourceLower, strings.ToLower(e)) {
			return fmt.Errorf("%w: e-mail %q not in the articles", ErrInvalidOutput, e)
		}
	}
	phones := map[string]bool{}
	for _, ph := range rePhone.FindAllString(source, -1) {
		phones[phoneKey(ph)] = true
	}
	for _, ph := range rePhone.FindAllString(body, -1) {
		if !phones[phoneKey(ph)] {
			return fmt.Errorf("%w: phone number %q not in the articles", ErrInvalidOutput, ph)
		}
	}
	return nil
}

// phoneKey normalises a phone number to its digits with a leading 0.
func phoneKey(s string) string {
	d := reDigits.ReplaceAllString(s, "")
	if strings.HasPrefix(d, "62") {
		d = "0" + d[2:]
	}
	return d
}
