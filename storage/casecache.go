package storage

import "sync"

// noCaseCacheSize bounds the chats remembered as having no open case.
const noCaseCacheSize = 20000

// noCaseCache remembers chats known to have no open case. Every message a
// citizen sends looks for an open case to relay it to, and almost always
// finds none: that lookup was a read transaction per message.
//
// Only OpenCase, in this process, opens cases; closing one cannot make a
// remembered "none" wrong. A chat enters the cache when a lookup finds no
// case and no case was opened while it ran, and leaves it when a case is
// opened for it.
type noCaseCache struct {
	mu    sync.Mutex
	chats map[int64]struct{}
	gen   uint64 // changes with every case opened
}

func newNoCaseCache() *noCaseCache { return &noCaseCache{chats: map[int64]struct{}{}} }

func (c *noCaseCache) has(chat int64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.chats[chat]
	return ok
}

// generation is taken before looking for a chat's case.
func (c *noCaseCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// none remembers that a lookup begun at gen found no open case, unless a
// case was opened since.
func (c *noCaseCache) none(chat int64, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen {
		putBounded(c.chats, chat, struct{}{}, noCaseCacheSize)
	}
}

// opened forgets a chat a case is being opened for. OpenCase calls it
// before its commit and again after, so that no lookup in between leaves
// the chat remembered.
func (c *noCaseCache) opened(chat int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	delete(c.chats, chat)
}
