-- Intake: every update is stored before Telegram is told it was received.
CREATE TABLE updates (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	update_id   INTEGER NOT NULL,
	chat_id     INTEGER NOT NULL,
	payload     BLOB    NOT NULL,
	state       TEXT    NOT NULL DEFAULT 'pending', -- pending, done, failed
	attempts    INTEGER NOT NULL DEFAULT 0,
	error       TEXT    NOT NULL DEFAULT '',
	received_at TEXT    NOT NULL,
	handled_at  TEXT
);
CREATE INDEX updates_by_update_id ON updates (update_id, received_at);
CREATE INDEX updates_pending ON updates (id) WHERE state = 'pending';

-- Outbox: what to send, tied to what caused it; (source, seq) makes an
-- enqueue idempotent.
CREATE TABLE outbox (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	source     TEXT    NOT NULL,
	seq        INTEGER NOT NULL,
	chat_id    INTEGER NOT NULL,
	payload    BLOB    NOT NULL,
	state      TEXT    NOT NULL DEFAULT 'pending', -- pending, sent, failed, merged
	attempts   INTEGER NOT NULL DEFAULT 0,
	error      TEXT    NOT NULL DEFAULT '',
	message_id INTEGER NOT NULL DEFAULT 0,
	created_at TEXT    NOT NULL,
	sent_at    TEXT,
	UNIQUE (source, seq)
);
CREATE INDEX outbox_pending ON outbox (id) WHERE state = 'pending';

CREATE TABLE kv (
	key        TEXT PRIMARY KEY,
	value      TEXT NOT NULL,
	updated_at TEXT NOT NULL
);

CREATE TABLE chat_state (
	chat_id    INTEGER PRIMARY KEY,
	state      BLOB NOT NULL,
	updated_at TEXT NOT NULL
);

CREATE TABLE citizens (
	chat_id       INTEGER PRIMARY KEY,
	user_id       INTEGER NOT NULL,
	first_name    TEXT    NOT NULL DEFAULT '',
	last_name     TEXT    NOT NULL DEFAULT '',
	username      TEXT    NOT NULL DEFAULT '',
	language_code TEXT    NOT NULL DEFAULT '',
	first_seen    TEXT    NOT NULL,
	last_seen     TEXT    NOT NULL,
	announcements INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE turns (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	chat_id     INTEGER NOT NULL,
	update_id   INTEGER NOT NULL DEFAULT 0,
	role        TEXT    NOT NULL,
	text        TEXT    NOT NULL,
	article_ids TEXT    NOT NULL DEFAULT '',
	created_at  TEXT    NOT NULL
);
CREATE INDEX turns_by_chat ON turns (chat_id, id);
CREATE UNIQUE INDEX turns_once ON turns (chat_id, update_id, role) WHERE update_id > 0;

CREATE TABLE feedback (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	chat_id     INTEGER NOT NULL,
	update_id   INTEGER NOT NULL,
	query       TEXT    NOT NULL,
	article_ids TEXT    NOT NULL,
	vote        INTEGER NOT NULL,
	created_at  TEXT    NOT NULL
);
CREATE UNIQUE INDEX feedback_once ON feedback (update_id) WHERE update_id > 0;

CREATE TABLE gaps (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	chat_id    INTEGER NOT NULL,
	update_id  INTEGER NOT NULL,
	query      TEXT    NOT NULL,
	top_ids    TEXT    NOT NULL DEFAULT '',
	created_at TEXT    NOT NULL
);
CREATE UNIQUE INDEX gaps_once ON gaps (update_id) WHERE update_id > 0;
CREATE INDEX gaps_by_time ON gaps (created_at);
