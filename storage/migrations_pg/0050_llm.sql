-- PostgreSQL twin of migrations/0050_llm.sql.
-- Tokens the language model used, per conversation (chat id; 0 for work not
-- tied to a chat, such as article embeddings) per Jakarta day.
CREATE TABLE llm_token_usage (
	day             TEXT    NOT NULL, -- YYYY-MM-DD, Asia/Jakarta
	conversation_id BIGINT NOT NULL,
	tokens          BIGINT NOT NULL DEFAULT 0,
	calls           BIGINT NOT NULL DEFAULT 0,
	updated_at      TEXT    NOT NULL,
	PRIMARY KEY (day, conversation_id)
);

-- Article vectors for hybrid retrieval, recomputed when the embedded text
-- (content_hash) or the model changes.
CREATE TABLE article_embeddings (
	article_id   TEXT    NOT NULL,
	model        TEXT    NOT NULL,
	content_hash TEXT    NOT NULL,
	dims         BIGINT NOT NULL,
	vector       BYTEA   NOT NULL, -- little-endian float32
	updated_at   TEXT    NOT NULL,
	PRIMARY KEY (article_id, model)
);
