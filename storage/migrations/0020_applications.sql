-- Applications whose status citizens may look up. verify_hash is a salted
-- PBKDF2 hash of the code printed on the receipt; the code itself is never stored.
CREATE TABLE applications (
	tracking_no    TEXT PRIMARY KEY,
	service        TEXT NOT NULL DEFAULT '',
	applicant_name TEXT NOT NULL DEFAULT '',
	status         TEXT NOT NULL,
	note           TEXT NOT NULL DEFAULT '',
	verify_hash    TEXT NOT NULL DEFAULT '',
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);

-- Append-only history. notified = 0 marks a change whose subscriber
-- messages are not queued yet; the bot queues them and sets it in one
-- transaction, whichever process recorded the change.
CREATE TABLE status_history (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	tracking_no TEXT    NOT NULL REFERENCES applications (tracking_no) ON DELETE CASCADE,
	old_status  TEXT    NOT NULL DEFAULT '',
	new_status  TEXT    NOT NULL,
	note        TEXT    NOT NULL DEFAULT '',
	source      TEXT    NOT NULL,
	actor       TEXT    NOT NULL DEFAULT '',
	ref         TEXT    NOT NULL DEFAULT '',
	at          TEXT    NOT NULL,
	notified    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX status_history_by_app ON status_history (tracking_no, id);
CREATE INDEX status_history_pending ON status_history (id) WHERE notified = 0;
CREATE UNIQUE INDEX status_history_ref ON status_history (ref) WHERE ref != '';

CREATE TABLE status_subscriptions (
	chat_id     INTEGER NOT NULL,
	tracking_no TEXT    NOT NULL REFERENCES applications (tracking_no) ON DELETE CASCADE,
	created_at  TEXT    NOT NULL,
	PRIMARY KEY (chat_id, tracking_no)
);
CREATE INDEX status_subscriptions_by_app ON status_subscriptions (tracking_no);

-- Chats that gave the right code recently; only they may subscribe.
CREATE TABLE status_verified (
	chat_id     INTEGER NOT NULL,
	tracking_no TEXT    NOT NULL,
	verified_at TEXT    NOT NULL,
	PRIMARY KEY (chat_id, tracking_no)
);

-- Wrong codes per tracking number, known or not, so that a lockout says
-- nothing about whether a number exists.
CREATE TABLE status_attempts (
	tracking_no  TEXT PRIMARY KEY,
	failures     INTEGER NOT NULL DEFAULT 0,
	lockouts     INTEGER NOT NULL DEFAULT 0,
	locked_until TEXT    NOT NULL DEFAULT '',
	updated_at   TEXT    NOT NULL
);

-- Distinct numbers a chat tried per day (UTC).
CREATE TABLE status_chat_tries (
	chat_id     INTEGER NOT NULL,
	day         TEXT    NOT NULL,
	tracking_no TEXT    NOT NULL,
	PRIMARY KEY (chat_id, day, tracking_no)
);
