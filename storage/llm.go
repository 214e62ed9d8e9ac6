package storage

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"time"
)

// AddTokenUsage adds tokens used by the language model to a conversation's day.
func (db *DB) AddTokenUsage(ctx context.Context, conversationID int64, day string, tokens int) error {
	_, err := db.conn.ExecContext(ctx, `INSERT INTO llm_token_usage (day, conversation_id, tokens, calls, updated_at)
		VALUES (?, ?, ?, 1, ?)
		ON CONFLICT (day, conversation_id) DO UPDATE SET
			tokens = llm_token_usage.tokens + excluded.tokens, calls = llm_token_usage.calls + 1, updated_at = excluded.updated_at`,
		day, conversationID, tokens, ts(db.now()))
	if err != nil {
		return fmt.Errorf("add token usage: %w", err)
	}
	return nil
}

// TokenUsageOn returns the tokens used on a day over all conversations.
func (db *DB) TokenUsageOn(ctx context.Context, day string) (int, error) {
	var n int
	if err := db.conn.QueryRowContext(ctx, `SELECT COALESCE(SUM(tokens), 0) FROM llm_token_usage WHERE day = ?`, day).Scan(&n); err != nil {
		return 0, fmt.Errorf("token usage on %s: %w", day, err)
	}
	return n, nil
}

// ConversationTokenUsage returns the tokens one conversation used on a day.
func (db *DB) ConversationTokenUsage(ctx context.Context, conversationID int64, day string) (int, error) {
	var n int
	err := db.conn.QueryRowContext(ctx, `SELECT COALESCE(SUM(tokens), 0) FROM llm_token_usage
		WHERE day = ? AND conversation_id = ?`, day, conversationID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("conversation token usage: %w", err)
	}
	return n, nil
}

// PurgeTokenUsage deletes usage rows of days before day (YYYY-MM-DD); they name chats.
func (db *DB) PurgeTokenUsage(ctx context.Context, day string) (int64, error) {
	res, err := db.conn.ExecContext(ctx, `DELETE FROM llm_token_usage WHERE day < ?`, day)
	if err != nil {
		return 0, fmt.Errorf("purge token usage: %w", err)
	}
	return res.RowsAffected()
}

// ArticleEmbedding is an article's vector under one embedding model.
type ArticleEmbedding struct {
	ArticleID   string
	Model       string
	ContentHash string
	Vector      []float32
	UpdatedAt   time.Time
}

// FindArticleEmbeddings returns the stored vectors of a model.
func (db *DB) FindArticleEmbeddings(ctx context.Context, model string) ([]ArticleEmbedding, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT article_id, content_hash, vector, updated_at
		FROM article_embeddings WHERE model = ? ORDER BY article_id`, model)
	if err != nil {
		return nil, fmt.Errorf("find article embeddings: %w", err)
	}
	defer rows.Close()
	var out []ArticleEmbedding
	for rows.Next() {
		e := ArticleEmbedding{Model: model}
		var blob []byte
		var updated string
		if err := rows.Scan(&e.ArticleID, &e.ContentHash, &blob, &updated); err != nil {
			return nil, fmt.Errorf("find article embeddings: %w", err)
		}
		e.Vector, e.UpdatedAt = decodeVector(blob), parseTS(updated)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find article embeddings: %w", err)
	}
	return out, nil
}

// SaveArticleEmbedding stores (or replaces) an article's vector under a model.
func (db *DB) SaveArticleEmbedding(ctx context.Context, e ArticleEmbedding) error {
	_, err := db.conn.ExecContext(ctx, `INSERT INTO article_embeddings
		(article_id, model, content_hash, dims, vector, updated_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (article_id, model) DO UPDATE SET content_hash = excluded.content_hash,
			dims = excluded.dims, vector = excluded.vector, updated_at = excluded.updated_at`,
		e.ArticleID, e.Model, e.ContentHash, len(e.Vector), encodeVector(e.Vector), ts(db.now()))
	if err != nil {
		return fmt.Errorf("save article embedding %s: %w", e.ArticleID, err)
	}
	return nil
}

// DeleteArticleEmbedding forgets an article's vectors under every model.
func (db *DB) DeleteArticleEmbedding(ctx context.Context, articleID string) error {
	if _, err := db.conn.ExecContext(ctx, `DELETE FROM article_embeddings WHERE article_id = ?`, articleID); err != nil {
		return fmt.Errorf("delete article embedding %s: %w", articleID, err)
	}
	return nil
}

func encodeVector(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, f := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return b
}

func decodeVector(b []byte) []float32 {
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}
