package handlers

import (
	"testing"
	"time"
)

func TestFloodGuardStaysBoundedWhenManyChatsWrite(t *testing.T) {
	g := newFloodGuard()
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	// A chat that floods is refused.
	for i := 0; i < floodBurst; i++ {
		if ok, _ := g.allow(1, t0); !ok {
			t.Fatalf("update %d of the burst refused", i+1)
		}
	}
	if ok, warn := g.allow(1, t0); ok || !warn {
		t.Fatalf("update over the burst: ok=%v warn=%v, want refused with a warning", ok, warn)
	}
	// More chats than floodChats write within a refill time: none has
	// refilled, so the guard forgets some rather than grow.
	for c := int64(2); c < floodChats+2000; c++ {
		at := t0.Add(time.Duration(c) * time.Millisecond)
		if ok, _ := g.allow(c, at); !ok {
			t.Fatalf("chat %d's first update refused", c)
		}
		if len(g.chats) > floodChats {
			t.Fatalf("%d chats remembered, want at most %d", len(g.chats), floodChats)
		}
	}
	// Once their buckets have refilled, a sweep forgets them all.
	later := t0.Add(time.Duration(floodChats+2000)*time.Millisecond + floodBurst*floodEvery)
	for c := int64(floodChats + 2000); len(g.chats) >= floodChats; c++ {
		g.allow(c, later)
	}
	if len(g.chats) > 2 {
		t.Fatalf("%d chats remembered after they all refilled, want the new ones only", len(g.chats))
	}
}
