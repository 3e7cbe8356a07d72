-- Accounts: sign-in, sessions, password resets, rate limits, suspensions, audit log.
ALTER TABLE participants ADD COLUMN password_hash TEXT;
-- Self-described; never shown publicly, only counted in aggregate diversity figures.
ALTER TABLE participants ADD COLUMN gender TEXT;
-- Languages the person reads, as space-separated BCP 47 tags.
ALTER TABLE participants ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN ui_lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE participants ADD COLUMN coc_accepted_at INTEGER;
ALTER TABLE participants ADD COLUMN suspended_at INTEGER;
ALTER TABLE participants ADD COLUMN suspension_reason TEXT;
ALTER TABLE participants ADD COLUMN deleted_at INTEGER;

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_participant ON sessions (participant_id);

CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Fixed-window counters shared by every app server.
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER REFERENCES participants(id),
    action TEXT NOT NULL,
    target_id INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL
);
