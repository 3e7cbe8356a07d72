-- Mail (issue 15). Each watch says how it reaches its watcher by mail: 'none',
-- 'now' (each post as it comes), 'daily' or 'weekly' (a digest).
ALTER TABLE follows ADD COLUMN mail TEXT NOT NULL DEFAULT 'none';

-- The outbox: every mail, fully formatted, queued in the transaction that decided it
-- (with the notifier's cursor, or the digest it completes). A sender claims a row,
-- sends it and marks it sent; a claimed row whose sender vanished is never sent again
-- (it may have gone out), so nothing is mailed twice. One mail per recipient and key.
CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER REFERENCES participants(id),
    recipient TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_at INTEGER,
    claimed_by TEXT,
    sent_at INTEGER,
    failed TEXT,
    UNIQUE (recipient, dedupe_key)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id)
    WHERE sent_at IS NULL AND failed IS NULL AND claimed_at IS NULL;
CREATE INDEX mail_outbox_by_participant ON mail_outbox (participant_id);

-- What waits for a watcher's next digest: one row per item (a post, a discussion, an
-- output), its facts as JSON, rendered in the reader's language when the digest is made.
CREATE TABLE mail_digest_items (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    frequency TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    item TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (participant_id, frequency, dedupe_key)
);
CREATE INDEX mail_digest_items_due ON mail_digest_items (frequency, participant_id, id);

-- When each watcher last got a digest of each frequency.
CREATE TABLE mail_digests (
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    frequency TEXT NOT NULL,
    last_at INTEGER NOT NULL,
    PRIMARY KEY (participant_id, frequency)
);
