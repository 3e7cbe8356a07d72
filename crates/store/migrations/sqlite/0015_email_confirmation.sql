-- A registration waits for its address to be confirmed: until then the account cannot
-- sign in, is not found by its address and has no public profile, and registering the
-- same address again replaces it. Accounts made before this, and those the secretariat
-- or the demo create, count as confirmed.
ALTER TABLE participants ADD COLUMN email_confirmed BIGINT NOT NULL DEFAULT 1;

CREATE TABLE email_confirmations (
    token_hash TEXT PRIMARY KEY,
    participant_id BIGINT NOT NULL REFERENCES participants(id),
    expires_at BIGINT NOT NULL
);
CREATE INDEX email_confirmations_participant ON email_confirmations (participant_id);
