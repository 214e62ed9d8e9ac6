package main

import (
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// waitQuiet waits until the bot has nothing left to do: Telegram has no
// update the bot has not confirmed, and one snapshot of its database (a
// SQLite file or a PostgreSQL URL) holds no update or event to handle, no
// reply to send and no announcement still being enqueued. Work comes only
// from those, so a negative assertion made after it ("exactly one reply",
// "nobody else got it") cannot be passed by a reply that is merely late.
// Periodic jobs are outside it: see waitJobRun.
func waitQuiet(t *testing.T, tg *telegramtest.Server, dsn string) {
	t.Helper()
	db := openRaw(t, dsn)
	tg.Wait(60*time.Second, "the bot to have nothing left to do", func() bool {
		if tg.Pending() > 0 {
			return false
		}
		var busy int
		err := db.QueryRow(`SELECT
			(SELECT COUNT(*) FROM updates WHERE state = 'pending') +
			(SELECT COUNT(*) FROM outbox WHERE state = 'pending') +
			(SELECT COUNT(*) FROM announcements WHERE state = 'sending')`).Scan(&busy)
		return err == nil && busy == 0
	})
}

// waitJobRun waits until the periodic job has run to the end after this
// call, so that whatever it would do wrongly (a duplicate notice) is done.
func waitJobRun(t *testing.T, tg *telegramtest.Server, dsn, job string) {
	t.Helper()
	db := openRaw(t, dsn)
	var since int64
	if err := db.QueryRow(`SELECT COALESCE(MAX(id), 0) FROM updates`).Scan(&since); err != nil {
		t.Fatal(err)
	}
	tg.Wait(30*time.Second, "a run of "+job, func() bool {
		var n int
		err := db.QueryRow(`SELECT COUNT(*) FROM updates WHERE event_key = ? AND id > ? AND state != 'pending'`,
			"tick:"+job, since).Scan(&n)
		return err == nil && n > 0
	})
}
