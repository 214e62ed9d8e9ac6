package storage

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/outbox"
)

// TestClaimsAreExclusiveAndFreedWithTheirProcess: two processes on one
// PostgreSQL database. A lane and the leadership are held by one at a time;
// when the holder's connection goes (the process died), the other takes
// them over.
func TestClaimsAreExclusiveAndFreedWithTheirProcess(t *testing.T) {
	if !OnPostgres() {
		t.Skip("claims matter on PostgreSQL only; set " + TestDatabaseURLVar)
	}
	ctx := context.Background()
	dsn := FreshDSN(t)
	open := func() *DB {
		db, err := OpenTest(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	a, b := open(), open()
	ca, err := a.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := b.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer cb.Close()
	if !ca.Shared() {
		t.Fatal("claims on PostgreSQL are not shared")
	}
	try := func(c *Claims, what string, f func(context.Context) (uint64, bool, error)) bool {
		t.Helper()
		_, ok, err := f(ctx)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return ok
	}
	if !try(ca, "a lane 7", func(ctx context.Context) (uint64, bool, error) { return ca.TryLane(ctx, 7) }) {
		t.Fatal("a could not claim a free lane")
	}
	if try(cb, "b lane 7", func(ctx context.Context) (uint64, bool, error) { return cb.TryLane(ctx, 7) }) {
		t.Fatal("b claimed the lane a holds")
	}
	if !try(cb, "b lane 8", func(ctx context.Context) (uint64, bool, error) { return cb.TryLane(ctx, 8) }) {
		t.Fatal("b could not claim another lane")
	}
	if err := ca.ReleaseLane(ctx, 7); err != nil {
		t.Fatal(err)
	}
	if !try(cb, "b lane 7 after release", func(ctx context.Context) (uint64, bool, error) { return cb.TryLane(ctx, 7) }) {
		t.Fatal("b could not claim the lane a gave back")
	}
	if !try(ca, "a leads", ca.TryLead) {
		t.Fatal("a could not lead")
	}
	if try(cb, "b leads", cb.TryLead) {
		t.Fatal("b leads beside a")
	}
	ca.Close() // a's process dies
	if !try(cb, "b leads after a died", cb.TryLead) {
		t.Fatal("b did not take over the leadership")
	}
}

// TestWorkIsCompletedOnce: a second completion of the same update (another
// process that ran it too) changes nothing and says so.
func TestWorkIsCompletedOnce(t *testing.T) {
	db := OpenTestDB(t)
	ctx := context.Background()
	id, _, err := db.StoreUpdate(ctx, 1, 7, []byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	turn := helpdesk.Records{Turns: []helpdesk.ChatTurn{{ChatID: 7, UpdateID: 1, Turn: helpdesk.Turn{Role: helpdesk.RoleBot, Text: "x"}}}}
	if err := db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "satu"}}, turn, ""); err != nil {
		t.Fatal(err)
	}
	err = db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "dua"}}, turn, "")
	if !errors.Is(err, ErrHandled) {
		t.Fatalf("second completion = %v, want ErrHandled", err)
	}
	items, err := db.PendingOutbox(ctx, 0, 10)
	if err != nil || len(items) != 1 || items[0].Action.Text != "satu" {
		t.Fatalf("outbox = %+v, %v; want only the first run's reply", items, err)
	}
}

// TestProcessesStartingTogetherSeedOnce: two processes starting on one new
// database both seed the bundled articles; one does, the other finds them.
func TestProcessesStartingTogetherSeedOnce(t *testing.T) {
	if !OnPostgres() {
		t.Skip("one process owns a SQLite database; set " + TestDatabaseURLVar)
	}
	ctx := context.Background()
	dsn := FreshDSN(t)
	arts, err := knowledge.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	seeded := make(chan bool, 2)
	errs := make(chan error, 2)
	for range 2 {
		db, err := OpenTest(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		go func() {
			ok, err := db.SeedArticles(ctx, arts, "bundled")
			seeded <- ok
			errs <- err
		}()
	}
	n := 0
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		if <-seeded {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d processes seeded, want 1", n)
	}
}

// TestClaimsSurviveABrokenConnection: when the connection holding a
// process's claims breaks, the claims are gone (another process may take
// them), the next claim says so once, and the one after works again on a
// new connection.
func TestClaimsSurviveABrokenConnection(t *testing.T) {
	if !OnPostgres() {
		t.Skip("claims matter on PostgreSQL only; set " + TestDatabaseURLVar)
	}
	ctx := context.Background()
	dsn := FreshDSN(t)
	a, err := OpenTest(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenTest(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ca, _ := a.Claims(ctx)
	cb, _ := b.Claims(ctx)
	defer ca.Close()
	defer cb.Close()
	gen, ok, err := ca.TryLane(ctx, 7)
	if !ok || err != nil {
		t.Fatalf("claim: %v %v", ok, err)
	}
	// Every connection but b's own is cut, a's claims with them.
	if _, err := cb.conn.ExecContext(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid()`); err != nil {
		t.Fatal(err)
	}
	// The server ends a's session a moment after it is told to.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		_, ok, err := cb.TryLane(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("b could not take the lane a lost")
		}
	}
	if _, _, err := ca.TryLane(ctx, 8); !errors.Is(err, ErrClaimsLost) {
		t.Fatalf("a's first claim after the break = %v, want ErrClaimsLost", err)
	}
	if _, ok, err := ca.TryLane(ctx, 8); !ok || err != nil {
		t.Fatalf("a's next claim: %v %v, want it granted on a new connection", ok, err)
	}
	if _, ok, _ := ca.TryLane(ctx, 7); ok {
		t.Fatal("a claimed the lane b holds")
	}
	// What a held before the break is not held any more, though a's
	// connection answers again: a leader must step down, a lane stop.
	if ca.Valid(gen) {
		t.Fatal("a claim of the broken connection still counts as valid")
	}
	if err := ca.Check(ctx, gen); !errors.Is(err, ErrClaimsLost) {
		t.Fatalf("check of the broken connection's claims = %v, want ErrClaimsLost", err)
	}
}
