package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// TableCount is how many rows of a table were copied.
type TableCount struct {
	Table string
	Rows  int64
}

// NotEmptyError is returned by CopyTo when the target already holds data:
// copying would mix two offices' records or clash with the ids.
type NotEmptyError struct{ Table string }

func (e *NotEmptyError) Error() string {
	return fmt.Sprintf("the target database is not empty (table %s has rows); copy into a new, empty database", e.Table)
}

// copyBatchParams bounds the parameters of one multi-row INSERT (PostgreSQL
// takes at most 65,535).
const copyBatchParams = 30000

// CopyTo copies every table of db, a SQLite database, into dst, a
// PostgreSQL database this binary has migrated (so both have the same
// tables), in one transaction: parents before the tables that refer to
// them, ids kept, and each id sequence then set past the largest id copied.
// It refuses a dst that holds data (NotEmptyError). The SQLite database is
// held in a write transaction meanwhile, so that the copy is one moment of
// it: stop the bot first.
func (db *DB) CopyTo(ctx context.Context, dst *DB) ([]TableCount, error) {
	if db.conn.pg || !dst.conn.pg {
		return nil, fmt.Errorf("copy database: from SQLite to PostgreSQL only")
	}
	src, releaseSrc, err := db.conn.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	defer releaseSrc()
	defer src.Rollback()
	tables, err := sqliteTablesInOrder(ctx, src)
	if err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	tx, release, err := dst.conn.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	defer release()
	defer tx.Rollback()
	types, err := pgColumnTypes(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	for _, t := range tables {
		if types[t] == nil {
			return nil, fmt.Errorf("copy database: table %s is missing from the target", t)
		}
		// Open writes a marker of its own into kv; anything else is data.
		var exists bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+t+` WHERE `+notOpenMarker(t)+`)`).Scan(&exists); err != nil {
			return nil, fmt.Errorf("copy database: %w", err)
		} else if exists {
			return nil, &NotEmptyError{Table: t}
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM kv`); err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	var out []TableCount
	for _, t := range tables {
		n, err := copyTable(ctx, src, tx, t, types[t])
		if err != nil {
			return nil, fmt.Errorf("copy database: table %s: %w", t, err)
		}
		out = append(out, TableCount{Table: t, Rows: n})
	}
	// Identity columns were given the copied ids; new rows must follow them.
	rows, err := tx.QueryContext(ctx, `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND is_identity = 'YES'`)
	if err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	var idents [][2]string
	for rows.Next() {
		var t, c string
		if err := rows.Scan(&t, &c); err != nil {
			rows.Close()
			return nil, fmt.Errorf("copy database: %w", err)
		}
		idents = append(idents, [2]string{t, c})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	for _, ic := range idents {
		if _, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(`+ic[1]+`) FROM `+ic[0]+`), 0) + 1, false)`,
			ic[0], ic[1]); err != nil {
			return nil, fmt.Errorf("copy database: reset %s.%s: %w", ic[0], ic[1], err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	return out, nil
}

// notOpenMarker is the condition that leaves out of the emptiness check
// the rows Open itself writes into a fresh database.
func notOpenMarker(table string) string {
	if table == "kv" {
		return `key != '` + queriesRedactedKey + `'`
	}
	return `TRUE`
}

// sqliteTablesInOrder lists the SQLite database's tables (but the
// migrations' record) so that each comes after the tables it refers to.
func sqliteTablesInOrder(ctx context.Context, tx *sql.Tx) ([]string, error) {
	names, err := queryStrings(ctx, tx, `SELECT name FROM sqlite_master WHERE type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	deps := map[string][]string{}
	for _, n := range names {
		if deps[n], err = queryStrings(ctx, tx, `SELECT "table" FROM pragma_foreign_key_list(?)`, n); err != nil {
			return nil, err
		}
	}
	var order []string
	done := map[string]int{} // 1 visiting, 2 placed
	var visit func(string) error
	visit = func(n string) error {
		switch done[n] {
		case 1:
			return fmt.Errorf("tables refer to each other in a cycle through %s", n)
		case 2:
			return nil
		}
		done[n] = 1
		for _, d := range deps[n] {
			if d != n {
				if err := visit(d); err != nil {
					return err
				}
			}
		}
		done[n] = 2
		order = append(order, n)
		return nil
	}
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func queryStrings(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// pgColumnTypes maps each table of the PostgreSQL schema to its columns'
// types.
func pgColumnTypes(ctx context.Context, tx *sql.Tx) (map[string]map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT table_name, column_name, data_type FROM information_schema.columns
		WHERE table_schema = current_schema()`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]map[string]string{}
	for rows.Next() {
		var t, c, typ string
		if err := rows.Scan(&t, &c, &typ); err != nil {
			return nil, err
		}
		if out[t] == nil {
			out[t] = map[string]string{}
		}
		out[t][c] = typ
	}
	return out, rows.Err()
}

// copyTable copies one table's rows from src into dst, in multi-row
// INSERTs, and returns how many it copied.
func copyTable(ctx context.Context, src, dst *sql.Tx, table string, types map[string]string) (int64, error) {
	cols, err := queryStrings(ctx, src, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		return 0, err
	}
	for _, c := range cols {
		if types[c] == "" {
			return 0, fmt.Errorf("column %s is missing from the target", c)
		}
	}
	rows, err := src.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	per := max(1, copyBatchParams/len(cols))
	head := `INSERT INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES `
	tuple := `(` + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + `)`
	var n int64
	batch := make([]any, 0, per*len(cols))
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		k := len(batch) / len(cols)
		q := head + strings.TrimSuffix(strings.Repeat(tuple+", ", k), ", ")
		if _, err := dst.ExecContext(ctx, q, batch...); err != nil {
			return err
		}
		n += int64(k)
		batch = batch[:0]
		return nil
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		for i, v := range vals {
			cv, err := coerce(v, types[cols[i]])
			if err != nil {
				return n, fmt.Errorf("column %s: %w", cols[i], err)
			}
			batch = append(batch, cv)
		}
		if len(batch) >= per*len(cols) {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	return n, flush()
}

// coerce turns a value as SQLite stored it (its columns take any type) into
// one the PostgreSQL column of type typ takes.
func coerce(v any, typ string) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch typ {
	case "text":
		switch x := v.(type) {
		case []byte:
			return string(x), nil
		case int64:
			return strconv.FormatInt(x, 10), nil
		case float64:
			return strconv.FormatFloat(x, 'g', -1, 64), nil
		}
	case "bigint", "integer", "smallint":
		switch x := v.(type) {
		case float64:
			if x != float64(int64(x)) {
				return nil, fmt.Errorf("%v is not an integer", x)
			}
			return int64(x), nil
		case string:
			return strconv.ParseInt(x, 10, 64)
		case []byte:
			return strconv.ParseInt(string(x), 10, 64)
		}
	case "bytea":
		if s, ok := v.(string); ok {
			return []byte(s), nil
		}
	}
	return v, nil
}
