package handlers

import (
	"context"
	"fmt"
	"time"

	"github.com/layananwarga/helpdesk/outbox"
)

// DashboardLinks issues one-time sign-in links to the dashboard.
type DashboardLinks interface {
	// SignInLink returns a new link for the admin userID and how long it
	// stays valid.
	SignInLink(ctx context.Context, userID int64) (string, time.Duration, error)
}

var (
	msgDashboardLink = msg{
		id: "🔐 <b>Tautan masuk dasbor</b>\n\n%s\n\nTautan ini khusus untuk Anda: berlaku %d menit dan hanya bisa dipakai sekali. Jangan diteruskan ke orang lain. Minta tautan baru kapan saja dengan /dasbor.",
		en: "🔐 <b>Dashboard sign-in link</b>\n\n%s\n\nThis link is for you only: it works for %d minutes and only once. Do not forward it. Ask for a new one any time with /dasbor.",
	}
	msgDashboardOff = msg{
		id: "Dasbor belum aktif. Untuk mengaktifkannya, setel <code>HTTP_ADDR</code> (alamat yang didengar bot, mis. <code>:8080</code>) dan <code>PUBLIC_URL</code> (alamat yang dibuka browser, mis. <code>https://layanan.example.go.id</code>), lalu jalankan ulang bot.",
		en: "The dashboard is off. To turn it on, set <code>HTTP_ADDR</code> (where the bot listens, e.g. <code>:8080</code>) and <code>PUBLIC_URL</code> (the address browsers open, e.g. <code>https://layanan.example.go.id</code>), then restart the bot.",
	}
)

// dashboardCommand answers /dasbor for admins with a one-time sign-in link;
// others are refused and get no link.
func (s *adminFlow) dashboardCommand(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	if !s.settings.isAdmin(req.From.ID) {
		return s.audit.refuse(ctx, req, st, "/"+req.Command), nil
	}
	if s.dashboard == nil {
		return []outbox.Action{say(req, msgDashboardOff.in(st.English))}, nil
	}
	link, ttl, err := s.dashboard.SignInLink(ctx, req.From.ID)
	if err != nil {
		return nil, fmt.Errorf("dashboard link: %w", err)
	}
	s.audit.record(ctx, req, "/dasbor", true, "")
	text := fmt.Sprintf(msgDashboardLink.in(st.English), esc(link), int(ttl.Round(time.Minute)/time.Minute))
	return []outbox.Action{say(req, text)}, nil
}
