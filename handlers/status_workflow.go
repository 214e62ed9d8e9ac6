package handlers

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// workflow is the vocabulary in force (the built-in one without a file).
func (set Settings) workflow() *helpdesk.Workflow {
	if set.Workflow == nil {
		return helpdesk.BuiltinWorkflow()
	}
	return set.Workflow
}

// calendar counts working days in the office's zone, without its holidays.
func (set Settings) calendar() helpdesk.Calendar {
	return helpdesk.NewCalendar(set.Location, set.Holidays)
}

// statusInfo is how a status is explained: in the office's own words when
// its workflow names it, else in the built-in ones; a status no longer in
// force (an old history entry) keeps its stored label.
func (s *statusFlow) statusInfo(st helpdesk.Status) statusInfo {
	if d, ok := s.settings.workflow().Def(st); ok {
		icon := "📌"
		if d.Final {
			icon = "✅"
		}
		return statusInfo{icon: icon, label: msg{id: d.Name}, meaning: msg{id: esc(d.Meaning)}, next: msg{id: esc(d.Next)},
			noteFor: msg{id: "Catatan", en: "Note"}}
	}
	if info, ok := statusTexts[st]; ok {
		return info
	}
	return statusInfo{icon: "•", label: msg{id: string(st)}, noteFor: msg{id: "Catatan", en: "Note"}}
}

// statusLabel is the status as officers and citizens read it.
func (s *statusFlow) statusLabel(st helpdesk.Status, english bool) string {
	return s.statusInfo(st).label.in(english)
}

// OverdueApplication is an application past its service time standard.
type OverdueApplication struct {
	App         helpdesk.Application
	Due         time.Time // the due day, midnight in the office's zone
	DaysLate    int       // working days past it
	StandardDay int       // the standard, in working days
}

// PendingApplications lists applications that may be past their standard.
type PendingApplications interface {
	PendingApplications(ctx context.Context, final []helpdesk.Status, receivedBefore time.Time) ([]helpdesk.Application, error)
}

// OverdueApplications lists the applications past their service's time
// standard at now, the latest first. Each standard is at least its number
// of calendar days, so the store is asked only for applications received
// at least the shortest standard ago.
func OverdueApplications(ctx context.Context, store PendingApplications, wf *helpdesk.Workflow, cal helpdesk.Calendar, now time.Time) ([]OverdueApplication, error) {
	if !wf.HasStandards() {
		return nil, nil
	}
	apps, err := store.PendingApplications(ctx, wf.FinalStatuses(), now.AddDate(0, 0, -wf.MinServiceDays()))
	if err != nil {
		return nil, err
	}
	var out []OverdueApplication
	for _, a := range apps {
		if !wf.Overdue(a, cal, now) {
			continue
		}
		due, _ := wf.DueDate(a, cal)
		n, _ := wf.ServiceDays(a.Service)
		out = append(out, OverdueApplication{App: a, Due: due, DaysLate: cal.WorkingDaysLate(due, now), StandardDay: n})
	}
	return out, nil
}

// maxOverdueLines is how many overdue applications one list shows.
const maxOverdueLines = 50

// overdueHTML is the officers' list of overdue applications.
func (s *statusFlow) overdueHTML(list []OverdueApplication, head string) string {
	var b strings.Builder
	fmt.Fprintf(&b, head, len(list))
	for i, o := range list {
		if i == maxOverdueLines {
			fmt.Fprintf(&b, grpOverdueMore, len(list)-maxOverdueLines)
			break
		}
		fmt.Fprintf(&b, "\n⏰ <code>%s</code> · %s · %s — tenggat %s (%d hari kerja), lewat %d hari kerja",
			esc(o.App.TrackingNo), esc(o.App.Service), esc(s.statusLabel(o.App.Status, false)),
			dateOnly(o.Due), o.StandardDay, o.DaysLate)
	}
	return b.String()
}

// overdueCommand runs /terlambat (alias /overdue) in the officers' group.
func (s *statusFlow) overdueCommand(ctx context.Context, req Request) ([]outbox.Action, error) {
	if s.apps == nil {
		return []outbox.Action{groupNote(req, msgNotYet)}, nil
	}
	if !s.settings.workflow().HasStandards() {
		return []outbox.Action{groupNote(req, grpOverdueNoStandards)}, nil
	}
	list, err := OverdueApplications(ctx, s.apps, s.settings.workflow(), s.settings.calendar(), s.now())
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return []outbox.Action{groupNote(req, grpOverdueNone)}, nil
	}
	var acts []outbox.Action
	for _, part := range splitMessage(s.overdueHTML(list, grpOverdueHead)) {
		acts = append(acts, groupNote(req, part))
	}
	return acts, nil
}

// digestHour is the office-local hour from which the daily digest goes out.
const digestHour = 8

// overdueDigest posts the overdue list to the first officers' group once a
// working day, from digestHour on. The outbox source names the day, so the
// job may run as often as it likes (and in several processes): the digest
// is queued once.
func (s *statusFlow) overdueDigest(ctx context.Context) error {
	if len(s.settings.AgentChats) == 0 || !s.settings.workflow().HasStandards() || s.outbox == nil {
		return nil
	}
	cal := s.settings.calendar()
	now := s.now()
	local := now.In(cal.Loc)
	if !cal.WorkingDay(now) || local.Hour() < digestHour {
		return nil
	}
	list, err := OverdueApplications(ctx, s.apps, s.settings.workflow(), cal, now)
	if err != nil || len(list) == 0 {
		return err
	}
	chat := s.settings.AgentChats[0]
	var acts []outbox.Action
	for _, part := range splitMessage(s.overdueHTML(list, grpOverdueDigest)) {
		acts = append(acts, outbox.Action{Kind: outbox.Send, ChatID: chat, Text: part, Silent: true})
	}
	return s.outbox.Enqueue(ctx, fmt.Sprintf("overdue-digest:%d:%s", chat, local.Format("2006-01-02")), acts)
}

// dueLine is the status card's line on the service time standard, and
// whether the application is past it.
func (s *statusFlow) dueLine(a helpdesk.Application, english bool) (string, bool) {
	wf, cal := s.settings.workflow(), s.settings.calendar()
	due, ok := wf.DueDate(a, cal)
	if !ok || wf.Final(a.Status) {
		return "", false
	}
	n, _ := wf.ServiceDays(a.Service)
	if cal.Overdue(due, s.now()) {
		return fmt.Sprintf(msgStatusOverdue.in(english), dateOnly(due), n), true
	}
	return fmt.Sprintf(msgStatusDue.in(english), dateOnly(due), n), false
}

func dateOnly(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), monthsID[t.Month()-1], t.Year())
}

var (
	msgStatusDue = msg{
		id: "🗓️ Perkiraan selesai: <b>%s</b> (standar layanan %d hari kerja).",
		en: "🗓️ Expected by: <b>%s</b> (service standard: %d working days).",
	}
	msgStatusOverdue = msg{
		id: "⚠️ Mohon maaf, Kak, permohonan ini sudah melewati perkiraan selesainya (%s, standar layanan %d hari kerja). Kakak berhak menanyakannya ke petugas: ketik /petugas atau tekan tombol di bawah.",
		en: "⚠️ We are sorry: this application is past its expected date (%s, service standard: %d working days). You may ask an officer about it: type /petugas or press the button below.",
	}
	btnStatusAskOfficer = msg{id: "🙋 Tanyakan ke petugas", en: "🙋 Ask an officer"}
)

// Officers' group texts for the overdue list (Indonesian only).
const (
	grpOverdueHead        = "⏰ <b>%d permohonan melewati standar waktu layanan</b>"
	grpOverdueDigest      = "☀️ <b>Rekap harian:</b> %d permohonan melewati standar waktu layanan. Ketik /terlambat untuk daftar terbaru."
	grpOverdueMore        = "\n… dan %d lainnya. Ekspor lengkap: <code>helpdesk apps export FILE.csv</code>"
	grpOverdueNone        = "👍 Tidak ada permohonan yang melewati standar waktu layanan."
	grpOverdueNoStandards = "Standar waktu layanan belum diatur. Tambahkan <code>services:</code> (nama layanan dan <code>working_days</code>) di berkas <code>STATUS_WORKFLOW</code>."
)
