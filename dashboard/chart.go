package dashboard

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
	"unicode/utf8"
)

// Charts are drawn on the server as inline SVG: no script, nothing fetched.
// Each names itself (<title>) and lists its figures (<desc>) for screen
// readers, and each bar or point carries its own <title>.

// series is one row of figures of a chart; Class picks its colour in the
// stylesheet.
type series struct {
	Name   string
	Class  string
	Values []float64
}

// chart is a bar chart (stacked when it has several series) or a line.
type chart struct {
	ID     string
	Title  string
	Labels []string
	Series []series
	Line   bool
	// Max is the top of the scale; 0 fits the data.
	Max float64
	// Format writes a value; default whole numbers.
	Format func(float64) string
}

// The chart's frame in SVG units; the stylesheet scales it to the page.
const (
	chartW, chartH             = 420, 240
	padL, padR, padT, padB     = 50, 6, 32, 26
	plotW, plotH               = chartW - padL - padR, chartH - padT - padB
	maxXLabels, maxValueLabels = 6, 16
)

func (c chart) format(v float64) string {
	if c.Format != nil {
		return c.Format(v)
	}
	return num(int(math.Round(v)))
}

// total is the height of the stack at i.
func (c chart) total(i int) float64 {
	var t float64
	for _, s := range c.Series {
		if i < len(s.Values) {
			t += s.Values[i]
		}
	}
	return t
}

// top is the top of the scale: four grid steps of 1, 2 or 5 times a power
// of ten, whole numbers unless the chart has its own format.
func (c chart) top() float64 {
	if c.Max > 0 {
		return c.Max
	}
	var m float64
	for i := range c.Labels {
		if c.Line {
			for _, s := range c.Series {
				m = math.Max(m, s.Values[i])
			}
		} else {
			m = math.Max(m, c.total(i))
		}
	}
	if m <= 0 {
		return 4
	}
	raw := m / 4
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * p
	for _, f := range []float64{1, 2, 5} {
		if f*p >= raw {
			step = f * p
			break
		}
	}
	if c.Format == nil && step < 1 {
		step = 1
	}
	return 4 * step
}

// desc lists every figure, for those who cannot see the chart.
func (c chart) desc() string {
	var parts []string
	for i, l := range c.Labels {
		var vs []string
		for _, s := range c.Series {
			vs = append(vs, s.Name+" "+c.format(s.Values[i]))
		}
		parts = append(parts, l+": "+strings.Join(vs, ", "))
	}
	return strings.Join(parts, "; ")
}

// SVG draws the chart.
func (c chart) SVG() template.HTML {
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-t %s-d" xmlns="http://www.w3.org/2000/svg">`,
		chartW, chartH, e(c.ID), e(c.ID))
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, e(c.ID), e(c.Title), e(c.ID), e(c.desc()))
	x := padL
	for _, s := range c.Series {
		fmt.Fprintf(&b, `<rect x="%d" y="8" width="12" height="12" class="%s"/><text x="%d" y="18" class="legend">%s</text>`,
			x, e(s.Class), x+16, e(s.Name))
		// About 7 units a character at the legend's size.
		x += 16 + 7*utf8.RuneCountInString(s.Name) + 14
	}
	top := c.top()
	y := func(v float64) float64 { return padT + plotH - v/top*plotH }
	for k := 0; k <= 4; k++ {
		v := top * float64(k) / 4
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%s</text>`,
			padL, chartW-padR, y(v), y(v), padL-4, y(v)+4, e(c.format(v)))
	}
	n := len(c.Labels)
	if n == 0 {
		b.WriteString(`<text x="210" y="130" text-anchor="middle" class="axis">Belum ada data</text></svg>`)
		return template.HTML(b.String())
	}
	slot := float64(plotW) / float64(n)
	every := (n + maxXLabels - 1) / maxXLabels
	for i, l := range c.Labels {
		cx := padL + slot*(float64(i)+0.5)
		if i%every == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="axis" text-anchor="middle">%s</text>`, cx, chartH-padB+17, e(fit(l, slot*float64(every))))
		}
	}
	if c.Line {
		c.drawLines(&b, slot, y)
	} else {
		c.drawBars(&b, slot, y)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func (c chart) drawBars(b *strings.Builder, slot float64, y func(float64) float64) {
	e := html.EscapeString
	w := math.Max(slot*0.7, 1)
	for i, l := range c.Labels {
		x := padL + slot*float64(i) + (slot-w)/2
		var base float64
		for _, s := range c.Series {
			v := s.Values[i]
			if v <= 0 {
				continue
			}
			fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" class="%s"><title>%s — %s: %s</title></rect>`,
				x, y(base+v), w, y(base)-y(base+v), e(s.Class), e(l), e(s.Name), e(c.format(v)))
			base += v
		}
		if len(c.Labels) <= maxValueLabels && base > 0 {
			fmt.Fprintf(b, `<text x="%.1f" y="%.1f" class="value" text-anchor="middle">%s</text>`, x+w/2, y(base)-4, e(c.format(c.total(i))))
		}
	}
}

func (c chart) drawLines(b *strings.Builder, slot float64, y func(float64) float64) {
	e := html.EscapeString
	for _, s := range c.Series {
		var pts []string
		for i := range c.Labels {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", padL+slot*(float64(i)+0.5), y(s.Values[i])))
		}
		fmt.Fprintf(b, `<polyline points="%s" class="line %s"/>`, strings.Join(pts, " "), e(s.Class))
		for i, l := range c.Labels {
			cx, cy := padL+slot*(float64(i)+0.5), y(s.Values[i])
			fmt.Fprintf(b, `<circle cx="%.1f" cy="%.1f" r="4" class="%s"><title>%s — %s: %s</title></circle>`,
				cx, cy, e(s.Class), e(l), e(s.Name), e(c.format(s.Values[i])))
			if len(c.Labels) <= maxValueLabels {
				fmt.Fprintf(b, `<text x="%.1f" y="%.1f" class="value" text-anchor="middle">%s</text>`, cx, cy-8, e(c.format(s.Values[i])))
			}
		}
	}
}

// fit shortens a label to about the width it has (some 6.5 units a
// character); the bar's own title keeps it whole.
func fit(l string, width float64) string {
	n := int(width / 6.5)
	r := []rune(strings.ReplaceAll(l, "_", " "))
	if n < 2 || len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
