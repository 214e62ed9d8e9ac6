-- The citizens' satisfaction survey (SKM, Permenpan RB 14/2017).

-- Completed surveys. No chat, user or time of day is kept, so that a
-- response cannot be traced to a citizen; the nonce is known only to the
-- respondent's chat state until the response is stored.
CREATE TABLE skm_responses (
	id            INTEGER PRIMARY KEY,
	nonce         TEXT    NOT NULL UNIQUE,
	day           TEXT    NOT NULL, -- YYYY-MM-DD in the office's time zone
	service       TEXT    NOT NULL,
	service_label TEXT    NOT NULL DEFAULT '',
	u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),
	u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),
	u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),
	u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),
	u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),
	u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),
	u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),
	u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),
	u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),
	gender        TEXT    NOT NULL DEFAULT '',
	age           TEXT    NOT NULL DEFAULT '',
	education     TEXT    NOT NULL DEFAULT '',
	occupation    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX skm_responses_by_day ON skm_responses (day, service);

-- Which chat was invited to, or answered, the survey about which service and
-- when: only to invite at most once per service in 30 days and to take one
-- answer per service in 30 days. Never joined with the responses; rows are
-- dropped once older than the limit, and with the citizen's data.
CREATE TABLE skm_marks (
	chat_id       INTEGER NOT NULL,
	service       TEXT    NOT NULL,
	kind          TEXT    NOT NULL, -- invited, answered
	service_label TEXT    NOT NULL DEFAULT '',
	ref           TEXT    NOT NULL DEFAULT '',
	at            TEXT    NOT NULL,
	PRIMARY KEY (chat_id, service, kind)
);
CREATE INDEX skm_marks_by_time ON skm_marks (at);
