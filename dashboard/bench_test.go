package dashboard

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
)

// BenchmarkPages builds each page over 30 days of 200 questions a day
// (6,000 questions, a fifth of them gaps) and 10 cases a day.
func BenchmarkPages(b *testing.B) {
	f := newFixture(b, "")
	ctx := context.Background()
	chat := int64(0)
	for d := 0; d < 30; d++ {
		at := f.start.AddDate(0, 0, -d)
		for q := 0; q < 200; q++ {
			chat++
			at := at.Add(-time.Duration(q) * time.Minute)
			if err := f.db.AddTurn(ctx, chat, chat, helpdesk.Turn{Role: helpdesk.RoleCitizen, Text: "syarat ktp", At: at}); err != nil {
				b.Fatal(err)
			}
			if q%5 == 0 {
				if err := f.db.RecordGap(ctx, helpdesk.Gap{ChatID: chat, UpdateID: chat, Query: fmt.Sprint("izin usaha ", q%17), At: at}); err != nil {
					b.Fatal(err)
				}
				continue
			}
			if err := f.db.AddTurn(ctx, chat, chat, helpdesk.Turn{Role: helpdesk.RoleBot, Text: "KTP", ArticleIDs: []string{fmt.Sprint("a", q%23)}, At: at}); err != nil {
				b.Fatal(err)
			}
		}
		f.db.Now = func() time.Time { return at }
		for c := 0; c < 10; c++ {
			cs, _, err := f.db.OpenCase(ctx, helpdesk.Case{CitizenChat: int64(1_000_000 + d*100 + c), CitizenName: "Warga"}, []int64{-100})
			if err != nil {
				b.Fatal(err)
			}
			if _, _, err := f.db.CloseCase(ctx, cs.ID, 5, 0); err != nil {
				b.Fatal(err)
			}
		}
	}
	f.db.Now = f.clk.Now
	for _, p := range pages {
		b.Run(p.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := p.build(f.dash, ctx, p.Default); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
