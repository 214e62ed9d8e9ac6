package helpdesk

// Records are what handling one piece of work decided to remember about
// chats: who wrote, the lines of the conversation, the conversation state,
// gaps, votes and the announcement choice. A handler returns them with its
// actions; storage writes both, with the work's handled mark, in one
// transaction (storage.DB.CompleteUpdate). Until then nothing of them is
// in the database, so a handler that reads back what it recorded in the
// same run reads it from here (see Turns, Citizen).
type Records struct {
	Citizens      []Citizen
	States        []ChatState
	Turns         []ChatTurn
	Feedback      []Feedback
	Gaps          []Gap
	Announcements []AnnouncementChoice

	// Of cases: lines of their transcripts, what Telegram told of their
	// messages (a topic made, the summary's message), and a citizen's
	// comment on a closed one. (Which group post belongs to which case is
	// recorded by the sender as the post is delivered.)
	// What decides between two lanes (claiming, closing, rating) is not a
	// record: it is a conditional write made at once (see storage).
	CaseMessages  []CaseMessage
	CaseTopics    []CaseTopic
	CaseSummaries []CaseSummary
	CaseComments  []CaseComment

	// AdminAttempts are admin actions and refused attempts, for the audit
	// log: recorded with the work, so a re-run logs them once.
	AdminAttempts []AdminAttempt
}

// CaseTopic is where a case's messages go in its group: a forum topic
// (Thread) or replies (TopicReplies).
type CaseTopic struct {
	CaseID int64
	Thread int
	Mode   string
}

// CaseSummary is the group message that summarises a case.
type CaseSummary struct {
	CaseID  int64
	Message int
}

// CaseComment is a citizen's comment on their closed case.
type CaseComment struct {
	CaseID      int64
	CitizenChat int64
	Comment     string
}

// ChatState is the saved conversation state of a chat, in its stored form.
type ChatState struct {
	ChatID int64
	State  []byte
}

// ChatTurn is a line of a conversation, recorded once per (chat, update, role).
type ChatTurn struct {
	ChatID   int64
	UpdateID int64
	Turn
}

// AnnouncementChoice is a citizen's choice to receive announcements.
type AnnouncementChoice struct {
	ChatID int64
	On     bool
}

// Forget drops what is recorded about a chat: its citizen has erased their
// data in this very run, and nothing of it may be written afterwards. The
// state stays: it was reset by the erasure and is saved as such.
func (r *Records) Forget(chatID int64) {
	r.Citizens = dropChat(r.Citizens, chatID, func(c Citizen) int64 { return c.ChatID })
	r.Turns = dropChat(r.Turns, chatID, func(t ChatTurn) int64 { return t.ChatID })
	r.Feedback = dropChat(r.Feedback, chatID, func(f Feedback) int64 { return f.ChatID })
	r.Gaps = dropChat(r.Gaps, chatID, func(g Gap) int64 { return g.ChatID })
	r.Announcements = dropChat(r.Announcements, chatID, func(a AnnouncementChoice) int64 { return a.ChatID })
}

func dropChat[T any](s []T, chatID int64, of func(T) int64) []T {
	out := s[:0]
	for _, v := range s {
		if of(v) != chatID {
			out = append(out, v)
		}
	}
	return out
}

// TurnsOf returns the turns recorded for a chat, in order.
func (r *Records) TurnsOf(chatID int64) []Turn {
	var out []Turn
	for _, t := range r.Turns {
		if t.ChatID == chatID {
			out = append(out, t.Turn)
		}
	}
	return out
}

// Citizen applies what is recorded of a chat's citizen to c, the citizen as
// stored (zero when unknown). ok is false when nothing is recorded.
func (r *Records) Citizen(chatID int64, c Citizen) (Citizen, bool) {
	ok := false
	for _, rc := range r.Citizens {
		if rc.ChatID != chatID {
			continue
		}
		first := c.FirstSeen
		ann := c.Announcements
		c = rc
		if !first.IsZero() {
			c.FirstSeen = first
		} else if c.FirstSeen.IsZero() {
			c.FirstSeen = rc.LastSeen
		}
		c.Announcements = ann
		ok = true
	}
	for _, a := range r.Announcements {
		if a.ChatID == chatID {
			c.Announcements, ok = a.On, true
		}
	}
	return c, ok
}
