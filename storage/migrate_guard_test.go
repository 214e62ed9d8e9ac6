package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/storage"
)

func TestOpenRefusesADatabaseFromANewerBinary(t *testing.T) {
	ctx := context.Background()
	path := storage.FreshDSN(t)
	db, err := storage.OpenTest(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	// A newer helpdesk migrated this file: it recorded a migration we lack.
	raw := storage.RawTestDB(t, path)
	if _, err := raw.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES
		('migrations/9990_future_table.sql', '2030-01-01T00:00:00Z'),
		('migrations/9991_future_index.sql', '2030-01-01T00:00:01Z')`); err != nil {
		t.Fatal(err)
	}

	db, err = storage.OpenTest(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("Open accepted a database migrated by a newer binary")
	}
	var newer *storage.NewerSchemaError
	if !errors.As(err, &newer) {
		t.Fatalf("err=%v (%T), want a *storage.NewerSchemaError", err, err)
	}
	msg := err.Error()
	for _, want := range []string{"9990_future_table.sql", "9991_future_index.sql", "newer helpdesk", "restore a backup"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}

	// Removing the unknown rows (restoring a backup) lets it open again.
	if _, err := raw.ExecContext(ctx, `DELETE FROM schema_migrations WHERE name LIKE 'migrations/999%'`); err != nil {
		t.Fatal(err)
	}
	db, err = storage.OpenTest(ctx, path)
	if err != nil {
		t.Fatalf("reopen after restoring: %v", err)
	}
	db.Close()
}
