-- PostgreSQL twin of migrations/0041_announce_batches.sql.
-- Announcements are enqueued in batches (state 'sending'), so that a notice
-- to many citizens leaves room in the global rate limit for replies. cursor
-- is the last chat enqueued, batches the number of batches so far.
ALTER TABLE announcements ADD COLUMN cursor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE announcements ADD COLUMN batches BIGINT NOT NULL DEFAULT 0;
