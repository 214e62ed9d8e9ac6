package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/outbox"
)

// privacyFlow shows a citizen what is kept about them and erases it on
// request, and removes personal data past the retention period.
type privacyFlow struct {
	cases    privacyStore // nil: nothing is kept beyond the chat
	settings Settings
	log      *slog.Logger
	now      func() time.Time
}

// privacyStore is what the privacy flow needs of the store.
type privacyStore interface {
	FindOpenCase(ctx context.Context, citizenChat int64) (helpdesk.Case, error)
	PersonalData(ctx context.Context, chat int64) (helpdesk.PersonalData, error)
	EraseCitizen(ctx context.Context, chat, update int64) (helpdesk.Erased, []helpdesk.Case, error)
	PurgeExpired(ctx context.Context, before time.Time) (helpdesk.Erased, error)
}

func (s *privacyFlow) jobs() []Job {
	if s.cases == nil {
		return nil
	}
	return []Job{{Name: "retention", Every: time.Hour, Run: s.purgeExpired}}
}

// command answers /datasaya (what is stored) and /hapusdata (delete it,
// after a confirmation).
func (s *privacyFlow) command(ctx context.Context, req Request, st *ChatState) ([]outbox.Action, error) {
	if s.cases == nil {
		return []outbox.Action{say(req, msgNotYet)}, nil
	}
	if req.Command == "hapusdata" || req.Command == "deletemydata" {
		if _, err := s.cases.FindOpenCase(ctx, req.Chat.ID); err == nil {
			return []outbox.Action{say(req, msgEraseOpen.in(st.English))}, nil
		} else if !errors.Is(err, helpdesk.ErrNotFound) {
			return nil, err
		}
		st.SetMode("case:erase", nil, s.now())
		return []outbox.Action{{Kind: outbox.Send, ChatID: req.Chat.ID, Text: msgEraseAsk.in(st.English),
			Buttons: [][]outbox.Button{{{Text: btnEraseYes.in(st.English), Data: "case:erase"}, {Text: btnEraseNo.in(st.English), Data: "case:keep"}}}}}, nil
	}
	pd, err := s.cases.PersonalData(ctx, req.Chat.ID)
	if err != nil {
		return nil, err
	}
	// What this very message recorded of the citizen is kept too.
	if c, ok := req.rec.Citizen(req.Chat.ID, pd.Citizen); ok {
		pd.Citizen, pd.Known = c, true
	}
	days := int(s.settings.Retention / (24 * time.Hour))
	return sayLong(req.Chat.ID, fmt.Sprintf(msgMyData.in(st.English), s.personalLines(pd, st.English), days), nil), nil
}

func (s *privacyFlow) personalLines(pd helpdesk.PersonalData, english bool) string {
	if !pd.Known && pd.Turns == 0 && len(pd.Cases) == 0 && pd.Subscriptions == 0 && len(pd.Checked) == 0 {
		return msgMyDataNone.in(english)
	}
	loc := s.settings.Location
	var b strings.Builder
	c := pd.Citizen
	label := func(id, en string) string {
		if english {
			return en
		}
		return id
	}
	if pd.Known {
		fmt.Fprintf(&b, "• %s: %s\n", label("Nama", "Name"), esc(strings.TrimSpace(c.FirstName+" "+c.LastName)))
		if c.Username != "" {
			fmt.Fprintf(&b, "• Username: @%s\n", esc(c.Username))
		}
		fmt.Fprintf(&b, "• %s: %d\n", label("ID Telegram", "Telegram ID"), c.UserID)
		if c.LanguageCode != "" {
			fmt.Fprintf(&b, "• %s: %s\n", label("Bahasa", "Language"), esc(c.LanguageCode))
		}
		fmt.Fprintf(&b, "• %s: %s\n", label("Pertama kali menghubungi", "First contact"), caseTime(c.FirstSeen, loc))
		fmt.Fprintf(&b, "• %s: %s\n", label("Terakhir menghubungi", "Last contact"), caseTime(c.LastSeen, loc))
		yes := label("tidak", "no")
		if c.Announcements {
			yes = label("ya", "yes")
		}
		fmt.Fprintf(&b, "• %s: %s\n", label("Menerima pengumuman", "Receives announcements"), yes)
	}
	fmt.Fprintf(&b, "• %s: %d\n", label("Pesan percakapan dengan bot", "Messages with the bot"), pd.Turns)
	if pd.Gaps > 0 || pd.Feedback > 0 {
		fmt.Fprintf(&b, "• %s: %d, %s: %d\n", label("Pertanyaan yang belum terjawab", "Unanswered questions"), pd.Gaps,
			label("penilaian jawaban", "answer ratings"), pd.Feedback)
	}
	if pd.Subscriptions > 0 {
		fmt.Fprintf(&b, "• %s: %d\n", label("Permohonan yang Kakak ikuti statusnya", "Applications you follow"), pd.Subscriptions)
	}
	if len(pd.Checked) > 0 {
		nos := make([]string, len(pd.Checked))
		for i, no := range pd.Checked {
			nos[i] = "<code>" + esc(no) + "</code>"
		}
		fmt.Fprintf(&b, "• %s: %s\n", label("Nomor permohonan yang Kakak cek", "Application numbers you checked"), strings.Join(nos, ", "))
	}
	if len(pd.Cases) > 0 {
		fmt.Fprintf(&b, "• %s: %d (%s: %d)\n", label("Kasus dengan petugas", "Cases with officers"), len(pd.Cases),
			label("pesan dalam transkrip", "transcript messages"), pd.CaseMessages)
		for _, k := range pd.Cases {
			line := fmt.Sprintf("   #%d · %s · %s", k.ID, esc(k.Subject), caseTime(k.CreatedAt, loc))
			if k.Rating > 0 {
				line += " · " + strings.Repeat("⭐", k.Rating)
			}
			b.WriteString(line + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// eraseConfirmed runs the deletion the citizen confirmed with a button.
// The button counts only right after /hapusdata asked for it.
func (s *privacyFlow) eraseConfirmed(ctx context.Context, req Request, st *ChatState, erase bool) ([]outbox.Action, error) {
	asked := st.Mode == "case:erase" && s.now().Sub(st.ModeSince) < 15*time.Minute
	st.ClearMode()
	if !asked {
		return []outbox.Action{ack(req, msgGone.in(st.English))}, nil
	}
	if !erase {
		return []outbox.Action{ack(req, ""), say(req, msgEraseKept.in(st.English))}, nil
	}
	if _, err := s.cases.FindOpenCase(ctx, req.Chat.ID); err == nil {
		return []outbox.Action{ack(req, ""), say(req, msgEraseOpen.in(st.English))}, nil
	} else if !errors.Is(err, helpdesk.ErrNotFound) {
		return nil, err
	}
	_, cases, err := s.cases.EraseCitizen(ctx, req.Chat.ID, req.UpdateID)
	if err != nil {
		return nil, err
	}
	// Nothing this request recorded of the citizen may outlive the erasure.
	req.rec.Forget(req.Chat.ID)
	english := st.English
	*st = ChatState{English: english}
	topics := msgErasedTopicKept.in(english)
	if s.settings.EraseDeletesTopic {
		topics = msgErasedTopicGone.in(english)
	}
	if len(cases) == 0 {
		topics = ""
	}
	done := strings.ReplaceAll(fmt.Sprintf(msgErased.in(english), topics), " \n", "\n")
	acts := []outbox.Action{ack(req, "")}
	if req.Callback.MessageID != 0 {
		acts = append(acts, outbox.Action{Kind: outbox.Edit, ChatID: req.Chat.ID, MessageID: req.Callback.MessageID, Text: done})
	} else {
		acts = append(acts, say(req, done))
	}
	return append(acts, s.redactCases(cases)...), nil
}

// redactCases replaces what the officers' group shows of erased cases: the
// summary becomes a note that the data was erased, and the topic is
// renamed, or deleted with all its messages when the office chose so.
func (s *privacyFlow) redactCases(cases []helpdesk.Case) []outbox.Action {
	var acts []outbox.Action
	for _, c := range cases {
		forum := c.Topic == helpdesk.TopicForum && c.ThreadID != 0
		if forum && s.settings.EraseDeletesTopic {
			acts = append(acts, outbox.Action{Kind: outbox.DeleteTopic, ChatID: c.GroupChat, CaseID: c.ID})
			continue
		}
		if c.SummaryMsg != 0 {
			acts = append(acts, outbox.Action{Kind: outbox.Edit, ChatID: c.GroupChat, MessageID: c.SummaryMsg,
				Text: fmt.Sprintf(grpErasedSummary, c.ID)})
		}
		if forum {
			acts = append(acts, outbox.Action{Kind: outbox.EditTopic, ChatID: c.GroupChat, CaseID: c.ID,
				TopicName: fmt.Sprintf("✅ #%d · data dihapus", c.ID)})
		}
	}
	return acts
}

// purgeExpired deletes or anonymises personal data older than the
// retention period.
func (s *privacyFlow) purgeExpired(ctx context.Context) error {
	e, err := s.cases.PurgeExpired(ctx, s.now().Add(-s.settings.Retention))
	if err != nil {
		return err
	}
	if e != (helpdesk.Erased{}) {
		s.log.Info("personal data past retention removed", "turns", e.Turns, "case_messages", e.CaseMessages,
			"cases", e.Cases, "citizens", e.Citizens, "updates", e.Updates)
	}
	return nil
}
