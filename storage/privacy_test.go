package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
)

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

	now = old.AddDate(1, 2, 0)
	db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 2, UserID: 2, FirstName: "Baru", LastSeen: now})
	db.AddTurn(ctx, 2, 3, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "kk hilang", At: now})
	open, _ := openCase(t, db, 2, 3, false)
	db.AddCaseMessage(ctx, helpdesk.CaseMessage{CaseID: open.ID, UpdateID: 4, From: helpdesk.FromCitizen, Text: "halo"})

	e, err := db.PurgeExpired(ctx, now.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if e.Turns != 1 || e.CaseMessages != 1 || e.Cases != 1 || e.Citizens != 1 {
		t.Fatalf("purged=%+v, want one of each", e)
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
	}
	e, err := db.EraseCitizen(ctx, 1)
	if err != nil || e.Citizens != 1 || e.Turns != 1 || e.CaseMessages != 1 || e.Cases != 1 {
		t.Fatalf("erased=%+v err=%v", e, err)
	}
	if pd, _ := db.PersonalData(ctx, 1); pd.Known || pd.Turns != 0 || len(pd.Cases) != 0 {
		t.Fatalf("erased citizen still has %+v", pd)
	}
	if pd, _ := db.PersonalData(ctx, 2); !pd.Known || pd.Turns != 1 || pd.CaseMessages != 1 {
		t.Fatalf("other citizen lost data: %+v", pd)
	}
}
