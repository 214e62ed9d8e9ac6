// Package helpdesk holds the domain types and errors shared by storage and
// the conversation handlers, so that neither has to import the other.
package helpdesk

import (
	"errors"
	"time"
)

// Errors both sides of the storage boundary understand.
var (
	ErrNotFound = errors.New("not found")
	ErrConflict = errors.New("conflict")
)

// Turn is one line of a conversation, kept for context and for officers.
type Turn struct {
	Role       string // citizen, bot, officer
	Text       string
	ArticleIDs []string
	At         time.Time
}

// Roles of a Turn.
const (
	RoleCitizen = "citizen"
	RoleBot     = "bot"
	RoleOfficer = "officer"
)

// Citizen is what the bot keeps about a person who wrote to it.
type Citizen struct {
	ChatID       int64
	UserID       int64
	FirstName    string
	LastName     string
	Username     string
	LanguageCode string
	FirstSeen    time.Time
	LastSeen     time.Time
	// Announcements is true while the citizen accepts notices from the office.
	Announcements bool
}

// Feedback is a citizen's vote on one answer.
type Feedback struct {
	ChatID     int64
	UpdateID   int64
	Query      string
	ArticleIDs []string
	Vote       int // +1 or -1
	At         time.Time
}

// Gap is a question the knowledge base could not answer.
type Gap struct {
	ChatID   int64
	UpdateID int64
	Query    string
	// TopIDs are the articles retrieval considered, best first, even though
	// it was not confident enough to answer.
	TopIDs []string
	At     time.Time
}
