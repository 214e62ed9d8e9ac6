package storage

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// VerifyHashIterations is the PBKDF2-SHA256 cost of a verify-code hash:
// about 2 ms of one core here. A 6-digit code cannot be made safe against
// someone holding the database whatever the cost, so the online lockout is
// what protects it; the cost makes each stolen code take hours of CPU time
// rather than seconds, while a 100,000-row import (hashed on every core)
// still takes under two minutes.
const VerifyHashIterations = 10000

const hashPrefix = "pbkdf2-sha256"

// hashVerifyCode returns "pbkdf2-sha256$iterations$salt$key" for a code,
// with a fresh random salt.
func hashVerifyCode(code string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash verify code: %w", err)
	}
	key, err := pbkdf2.Key(sha256.New, code, salt, VerifyHashIterations, 32)
	if err != nil {
		return "", fmt.Errorf("hash verify code: %w", err)
	}
	enc := base64.RawStdEncoding
	return hashPrefix + "$" + strconv.Itoa(VerifyHashIterations) + "$" + enc.EncodeToString(salt) + "$" + enc.EncodeToString(key), nil
}

// dummyHash is checked when a number is unknown or has no code, so that the
// answer takes as long as for a wrong code.
var dummyHash = sync.OnceValue(func() string {
	h, err := hashVerifyCode(rand.Text())
	if err != nil {
		panic(err)
	}
	return h
})

// verifyCodeHash reports whether code matches an encoded hash. An empty or
// unreadable hash is checked against the dummy and never matches.
func verifyCodeHash(encoded, code string) bool {
	ok := true
	iter, salt, want, good := parseHash(encoded)
	if !good {
		ok = false
		iter, salt, want, _ = parseHash(dummyHash())
	}
	got, err := pbkdf2.Key(sha256.New, code, salt, iter, len(want))
	if err != nil {
		return false
	}
	return subtle.ConstantTimeCompare(got, want) == 1 && ok
}

func parseHash(encoded string) (iter int, salt, key []byte, ok bool) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 4 || parts[0] != hashPrefix {
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
