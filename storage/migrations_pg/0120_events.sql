-- PostgreSQL twin of migrations/0120_events.sql.
-- Events: delivery outcomes and scheduled ticks travel the dispatcher's
-- lanes in the updates table beside Telegram's updates. kind tells them
-- apart; event_key makes storing one idempotent (a tick's key is reused
-- once its earlier tick is handled and removed).
ALTER TABLE updates ADD COLUMN kind TEXT NOT NULL DEFAULT 'telegram'; -- telegram, outcome, tick
ALTER TABLE updates ADD COLUMN event_key TEXT;
CREATE UNIQUE INDEX updates_event_key ON updates (event_key) WHERE event_key IS NOT NULL;

-- Actions held until their case's topic exists (outbox state 'held', then
-- 'released' when a copy addressed to the topic replaces them).
CREATE INDEX outbox_held ON outbox (chat_id) WHERE state = 'held';

-- The outcome that last asked for a case's topic, so that the same outcome
-- handled again after a crash asks again (and creates the topic) instead of
-- taking its own earlier ask for another's.
ALTER TABLE cases ADD COLUMN topic_asked_by BIGINT NOT NULL DEFAULT 0;
