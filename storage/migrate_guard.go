package storage

import (
	"context"
	"database/sql"
	"fmt"
	"path"
	"strings"
)

// NewerSchemaError is returned by Open when the database records migrations
// this binary does not embed: a newer helpdesk upgraded it, and an older one
// must not write to tables it does not know.
type NewerSchemaError struct {
	Unknown []string // migration names, e.g. "0120_future.sql"
}

func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("this database was upgraded by a newer helpdesk (unknown migrations: %s); "+
		"run that version or restore a backup", strings.Join(e.Unknown, ", "))
}

// querier is the pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// checkNotNewer refuses a database whose schema_migrations names a migration
// missing from known (the embedded file names, without folder).
func checkNotNewer(ctx context.Context, q querier, known []string) error {
	embedded := make(map[string]bool, len(known))
	for _, n := range known {
		embedded[path.Base(n)] = true
	}
	rows, err := q.QueryContext(ctx, `SELECT name FROM schema_migrations ORDER BY name`)
	if err != nil {
		return fmt.Errorf("migrate: check recorded migrations: %w", err)
	}
	defer rows.Close()
	var unknown []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return fmt.Errorf("migrate: check recorded migrations: %w", err)
		}
		if !embedded[path.Base(name)] {
			unknown = append(unknown, name)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("migrate: check recorded migrations: %w", err)
	}
	if len(unknown) > 0 {
		return &NewerSchemaError{Unknown: unknown}
	}
	return nil
}
