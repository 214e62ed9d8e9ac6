-- PostgreSQL twin of migrations/0080_status_chat_lockouts.sql.
-- Wrong verify codes are counted per chat and number, so that a stranger's
-- guesses lock out the stranger, not the applicant. status_attempts stays
-- as the count over all chats, with a far higher threshold per window of a
-- day (window_start), against guessing from many accounts at once.
CREATE TABLE status_chat_attempts (
	chat_id      BIGINT NOT NULL,
	tracking_no  TEXT    NOT NULL,
	failures     BIGINT NOT NULL DEFAULT 0,
	lockouts     BIGINT NOT NULL DEFAULT 0,
	locked_until TEXT    NOT NULL DEFAULT '',
	updated_at   TEXT    NOT NULL,
	PRIMARY KEY (chat_id, tracking_no)
);
CREATE INDEX status_chat_attempts_by_time ON status_chat_attempts (updated_at);

ALTER TABLE status_attempts ADD COLUMN window_start TEXT NOT NULL DEFAULT '';

-- Locks taken under the old rule (five wrong codes from anyone) would keep
-- locking the applicant out; the new global threshold starts afresh.
UPDATE status_attempts SET failures = 0, lockouts = 0, locked_until = '';
