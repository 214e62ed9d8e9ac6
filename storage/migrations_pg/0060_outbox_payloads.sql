-- PostgreSQL twin of migrations/0060_outbox_payloads.sql.
-- What a reply says, apart from how its delivery went. Marking a reply sent
-- rewrote its whole row, article and all, on a page of its own, and a
-- delivered reply's text is personal data that retention and erasure can
-- now delete while its delivery record stays.
CREATE TABLE outbox_payloads (
	id      BIGINT PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
	payload BYTEA   NOT NULL
);
INSERT INTO outbox_payloads (id, payload) SELECT id, payload FROM outbox;
ALTER TABLE outbox DROP COLUMN payload;
