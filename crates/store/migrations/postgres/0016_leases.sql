-- Background work (the notifier, report reminders) done by one server at a time when
-- several serve one database: whoever holds a named lease does the round's work, and
-- renews it each round; a lease not renewed by its expiry (Unix seconds) is free.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
