-- Notifications: what a participant is told, rendered when read in their language from
-- a message kind and its arguments (JSON pairs), with a link into the site.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    kind TEXT NOT NULL,
    args TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE INDEX notifications_by_participant ON notifications (participant_id, id);
CREATE INDEX notifications_unread ON notifications (participant_id, read_at);

-- The notifier follows the change log from here: an existing forum starts now, so
-- nobody is told of everything ever written; a new one starts at the beginning.
INSERT INTO settings (key, value)
SELECT 'notifier_cursor', CAST(COALESCE(MAX(seq), 0) AS TEXT) FROM change_log;

-- Outputs tagged with policy topics.
CREATE TABLE output_topics (
    output_id INTEGER NOT NULL REFERENCES coalition_outputs(id),
    topic_id INTEGER NOT NULL REFERENCES topics(id),
    PRIMARY KEY (output_id, topic_id)
);
CREATE INDEX output_topics_by_topic ON output_topics (topic_id, output_id);

-- Following lists: who follows an item.
CREATE INDEX follows_by_item ON follows (kind, item_id);
