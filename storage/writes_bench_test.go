package storage_test

import (
	"context"
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
	"github.com/layananwarga/helpdesk/storage"
)

// BenchmarkUpdateWrites runs what one answered message writes, from many
// goroutines at once as the dispatcher and sender do, so that group commits
// form: the update stored (in batches of 100, as the intake does), the
// citizen, two turns and the chat state recorded in the update's unit, the
// completion with a 2.5 KB reply, and the reply's delivery mark.
//
//	go test ./storage -run '^$' -bench UpdateWrites -benchmem
func BenchmarkUpdateWrites(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	reply := strings.Repeat("Syarat KTP-el: fotokopi KK, surat pengantar RT/RW. ", 50)
	ids := make(chan int64, 1024)
	go func() { // the intake
		defer close(ids)
		for stored := 0; stored < b.N; {
			n := min(100, b.N-stored)
			batch := make([]storage.Update, n)
			for i := range batch {
				uid := int64(stored + i + 1)
				batch[i] = storage.Update{UpdateID: uid, ChatID: 1000 + uid%500, Payload: []byte(`{"update_id":1,"message":{"text":"syarat ktp"}}`)}
			}
			res, err := db.StoreUpdates(ctx, batch)
			if err != nil {
				b.Error(err)
				return
			}
			for _, r := range res {
				ids <- r.ID
			}
			stored += n
		}
	}()
	// The feed runs on the writer and must not block.
	delivered := make(chan int64, b.N)
	db.FeedOutbox(func(items []storage.OutboxItem) {
		for _, it := range items {
			delivered <- it.ID
		}
	})
	done := make(chan struct{})
	go func() { // the sender
		defer close(done)
		sem := make(chan struct{}, 16)
		for n := 0; n < b.N; n++ {
			id := <-delivered
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				if err := db.MarkSent(ctx, id, 1, nil); err != nil {
					b.Error(err)
				}
			}()
		}
		for range cap(sem) {
			sem <- struct{}{}
		}
	}()
	b.ReportAllocs()
	b.SetParallelism(16)
	b.RunParallel(func(pb *testing.PB) { // the dispatcher's workers
		for pb.Next() {
			id := <-ids
			chat := 1000 + id%500
			recs := helpdesk.Records{
				Citizens: []helpdesk.Citizen{{ChatID: chat, UserID: chat, FirstName: "Warga"}},
				Turns: []helpdesk.ChatTurn{
					{ChatID: chat, UpdateID: id, Turn: helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "syarat ktp"}},
					{ChatID: chat, UpdateID: id, Turn: helpdesk.Turn{Role: helpdesk.RoleBot, Text: "KTP-el", ArticleIDs: []string{"ktp-el"}}},
				},
				States: []helpdesk.ChatState{{ChatID: chat, State: []byte(`{"last":["ktp-el"],"q":"syarat ktp"}`)}},
			}
			if err := db.CompleteUpdate(ctx, id, []outbox.Action{{Kind: outbox.Send, ChatID: chat, Text: reply}}, recs, ""); err != nil {
				b.Error(err)
			}
		}
	})
	<-done
}
