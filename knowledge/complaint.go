package knowledge

import (
	"strings"
)

// Complaints are told by the rules of isComplaint where a message uses the
// words of one ("kasar", "pungli", "mau komplain") and by a learned model
// where it only tells what went wrong ("website spmb error terus dari pagi",
// "ke kelurahan jam 10 kantornya kosong, ga ada yg jaga", "bolak balik 4
// kali, disuruh balik besok"). The model is a logistic regression over the
// message's words and the rules' own cues, trained on the development
// question sets (complaint_train_test.go; the weights are generated into
// complaint_weights.go); it only adds complaints the rules miss, when it is
// sure of them.

// complaintThreshold is the log odds above which the model calls a message
// a complaint: a question taken for a complaint is answered with how to
// file one, so the model has to be sure.
const complaintThreshold = 0.5

// complaintFeatures returns the names of a message's features: its words
// (without "-nya"), the pairs a negation or "terus"/"mulu" forms with a
// neighbour ("ga nyambung", "error terus"), and the rules' cues.
func complaintFeatures(canon []string) []string {
	seen := make(map[string]bool, len(canon)+8)
	var out []string
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	word := func(w string) string {
		if b, ok := strings.CutSuffix(w, "nya"); ok && len(b) >= 3 {
			return b
		}
		return w
	}
	for i, w := range canon {
		if len(w) <= 1 {
			continue
		}
		w = word(w)
		if !stopwords[w] || negations[w] {
			add("w:" + w)
		}
		if i+1 < len(canon) {
			next := word(canon[i+1])
			switch {
			case negations[w] || w == "belum" || w == "blm":
				add("n:" + next)
			case onAndOn[next]:
				add("t:" + w)
			}
		}
	}
	for i, w := range canon {
		w = word(w)
		prev := ""
		if i > 0 {
			prev = canon[i-1]
		}
		switch {
		case systemFailures[w]:
			add("c:system")
		case absentWords[w]:
			add("c:absent")
		case repeatWords[w] || w == "kali" && i > 0 && (isDigits(prev) || numberWords[prev] || prev == "berapa"):
			add("c:repeat")
		case notYet(prev, w):
			add("c:unanswered")
		case cutVerbs[w] || removedWords[w]:
			add("c:cut")
		case negations[w]:
			add("c:negation")
		}
	}
	if hasTarget(canon) {
		add("c:target")
	}
	if grievance(canon) {
		add("c:grievance")
	}
	if waited(canon) {
		add("c:waited")
	}
	for i, w := range canon {
		switch {
		case isReportWord(w) && policeReport(canon, i):
			add("c:police")
		case isReportWord(w):
			add("c:report")
		}
		if amountNear(canon, i) {
			add("c:amount")
		}
		if frustrated(canon, i) {
			add("c:frustrated")
		}
	}
	if asksPart(canon) {
		add("c:aspect")
	}
	return out
}

// complaintScore is the model's log odds that a message complains about a
// service or an officer.
func complaintScore(canon []string) float64 {
	z := complaintBias
	for _, f := range complaintFeatures(canon) {
		z += complaintWeights[f]
	}
	return z
}

// complaintModelOn lets the model add complaints; training turns it off to
// see the rules alone.
var complaintModelOn = true

// looksLikeComplaint reports whether the rules or the model take a message
// for a complaint.
//
// A stalled report to the police asked about as a question is the
// police-report service's own case (see asksHow), and whether a fee asked
// for is fair is the service's own question (see asksFair), whatever the
// model makes of the words of waiting or of money.
func looksLikeComplaint(canon []string) bool {
	return isComplaint(canon) || complaintModelOn && complaintScore(canon) >= complaintThreshold &&
		!asksAfterPoliceReport(canon) && !asksFair(canon)
}

// asksAfterPoliceReport reports whether a message asks how to follow up a
// report made to the police ("udah lapor ke polsek, cara ceknya gimana?").
func asksAfterPoliceReport(canon []string) bool {
	for i, w := range canon {
		if isReportWord(w) && policeReport(canon, i) {
			return asksHow(canon)
		}
	}
	return false
}

// The classes of what goes wrong in a complaint, as features of the model:
// whatever words a citizen uses, a class met in training carries over.
var (
	// systemFailures are what a website or an app does when it fails.
	systemFailures = setOf("error", "eror", "erorr", "down", "gangguan", "gagal", "lemot", "hang", "bug", "offline",
		"loading", "muter", "macet", "mandek", "nyangkut", "crash", "maintenance", "trouble")
	// absentWords tell of an office nobody keeps.
	absentWords = setOf("kosong", "ngilang", "menghilang", "absen", "bolos", "telat", "tutup", "ditutup", "libur")
	// repeatWords tell of being sent back again and again.
	repeatWords = setOf("bolak", "berkali", "berulang", "puluhan", "berkali2", "lagi2", "balik2", "mulu", "melulu")
	// answeredVerbs are what an office does not do for someone waiting.
	answeredVerbs = setOf("diangkat", "nyambung", "dibalas", "dibales", "direspon", "direspons", "ditanggapi",
		"digubris", "cair", "dicairkan", "turun", "keluar", "muncul", "ada")
	// removedWords tell of being struck off what one is owed.
	removedWords = setOf("dicoret", "dihapus", "dinonaktifkan", "dicabut", "distop", "dihentikan")
)
