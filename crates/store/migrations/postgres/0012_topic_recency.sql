-- A topic page lists its newest discussions: keep each thread's date beside its tag, so
-- the newest come straight from an index instead of sorting every tagged thread.
ALTER TABLE thread_topics ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0;
UPDATE thread_topics SET created_at =
    (SELECT t.created_at FROM threads t WHERE t.id = thread_topics.thread_id);
CREATE INDEX thread_topics_recent ON thread_topics (topic_id, created_at, thread_id);
