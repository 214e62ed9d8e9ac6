-- The update that closed a case, so that a re-run of it after a crash
-- sends the rating request again instead of nothing.
ALTER TABLE cases ADD COLUMN close_update INTEGER NOT NULL DEFAULT 0;
