package storage

import "sync"

// stateCacheSize bounds the chats whose state is kept in memory, about
// 300 bytes each.
const stateCacheSize = 20000

// stateCache keeps the committed conversation state of recently active
// chats. Each update of a chat reads the state the previous one saved, and
// reading it back from SQLite cost a read transaction whose page cache the
// commits in between had emptied: 6% of the CPU per update under load.
//
// Only this process writes chat_state. A state enters the cache when its
// write is committed or when it is read; a read fills the cache only if no
// change was committed while it ran, so it cannot put back a state that
// was just replaced or erased.
type stateCache struct {
	mu     sync.Mutex
	states map[int64][]byte // a nil state: the chat has none
	gen    uint64           // changes with every committed change
}

func newStateCache() *stateCache { return &stateCache{states: map[int64][]byte{}} }

func (c *stateCache) get(chat int64) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.states[chat]
	return b, ok
}

// generation is taken before reading a state from the database.
func (c *stateCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// fill keeps a state read from the database, unless a change was committed
// since gen.
func (c *stateCache) fill(chat int64, state []byte, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen {
		c.put(chat, state)
	}
}

// saved keeps a state once its write is committed.
func (c *stateCache) saved(chat int64, state []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.put(chat, state)
}

// forget drops a chat whose state was deleted.
func (c *stateCache) forget(chat int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	delete(c.states, chat)
}

// forgetAll drops every chat, after states were deleted by age.
func (c *stateCache) forgetAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.states)
}

func (c *stateCache) put(chat int64, state []byte) { putBounded(c.states, chat, state, stateCacheSize) }

// putBounded sets m[k], first dropping another key when m holds limit.
func putBounded[V any](m map[int64]V, k int64, v V, limit int) {
	if _, ok := m[k]; !ok && len(m) >= limit {
		for old := range m { // any one: map order is random
			delete(m, old)
			break
		}
	}
	m[k] = v
}
