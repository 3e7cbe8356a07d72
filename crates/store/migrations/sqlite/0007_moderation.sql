-- Moderation: flags on posts, hidden and held posts, posting rights apart from
-- membership, and site settings (such as holding new accounts' first posts).
ALTER TABLE posts ADD COLUMN hidden_at INTEGER;
ALTER TABLE posts ADD COLUMN hidden_reason TEXT;
ALTER TABLE posts ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
ALTER TABLE participants ADD COLUMN posting_blocked_at INTEGER;

CREATE TABLE post_flags (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    reporter_id INTEGER NOT NULL REFERENCES participants(id),
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by INTEGER REFERENCES participants(id)
);
CREATE INDEX post_flags_open ON post_flags (resolved_at, id);
CREATE INDEX posts_held ON posts (held, id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
