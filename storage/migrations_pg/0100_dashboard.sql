-- PostgreSQL twin of migrations/0100_dashboard.sql.
-- Dashboard sign-in: the one-time links admins get with /dasbor and the
-- browser sessions they open. Only SHA-256 hashes of the link tokens and
-- session ids are kept, so a copy of the database opens no session.
CREATE TABLE dashboard_links (
	token_hash TEXT    PRIMARY KEY,
	user_id    BIGINT NOT NULL,
	created_at TEXT    NOT NULL,
	expires_at TEXT    NOT NULL,
	used_at    TEXT
);
CREATE INDEX dashboard_links_by_expiry ON dashboard_links (expires_at);

CREATE TABLE dashboard_sessions (
	id_hash    TEXT    PRIMARY KEY,
	user_id    BIGINT NOT NULL,
	csrf       TEXT    NOT NULL, -- the sign-out form's token
	created_at TEXT    NOT NULL,
	expires_at TEXT    NOT NULL
);
CREATE INDEX dashboard_sessions_by_expiry ON dashboard_sessions (expires_at);
