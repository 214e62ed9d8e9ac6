package storage_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// sendReply stores a reply to chat and marks it delivered.
func sendReply(t *testing.T, db *storage.DB, source string, chat int64, text string) int64 {
	t.Helper()
	ctx := context.Background()
	if err := db.Enqueue(ctx, source, []outbox.Action{{Kind: outbox.Send, ChatID: chat, Text: text}}); err != nil {
		t.Fatal(err)
	}
	items, err := db.PendingOutbox(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Source == source {
			if err := db.MarkSent(ctx, it.ID, 1, nil); err != nil {
				t.Fatal(err)
			}
			return it.ID
		}
	}
	t.Fatalf("reply %s not stored", source)
	return 0
}

// replyTexts reads every stored reply's text by outbox id, straight from the
// database file: an id without a text lost it.
func replyTexts(t *testing.T, db *storage.DB) map[int64]string {
	t.Helper()
	raw := storage.RawTestDB(t, storage.DSNOf(db))
	var orphans int
	if err := raw.QueryRow(`SELECT COUNT(*) FROM outbox_payloads WHERE id NOT IN (SELECT id FROM outbox)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Fatalf("%d texts left without their reply (%v)", orphans, err)
	}
	rows, err := raw.Query(`SELECT o.id, p.payload FROM outbox o LEFT JOIN outbox_payloads p ON p.id = o.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var payload []byte
		if err := rows.Scan(&id, &payload); err != nil {
			t.Fatal(err)
		}
		var a struct{ Text string }
		if payload != nil {
			if err := json.Unmarshal(payload, &a); err != nil {
				t.Fatal(err)
			}
		}
		out[id] = a.Text
	}
	return out
}

func TestPurgeExpiredKeepsRecentAndFigures(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	old := time.Date(2025, 1, 10, 1, 0, 0, 0, time.UTC)
	now := old
	db.Now = func() time.Time { return now }
	db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 1, UserID: 1, FirstName: "Lama", LastSeen: old})
	db.AddTurn(ctx, 1, 1, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "nik saya 3201...", At: old})
	c, _ := openCase(t, db, 1, 1, false)
	db.AddCaseMessage(ctx, helpdesk.CaseMessage{CaseID: c.ID, UpdateID: 2, From: helpdesk.FromCitizen, Text: "alamat saya ..."})
	db.CloseCase(ctx, c.ID, 9, 0)
	db.RateCase(ctx, c.ID, 1, 4)
	db.StoreUpdate(ctx, 1, 1, []byte(`{"message":{"text":"nik"}}`))
	sent := sendReply(t, db, "update:1", 1, "status permohonan Kakak")
	db.Enqueue(ctx, "update:1b", []outbox.Action{{Kind: outbox.Send, ChatID: 1, Text: "belum terkirim"}})

	now = old.AddDate(1, 2, 0)
	recent := sendReply(t, db, "update:3", 2, "syarat KK")
	db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 2, UserID: 2, FirstName: "Baru", LastSeen: now})
	db.AddTurn(ctx, 2, 3, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "kk hilang", At: now})
	open, _ := openCase(t, db, 2, 3, false)
	db.AddCaseMessage(ctx, helpdesk.CaseMessage{CaseID: open.ID, UpdateID: 4, From: helpdesk.FromCitizen, Text: "halo"})

	e, err := db.PurgeExpired(ctx, now.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if e.Turns != 1 || e.CaseMessages != 1 || e.Cases != 1 || e.Citizens != 1 || e.Replies != 1 {
		t.Fatalf("purged=%+v, want one of each", e)
	}
	if got := replyTexts(t, db); len(got) != 2 || got[recent] != "syarat KK" || got[sent] != "" {
		t.Fatalf("replies kept %v, want the recent one and the old one still unsent", got)
	}
	old1, _ := db.FindCase(ctx, c.ID)
	if old1.CitizenChat != 0 || old1.CitizenName != "" || old1.Subject != "" || old1.Rating != 4 {
		t.Fatalf("old case=%+v, want anonymised with its rating kept", old1)
	}
	pd, _ := db.PersonalData(ctx, 2)
	if !pd.Known || pd.Turns != 1 || pd.CaseMessages != 1 || len(pd.Cases) != 1 {
		t.Fatalf("recent data=%+v, want kept", pd)
	}
	if pd, _ := db.PersonalData(ctx, 1); pd.Known || pd.Turns != 0 || len(pd.Cases) != 0 {
		t.Fatalf("old data=%+v, want gone", pd)
	}
	log, _ := db.AuditLog(ctx, time.Time{})
	last := log[len(log)-1]
	if last.Action != "retention_purge" || strings.Contains(last.Detail, "Lama") {
		t.Fatalf("audit=%+v", last)
	}
}

func TestEraseCitizenRemovesOnlyTheirs(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	for _, chat := range []int64{1, 2} {
		db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: chat, UserID: chat, FirstName: "W"})
		db.AddTurn(ctx, chat, chat, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "x"})
		c, _ := openCase(t, db, chat, chat, false)
		db.AddCaseMessage(ctx, helpdesk.CaseMessage{CaseID: c.ID, UpdateID: 10 + chat, From: helpdesk.FromCitizen, Text: "y"})
		db.CloseCase(ctx, c.ID, 0, 0)
		sendReply(t, db, fmt.Sprint("update:", chat), chat, "jawaban")
	}
	e, _, err := db.EraseCitizen(ctx, 1, 0)
	if err != nil || e.Citizens != 1 || e.Turns != 1 || e.CaseMessages != 1 || e.Cases != 1 || e.Replies != 1 {
		t.Fatalf("erased=%+v err=%v", e, err)
	}
	if got := replyTexts(t, db); len(got) != 1 {
		t.Fatalf("replies kept %v, want only the other citizen's", got)
	}
	if pd, _ := db.PersonalData(ctx, 1); pd.Known || pd.Turns != 0 || len(pd.Cases) != 0 {
		t.Fatalf("erased citizen still has %+v", pd)
	}
	if pd, _ := db.PersonalData(ctx, 2); !pd.Known || pd.Turns != 1 || pd.CaseMessages != 1 {
		t.Fatalf("other citizen lost data: %+v", pd)
	}
}

// RememberCitizen skips unchanged citizens seen a moment ago; a new name,
// ten minutes later, or an erasure in between writes again.
func TestRememberCitizenWritesWhatChanged(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	start := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	remember := func(name string, at time.Time) helpdesk.Citizen {
		t.Helper()
		if err := db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 3, UserID: 3, FirstName: name, LastSeen: at}); err != nil {
			t.Fatal(err)
		}
		c, err := db.FindCitizen(ctx, 3)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if c := remember("Ani", start); !c.LastSeen.Equal(start) {
		t.Fatalf("first sight %+v", c)
	}
	if c := remember("Ani", start.Add(time.Minute)); !c.LastSeen.Equal(start) {
		t.Fatalf("a minute later last seen %v, want unchanged", c.LastSeen)
	}
	if c := remember("Ani Lestari", start.Add(2*time.Minute)); c.FirstName != "Ani Lestari" {
		t.Fatalf("renamed citizen still %q", c.FirstName)
	}
	if c := remember("Ani Lestari", start.Add(13*time.Minute)); !c.LastSeen.Equal(start.Add(13 * time.Minute)) {
		t.Fatalf("after ten minutes last seen %v, want updated", c.LastSeen)
	}
	if _, _, err := db.EraseCitizen(ctx, 3, 0); err != nil {
		t.Fatal(err)
	}
	if c := remember("Ani Lestari", start.Add(14*time.Minute)); !c.FirstSeen.Equal(start.Add(14 * time.Minute)) {
		t.Fatalf("after erasure %+v, want the citizen recorded anew", c)
	}
}
