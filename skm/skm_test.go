package skm

import (
	"errors"
	"math"
	"testing"
)

func TestGrade(t *testing.T) {
	tests := []struct {
		ikm  float64
		want string
	}{
		{100, "A"},
		{88.31, "A"},
		{88.3051, "A"}, // prints as 88.31
		{88.30, "B"},
		{88.304, "B"}, // prints as 88.30
		{76.61, "B"},
		{76.60, "C"},
		{65.00, "C"},
		{64.996, "C"}, // prints as 65.00
		{64.99, "D"},
		{25, "D"},
		{0, "D"},
	}
	for _, tt := range tests {
		if got := Grade(tt.ikm); got != tt.want {
			t.Errorf("Grade(%v) = %q, want %q", tt.ikm, got, tt.want)
		}
	}
}

func TestBandsAreContiguous(t *testing.T) {
	for i := 1; i < len(Bands); i++ {
		if gap := Round2(Bands[i].IKMFrom - Bands[i-1].IKMTo); gap != 0.01 {
			t.Errorf("band %s starts %.2f after band %s ends", Bands[i].Grade, gap, Bands[i-1].Grade)
		}
		// The table's interval on the 1–4 scale is its converted interval / 25.
		if got := Round2(Bands[i].ScoreFrom * Conversion); got != Bands[i].IKMFrom {
			t.Errorf("band %s: %.4f × 25 = %.2f, want %.2f", Bands[i].Grade, Bands[i].ScoreFrom, got, Bands[i].IKMFrom)
		}
	}
}

// worked is a unit's published worked example (29 respondents), checked by
// hand: element sums 105, 101, 100, 116, 102, 105, 106, 105, 115; total 955;
// 955 / (29 × 9) = 3.6590; × 25 = 91.475 → 91.48, grade A.
func worked() []Answers {
	// Per element, how many respondents gave 4, 3 and 2.
	counts := [NumElements][3]int{
		{18, 11, 0}, {14, 15, 0}, {15, 12, 2}, {29, 0, 0}, {15, 14, 0},
		{18, 11, 0}, {19, 10, 0}, {18, 11, 0}, {28, 1, 0},
	}
	out := make([]Answers, 29)
	for e, c := range counts {
		r := 0
		for k, n := range c {
			for ; n > 0; n-- {
				out[r][e] = 4 - k
				r++
			}
		}
	}
	return out
}

// fill returns n responses whose element sums are sums (each sum between n
// and 4n), spreading each sum as evenly as it goes.
func fill(n int, sums [NumElements]int) []Answers {
	out := make([]Answers, n)
	for e, s := range sums {
		for r := range out {
			v := s / n
			if r < s%n {
				v++
			}
			out[r][e] = v
		}
	}
	return out
}

func same(v int) Answers {
	var a Answers
	for i := range a {
		a[i] = v
	}
	return a
}

func nine(v int) [NumElements]int {
	var s [NumElements]int
	for i := range s {
		s[i] = v
	}
	return s
}

func TestIndex(t *testing.T) {
	tests := []struct {
		name      string
		responses []Answers
		wantAvg   []float64 // nil: not checked
		wantIKM   float64
		wantGrade string
	}{
		{"worked example, 29 respondents", worked(),
			[]float64{105.0 / 29, 101.0 / 29, 100.0 / 29, 4, 102.0 / 29, 105.0 / 29, 106.0 / 29, 105.0 / 29, 115.0 / 29},
			91.48, "A"},
		{"two citizens", []Answers{{4, 4, 3, 3, 4, 3, 4, 2, 3}, {3, 3, 3, 2, 3, 3, 4, 2, 2}},
			[]float64{3.5, 3.5, 3, 2.5, 3.5, 3, 4, 2, 2.5}, 76.39, "C"},
		{"all best", []Answers{same(4)}, nil, 100, "A"},
		{"all worst", []Answers{same(1), same(1)}, nil, 25, "D"},
		{"all 'sesuai' is only C", []Answers{same(3)}, nil, 75, "C"},
		{"all 2", []Answers{same(2)}, nil, 50, "D"},
		// 25 × S / (9 × n) at the edges of the intervals.
		{"65.00 exactly: lowest C", fill(5, nine(13)), nil, 65, "C"},
		{"64.44: D", fill(5, [NumElements]int{13, 13, 13, 13, 13, 13, 13, 13, 12}), nil, 64.44, "D"},
		{"76.61: lowest B", fill(100, [NumElements]int{306, 306, 306, 306, 306, 306, 306, 306, 310}), nil, 76.61, "B"},
		{"76.58: C", fill(100, [NumElements]int{306, 306, 306, 306, 306, 306, 306, 306, 309}), nil, 76.58, "C"},
		{"88.31: lowest A", fill(24, [NumElements]int{85, 85, 85, 85, 85, 85, 85, 84, 84}), nil, 88.31, "A"},
		{"88.19: B", fill(24, [NumElements]int{85, 85, 85, 85, 85, 85, 84, 84, 84}), nil, 88.19, "B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Index(tt.responses)
			if err != nil {
				t.Fatalf("Index: %v", err)
			}
			if got.Respondents != len(tt.responses) {
				t.Fatalf("Respondents=%d, want %d", got.Respondents, len(tt.responses))
			}
			for i, w := range tt.wantAvg {
				if math.Abs(got.Averages[i]-w) > 1e-12 {
					t.Errorf("Averages[%d]=%v, want %v", i, got.Averages[i], w)
				}
			}
			if got.IKM != tt.wantIKM {
				t.Errorf("IKM=%v, want %v (score %v)", got.IKM, tt.wantIKM, got.Score)
			}
			if got.Grade != tt.wantGrade || got.Band.Grade != tt.wantGrade {
				t.Errorf("Grade=%q, want %q", got.Grade, tt.wantGrade)
			}
			if got.Score < MinScore || got.Score > MaxScore {
				t.Errorf("Score=%v outside the scale", got.Score)
			}
		})
	}
}

func TestIndexErrors(t *testing.T) {
	if _, err := Index(nil); !errors.Is(err, ErrNoResponses) {
		t.Errorf("Index(nil) err=%v, want ErrNoResponses", err)
	}
	for _, bad := range []int{0, 5, -1} {
		a := same(3)
		a[4] = bad
		if _, err := Index([]Answers{same(4), a}); !errors.Is(err, ErrScale) {
			t.Errorf("answer %d: err=%v, want ErrScale", bad, err)
		}
	}
	// A tally filled from sums that cannot come from answers is refused.
	if _, err := (Tally{Respondents: 2, Sums: nine(9)}).Result(); !errors.Is(err, ErrScale) {
		t.Errorf("impossible sums: err=%v, want ErrScale", err)
	}
}

func TestTallyMatchesIndex(t *testing.T) {
	rs := worked()
	var tl Tally
	for _, a := range rs {
		if err := tl.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if tl.Sums != [NumElements]int{105, 101, 100, 116, 102, 105, 106, 105, 115} {
		t.Fatalf("Sums=%v", tl.Sums)
	}
	a, _ := tl.Result()
	b, _ := Index(rs)
	if a != b {
		t.Errorf("Tally.Result=%+v, Index=%+v", a, b)
	}
}

func TestLowest(t *testing.T) {
	r, err := Index([]Answers{{4, 4, 3, 3, 4, 3, 4, 2, 3}, {3, 3, 3, 2, 3, 3, 4, 2, 2}})
	if err != nil {
		t.Fatal(err)
	}
	// Averages 3.5 3.5 3 2.5 3.5 3 4 2 2.5: lowest U8, then U4 and U9 in order.
	got := r.Lowest(3)
	want := []int{7, 3, 8}
	if len(got) != len(want) {
		t.Fatalf("Lowest(3)=%v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Lowest(3)=%v, want %v", got, want)
		}
	}
	if n := len(r.Lowest(20)); n != NumElements {
		t.Errorf("Lowest(20) has %d, want %d", n, NumElements)
	}
}

func TestElementsAndProfile(t *testing.T) {
	codes := map[string]bool{}
	for _, e := range Elements {
		if e.Name == "" || e.Question == "" || e.Meaning == "" || codes[e.Code] {
			t.Errorf("element %+v incomplete or duplicate", e)
		}
		codes[e.Code] = true
		for s := MinScore; s <= MaxScore; s++ {
			if e.Answer(s) == "" {
				t.Errorf("%s has no answer for %d", e.Code, s)
			}
		}
		if e.Answer(0) != "" || e.Answer(5) != "" {
			t.Errorf("%s answers outside the scale", e.Code)
		}
	}
	for _, q := range Profile {
		got, ok := ProfileQuestion(q.Key)
		if !ok || got.Title != q.Title || len(q.Options) < 2 {
			t.Errorf("profile question %q", q.Key)
		}
		seen := map[string]bool{}
		for _, o := range q.Options {
			if seen[o.Code] || q.Label(o.Code) != o.Label {
				t.Errorf("%s option %q duplicate or unlabelled", q.Key, o.Code)
			}
			seen[o.Code] = true
		}
	}
	if _, ok := ProfileQuestion("religion"); ok {
		t.Error("ProfileQuestion(religion) found")
	}
}
