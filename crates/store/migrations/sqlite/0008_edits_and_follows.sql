-- Edited posts keep every earlier version, shown as the post's history.
ALTER TABLE posts ADD COLUMN edited_at INTEGER;
CREATE TABLE post_versions (
    post_id INTEGER NOT NULL REFERENCES posts(id),
    version INTEGER NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (post_id, version)
);

-- What a participant follows: a coalition or a thread.
CREATE TABLE follows (
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    kind TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (participant_id, kind, item_id)
);
