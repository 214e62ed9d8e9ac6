package storage

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
)

// MinVerifyKeyLen is the shortest verify-code key accepted from the
// environment, in bytes.
const MinVerifyKeyLen = 32

// Option changes how Open sets up the database.
type Option func(*DB)

// WithVerifyKey sets the server-side key of verify-code hashes (say, from
// STATUS_CODE_KEY). Without it Open reads, or creates on first start, the
// key file beside the database (KeyFilePath).
func WithVerifyKey(key []byte) Option {
	return func(db *DB) { db.verifyKey = append([]byte(nil), key...) }
}

// WithWorkflow sets the status vocabulary that imports and status changes
// are checked against; without it the built-in vocabulary applies.
func WithWorkflow(w *helpdesk.Workflow) Option {
	return func(db *DB) { db.workflow = w }
}

// WithLocation sets the office's time zone, in which times written without
// a zone (an import's updated_at) are read; without it, WIB.
func WithLocation(loc *time.Location) Option {
	return func(db *DB) { db.loc = loc }
}

// KeyFilePath is the verify-code key file of a database file.
func KeyFilePath(dbPath string) string { return dbPath + ".status.key" }

// loadOrCreateKey reads the key file, creating it with a fresh random key
// and owner-only permissions when it does not exist yet. Two processes
// starting at once end up with the same key: the file appears atomically
// (a hard link of a complete temporary file) and the loser reads it.
func loadOrCreateKey(path string) ([]byte, error) {
	key, err := readKeyFile(path)
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		return key, err
	}
	key = make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("create verify-code key: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".status-key-*")
	if err != nil {
		return nil, fmt.Errorf("create verify-code key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("create verify-code key: %w", err)
	}
	if _, err := tmp.WriteString(hex.EncodeToString(key) + "\n"); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("create verify-code key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("create verify-code key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("create verify-code key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("create verify-code key: %w", err)
	}
	return readKeyFile(path)
}

func readKeyFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read verify-code key %s: %w", path, err)
	}
	key, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(key) < MinVerifyKeyLen {
		return nil, fmt.Errorf("read verify-code key %s: want %d hex-encoded bytes; restore the file from a backup (without it no verify code matches)", path, MinVerifyKeyLen)
	}
	return key, nil
}
