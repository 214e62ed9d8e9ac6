-- PostgreSQL twin of migrations/0065_case_complaint.sql.
-- A case a citizen opened as a complaint about a service or an officer:
-- officers see it marked, and reports count complaints apart.
ALTER TABLE cases ADD COLUMN complaint BIGINT NOT NULL DEFAULT 0;
