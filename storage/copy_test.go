package storage_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// fillOffice writes an office's worth of records through the storage, on
// every path that assigns ids: updates, events, the outbox, cases and their
// messages, articles and their versions, applications and their history.
func fillOffice(t *testing.T, db *storage.DB) (caseID int64) {
	t.Helper()
	ctx := context.Background()
	for i := int64(1); i <= 3; i++ {
		id, _, err := db.StoreUpdate(ctx, 100+i, 7, []byte(`{"message":{"text":"halo"}}`))
		if err != nil {
			t.Fatal(err)
		}
		if err := db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "balasan"}}, helpdesk.Records{}, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := db.StoreTick(ctx, "case-sla", 0); err != nil {
		t.Fatal(err)
	}
	if err := db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 7, UserID: 7, FirstName: "Wati"}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveChatState(ctx, 7, []byte{0, 1, 2, 255}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddTurn(ctx, 7, 101, helpdesk.Turn{Role: "user", Text: "syarat ktp"}); err != nil {
		t.Fatal(err)
	}
	c, _, err := db.OpenCase(ctx, helpdesk.Case{CitizenChat: 7, CitizenName: "Wati", Subject: "KTP", UpdateID: 103}, []int64{-100})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddCaseMessage(ctx, helpdesk.CaseMessage{CaseID: c.ID, UpdateID: 103, From: "citizen", Text: "tolong"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveArticle(ctx, testArticle("ktp-baru", "KTP baru"), "cli"); err != nil {
		t.Fatal(err)
	}
	mustImport(t, db, "tracking_no,status,verify_code\nAPP-1,diterima,123456\n")
	mustImport(t, db, "tracking_no,status\nAPP-1,diproses\n")
	return c.ID
}

// TestCopyToPostgres: an office's SQLite database arrives whole in an empty
// PostgreSQL database, reads back the same through the storage, and new
// rows there take ids after the copied ones. A second copy into it is
// refused.
func TestCopyToPostgres(t *testing.T) {
	if !storage.OnPostgres() {
		t.Skip(storage.TestDatabaseURLVar + " is not set")
	}
	ctx := context.Background()
	key := storage.WithVerifyKey([]byte("the office's verify-code key, 32+ bytes"))
	src, err := storage.Open(ctx, filepath.Join(t.TempDir(), "helpdesk.db"), key)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	caseID := fillOffice(t, src)
	dsn := storage.FreshDSN(t)
	dst, err := storage.Open(ctx, dsn, key)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()

	counts, err := src.CopyTo(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	pos := map[string]int{}
	for i, c := range counts {
		got[c.Table], pos[c.Table] = c.Rows, i
	}
	for table, want := range map[string]int64{"updates": 4, "outbox": 3, "outbox_payloads": 3, "cases": 1,
		"case_messages": 1, "articles": 1, "article_versions": 1, "applications": 1, "status_history": 2,
		"citizens": 1, "chat_state": 1, "turns": 1} {
		if got[table] != want {
			t.Errorf("%s: copied %d rows, want %d", table, got[table], want)
		}
	}
	for child, parent := range map[string]string{"outbox_payloads": "outbox", "case_messages": "cases",
		"article_versions": "articles", "status_history": "applications"} {
		if pos[child] < pos[parent] {
			t.Errorf("%s copied before %s", child, parent)
		}
	}

	// What the storage reads is the same on both.
	for _, db := range []*storage.DB{src, dst} {
		c, err := db.FindCase(ctx, caseID)
		if err != nil || c.CitizenName != "Wati" {
			t.Errorf("case=%+v err=%v", c, err)
		}
		h, err := db.StatusHistory(ctx, "APP-1", 10)
		if err != nil || len(h) != 2 || string(h[1].New) != "diproses" {
			t.Errorf("history=%+v err=%v", h, err)
		}
		st, err := db.LoadChatState(ctx, 7)
		if err != nil || string(st) != string([]byte{0, 1, 2, 255}) {
			t.Errorf("state=%v err=%v", st, err)
		}
		items, err := db.PendingOutbox(ctx, 0, 10)
		if err != nil || len(items) != 3 || items[0].Action.Text != "balasan" {
			t.Errorf("outbox=%+v err=%v", items, err)
		}
	}
	// The verify code hashed in SQLite matches in PostgreSQL under the same key.
	if res, err := dst.CheckStatusCode(ctx, 9, "APP-1", "123456"); err != nil || res.Result != helpdesk.CheckOK {
		t.Errorf("check=%+v err=%v, want ok", res, err)
	}

	// New rows follow the copied ids.
	var maxID int64
	if err := storage.RawTestDB(t, storage.DSNOf(src)).QueryRow(`SELECT MAX(id) FROM updates`).Scan(&maxID); err != nil {
		t.Fatal(err)
	}
	id, _, err := dst.StoreUpdate(ctx, 999, 8, []byte(`{}`))
	if err != nil || id <= maxID {
		t.Fatalf("new update id=%d err=%v, want > %d", id, err, maxID)
	}
	c, _, err := dst.OpenCase(ctx, helpdesk.Case{CitizenChat: 8, CitizenName: "Budi", UpdateID: 999}, []int64{-100})
	if err != nil || c.ID <= caseID {
		t.Fatalf("new case id=%d err=%v, want > %d", c.ID, err, caseID)
	}

	// The target holds data now.
	_, err = src.CopyTo(ctx, dst)
	var notEmpty *storage.NotEmptyError
	if !errors.As(err, &notEmpty) {
		t.Fatalf("second copy err=%v, want a NotEmptyError", err)
	}
}
