-- Foundation schema (SQLite). Timestamps are Unix seconds; booleans are 0/1 integers so
-- the same queries read both backends.
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    affiliation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'participant',
    created_at INTEGER NOT NULL
);

CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    original_lang TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Every revision of an original, so an outdated translation can be compared with what it
-- was made from.
CREATE TABLE text_revisions (
    text_id INTEGER NOT NULL REFERENCES texts(id),
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (text_id, revision)
);

CREATE TABLE translations (
    id INTEGER PRIMARY KEY,
    text_id INTEGER NOT NULL REFERENCES texts(id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    source_revision INTEGER NOT NULL,
    translator_id INTEGER REFERENCES participants(id),
    machine INTEGER NOT NULL DEFAULT 0,
    approved INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX translations_served ON translations (text_id, lang, approved, id);

CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    text_id INTEGER NOT NULL REFERENCES texts(id)
);

CREATE TABLE editions (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    host_country TEXT NOT NULL,
    city TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    text_id INTEGER NOT NULL REFERENCES texts(id)
);

CREATE TABLE coalitions (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    text_id INTEGER NOT NULL REFERENCES texts(id),
    created_by INTEGER NOT NULL REFERENCES participants(id),
    member_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE coalition_members (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    role TEXT NOT NULL DEFAULT 'member',
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (coalition_id, participant_id)
);
CREATE INDEX coalition_members_by_participant ON coalition_members (participant_id);

CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    coalition_id INTEGER REFERENCES coalitions(id),
    title TEXT NOT NULL,
    lang TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    last_post_at INTEGER NOT NULL,
    post_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX threads_by_coalition ON threads (coalition_id, last_post_at, id);
CREATE INDEX threads_by_activity ON threads (last_post_at, id);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES threads(id),
    author_id INTEGER NOT NULL REFERENCES participants(id),
    lang TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    reply_to INTEGER REFERENCES posts(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX posts_by_thread ON posts (thread_id, id);

-- Written in the same transaction as every change: search, feeds and notifications
-- follow it by sequence number.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op TEXT NOT NULL,
    at INTEGER NOT NULL
);
