package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/layananwarga/helpdesk/redact"
)

// embedBatch is how many texts go in one embeddings request.
const embedBatch = 32

// StoredEmbedding is an article vector as kept in the database.
type StoredEmbedding struct {
	ContentHash string
	Vector      []float32
}

// EmbeddingStore keeps article vectors per embedding model.
type EmbeddingStore interface {
	FindArticleEmbeddings(ctx context.Context, model string) (map[string]StoredEmbedding, error)
	SaveArticleEmbedding(ctx context.Context, model, articleID string, e StoredEmbedding) error
}

// Embed returns one vector per text. Texts are redacted first; usage counts
// against the daily budget under conversationID.
func (c *Client) Embed(ctx context.Context, conversationID int64, texts []string) ([][]float32, error) {
	if !c.EmbeddingsEnabled() {
		return nil, ErrDisabled
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += embedBatch {
		batch := texts[start:min(start+embedBatch, len(texts))]
		vecs, err := c.embedBatch(ctx, conversationID, batch)
		if err != nil {
			return nil, err
		}
		out = append(out, vecs...)
	}
	return out, nil
}

func (c *Client) embedBatch(ctx context.Context, conversationID int64, texts []string) ([][]float32, error) {
	if err := c.begin(ctx, c.ebr); err != nil {
		return nil, err
	}
	input := make([]string, len(texts))
	chars := 0
	for i, t := range texts {
		// Full redaction even for articles: a link's tail adds nothing to a vector.
		input[i] = redact.Text(truncateRunes(t, 6000))
		chars += len(input[i])
	}
	cctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	cctx = withRetryDeadline(cctx, time.Now().Add(c.cfg.Timeout))
	resp, err := c.api.CreateEmbeddings(cctx, openai.EmbeddingRequestStrings{
		Input: input,
		Model: openai.EmbeddingModel(c.cfg.EmbeddingModel),
	})
	if err != nil && errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		err = fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	if err = c.finish(ctx, c.ebr, err); err != nil {
		return nil, fmt.Errorf("embed: %w", err)
	}
	tokens := resp.Usage.TotalTokens
	if tokens == 0 {
		tokens = estimateTokens(chars)
	}
	c.record(ctx, conversationID, tokens)
	if len(resp.Data) != len(texts) {
		return nil, fmt.Errorf("embed: %w: %d vectors for %d texts", ErrInvalidOutput, len(resp.Data), len(texts))
	}
	vecs := make([][]float32, len(texts))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(texts) || len(d.Embedding) == 0 {
			return nil, fmt.Errorf("embed: %w: bad vector index %d", ErrInvalidOutput, d.Index)
		}
		vecs[d.Index] = d.Embedding
	}
	return vecs, nil
}

// ArticleText is the text of an article that is embedded.
func ArticleText(a Article) string {
	return a.Title + "\n" + a.Body
}

// ContentHash identifies the embedded text of an article for a model.
func ContentHash(model string, a Article) string {
	sum := sha256.Sum256([]byte(model + "\x00" + ArticleText(a)))
	return hex.EncodeToString(sum[:])
}

// SyncEmbeddings computes vectors for articles that are new or changed since their
// stored vector and returns all current vectors by article id. Articles of excluded
// categories are never embedded.
func (c *Client) SyncEmbeddings(ctx context.Context, store EmbeddingStore, articles []Article) (map[string][]float32, int, error) {
	if !c.EmbeddingsEnabled() {
		return nil, 0, ErrDisabled
	}
	model := c.cfg.EmbeddingModel
	stored, err := store.FindArticleEmbeddings(ctx, model)
	if err != nil {
		return nil, 0, fmt.Errorf("sync embeddings: %w", err)
	}
	vectors := map[string][]float32{}
	var todo []Article
	for _, a := range articles {
		if c.Excluded(a.Category) {
			continue
		}
		if s, ok := stored[a.ID]; ok && s.ContentHash == ContentHash(model, a) {
			vectors[a.ID] = s.Vector
			continue
		}
		todo = append(todo, a)
	}
	texts := make([]string, len(todo))
	for i, a := range todo {
		texts[i] = strings.TrimSpace(ArticleText(a))
	}
	vecs, err := c.Embed(ctx, 0, texts)
	if err != nil {
		return vectors, 0, fmt.Errorf("sync embeddings: %w", err)
	}
	for i, a := range todo {
		e := StoredEmbedding{ContentHash: ContentHash(model, a), Vector: vecs[i]}
		if err := store.SaveArticleEmbedding(ctx, model, a.ID, e); err != nil {
			return vectors, i, fmt.Errorf("sync embeddings: %w", err)
		}
		vectors[a.ID] = vecs[i]
	}
	return vectors, len(todo), nil
}
