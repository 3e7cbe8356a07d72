-- Edited posts keep every earlier version, shown as the post's history.
ALTER TABLE posts ADD COLUMN edited_at BIGINT;
CREATE TABLE post_versions (
    post_id BIGINT NOT NULL REFERENCES posts(id),
    version BIGINT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, version)
);

-- What a participant follows: a coalition or a thread.
CREATE TABLE follows (
    participant_id BIGINT NOT NULL REFERENCES participants(id),
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (participant_id, kind, item_id)
);
