package knowledge

import "strings"

// Section is one part of an article: the text under one "## " heading, or
// the opening text before the first heading (Heading "").
type Section struct {
	Heading string
	Aspect  Aspect
	Body    string // Markdown under the heading, trimmed
}

// Sections splits an article body at its "## " headings. The opening text,
// when there is any, comes first with AspectGeneral. A "# " heading that only
// repeats the title is dropped.
func Sections(body string) []Section {
	var out []Section
	cur := Section{Aspect: AspectGeneral}
	var b strings.Builder
	flush := func() {
		cur.Body = strings.TrimSpace(b.String())
		if cur.Body != "" || cur.Heading != "" {
			out = append(out, cur)
		}
		b.Reset()
	}
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "## "), strings.HasPrefix(t, "### ") && len(out) == 0 && b.Len() == 0:
			flush()
			h := strings.TrimSpace(strings.TrimLeft(t, "#"))
			cur = Section{Heading: h, Aspect: headingAspect(h)}
		case strings.HasPrefix(t, "# ") && len(out) == 0 && strings.TrimSpace(b.String()) == "":
			// A title repeated as the first heading.
		default:
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	flush()
	return out
}

// Part returns the section of an article about aspect a.
func Part(secs []Section, a Aspect) (Section, bool) {
	for _, s := range secs {
		if s.Aspect == a && s.Body != "" {
			return s, true
		}
	}
	return Section{}, false
}

// mentionCues are words in an article's text that show a line is about an
// aspect the article has no section for ("daftar daring di ..." inside the
// steps answers "bisa online?").
var mentionCues = map[Aspect][]string{
	AspectOnline:      {"daring", "online", "aplikasi", "situs", "laman", "website", ".go.id", "http", "mobile"},
	AspectValidity:    {"berlaku", "kedaluwarsa", "kadaluarsa", "seumur hidup", "masa aktif"},
	AspectPenalty:     {"denda", "sanksi", "terlambat", "tunggakan"},
	AspectEligibility: {"berusia", "usia", "umur", "berhak", "yang sudah", "wajib memiliki", "ditujukan", "bagi "},
	AspectDuration:    {"hari kerja", "hari yang sama", "jam", "menit", "minggu"},
	AspectCost:        {"gratis", "rp", "biaya", "tidak dipungut"},
	AspectPlace:       {"kantor", "disdukcapil", "kelurahan", "kecamatan", "polres", "polsek", "samsat", "mpp"},
	AspectDeadline:    {"paling lambat", "selambat", "batas waktu", "tenggat", "paling cepat"},
}

// Mentions returns the lines of an article (list items or sentences of its
// paragraphs) that speak of aspect a, in order, without repeats.
func Mentions(secs []Section, a Aspect) []string {
	cues := mentionCues[a]
	if len(cues) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	eachSentence(secs, func(piece, low string) {
		for _, c := range cues {
			if strings.Contains(low, c) && !seen[piece] {
				seen[piece] = true
				out = append(out, piece)
				break
			}
		}
	})
	return out
}

// eachSentence calls f with every line of secs (list items, or sentences of
// paragraphs), as written and in lower case.
func eachSentence(secs []Section, f func(piece, low string)) {
	for _, s := range secs {
		for _, line := range strings.Split(s.Body, "\n") {
			for _, piece := range sentences(strings.TrimSpace(line)) {
				f(piece, strings.ToLower(piece))
			}
		}
	}
}

// sentences splits a paragraph into sentences; a list item stays whole.
func sentences(line string) []string {
	if line == "" {
		return nil
	}
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || len(line) > 2 && line[0] >= '0' && line[0] <= '9' {
		return []string{line}
	}
	var out []string
	start := 0
	for i := 0; i+1 < len(line); i++ {
		if (line[i] == '.' || line[i] == '?' || line[i] == '!') && line[i+1] == ' ' && i > 0 && !isDigitByte(line[i-1]) {
			out = append(out, strings.TrimSpace(line[start:i+1]))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(line[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
