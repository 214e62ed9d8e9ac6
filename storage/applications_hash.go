package storage

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"strconv"
	"strings"
)

// Verify codes are stored as "hmac-sha256$" + HMAC-SHA256(key, tracking
// number, code). The key lives outside the database (STATUS_CODE_KEY, or a
// key file beside it, see verifyKey), so a copy of the database alone does
// not let anyone try the million 6-digit codes offline; online, the lockout
// limits guesses. The tracking number is part of the message, so two
// applications with the same code have different hashes. Checking costs a
// microsecond, so a 100,000-row import is not spent hashing.
//
// Older databases hold "pbkdf2-sha256$iterations$salt$key" hashes; they
// still verify, and are replaced with the keyed hash on the next correct
// code (or re-import of the same code).
const (
	hmacPrefix   = "hmac-sha256$"
	pbkdf2Prefix = "pbkdf2-sha256"
)

// hashVerifyCode returns the keyed hash of a normalised code.
func hashVerifyCode(key []byte, trackingNo, code string) string {
	return hmacPrefix + base64.RawStdEncoding.EncodeToString(codeMAC(key, trackingNo, code))
}

func codeMAC(key []byte, trackingNo, code string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("verify-code\x00"))
	m.Write([]byte(trackingNo))
	m.Write([]byte{0})
	m.Write([]byte(code))
	return m.Sum(nil)
}

// verifyCodeHash reports whether code matches the stored hash of an
// application, and whether that hash is an old kind to be replaced. An
// empty or unreadable hash (an unknown number) costs the same HMAC and
// never matches.
func verifyCodeHash(key []byte, encoded, trackingNo, code string) (ok, legacy bool) {
	got := codeMAC(key, trackingNo, code)
	if rest, found := strings.CutPrefix(encoded, hmacPrefix); found {
		want, err := base64.RawStdEncoding.DecodeString(rest)
		return err == nil && hmac.Equal(got, want), false
	}
	iter, salt, want, good := parsePBKDF2(encoded)
	if !good {
		return false, false
	}
	key2, err := pbkdf2.Key(sha256.New, code, salt, iter, len(want))
	return err == nil && subtle.ConstantTimeCompare(key2, want) == 1, true
}

func parsePBKDF2(encoded string) (iter int, salt, key []byte, ok bool) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 4 || parts[0] != pbkdf2Prefix {
		return 0, nil, nil, false
	}
	iter, err := strconv.Atoi(parts[1])
	if err != nil || iter < 1 || iter > 10_000_000 {
		return 0, nil, nil, false
	}
	enc := base64.RawStdEncoding
	if salt, err = enc.DecodeString(parts[2]); err != nil {
		return 0, nil, nil, false
	}
	if key, err = enc.DecodeString(parts[3]); err != nil || len(key) == 0 {
		return 0, nil, nil, false
	}
	return iter, salt, key, true
}
