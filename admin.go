package helpdesk

import "time"

// Kinds of GapItem.
const (
	GapUnanswered = "gap"  // a question the knowledge base could not answer
	GapDownvote   = "vote" // an answer a citizen voted 👎
)

// GapItem is one input of the gaps report: an unanswered question or a
// downvoted answer.
type GapItem struct {
	Kind   string // GapUnanswered or GapDownvote
	ID     int64  // row id in its own table
	ChatID int64
	Query  string
	// ArticleIDs are the articles retrieval considered (unanswered) or the
	// article voted down (downvote).
	ArticleIDs []string
	At         time.Time
}

// GapRef names one GapItem.
type GapRef struct {
	Kind string
	ID   int64
}

// GapRow is one line of the gaps report: one need, however many ways it
// was asked.
type GapRow struct {
	No         int    // 1-based position in the report
	Key        string // stable anchor: the kind letter and id of the group's oldest item ("g12")
	Label      string // the group's most typical question
	Count      int
	Unanswered int
	Downvotes  int
	Chats      int // distinct citizens
	Examples   []string
	First      time.Time
	Last       time.Time
	// ArticleIDs are the articles most often retrieved for the group, best first.
	ArticleIDs []string
	Items      []GapRef
}

// GapMark records that a group of gaps is now covered by an article.
type GapMark struct {
	ID        int64
	ArticleID string
	Label     string
	Items     int
	By        string // "tg:<user id>" or "cli"
	At        time.Time
}

// States of an Announcement.
const (
	AnnouncementDraft     = "draft"
	AnnouncementSending   = "sending" // confirmed; messages are being enqueued in batches
	AnnouncementSent      = "sent"    // every message enqueued
	AnnouncementCancelled = "cancelled"
)

// Announcement is a notice an admin sends to the citizens who opted in.
type Announcement struct {
	ID         int64
	Text       string
	CreatedBy  string
	State      string
	Recipients int // messages enqueued so far
	CreatedAt  time.Time
	SentAt     time.Time
}

// AnnouncementStats counts the deliveries of a sent announcement.
type AnnouncementStats struct {
	Pending int
	Sent    int
	Failed  int
}

// AdminAttempt is one entry of the admin audit log: an admin action, or a
// refused attempt by someone who is not an admin.
type AdminAttempt struct {
	ID      int64
	UserID  int64
	ChatID  int64
	Action  string // "kb", "celah", "umumkan", "callback:kb:del", "publish", ...
	Allowed bool
	Detail  string
	At      time.Time
}

// ArticleSave says what publishing an article did: "created", "updated",
// "unchanged" or "restored" (saved over a deleted article), and the
// article's version after it.
type ArticleSave struct {
	Action  string
	Version int
}

// ArticleRevision is one recorded change of an article.
type ArticleRevision struct {
	ArticleID string
	Version   int
	Action    string // "create", "update", "delete" or "restore"
	Actor     string // "tg:<user id>", "import", ...
	Content   string // the rendered .md file after the change (before it, for a delete)
	At        time.Time
}
