package storage_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/storage"
)

// TestOpenRedactsQueriesStoredBefore: gaps and votes written before
// redaction (here straight into the file) lose their personal data at the
// next start, down to the bytes of the file.
func TestOpenRedactsQueriesStoredBefore(t *testing.T) {
	path := storage.FreshDSN(t)
	ctx := context.Background()
	db, err := storage.OpenTest(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw := storage.RawTestDB(t, path)
	for _, q := range []string{
		`INSERT INTO gaps (chat_id, update_id, query, created_at) VALUES (1, 1, 'nik saya 3174051203900007 kenapa ditolak', '2026-01-01')`,
		`INSERT INTO feedback (chat_id, update_id, query, article_ids, vote, created_at) VALUES (1, 2, 'wa 081234567890 kok salah', 'x', -1, '2026-01-01')`,
		`DELETE FROM kv WHERE key = 'queries_redacted'`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	db, err = storage.OpenTest(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	items, err := db.ListGapItems(ctx, 10)
	if err != nil || len(items) != 2 {
		t.Fatalf("items=%+v err=%v", items, err)
	}
	for _, it := range items {
		if strings.ContainsAny(it.Query, "0123456789") {
			t.Fatalf("query %q kept its numbers", it.Query)
		}
	}
	db.Close()
	if storage.OnPostgres() {
		return // no file: PostgreSQL's dead rows are vacuum's
	}
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		for _, v := range []string{"3174051203900007", "081234567890"} {
			if strings.Contains(string(b), v) {
				t.Fatalf("%s still holds %s", filepath.Base(f), v)
			}
		}
	}
}
