package storage_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

func TestGapItemsAndMarks(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	for i, q := range []string{"syarat izin keramaian", "cara urus izin keramaian"} {
		if err := db.RecordGap(ctx, helpdesk.Gap{ChatID: 10, UpdateID: int64(i + 1), Query: q, TopIDs: []string{"skck"}, At: at.Add(time.Duration(i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.RecordFeedback(ctx, helpdesk.Feedback{ChatID: 11, UpdateID: 3, Query: "izin keramaian", ArticleIDs: []string{"skck"}, Vote: -1, At: at.Add(3 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordFeedback(ctx, helpdesk.Feedback{ChatID: 11, UpdateID: 4, Query: "ktp", ArticleIDs: []string{"ktp-el-baru"}, Vote: 1, At: at}); err != nil {
		t.Fatal(err)
	}
	items, err := db.ListGapItems(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("items=%d, want 3 (two gaps, one downvote; the upvote left out)", len(items))
	}
	if items[0].Kind != helpdesk.GapUnanswered || items[2].Kind != helpdesk.GapDownvote || items[2].ArticleIDs[0] != "skck" {
		t.Fatalf("items=%+v, want gaps first then the downvote", items)
	}
	m, err := db.MarkGapsHandled(ctx, helpdesk.GapMark{ArticleID: "izin-hajatan-uji", Label: "izin keramaian", By: "tg:1"},
		[]helpdesk.GapRef{{Kind: items[0].Kind, ID: items[0].ID}, {Kind: items[2].Kind, ID: items[2].ID}})
	if err != nil || m.Items != 2 {
		t.Fatalf("mark=%+v err=%v, want 2 items", m, err)
	}
	if _, err := db.MarkGapsHandled(ctx, helpdesk.GapMark{ArticleID: "x", By: "tg:1"}, []helpdesk.GapRef{{Kind: items[0].Kind, ID: items[0].ID}}); !errors.Is(err, helpdesk.ErrConflict) {
		t.Fatalf("second mark err=%v, want ErrConflict", err)
	}
	items, _ = db.ListGapItems(ctx, 0)
	if len(items) != 1 || items[0].Query != "cara urus izin keramaian" {
		t.Fatalf("after mark items=%+v, want the one unmarked gap", items)
	}
	marks, err := db.ListGapMarks(ctx, 10)
	if err != nil || len(marks) != 1 || marks[0].ArticleID != "izin-hajatan-uji" {
		t.Fatalf("marks=%+v err=%v", marks, err)
	}
}

func TestAnnouncementReachesOnlyOptedIn(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	for _, c := range []int64{1, 2, 3} {
		if err := db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: c, UserID: c}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetAnnouncements(ctx, 1, true); err != nil {
		t.Fatal(err)
	}
	if err := db.SetAnnouncements(ctx, 3, true); err != nil {
		t.Fatal(err)
	}
	if err := db.SetAnnouncements(ctx, 3, false); err != nil {
		t.Fatal(err)
	}
	if err := db.SetAnnouncements(ctx, 99, true); !errors.Is(err, helpdesk.ErrNotFound) {
		t.Fatalf("unknown citizen err=%v, want ErrNotFound", err)
	}
	// Remembering a citizen again keeps the choice.
	if err := db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: 1, UserID: 1, FirstName: "Ani"}); err != nil {
		t.Fatal(err)
	}
	a, err := db.CreateAnnouncement(ctx, "Kantor tutup", "tg:7", 50)
	if err != nil || a.State != helpdesk.AnnouncementDraft {
		t.Fatalf("create=%+v err=%v", a, err)
	}
	again, err := db.CreateAnnouncement(ctx, "Kantor tutup", "tg:7", 50)
	if err != nil || again.ID != a.ID {
		t.Fatalf("re-run created id=%d err=%v, want %d", again.ID, err, a.ID)
	}
	if _, err := db.StartAnnouncement(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.StartAnnouncement(ctx, a.ID); !errors.Is(err, helpdesk.ErrConflict) {
		t.Fatalf("second start err=%v, want ErrConflict", err)
	}
	if err := db.CancelAnnouncement(ctx, a.ID); !errors.Is(err, helpdesk.ErrConflict) {
		t.Fatalf("cancel while sending err=%v, want ErrConflict", err)
	}
	// Two more citizens opt in: batches of two go out in chat order.
	for _, c := range []int64{4, 5} {
		if err := db.RememberCitizen(ctx, helpdesk.Citizen{ChatID: c, UserID: c}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetAnnouncements(ctx, c, true); err != nil {
			t.Fatal(err)
		}
	}
	msg := outbox.Action{Kind: outbox.Send, Text: "Kantor tutup"}
	n, done, err := db.EnqueueAnnouncementBatch(ctx, a.ID, 2, msg)
	if err != nil || n != 2 || done {
		t.Fatalf("first batch n=%d done=%v err=%v, want 2 and more to come", n, done, err)
	}
	n, done, err = db.EnqueueAnnouncementBatch(ctx, a.ID, 2, msg)
	if err != nil || n != 1 || !done {
		t.Fatalf("second batch n=%d done=%v err=%v, want the last one", n, done, err)
	}
	if n, done, err := db.EnqueueAnnouncementBatch(ctx, a.ID, 2, msg); err != nil || n != 0 || !done {
		t.Fatalf("after done n=%d done=%v err=%v, want nothing", n, done, err)
	}
	sent, _ := db.FindAnnouncement(ctx, a.ID)
	if sent.State != helpdesk.AnnouncementSent || sent.Recipients != 3 || sent.SentAt.IsZero() {
		t.Fatalf("announcement=%+v, want sent to 3", sent)
	}
	if list, _ := db.SendingAnnouncements(ctx); len(list) != 0 {
		t.Fatalf("still sending: %+v", list)
	}
	items, err := db.PendingOutbox(ctx, 0, 10)
	var chats []int64
	for _, it := range items {
		chats = append(chats, it.ChatID)
	}
	if err != nil || fmt.Sprint(chats) != "[1 4 5]" || items[0].Source != "announce:1:0" || items[2].Source != "announce:1:1" {
		t.Fatalf("outbox chats=%v items=%+v err=%v, want 1, 4, 5 in two batches", chats, items, err)
	}
	st, err := db.AnnouncementStats(ctx, a.ID)
	if err != nil || st.Pending != 3 {
		t.Fatalf("stats=%+v err=%v", st, err)
	}
	if list, err := db.ListAnnouncements(ctx, 5); err != nil || len(list) != 1 {
		t.Fatalf("list=%+v err=%v", list, err)
	}
	if err := db.SetAnnouncements(ctx, 4, false); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.CountSubscribers(ctx); n != 2 {
		t.Fatalf("subscribers=%d, want 2", n)
	}
}

func TestAdminAudit(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	if err := db.RecordAdminAttempt(ctx, helpdesk.AdminAttempt{UserID: 5, ChatID: 5, Action: "kb", Detail: "/kb"}); err != nil {
		t.Fatal(err)
	}
	got, err := db.ListAdminAttempts(ctx, 5)
	if err != nil || len(got) != 1 || got[0].Allowed || got[0].Action != "kb" {
		t.Fatalf("audit=%+v err=%v", got, err)
	}
	if n, err := db.PurgeAdminAttempts(ctx, got[0].At); err != nil || n != 0 {
		t.Fatalf("purge before the entry removed %d err=%v, want 0", n, err)
	}
	if n, err := db.PurgeAdminAttempts(ctx, got[0].At.Add(time.Second)); err != nil || n != 1 {
		t.Fatalf("purge after the entry removed %d err=%v, want 1", n, err)
	}
}
