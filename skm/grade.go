package skm

import "math"

// Band is one row of the regulation's table "Nilai Persepsi, Interval IKM,
// Interval Konversi IKM, Mutu Pelayanan dan Kinerja Unit Pelayanan".
type Band struct {
	// Perception is the nilai persepsi, 1 to 4.
	Perception int
	// ScoreFrom and ScoreTo are the interval of the index on the answers'
	// scale (interval IKM), as the table prints them.
	ScoreFrom, ScoreTo float64
	// IKMFrom and IKMTo are the interval of the converted index, 25 to 100
	// (interval konversi IKM); a grade is read from these.
	IKMFrom, IKMTo float64
	// Grade is the quality of service (mutu pelayanan): A, B, C or D.
	Grade string
	// Performance is the unit's performance (kinerja unit pelayanan).
	Performance string
}

// Bands is the regulation's table, from the worst band to the best.
var Bands = [4]Band{
	{Perception: 1, ScoreFrom: 1.00, ScoreTo: 2.5996, IKMFrom: 25.00, IKMTo: 64.99, Grade: "D", Performance: "Tidak baik"},
	{Perception: 2, ScoreFrom: 2.60, ScoreTo: 3.064, IKMFrom: 65.00, IKMTo: 76.60, Grade: "C", Performance: "Kurang baik"},
	{Perception: 3, ScoreFrom: 3.0644, ScoreTo: 3.532, IKMFrom: 76.61, IKMTo: 88.30, Grade: "B", Performance: "Baik"},
	{Perception: 4, ScoreFrom: 3.5324, ScoreTo: 4.00, IKMFrom: 88.31, IKMTo: 100.00, Grade: "A", Performance: "Sangat baik"},
}

// Round2 rounds x to two decimals, the precision at which the regulation
// prints the converted index.
func Round2(x float64) float64 {
	return math.Round(x*100) / 100
}

// BandOf returns the band of a converted index (25 to 100). The index is
// first rounded to two decimals, the precision of the table, so that a value
// between two printed intervals (88.304) falls where its printed figure
// (88.30) does. Values below 25 fall in the lowest band and above 100 in the
// highest.
func BandOf(ikm float64) Band {
	r := Round2(ikm)
	for i := len(Bands) - 1; i > 0; i-- {
		if r >= Bands[i].IKMFrom {
			return Bands[i]
		}
	}
	return Bands[0]
}

// Grade returns the quality grade (mutu pelayanan) of a converted index:
// "A", "B", "C" or "D".
func Grade(ikm float64) string {
	return BandOf(ikm).Grade
}
