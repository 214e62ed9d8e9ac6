package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/internal/pipeline"
	"github.com/layananwarga/helpdesk/telegramtest"
)

// countRows counts rows of a table for a chat, straight from the database.
func countRows(t *testing.T, dsn, query string, args ...any) int {
	t.Helper()
	raw, err := rawOpen(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n int
	if err := raw.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestServeFloodFromOneChatIsBounded: 500 messages from one chat at once
// get a "pelan-pelan" once; the turns, gaps and replies they leave are
// bounded, every update is still recorded as handled, and another citizen
// is answered meanwhile.
func TestServeFloodFromOneChatIsBounded(t *testing.T) {
	tg := telegramtest.New(t)
	b := startBot(t, tg, map[string]string{"TELEGRAM_RATE_LIMITS": "off"}, nil)
	flooder := telegramtest.User{ID: 7171, FirstName: "Banjir"}
	start := time.Now()
	for i := 0; i < 500; i++ {
		tg.PrivateMessage(flooder, fmt.Sprintf("pertanyaan zzqx nomor %d", i), nil)
	}
	tg.PrivateMessage(citizen, "syarat bikin ktp baru apa aja min", nil)
	tg.Wait(20*time.Second, "the other citizen's answer", func() bool { return len(tg.Sent(citizen.ID)) >= 1 })
	db, err := openDSN(context.Background(), b.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tg.Wait(30*time.Second, "every update handled", func() bool {
		c, _ := db.UpdateCounts(context.Background())
		return tg.Pending() == 0 && c["pending"] == 0 && c["done"] >= 501
	})
	tg.Wait(20*time.Second, "the sender idle", func() bool { n, err := db.OutboxDepth(context.Background()); return err == nil && n == 0 })
	slow := 0
	for _, c := range tg.Sent(flooder.ID) {
		if strings.Contains(c.Text(), "Pelan-pelan") {
			slow++
		}
	}
	if slow != 1 {
		t.Fatalf("%d slow-down notes, want 1", slow)
	}
	// The burst of 30, plus one per 2 s while the 500 updates were handled.
	bound := 30 + int(time.Since(start)/(2*time.Second)) + 1
	turns := countRows(t, b.DSN, `SELECT COUNT(*) FROM turns WHERE chat_id = ? AND role = 'citizen'`, flooder.ID)
	gaps := countRows(t, b.DSN, `SELECT COUNT(*) FROM gaps WHERE chat_id = ?`, flooder.ID)
	replies := countRows(t, b.DSN, `SELECT COUNT(*) FROM outbox WHERE chat_id = ?`, flooder.ID)
	if turns > bound || gaps > bound || replies > 2*bound {
		t.Fatalf("500 messages left %d citizen turns, %d gaps, %d replies; want at most %d, %d, %d", turns, gaps, replies, bound, bound, 2*bound)
	}
	t.Logf("500 messages: %d citizen turns, %d gaps, %d replies", turns, gaps, replies)
}

// TestServeChattyCaseDoesNotHoldBackANewCase: while one citizen's photos
// (which cannot be merged) fill the officers' group's budget, the next
// citizen's new case reaches the group next, not after them.
func TestServeChattyCaseDoesNotHoldBackANewCase(t *testing.T) {
	tg := telegramtest.New(t)
	tg.GroupLimit = telegramtest.Limit{N: 4, Per: 900 * time.Millisecond}
	tg.SetMember(officersGroup, officerAndi.ID, "member")
	opts := &pipeline.Options{Sender: pipeline.SenderOptions{
		Group:  pipeline.Limit{N: 4, Per: time.Second},
		Global: pipeline.Limit{N: 1000, Per: time.Second},
	}}
	b := startBot(t, tg, map[string]string{"AGENT_CHAT_ID": strconv.FormatInt(officersGroup, 10)}, opts)
	tg.PrivateMessage(citizen, "/petugas", nil)
	waitCall(t, tg, "sendMessage", "the first summary", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "Kasus #1")
	})
	const photos = 24
	for i := 0; i < photos; i++ {
		tg.PrivateMessage(citizen, "", photo(fmt.Sprintf("ph-%d", i)))
	}
	// Sari asks once all of Budi's photos wait in the group's queue.
	tg.Wait(10*time.Second, "Budi's photos queued", func() bool {
		return tg.Pending() == 0 && countRows(t, b.DSN, `SELECT COUNT(*) FROM updates WHERE state = 'pending'`) == 0
	})
	tg.PrivateMessage(citizenSari, "/petugas", nil)
	sum := waitCall(t, tg, "sendMessage", "the second summary", func(c telegramtest.Call) bool {
		return c.ChatID() == officersGroup && strings.Contains(c.Text(), "Kasus #2")
	})
	tg.Wait(30*time.Second, "all of Budi's photos", func() bool { return len(copiesTo(tg, officersGroup)) == photos })
	before := 0
	for _, c := range copiesTo(tg, officersGroup) {
		if c.At.Before(sum.At) {
			before++
		}
	}
	// The photos sent before the second case was queued (one window's
	// worth) may go first; the rest must wait.
	if before > 6 {
		t.Fatalf("%d of %d photos went to the group before the new case's summary, want the new case first", before, photos)
	}
	t.Logf("%d of %d photos before the new case's summary", before, photos)
}
