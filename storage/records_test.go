package storage_test

import (
	"context"
	"errors"
	"testing"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// turns counts the conversation turns of a chat as a reader sees them.
func turns(t *testing.T, db *storage.DB, chat int64) int {
	t.Helper()
	ts, err := db.RecentTurns(context.Background(), chat, 10)
	if err != nil {
		t.Fatal(err)
	}
	return len(ts)
}

func storeUpdate(t *testing.T, db *storage.DB, updateID, chat int64) int64 {
	t.Helper()
	id, _, err := db.StoreUpdate(context.Background(), updateID, chat, []byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestCompleteUpdateWritesTheRecordsWithTheActions(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	id := storeUpdate(t, db, 1, 7)
	recs := helpdesk.Records{
		Citizens:      []helpdesk.Citizen{{ChatID: 7, UserID: 70, FirstName: "Sari"}},
		Announcements: []helpdesk.AnnouncementChoice{{ChatID: 7, On: true}},
		Turns: []helpdesk.ChatTurn{
			{ChatID: 7, UpdateID: 1, Turn: helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "syarat ktp"}},
			{ChatID: 7, UpdateID: 1, Turn: helpdesk.Turn{Role: helpdesk.RoleBot, Text: "KTP-el", ArticleIDs: []string{"ktp-baru"}}},
		},
		States: []helpdesk.ChatState{{ChatID: 7, State: []byte(`{"mode":"x"}`)}},
		Gaps:   []helpdesk.Gap{{ChatID: 7, UpdateID: 1, Query: "visa ke jepang"}},
	}
	if err := db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: 7, Text: "jawaban"}}, recs, ""); err != nil {
		t.Fatal(err)
	}
	if n := turns(t, db, 7); n != 2 {
		t.Fatalf("turns = %d, want 2", n)
	}
	if st, _ := db.LoadChatState(ctx, 7); string(st) != `{"mode":"x"}` {
		t.Fatalf("state = %s", st)
	}
	// The choice is written after the citizen it belongs to, who is new.
	c, err := db.FindCitizen(ctx, 7)
	if err != nil || c.FirstName != "Sari" || !c.Announcements {
		t.Fatalf("citizen = %+v, %v; want Sari, subscribed", c, err)
	}
	if pending, _ := db.PendingUpdates(ctx); len(pending) != 0 {
		t.Fatalf("pending = %d, want the update handled", len(pending))
	}
	// Completed again (another run of it): refused, nothing doubled.
	if err := db.CompleteUpdate(ctx, id, nil, recs, ""); !errors.Is(err, storage.ErrHandled) {
		t.Fatalf("second completion = %v, want ErrHandled", err)
	}
	if n := turns(t, db, 7); n != 2 {
		t.Fatalf("turns after a second completion = %d, want 2", n)
	}
}
