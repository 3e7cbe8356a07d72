-- Policy topics: a translatable name and description, the mandate points they serve
-- (space-separated numbers 1..12), and links to coalitions and threads.
CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    text_id INTEGER NOT NULL REFERENCES texts(id),
    mandate_points TEXT NOT NULL DEFAULT ''
);

CREATE TABLE coalition_topics (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id),
    topic_id INTEGER NOT NULL REFERENCES topics(id),
    PRIMARY KEY (coalition_id, topic_id)
);
CREATE INDEX coalition_topics_by_topic ON coalition_topics (topic_id);

CREATE TABLE thread_topics (
    thread_id INTEGER NOT NULL REFERENCES threads(id),
    topic_id INTEGER NOT NULL REFERENCES topics(id),
    PRIMARY KEY (thread_id, topic_id)
);
CREATE INDEX thread_topics_by_topic ON thread_topics (topic_id, thread_id);
