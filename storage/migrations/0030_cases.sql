-- Cases handed from the bot to officers.
CREATE TABLE cases (
	id                     INTEGER PRIMARY KEY AUTOINCREMENT,
	citizen_chat           INTEGER NOT NULL,
	citizen_user           INTEGER NOT NULL DEFAULT 0,
	citizen_name           TEXT    NOT NULL DEFAULT '',
	group_chat             INTEGER NOT NULL,
	thread_id              INTEGER NOT NULL DEFAULT 0,
	topic                  TEXT    NOT NULL DEFAULT 'pending', -- pending, forum, replies
	topic_asked_at         TEXT,
	summary_msg            INTEGER NOT NULL DEFAULT 0,
	state                  TEXT    NOT NULL DEFAULT 'waiting', -- waiting, claimed, closed
	priority               INTEGER NOT NULL DEFAULT 0,
	subject                TEXT    NOT NULL DEFAULT '',
	update_id              INTEGER NOT NULL DEFAULT 0,
	claimed_by             INTEGER NOT NULL DEFAULT 0,
	claimed_name           TEXT    NOT NULL DEFAULT '',
	claimed_at             TEXT,
	first_officer_reply_at TEXT,
	closed_at              TEXT,
	closed_by              INTEGER NOT NULL DEFAULT 0,
	rating                 INTEGER NOT NULL DEFAULT 0,
	comment                TEXT    NOT NULL DEFAULT '',
	sla_flagged_at         TEXT,
	created_at             TEXT    NOT NULL
);
-- At most one open case per citizen.
CREATE UNIQUE INDEX cases_one_open ON cases (citizen_chat) WHERE state != 'closed';
CREATE INDEX cases_by_thread ON cases (group_chat, thread_id) WHERE thread_id > 0;
CREATE INDEX cases_by_state ON cases (state, created_at);
CREATE INDEX cases_by_created ON cases (created_at);

-- The transcript of a case.
CREATE TABLE case_messages (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
	update_id    INTEGER NOT NULL DEFAULT 0,
	sender       TEXT    NOT NULL, -- citizen, officer, bot
	officer_id   INTEGER NOT NULL DEFAULT 0,
	officer_name TEXT    NOT NULL DEFAULT '',
	text         TEXT    NOT NULL DEFAULT '',
	media_kind   TEXT    NOT NULL DEFAULT '',
	file_id      TEXT    NOT NULL DEFAULT '',
	source_chat  INTEGER NOT NULL DEFAULT 0,
	source_msg   INTEGER NOT NULL DEFAULT 0,
	created_at   TEXT    NOT NULL
);
CREATE INDEX case_messages_by_case ON case_messages (case_id, id);
CREATE INDEX case_messages_by_time ON case_messages (created_at);
CREATE UNIQUE INDEX case_messages_once ON case_messages (case_id, update_id) WHERE update_id > 0;

-- Which bot message in a group belongs to which case (and which citizen
-- message it carries), so that replies thread in groups without topics.
CREATE TABLE case_message_map (
	group_chat  INTEGER NOT NULL,
	group_msg   INTEGER NOT NULL,
	case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
	citizen_msg INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (group_chat, group_msg)
);
CREATE INDEX case_message_map_by_case ON case_message_map (case_id);

-- Officers who spoke in a case, so that each is named to the citizen once.
CREATE TABLE case_officers (
	case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
	officer_id INTEGER NOT NULL,
	name       TEXT    NOT NULL DEFAULT '',
	first_at   TEXT    NOT NULL,
	PRIMARY KEY (case_id, officer_id)
);

-- What the bot learned about each officers' group.
CREATE TABLE agent_groups (
	chat_id    INTEGER PRIMARY KEY,
	forum      INTEGER NOT NULL, -- 1 topics enabled, 0 not
	updated_at TEXT    NOT NULL
);

-- Who did what and when; never the personal data itself.
CREATE TABLE audit_log (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	at      TEXT NOT NULL,
	actor   TEXT NOT NULL,
	action  TEXT NOT NULL,
	detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at);
