// Package redact replaces personal data in citizens' text (NIK and KK
// numbers, phone numbers, e-mail addresses, tracking numbers, verify codes,
// other long numbers) with placeholders: before text leaves for the language
// model, and before anything is stored for reports.
package redact

import (
	"regexp"
	"strings"
	"unicode"
)

// Placeholders that replace personal data.
const (
	PlaceholderNIK      = "[NIK]"
	PlaceholderPhone    = "[NOMOR_HP]"
	PlaceholderEmail    = "[EMAIL]"
	PlaceholderTracking = "[NOMOR_PERMOHONAN]"
	PlaceholderCode     = "[KODE]"
	PlaceholderNumber   = "[NOMOR]"
)

var (
	reEmail = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`)
	// NIK and KK numbers: 16 digits, optionally grouped with spaces, dots or dashes.
	reNIK = regexp.MustCompile(`\b\d(?:[ .\-]?\d){15}\b`)
	// Indonesian phone numbers: 08..., +62 8..., 62 8..., and other +62 numbers (landlines).
	rePhone = regexp.MustCompile(`(?:\+62|\b62|\b0)[ .\-]?\(?8\)?(?:[ .\-]?\d){7,11}\b|\+62[ .\-]?\(?\d{1,3}\)?(?:[ .\-]?\d){6,10}\b|\(0\d{2,3}\)[ .\-]?\d(?:[ .\-]?\d){4,8}\b|\b0\d{2,3}-\d{6,8}\b`)
	// Verify codes: a 4-8 digit number shortly after a word that announces a code.
	reCode = regexp.MustCompile(`(?i)(\b(?:kode\w*|code|verifikasi|verification|verify|pin|otp|sandi|password|token)\b[^\d\n]{0,25}?)(\d{4,8})\b`)
	// Any remaining long run of digits (BPJS card, bank account, ...).
	reLongNumber = regexp.MustCompile(`\b\d(?:[ .\-]?\d){9,}\b`)
	// Candidate tracking numbers: tokens of letters, digits and separators.
	reToken = regexp.MustCompile(`[A-Za-z0-9](?:[A-Za-z0-9/_.\-]*[A-Za-z0-9])?`)
	reURL   = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"']+`)
	reMoney = regexp.MustCompile(`(?i)^rp\.?\d`)
)

// Text replaces NIK/KK numbers, phone numbers, e-mail addresses, tracking numbers,
// verify codes and other long numbers in citizen text with placeholders.
func Text(s string) string {
	s = reEmail.ReplaceAllString(s, PlaceholderEmail)
	s = reNIK.ReplaceAllString(s, PlaceholderNIK)
	s = rePhone.ReplaceAllString(s, PlaceholderPhone)
	s = reCode.ReplaceAllString(s, "${1}"+PlaceholderCode)
	s = reToken.ReplaceAllStringFunc(s, func(tok string) string {
		if isTrackingNumber(tok) {
			return PlaceholderTracking
		}
		return tok
	})
	s = reLongNumber.ReplaceAllString(s, PlaceholderNumber)
	return s
}

// KeepURLs is Text for published article text: links stay intact, because
// an article's own source address is public and often ends in a long number.
func KeepURLs(s string) string {
	var b strings.Builder
	last := 0
	for _, loc := range reURL.FindAllStringIndex(s, -1) {
		b.WriteString(Text(s[last:loc[0]]))
		b.WriteString(s[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(Text(s[last:]))
	return b.String()
}

// isTrackingNumber reports whether tok mixes letters with at least six digits,
// the shape of application numbers such as PMH-2026-000123 or REG/2026/11/0042.
func isTrackingNumber(tok string) bool {
	if reMoney.MatchString(tok) {
		return false
	}
	letters, digits := 0, 0
	for _, r := range tok {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0 && digits >= 6
}

// The patterns for e-mail addresses, Indonesian phone numbers and web links,
// for checks that look for them rather than hide them (a model's answer
// must not invent any).
var (
	Email = reEmail
	Phone = rePhone
	URL   = reURL
)
