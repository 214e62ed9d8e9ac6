package storage

import "sync"

// chatCacheSize bounds each chat cache; the oldest-looking entries are not
// tracked, an arbitrary one makes room.
const chatCacheSize = 20000

// chatCache keeps, for recently active chats, a value as the database last
// committed it, so that what every message needs is not read back from
// SQLite: a read transaction whose page cache the commits in between had
// emptied. The DB keeps three: the conversation state (6% of the CPU per
// update under load), that a chat has no open case (3%), and the citizen
// profile last written (a statement per message).
//
// Only this process writes what is cached. A value enters the cache when
// its write is committed (saved) or when it is read (fill); a read fills
// the cache only if no change was committed while it ran, so it cannot put
// back a value that was just replaced or deleted.
type chatCache[V any] struct {
	mu   sync.Mutex
	vals map[int64]V
	gen  uint64 // changes with every committed change
	// off: other processes write too (PostgreSQL), so nothing is kept.
	off bool
}

// newChatCache returns a cache; off when other processes write the same
// database, whose changes no cache here would see.
func newChatCache[V any](off bool) *chatCache[V] { return &chatCache[V]{vals: map[int64]V{}, off: off} }

func (c *chatCache[V]) get(chat int64) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.off {
		var zero V
		return zero, false
	}
	v, ok := c.vals[chat]
	return v, ok
}

// generation is taken before reading a value from the database.
func (c *chatCache[V]) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// fill keeps a value read from the database, unless a change was committed
// since gen.
func (c *chatCache[V]) fill(chat int64, v V, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen {
		c.put(chat, v)
	}
}

// saved keeps a value once its write is committed.
func (c *chatCache[V]) saved(chat int64, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.put(chat, v)
}

// forget drops a chat whose value changed in a way the cache cannot follow
// (deleted, or a case opened).
func (c *chatCache[V]) forget(chat int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	delete(c.vals, chat)
}

// forgetAll drops every chat, after rows were deleted by age.
func (c *chatCache[V]) forgetAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.vals)
}

func (c *chatCache[V]) put(chat int64, v V) {
	if c.off {
		return
	}
	if _, ok := c.vals[chat]; !ok && len(c.vals) >= chatCacheSize {
		for old := range c.vals { // any one: map order is random
			delete(c.vals, old)
			break
		}
	}
	c.vals[chat] = v
}
