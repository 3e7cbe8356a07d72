-- Speakers and co-organisers named by email are invited, not enrolled: the invitation
-- keeps what the organiser typed and becomes a speaker or organiser only when the
-- invitee accepts. participant_id is the account the address belonged to, if any,
-- and is never shown to the organisers.
CREATE TABLE proposal_invitations (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    kind TEXT NOT NULL,
    email TEXT NOT NULL,
    participant_id INTEGER REFERENCES participants(id),
    invited_by INTEGER NOT NULL REFERENCES participants(id),
    state TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    stakeholder_group TEXT,
    country TEXT NOT NULL DEFAULT '',
    gender TEXT,
    role TEXT,
    onsite INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX proposal_invitations_proposal ON proposal_invitations (proposal_id);
CREATE INDEX proposal_invitations_participant ON proposal_invitations (participant_id, state);
