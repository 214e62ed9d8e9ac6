package storage

import (
	"sync"
	"time"

	"github.com/layananwarga/helpdesk"
)

// seenCacheSize bounds the citizens whose last write is remembered.
const seenCacheSize = 20000

// seenAgain is how long a citizen's unchanged profile is not written again.
const seenAgain = 10 * time.Minute

// seenCache remembers what RememberCitizen last wrote for each chat, so
// that a citizen writing again with the same profile within seenAgain
// costs no statement at all (the statement itself would change nothing).
// last_seen is then up to twice seenAgain behind, which retention, counted
// in days, does not notice.
type seenCache struct {
	mu    sync.Mutex
	chats map[int64]seenCitizen
}

type seenCitizen struct {
	profile citizenProfile
	at      time.Time
}

// citizenProfile is what a message tells about its sender.
type citizenProfile struct {
	userID                                  int64
	firstName, lastName, username, language string
}

func profileOf(c helpdesk.Citizen) citizenProfile {
	return citizenProfile{c.UserID, c.FirstName, c.LastName, c.Username, c.LanguageCode}
}

func newSeenCache() *seenCache { return &seenCache{chats: map[int64]seenCitizen{}} }

// fresh reports whether p was written for chat less than seenAgain before at.
func (c *seenCache) fresh(chat int64, p citizenProfile, at time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.chats[chat]
	return ok && s.profile == p && !at.Before(s.at) && at.Sub(s.at) < seenAgain
}

// wrote remembers a committed write.
func (c *seenCache) wrote(chat int64, p citizenProfile, at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	putBounded(c.chats, chat, seenCitizen{p, at}, seenCacheSize)
}

// forget drops a chat whose citizen was deleted.
func (c *seenCache) forget(chat int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.chats, chat)
}

// forgetAll drops every chat, after citizens were deleted by age.
func (c *seenCache) forgetAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.chats)
}
