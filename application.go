package helpdesk

import (
	"strings"
	"time"
	"unicode"
)

// Status is the canonical state of an application.
type Status string

// The canonical status vocabulary. Every source of a change (CSV, officer,
// API) is normalised to one of these with ParseStatus.
const (
	StatusReceived   Status = "diterima"
	StatusVerifying  Status = "verifikasi"
	StatusProcessing Status = "diproses"
	StatusDone       Status = "selesai"
	StatusRejected   Status = "ditolak"
	StatusNeedsFix   Status = "perlu_perbaikan"
)

// Statuses lists the canonical statuses in the order an application usually
// goes through them.
var Statuses = []Status{StatusReceived, StatusVerifying, StatusProcessing, StatusDone, StatusRejected, StatusNeedsFix}

// statusAliases maps normalised spellings (see normStatus) to a status.
var statusAliases = map[string]Status{
	"diterima": StatusReceived, "terima": StatusReceived, "received": StatusReceived,
	"submitted": StatusReceived, "masuk": StatusReceived, "baru": StatusReceived, "new": StatusReceived,
	"berkas diterima": StatusReceived, "pengajuan diterima": StatusReceived,

	"verifikasi": StatusVerifying, "diverifikasi": StatusVerifying, "sedang diverifikasi": StatusVerifying,
	"verifikasi berkas": StatusVerifying, "pemeriksaan berkas": StatusVerifying, "pemeriksaan": StatusVerifying,
	"verification": StatusVerifying, "verifying": StatusVerifying, "validasi": StatusVerifying,

	"diproses": StatusProcessing, "proses": StatusProcessing, "sedang diproses": StatusProcessing,
	"dalam proses": StatusProcessing, "processing": StatusProcessing, "in progress": StatusProcessing,
	"dikerjakan": StatusProcessing, "pencetakan": StatusProcessing, "dicetak": StatusProcessing,

	"selesai": StatusDone, "siap diambil": StatusDone, "siap ambil": StatusDone, "bisa diambil": StatusDone,
	"sudah jadi": StatusDone, "jadi": StatusDone, "terbit": StatusDone, "sudah terbit": StatusDone,
	"done": StatusDone, "ready": StatusDone, "completed": StatusDone, "finished": StatusDone,
	"ready for pickup": StatusDone, "selesai siap diambil": StatusDone,

	"ditolak": StatusRejected, "tolak": StatusRejected, "rejected": StatusRejected, "denied": StatusRejected,

	"perlu perbaikan": StatusNeedsFix, "perbaikan": StatusNeedsFix, "perlu diperbaiki": StatusNeedsFix,
	"revisi": StatusNeedsFix, "perlu revisi": StatusNeedsFix, "dikembalikan": StatusNeedsFix,
	"berkas kurang": StatusNeedsFix, "lengkapi berkas": StatusNeedsFix, "needs fix": StatusNeedsFix,
	"needs correction": StatusNeedsFix, "correction": StatusNeedsFix, "incomplete": StatusNeedsFix,
}

// MaxStatusWords is the longest alias, in words, so that a parser can try
// the longest match first.
const MaxStatusWords = 4

// ParseStatus reads a status in any of its spellings ("Siap Diambil",
// "perlu-perbaikan", "DONE"); ok is false for anything else.
func ParseStatus(s string) (Status, bool) {
	st, ok := statusAliases[normStatus(s)]
	return st, ok
}

// Valid reports whether s is a canonical status.
func (s Status) Valid() bool {
	for _, c := range Statuses {
		if s == c {
			return true
		}
	}
	return false
}

// normStatus lowercases and turns separators into single spaces.
func normStatus(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '_' || r == '-' || r == '/' || r == '.' || r == ','
	})
	return strings.Join(f, " ")
}

// Sources of a status change.
const (
	SourceCSV     = "csv"
	SourceOfficer = "officer"
	SourceAPI     = "api"
)

// Application is one citizen's application for a public service, as the
// office tracks it. The verify code is never part of it: storage keeps only
// its hash.
type Application struct {
	TrackingNo    string
	Service       string
	ApplicantName string
	Status        Status
	Note          string // the reason of a refusal, what to fix, or any remark
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// StatusChange is one entry of an application's append-only history.
type StatusChange struct {
	ID         int64
	TrackingNo string
	Old        Status // "" when the application was created
	New        Status
	Note       string
	Source     string // SourceCSV, SourceOfficer, SourceAPI
	Actor      string // the officer's user id, "api", or the CSV file name
	At         time.Time
}

// StatusUpdate asks for an application's status to change.
type StatusUpdate struct {
	TrackingNo string
	Status     Status
	Note       string
	Source     string
	Actor      string
	// Ref makes the update idempotent: an update with a Ref already
	// recorded returns that change instead of recording another.
	Ref string
	At  time.Time
}

// MaxTrackingNo is the longest tracking number accepted.
const MaxTrackingNo = 40

// NormalizeTrackingNo returns the canonical form of a tracking number
// (upper case, no surrounding space) and whether it is well formed: 3 to 40
// letters, digits, '-', '/' or '.', starting with a letter or digit.
func NormalizeTrackingNo(s string) (string, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) < 3 || len(s) > MaxTrackingNo {
		return s, false
	}
	for i, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case (r == '-' || r == '/' || r == '.') && i > 0:
		default:
			return s, false
		}
	}
	return s, true
}

// NormalizeVerifyCode drops the spaces and dashes people type into a code
// and upper-cases it, so "123 456" and "123-456" match "123456".
func NormalizeVerifyCode(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || r == '-' {
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// MaskName hides all but the first letter of each word of a name:
// "Budi Santoso" becomes "B*** S***".
func MaskName(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		r := []rune(w)
		words[i] = string(r[0]) + "***"
	}
	return strings.Join(words, " ")
}

// StatusNotice is a recorded change whose subscribers have not been told
// yet, with what a message about it needs.
type StatusNotice struct {
	Change      StatusChange
	Application Application
	ChatIDs     []int64 // subscribers
}

// CheckResult is the outcome of a verify-code check.
type CheckResult int

// Outcomes of a verify-code check. CheckWrong stands for a wrong code and for
// an unknown number alike, so that nobody can probe which numbers exist.
const (
	CheckWrong   CheckResult = iota
	CheckOK                  // right code: Application is filled in
	CheckLocked              // too many wrong codes: try again after LockedUntil
	CheckTooMany             // this chat tried too many distinct numbers today
)

// StatusCheck is what a verify-code check returns.
type StatusCheck struct {
	Result      CheckResult
	Application Application
	LockedUntil time.Time
	// NewLockout is true when this very attempt locked the number.
	NewLockout bool
}
