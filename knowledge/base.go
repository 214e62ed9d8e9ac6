package knowledge

import (
	"context"
	"sort"
	"sync"
	"sync/atomic"
)

// Base is the live knowledge base the bot answers from. It is safe for
// concurrent use: readers search an immutable index, and each change builds
// a new index and swaps it in.
type Base struct {
	mu  sync.Mutex // serialises writers
	cur atomic.Pointer[index]
}

// NewBase indexes articles; a later article with the same id replaces an
// earlier one.
func NewBase(articles []Article) *Base {
	b := &Base{}
	b.Replace(articles)
	return b
}

// Replace swaps the whole set of articles.
func (b *Base) Replace(articles []Article) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.cur.Store(buildIndex(dedupe(articles)))
}

// Put adds an article or replaces the one with its id; searches see it at once.
func (b *Base) Put(a Article) {
	b.mu.Lock()
	defer b.mu.Unlock()
	docs := append(append([]Article(nil), b.index().docs...), a)
	b.cur.Store(buildIndex(dedupe(docs)))
}

// Remove deletes the article with id, if present.
func (b *Base) Remove(id string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	old := b.index()
	if _, ok := old.byID[id]; !ok {
		return
	}
	docs := make([]Article, 0, len(old.docs))
	for _, a := range old.docs {
		if a.ID != id {
			docs = append(docs, a)
		}
	}
	b.cur.Store(buildIndex(docs))
}

// Get returns the article with id.
func (b *Base) Get(id string) (Article, bool) {
	ix := b.index()
	i, ok := ix.byID[id]
	if !ok {
		return Article{}, false
	}
	return ix.docs[i], true
}

// List returns every article sorted by category, then title.
func (b *Base) List() []Article {
	out := append([]Article(nil), b.index().docs...)
	sortArticles(out)
	return out
}

// Len returns the number of articles.
func (b *Base) Len() int {
	return len(b.index().docs)
}

// Categories returns the categories in use with their Indonesian labels and
// article counts, sorted by label.
func (b *Base) Categories() []Category {
	counts := map[string]int{}
	for _, a := range b.index().docs {
		counts[a.Category]++
	}
	out := make([]Category, 0, len(counts))
	for k, n := range counts {
		out = append(out, Category{Key: k, Label: CategoryLabel(k), Count: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out
}

// Search ranks the articles for a question and decides whether to answer.
// BM25 over the in-memory index does not block, so ctx is not consulted; it
// is there so that Base and Hybrid (which calls a model) are interchangeable.
func (b *Base) Search(ctx context.Context, q string, opts SearchOptions) Result {
	return b.index().search(q, opts)
}

func (b *Base) index() *index {
	if ix := b.cur.Load(); ix != nil {
		return ix
	}
	return buildIndex(nil)
}

// dedupe keeps the last article for each id, in first-seen order.
func dedupe(as []Article) []Article {
	pos := map[string]int{}
	out := make([]Article, 0, len(as))
	for _, a := range as {
		if i, ok := pos[a.ID]; ok {
			out[i] = a
			continue
		}
		pos[a.ID] = len(out)
		out = append(out, a)
	}
	return out
}
