-- Announcements are enqueued in batches (state 'sending'), so that a notice
-- to many citizens leaves room in the global rate limit for replies. cursor
-- is the last chat enqueued, batches the number of batches so far.
ALTER TABLE announcements ADD COLUMN cursor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE announcements ADD COLUMN batches INTEGER NOT NULL DEFAULT 0;
