-- PostgreSQL twin of migrations/0031_case_close_update.sql.
-- The update that closed a case, so that a re-run of it after a crash
-- sends the rating request again instead of nothing.
ALTER TABLE cases ADD COLUMN close_update BIGINT NOT NULL DEFAULT 0;
