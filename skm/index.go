package skm

import (
	"errors"
	"fmt"
)

// Errors of the index.
var (
	// ErrNoResponses means there is nothing to compute an index from.
	ErrNoResponses = errors.New("skm: no responses")
	// ErrScale means an answer lies outside 1 to 4.
	ErrScale = errors.New("skm: answer outside the scale")
)

// Answers is one respondent's answers to the nine elements, in the order of
// Elements, each from 1 to 4.
type Answers [NumElements]int

// Validate reports the first answer outside the scale.
func (a Answers) Validate() error {
	for i, v := range a {
		if v < MinScore || v > MaxScore {
			return fmt.Errorf("%s = %d: %w", Elements[i].Code, v, ErrScale)
		}
	}
	return nil
}

// Tally accumulates complete responses; the zero value is empty and ready.
// Storage may fill it from sums computed in SQL.
type Tally struct {
	Respondents int
	// Sums is, per element, the sum of the answers.
	Sums [NumElements]int
}

// Add counts one respondent's answers, or refuses them all when one lies
// outside the scale.
func (t *Tally) Add(a Answers) error {
	if err := a.Validate(); err != nil {
		return err
	}
	t.Respondents++
	for i, v := range a {
		t.Sums[i] += v
	}
	return nil
}

// Result is the index of a set of responses.
type Result struct {
	Respondents int
	// Averages is, per element in the order of Elements, the average answer
	// (nilai rata-rata, NRR), from 1 to 4.
	Averages [NumElements]float64
	// Score is the index on the answers' scale (1 to 4): the sum of the
	// averages, each weighted by 1/9.
	Score float64
	// IKM is the converted index, Score × 25, rounded to two decimals.
	IKM float64
	// Grade is the quality grade of IKM, with its band.
	Grade string
	Band  Band
}

// Weight is the method's weight of each element (nilai penimbang): the total
// weight, 1, shared equally by the nine elements. The regulation prints it
// rounded as 0,11; the exact ninth is used here, so that nine answers of 4
// give 100 and not 99.
const Weight = 1.0 / NumElements

// Conversion is the factor from the answers' scale to the converted index
// (nilai dasar 25).
const Conversion = 25

// Result computes the index of the tally: each element's average, the
// weighted sum of the averages, and that sum times 25.
func (t Tally) Result() (Result, error) {
	if t.Respondents <= 0 {
		return Result{}, ErrNoResponses
	}
	r := Result{Respondents: t.Respondents}
	var sum float64
	for i, s := range t.Sums {
		avg := float64(s) / float64(t.Respondents)
		if avg < MinScore || avg > MaxScore {
			return Result{}, fmt.Errorf("%s average %.4f: %w", Elements[i].Code, avg, ErrScale)
		}
		r.Averages[i] = avg
		sum += avg
	}
	// Σ(average × 1/9), summed first and divided once, which is exact for
	// equal weights.
	r.Score = sum * Weight
	r.IKM = Round2(r.Score * Conversion)
	r.Band = BandOf(r.IKM)
	r.Grade = r.Band.Grade
	return r, nil
}

// Index computes the index of complete responses: per element the average
// answer, the IKM as the mean of the nine averages times 25, and its grade.
func Index(responses []Answers) (Result, error) {
	var t Tally
	for i, a := range responses {
		if err := t.Add(a); err != nil {
			return Result{}, fmt.Errorf("response %d: %w", i+1, err)
		}
	}
	return t.Result()
}

// Lowest returns the indexes (into Elements) of the n elements with the
// lowest averages, lowest first; ties keep the order of Elements. These are
// the elements a unit's report names for improvement.
func (r Result) Lowest(n int) []int {
	if n > NumElements {
		n = NumElements
	}
	idx := make([]int, NumElements)
	for i := range idx {
		idx[i] = i
	}
	// Insertion sort: nine items, and stable.
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && r.Averages[idx[j]] < r.Averages[idx[j-1]]; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	if n < 0 {
		n = 0
	}
	return idx[:n]
}
