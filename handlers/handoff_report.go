package handlers

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// reportFlow answers /laporan: the service figures of the cases, and the
// applications past their time standard.
type reportFlow struct {
	cases    reportStore         // nil: no cases to count
	apps     PendingApplications // nil: no applications
	settings Settings
	now      func() time.Time
}

// reportStore computes the service figures.
type reportStore interface {
	Report(ctx context.Context, from, to time.Time, loc *time.Location) (helpdesk.Report, error)
}

// command answers /laporan [days] for admins: the service figures by day
// and by officer.
func (s *reportFlow) command(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	if !s.settings.isAdmin(req.From.ID) {
		return []outbox.Action{say(req, msgAdminsOnly.in(st.English))}, nil
	}
	if s.cases == nil {
		return []outbox.Action{say(req, msgNotYet)}, nil
	}
	days := 7
	if n, err := strconv.Atoi(strings.TrimSpace(req.Args)); err == nil && n > 0 && n <= 366 {
		days = n
	}
	loc := s.settings.Location
	now := s.now().In(loc)
	from := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, -(days - 1))
	rep, err := s.cases.Report(ctx, from, s.now().Add(time.Second), loc)
	if err != nil {
		return nil, err
	}
	html := ReportHTML(rep, days)
	if s.apps != nil && s.settings.workflow().HasStandards() {
		list, err := OverdueApplications(ctx, s.apps, s.settings.workflow(), s.settings.calendar(), s.now())
		if err != nil {
			return nil, err
		}
		html += fmt.Sprintf(msgReportOverdue, len(list))
	}
	return sayLong(req.Chat.ID, html, nil), nil
}

// msgReportOverdue closes /laporan when services have time standards.
const msgReportOverdue = "\n\n⏰ Permohonan melewati standar waktu layanan saat ini: <b>%d</b>"

// ReportHTML renders the figures for Telegram.
func ReportHTML(rep helpdesk.Report, days int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "📊 <b>Laporan layanan %d hari terakhir</b>\n\n<b>Total</b>\n%s\n", days, figuresLine(rep.Total, true))
	if len(rep.ByDay) > 0 {
		b.WriteString("\n<b>Per hari</b>\n")
		for _, f := range rep.ByDay {
			fmt.Fprintf(&b, "<b>%s</b>: %s\n", esc(f.Key), figuresLine(f, true))
		}
	}
	if len(rep.ByOfficer) > 0 {
		b.WriteString("\n<b>Per petugas</b>\n")
		for _, f := range rep.ByOfficer {
			fmt.Fprintf(&b, "<b>%s</b>: %s\n", esc(f.Key), figuresLine(f, false))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func figuresLine(f helpdesk.Figures, conversations bool) string {
	var parts []string
	if conversations {
		parts = append(parts, fmt.Sprintf("%d percakapan", f.Conversations),
			fmt.Sprintf("%.0f%% dijawab bot saja", 100*f.BotShare()),
			fmt.Sprintf("%d ke petugas", f.Handoffs))
		if f.Complaints > 0 {
			parts = append(parts, fmt.Sprintf("%d keluhan", f.Complaints))
		}
	} else {
		parts = append(parts, fmt.Sprintf("%d kasus", f.Handoffs))
	}
	parts = append(parts, "tunggu balasan median "+fmtDur(f.MedianWait, f.Waits),
		"selesai median "+fmtDur(f.MedianClose, f.Closed))
	if f.Ratings > 0 {
		parts = append(parts, fmt.Sprintf("nilai %.1f ± %.1f (%d)", f.AvgRating, f.RatingSD, f.Ratings))
	} else {
		parts = append(parts, "nilai –")
	}
	return strings.Join(parts, " · ")
}

// fmtDur is a median for people: "–" when there was nothing to measure.
func fmtDur(d time.Duration, n int) string {
	if n == 0 {
		return "–"
	}
	if d < time.Minute {
		return fmt.Sprintf("%d dtk", int(d.Seconds()))
	}
	return fmtAge(d)
}
