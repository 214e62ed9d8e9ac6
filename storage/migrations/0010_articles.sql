-- Knowledge base articles. A deleted article keeps its row (deleted_at set)
-- so its history and an undo stay possible; keywords and questions are JSON
-- arrays of strings.
CREATE TABLE articles (
	id         TEXT PRIMARY KEY,
	title      TEXT NOT NULL,
	category   TEXT NOT NULL DEFAULT '',
	keywords   TEXT NOT NULL DEFAULT '[]',
	questions  TEXT NOT NULL DEFAULT '[]',
	source     TEXT NOT NULL DEFAULT '',
	updated    TEXT NOT NULL DEFAULT '',
	body       TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	deleted_at TEXT
);

CREATE INDEX articles_live ON articles (deleted_at, category, title);

-- Every change of an article, with the full rendered .md file it left.
CREATE TABLE article_versions (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id TEXT    NOT NULL REFERENCES articles (id),
	version    INTEGER NOT NULL,
	content    TEXT    NOT NULL,
	action     TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
	actor      TEXT    NOT NULL DEFAULT '',
	created_at TEXT    NOT NULL,
	UNIQUE (article_id, version)
);
