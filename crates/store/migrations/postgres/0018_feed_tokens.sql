-- Private feeds (a participant's notifications) are read by feed readers that cannot
-- sign in, so their address carries a secret token. Only its hash is kept, one per
-- participant: making a new one revokes the old.
CREATE TABLE feed_tokens (
    participant_id BIGINT PRIMARY KEY REFERENCES participants(id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
