package knowledge

// Test hooks of Hybrid for the external tests.

// SetAfterSync has f called after each sync of h.
func SetAfterSync(h *Hybrid, f func()) {
	h.mu.Lock()
	h.afterSync = f
	h.mu.Unlock()
}

// VectorCount is how many article vectors h holds.
func VectorCount(h *Hybrid) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.vectors)
}
