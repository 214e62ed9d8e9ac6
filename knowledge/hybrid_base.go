package knowledge

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"
)

// Embedder is the embedding model as hybrid retrieval needs it. knowledge
// does not know the model's client: llm.ArticleEmbedder satisfies it, and
// cmd/helpdesk wires the two.
type Embedder interface {
	// SyncArticles embeds the articles that are new or changed since their
	// stored vector and returns every current vector by article id and how
	// many it embedded. On an error it returns the vectors it has.
	SyncArticles(ctx context.Context, arts []Article) (map[string][]float32, int, error)
	// ArticleHash identifies what is embedded for a: a vector stays
	// current while its article's hash does not change.
	ArticleHash(a Article) string
	// EmbedQuery returns the vector of a question.
	EmbedQuery(ctx context.Context, q string) ([]float32, error)
	// Excluded reports whether articles of category never go to the model.
	Excluded(category string) bool
}

// Hybrid retrieval settings.
const (
	// hybridCandidates is how many BM25 and vector candidates are fused.
	hybridCandidates = 20
	// defaultQueryEmbedTimeout bounds the question's embedding call; after
	// it the BM25 result is used.
	defaultQueryEmbedTimeout = 1500 * time.Millisecond
	// staleSyncAfter and periodicSyncAfter space background syncs started
	// by a search that met an outdated vector, and by searches at all.
	staleSyncAfter    = 30 * time.Second
	periodicSyncAfter = 10 * time.Minute
)

// hybridFusion fuses BM25 with vectors. The vector weight is below BM25's
// because no real embedding model could be measured here; see cmd/evalhybrid.
var hybridFusion = HybridOptions{K: 60, VectorWeight: 0.5}

// HybridConfig tunes a Hybrid. Zero values get the defaults noted.
type HybridConfig struct {
	QueryTimeout time.Duration // bound of the question's embedding call, default 1.5s
	Logger       *slog.Logger  // default: discard
}

// Hybrid is a Base whose searches are re-ranked by embedding similarity.
// Article vectors are recomputed in the background when an article changes;
// until then a changed article's old vector is not used. Close stops the
// background work.
type Hybrid struct {
	*Base
	emb Embedder
	cfg HybridConfig

	ctx    context.Context // cancelled by Close; background syncs run under it
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu       sync.Mutex
	vectors  map[string][]float32
	hashes   map[string]string
	syncing  bool
	again    bool // an article changed during a sync: run once more
	closed   bool
	lastSync time.Time

	afterSync func() // test hook, under mu
}

// NewHybrid re-ranks base's searches with emb. It starts nothing: call
// Start for the first sync, and Close at shutdown.
func NewHybrid(base *Base, emb Embedder, cfg HybridConfig) *Hybrid {
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = defaultQueryEmbedTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Hybrid{Base: base, emb: emb, cfg: cfg, ctx: ctx, cancel: cancel,
		vectors: map[string][]float32{}, hashes: map[string]string{}}
}

// Start embeds new and changed articles in the background.
func (h *Hybrid) Start() { h.kick(syncChanged) }

// Close stops background syncs (cancelling their embedding calls) and waits
// for them to end. Searches still work afterwards, from the vectors held.
func (h *Hybrid) Close() {
	h.mu.Lock()
	h.closed = true
	h.mu.Unlock()
	h.cancel()
	h.wg.Wait()
}

// Sync embeds new and changed articles and loads every current vector. It
// runs in the caller's goroutine; background syncs call it too.
func (h *Hybrid) Sync(ctx context.Context) {
	arts := h.Base.List()
	hashes := make(map[string]string, len(arts))
	for _, a := range arts {
		hashes[a.ID] = h.emb.ArticleHash(a)
	}
	vecs, n, err := h.emb.SyncArticles(ctx, arts)
	if err != nil {
		h.cfg.Logger.Warn("article embeddings not synced; retrieval is BM25 only for the changed articles", "err", err)
	}
	if n > 0 {
		h.cfg.Logger.Info("article embeddings updated", "count", n)
	}
	h.mu.Lock()
	if vecs != nil {
		h.vectors, h.hashes = vecs, hashes
	}
	h.lastSync = time.Now()
	hook := h.afterSync
	h.mu.Unlock()
	if hook != nil {
		hook()
	}
}

// Sync reasons, from the most to the least urgent.
const (
	syncChanged  = iota // an admin changed an article
	syncStale           // a search met a vector older than its article
	syncPeriodic        // catch changes made elsewhere
)

// kick starts a background sync, unless one ran too recently for the reason.
func (h *Hybrid) kick(reason int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return
	}
	if h.syncing {
		h.again = h.again || reason == syncChanged
		return
	}
	since := time.Since(h.lastSync)
	if reason == syncStale && since < staleSyncAfter || reason == syncPeriodic && since < periodicSyncAfter {
		return
	}
	h.syncing = true
	h.wg.Add(1)
	go h.background()
}

// background syncs until no article changed during the last sync.
func (h *Hybrid) background() {
	defer h.wg.Done()
	for {
		h.Sync(h.ctx)
		h.mu.Lock()
		again := h.again && !h.closed
		h.again, h.syncing = false, again
		h.mu.Unlock()
		if !again {
			return
		}
	}
}

// Put changes the live base and re-embeds the article in the background.
func (h *Hybrid) Put(a Article) {
	h.Base.Put(a)
	h.kick(syncChanged)
}

// Remove takes an article out of the live base and out of the vectors.
func (h *Hybrid) Remove(id string) {
	h.Base.Remove(id)
	h.mu.Lock()
	vectors := make(map[string][]float32, len(h.vectors))
	for k, v := range h.vectors {
		if k != id {
			vectors[k] = v
		}
	}
	h.vectors = vectors
	h.mu.Unlock()
}

// Search re-ranks the BM25 candidates with the question's embedding, within
// ctx and the query timeout. Any failure of the embedding call leaves the
// BM25 result as it is.
func (h *Hybrid) Search(ctx context.Context, q string, opts SearchOptions) Result {
	top := opts.Top
	if top <= 0 {
		top = 5
	}
	wide := opts
	wide.Top = max(top, hybridCandidates)
	res := h.Base.Search(ctx, q, wide)
	plain := res
	plain.Hits = res.Hits[:min(len(res.Hits), top)]
	if res.Intent != IntentQuestion {
		return plain
	}
	// A question that retrieval already places in an excluded category does
	// not go to the embedding model either.
	if len(res.Hits) > 0 {
		if a, ok := h.Base.Get(res.Hits[0].ID); ok && h.emb.Excluded(a.Category) {
			return plain
		}
	}
	h.mu.Lock()
	vectors, hashes := h.vectors, h.hashes
	h.mu.Unlock()
	h.kick(syncPeriodic)
	if len(vectors) == 0 {
		return plain
	}
	ectx, cancel := context.WithTimeout(ctx, h.cfg.QueryTimeout)
	defer cancel()
	qv, err := h.emb.EmbedQuery(ectx, q)
	if err != nil {
		return plain
	}
	var vh []VectorHit
	stale := false
	for _, v := range RankByVector(qv, vectors, hybridCandidates) {
		a, ok := h.Base.Get(v.ID)
		if !ok || h.emb.ArticleHash(a) != hashes[v.ID] {
			stale = true
			continue
		}
		vh = append(vh, v)
	}
	if stale {
		h.kick(syncStale)
	}
	opt := hybridFusion
	opt.Top = top
	return FuseHybrid(res, vh, func(id string) (string, bool) {
		a, ok := h.Base.Get(id)
		return a.Title, ok
	}, opt)
}
