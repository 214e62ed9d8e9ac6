-- PostgreSQL twin of migrations/0110_article_verified.sql.
-- The day an article's figures were last checked against their sources
-- (YYYY-MM-DD, the article's "verified" front-matter key); '' when never.
ALTER TABLE articles ADD COLUMN verified TEXT NOT NULL DEFAULT '';
