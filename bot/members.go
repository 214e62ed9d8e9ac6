package bot

import (
	"context"
	"fmt"
	"sync"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// Members answers whether a user belongs to a chat with getChatMember,
// remembering each answer for a short while so that a busy officers' group
// does not ask for every message.
type Members struct {
	API *tg.Bot
	TTL time.Duration // default 5 minutes
	Now func() time.Time

	mu    sync.Mutex
	cache map[[2]int64]memberEntry
}

type memberEntry struct {
	member bool
	until  time.Time
}

// NewMembers returns a membership checker over the Bot API.
func NewMembers(api *tg.Bot, ttl time.Duration) *Members {
	return &Members{API: api, TTL: ttl}
}

// IsMember reports whether userID is a member of chatID: its creator, an
// administrator, a member, or a restricted user who is still a member.
func (m *Members) IsMember(ctx context.Context, chatID, userID int64) (bool, error) {
	now := m.now()
	key := [2]int64{chatID, userID}
	m.mu.Lock()
	if e, ok := m.cache[key]; ok && now.Before(e.until) {
		m.mu.Unlock()
		return e.member, nil
	}
	m.mu.Unlock()
	cm, err := m.API.GetChatMember(ctx, &tg.GetChatMemberParams{ChatID: chatID, UserID: userID})
	if err != nil {
		return false, fmt.Errorf("get chat member: %w", err)
	}
	member := isMember(cm)
	ttl := m.TTL
	if ttl <= 0 {
		ttl = 5 * time.Minute
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cache == nil {
		m.cache = map[[2]int64]memberEntry{}
	}
	if len(m.cache) > 10000 {
		for k, e := range m.cache {
			if !now.Before(e.until) {
				delete(m.cache, k)
			}
		}
	}
	m.cache[key] = memberEntry{member: member, until: now.Add(ttl)}
	return member, nil
}

func isMember(cm *models.ChatMember) bool {
	if cm == nil {
		return false
	}
	switch cm.Type {
	case models.ChatMemberTypeOwner, models.ChatMemberTypeAdministrator, models.ChatMemberTypeMember:
		return true
	case models.ChatMemberTypeRestricted:
		return cm.Restricted != nil && cm.Restricted.IsMember
	}
	return false
}

func (m *Members) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}
