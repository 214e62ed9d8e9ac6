-- Gaps report: a group of unanswered questions and downvoted answers marked
-- as handled by the article that now covers it. Its items drop out of the
-- report.
CREATE TABLE gap_marks (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id TEXT    NOT NULL,
	label      TEXT    NOT NULL DEFAULT '',
	items      INTEGER NOT NULL DEFAULT 0,
	marked_by  TEXT    NOT NULL,
	marked_at  TEXT    NOT NULL
);
CREATE TABLE gap_mark_items (
	kind    TEXT    NOT NULL, -- gap, vote
	item_id INTEGER NOT NULL, -- gaps.id or feedback.id
	mark_id INTEGER NOT NULL REFERENCES gap_marks (id) ON DELETE CASCADE,
	PRIMARY KEY (kind, item_id)
);
CREATE INDEX feedback_down ON feedback (created_at) WHERE vote < 0;

-- Announcements to citizens who opted in (citizens.announcements = 1).
CREATE TABLE announcements (
	id             INTEGER PRIMARY KEY AUTOINCREMENT,
	text           TEXT    NOT NULL,
	created_by     TEXT    NOT NULL,
	created_update INTEGER NOT NULL DEFAULT 0,
	state          TEXT    NOT NULL DEFAULT 'draft', -- draft, sent, cancelled
	recipients     INTEGER NOT NULL DEFAULT 0,
	created_at     TEXT    NOT NULL,
	sent_at        TEXT
);
CREATE UNIQUE INDEX announcements_once ON announcements (created_update) WHERE created_update > 0;
CREATE INDEX citizens_announced ON citizens (chat_id) WHERE announcements = 1;

-- Admin actions and refused attempts by others.
CREATE TABLE admin_audit (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	user_id    INTEGER NOT NULL,
	chat_id    INTEGER NOT NULL,
	action     TEXT    NOT NULL,
	allowed    INTEGER NOT NULL,
	detail     TEXT    NOT NULL DEFAULT '',
	created_at TEXT    NOT NULL
);
CREATE INDEX admin_audit_by_time ON admin_audit (created_at);
