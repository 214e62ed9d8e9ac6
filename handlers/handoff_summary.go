package handlers

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// topicActions open a case in its group: the topic (when the group has
// topics) and the summary.
func (s *topicFlow) topicActions(ctx context.Context, rec *helpdesk.Records, c helpdesk.Case, recreated bool) ([]outbox.Action, error) {
	var acts []outbox.Action
	if c.Topic == helpdesk.TopicPending {
		acts = append(acts, outbox.Action{Kind: outbox.CreateTopic, ChatID: c.GroupChat, CaseID: c.ID, TopicName: topicName(c, "")})
	}
	sum, err := s.caseSummary(ctx, rec, c, recreated)
	if err != nil {
		return nil, err
	}
	return append(acts, sum), nil
}

// caseSummary is the first message of a case's topic: who the citizen is,
// what they asked the bot and what it showed them, so that an officer can
// act without scrolling. A recreated topic also gets the latest messages.
// rec is what the request being handled recorded (nil: nothing), so that a
// case opened by a citizen's first message shows who they are.
func (s *topicFlow) caseSummary(ctx context.Context, rec *helpdesk.Records, c helpdesk.Case, recreated bool) (outbox.Action, error) {
	loc := s.settings.Location
	var b strings.Builder
	if recreated {
		b.WriteString(grpRecreated + "\n\n")
	}
	fmt.Fprintf(&b, "📋 <b>Kasus #%d</b>", c.ID)
	if c.Complaint {
		b.WriteString(" · 📣 <b>KELUHAN</b>")
	}
	if c.Priority {
		b.WriteString(" · 🔴 <b>PRIORITAS</b>")
	}
	fmt.Fprintf(&b, "\n📝 %s\n", esc(c.Subject))

	cit, err := findCitizen(ctx, s.chats, rec, c.CitizenChat)
	if err != nil && !errors.Is(err, helpdesk.ErrNotFound) {
		return outbox.Action{}, err
	}
	who := strings.TrimSpace(cit.FirstName + " " + cit.LastName)
	if who == "" {
		who = c.CitizenName
	}
	fmt.Fprintf(&b, "👤 <b>%s</b>", esc(who))
	if cit.Username != "" {
		fmt.Fprintf(&b, " (@%s)", esc(cit.Username))
	}
	lang := cit.LanguageCode
	if lang == "" {
		lang = "?"
	}
	fmt.Fprintf(&b, " · bahasa: %s\n🕐 dibuka %s\n", esc(lang), caseTime(c.CreatedAt, loc))

	turns, err := recentTurns(ctx, s.chats, rec, c.CitizenChat, 8)
	if err != nil {
		return outbox.Action{}, err
	}
	var shown []string
	seen := map[string]bool{}
	if len(turns) > 0 {
		b.WriteString("\n<b>Percakapan terakhir dengan bot:</b>\n")
		for _, t := range turns {
			icon := "👤"
			if t.Role != helpdesk.RoleCitizen {
				icon = "🤖"
			}
			fmt.Fprintf(&b, "%s %s\n", icon, esc(truncate(oneLine(t.Text), 200)))
			for _, id := range t.ArticleIDs {
				if a, ok := s.kb.Get(id); ok && !seen[id] {
					seen[id] = true
					shown = append(shown, fmt.Sprintf("%s (<code>%s</code>)", esc(a.Title), esc(a.ID)))
				}
			}
		}
	} else {
		b.WriteString("\n<i>Belum ada percakapan dengan bot.</i>\n")
	}
	if len(shown) > 0 {
		b.WriteString("\n<b>Artikel yang ditampilkan:</b>\n• " + strings.Join(shown, "\n• ") + "\n")
	}
	if apps := s.linkedApplications(ctx, c.CitizenChat); len(apps) > 0 {
		b.WriteString("\n<b>Permohonan terkait:</b>\n• " + strings.Join(apps, "\n• ") + "\n")
	}
	if recreated {
		msgs, err := s.cases.CaseMessages(ctx, c.ID)
		if err != nil {
			return outbox.Action{}, err
		}
		if len(msgs) > 0 {
			b.WriteString("\n<b>Pesan terakhir dalam kasus ini:</b>\n")
			for _, m := range msgs[max(0, len(msgs)-6):] {
				icon, text := "👤", m.Text
				if m.From == helpdesk.FromOfficer {
					icon = "👮 " + esc(m.OfficerName) + ":"
				}
				if m.MediaKind != "" {
					text = "[" + m.MediaKind + "] " + text
				}
				fmt.Fprintf(&b, "%s %s\n", icon, esc(truncate(oneLine(text), 200)))
			}
		}
	}
	if c.ClaimedName != "" {
		fmt.Fprintf(&b, "\n👮 Ditangani: <b>%s</b>\n", esc(c.ClaimedName))
	}
	if c.State == helpdesk.CaseClosed {
		fmt.Fprintf(&b, "\n✅ <b>Ditutup</b> %s", caseTime(c.ClosedAt, loc))
	} else {
		b.WriteString("\n" + hintTopic)
	}
	text := b.String()
	if runeLen(text) > 3900 {
		text = string([]rune(text)[:3900]) + "…"
	}
	row := []outbox.Button{{Text: btnClose, Data: fmt.Sprintf("case:close:%d", c.ID)}}
	if c.State == helpdesk.CaseWaiting {
		row = append([]outbox.Button{{Text: btnClaim, Data: fmt.Sprintf("case:claim:%d", c.ID)}}, row...)
	}
	a := outbox.Action{Kind: outbox.Send, ChatID: c.GroupChat, CaseID: c.ID, Text: text, Ref: caseRef(c.ID, "summary")}
	if c.Open() {
		a.Buttons = [][]outbox.Button{row}
	}
	return a, nil
}

// linkedApplications lists the applications the citizen verified with
// their code and follows, for the summary.
func (s *topicFlow) linkedApplications(ctx context.Context, chat int64) []string {
	if s.apps == nil {
		return nil
	}
	apps, err := s.apps.Subscriptions(ctx, chat)
	if err != nil {
		s.log.Warn("linked applications", "err", err)
		return nil
	}
	out := make([]string, 0, len(apps))
	for _, a := range apps {
		line := fmt.Sprintf("<code>%s</code> · %s · <b>%s</b>", esc(a.TrackingNo), esc(a.Service), esc(string(a.Status)))
		if a.Note != "" {
			line += " (" + esc(truncate(a.Note, 80)) + ")"
		}
		out = append(out, line)
	}
	return out
}

var (
	idMonths = []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	idDays   = []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
)

// caseTime is "27 Nov 2026 08.15 WIB".
func caseTime(t time.Time, loc *time.Location) string {
	l := t.In(loc)
	return fmt.Sprintf("%d %s %d %02d.%02d %s", l.Day(), idMonths[l.Month()-1], l.Year(), l.Hour(), l.Minute(), l.Format("MST"))
}

// fmtWhen is "Senin, 30 Nov pukul 08.00 WIB" (or its English form).
func fmtWhen(t time.Time, loc *time.Location, english bool) string {
	l := t.In(loc)
	if english {
		return l.Format("Monday, 2 Jan at 15:04 MST")
	}
	return fmt.Sprintf("%s, %d %s pukul %02d.%02d %s", idDays[l.Weekday()], l.Day(), idMonths[l.Month()-1], l.Hour(), l.Minute(), l.Format("MST"))
}

// fmtAge is "3 j 5 mnt" or "12 mnt".
func fmtAge(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	switch {
	case m < 60:
		return fmt.Sprintf("%d mnt", m)
	case m < 48*60:
		return fmt.Sprintf("%d j %d mnt", m/60, m%60)
	}
	return fmt.Sprintf("%d hari", m/(24*60))
}
