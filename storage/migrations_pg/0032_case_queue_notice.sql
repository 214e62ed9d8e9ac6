-- PostgreSQL twin of migrations/0032_case_queue_notice.sql.
-- When a waiting citizen was last told their place in the queue.
ALTER TABLE cases ADD COLUMN queue_noticed_at TEXT;
