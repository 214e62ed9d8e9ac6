package helpdesk

import "time"

// CaseState is where a handed-off case is in its life.
type CaseState string

// The states of a case: waiting for an officer, claimed by one, closed.
const (
	CaseWaiting CaseState = "waiting"
	CaseClaimed CaseState = "claimed"
	CaseClosed  CaseState = "closed"
)

// Topic modes of a case: how its messages are threaded in the group.
const (
	TopicPending = "pending" // the forum topic is being created
	TopicForum   = "forum"   // the case has its own forum topic
	TopicReplies = "replies" // the group has no topics: threads by replies
)

// Case is a conversation handed from the bot to an officer.
type Case struct {
	ID          int64
	CitizenChat int64
	CitizenUser int64
	CitizenName string // first name, for the topic and the officers
	GroupChat   int64  // the officers' group that received the case
	ThreadID    int    // the forum topic; 0 while none
	Topic       string // TopicPending, TopicForum or TopicReplies
	SummaryMsg  int    // the summary message in the group
	State       CaseState
	Priority    bool
	// Complaint: the citizen opened the case to complain about a service
	// or an officer.
	Complaint   bool
	Subject     string
	UpdateID    int64 // the update that opened the case
	ClaimedBy   int64
	ClaimedName string
	ClaimedAt   time.Time
	// FirstReplyAt is when an officer first wrote to the citizen.
	FirstReplyAt time.Time
	ClosedAt     time.Time
	ClosedBy     int64 // 0 when the citizen ended the case
	Rating       int   // 1-5; 0 when not rated
	Comment      string
	CreatedAt    time.Time
	// TopicAskedAt is when the current topic was asked for.
	TopicAskedAt time.Time
}

// Open reports whether the case is not closed yet.
func (c Case) Open() bool { return c.State != CaseClosed }

// Senders of a case message.
const (
	FromCitizen = "citizen"
	FromOfficer = "officer"
	FromBot     = "bot"
)

// CaseMessage is one line of a case's transcript.
type CaseMessage struct {
	CaseID      int64
	UpdateID    int64 // makes recording idempotent; 0 for none
	From        string
	OfficerID   int64
	OfficerName string
	Text        string
	MediaKind   string
	FileID      string
	SourceChat  int64
	SourceMsg   int
	At          time.Time
}

// Figures are the service's numbers for one day, one officer or a total.
type Figures struct {
	Key           string // YYYY-MM-DD, an officer's name, or "total"
	Conversations int
	BotOnly       int // conversations the bot answered without a handoff
	Handoffs      int
	Complaints    int // hand-offs opened as complaints
	Closed        int
	// MedianWait is the median time from handoff to the first officer reply.
	MedianWait time.Duration
	Waits      int
	// MedianClose is the median time from handoff to close.
	MedianClose time.Duration
	Ratings     int
	AvgRating   float64
	RatingSD    float64 // standard deviation of the ratings
}

// BotShare is the share of conversations answered by the bot alone.
func (f Figures) BotShare() float64 {
	if f.Conversations == 0 {
		return 0
	}
	return float64(f.BotOnly) / float64(f.Conversations)
}

// Report holds the service figures of a period.
type Report struct {
	From, To  time.Time
	ByDay     []Figures
	ByOfficer []Figures
	Total     Figures
}

// PersonalData is what the help desk keeps about one citizen, shown to them
// on request.
type PersonalData struct {
	Citizen      Citizen
	Known        bool
	Turns        int
	Feedback     int
	Gaps         int
	Cases        []Case
	CaseMessages int
	// Subscriptions counts the applications whose status changes they follow.
	Subscriptions int
	// Checked lists the tracking numbers the chat checked, verified or
	// follows.
	Checked   []string
	Retention time.Duration
}

// Erased counts what was deleted for a citizen or by the retention job.
type Erased struct {
	Citizens      int64
	Turns         int64
	CaseMessages  int64
	Cases         int64 // anonymised
	Feedback      int64
	Gaps          int64
	Updates       int64
	States        int64
	Subscriptions int64
	Replies       int64 // delivered messages, with what they said
}

// AuditEntry records who did what, without personal data.
type AuditEntry struct {
	At     time.Time
	Actor  string // "officer:123", "citizen", "system"
	Action string
	Detail string
}
