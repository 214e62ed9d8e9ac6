package llm

import (
	"context"
	"strings"

	"github.com/layananwarga/helpdesk/knowledge"
)

// ArticleEmbedder is knowledge.Embedder over a Client: it embeds articles
// and questions with the embedding model and keeps article vectors in Store.
type ArticleEmbedder struct {
	Client *Client
	Store  EmbeddingStore
}

var _ knowledge.Embedder = ArticleEmbedder{}

// embeddingArticle is what is embedded for an article: title, keywords,
// example questions and body (cmd/evalhybrid embeds the same text).
func embeddingArticle(a knowledge.Article) Article {
	return Article{ID: a.ID, Title: a.Title, Category: a.Category,
		Body: strings.Join(a.Keywords, ", ") + "\n" + strings.Join(a.Questions, "\n") + "\n" + a.Body}
}

// SyncArticles embeds new and changed articles and returns every current vector.
func (e ArticleEmbedder) SyncArticles(ctx context.Context, arts []knowledge.Article) (map[string][]float32, int, error) {
	in := make([]Article, len(arts))
	for i, a := range arts {
		in[i] = embeddingArticle(a)
	}
	return e.Client.SyncEmbeddings(ctx, e.Store, in)
}

// ArticleHash is the content hash SyncArticles stores with a's vector.
func (e ArticleEmbedder) ArticleHash(a knowledge.Article) string {
	return ContentHash(e.Client.EmbeddingModel(), embeddingArticle(a))
}

// EmbedQuery embeds a question (no conversation: it counts against the
// daily budget only).
func (e ArticleEmbedder) EmbedQuery(ctx context.Context, q string) ([]float32, error) {
	vs, err := e.Client.Embed(ctx, 0, []string{q})
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// Excluded reports whether articles of category never go to the model.
func (e ArticleEmbedder) Excluded(category string) bool { return e.Client.Excluded(category) }
