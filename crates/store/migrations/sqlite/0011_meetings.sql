-- The yearly meeting: the call for proposals, review, schedule, interest and reports.
ALTER TABLE editions ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE editions ADD COLUMN call_opens_on TEXT;
ALTER TABLE editions ADD COLUMN call_closes_on TEXT;
ALTER TABLE editions ADD COLUMN proposal_limit INTEGER NOT NULL DEFAULT 3;
ALTER TABLE editions ADD COLUMN word_limit INTEGER NOT NULL DEFAULT 250;

-- Tracks (sub-themes): names are translatable texts.
CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions(id),
    text_id INTEGER NOT NULL REFERENCES texts(id)
);
CREATE INDEX tracks_edition ON tracks (edition_id);

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions(id),
    name TEXT NOT NULL,
    capacity INTEGER NOT NULL
);
CREATE INDEX rooms_edition ON rooms (edition_id);

-- A session proposal; once accepted and placed, the session itself. Title and
-- description are a translatable text.
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES editions(id),
    track_id INTEGER REFERENCES tracks(id),
    text_id INTEGER NOT NULL REFERENCES texts(id),
    status TEXT NOT NULL,
    session_type TEXT,
    format TEXT,
    duration INTEGER,
    mode TEXT,
    policy_questions TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES participants(id),
    created_at INTEGER NOT NULL,
    submitted_at INTEGER,
    decided_at INTEGER,
    merge_with INTEGER REFERENCES proposals(id),
    room_id INTEGER REFERENCES rooms(id),
    starts_at TEXT,
    online_url TEXT NOT NULL DEFAULT '',
    interest_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX proposals_edition ON proposals (edition_id, status);
CREATE INDEX proposals_schedule ON proposals (edition_id, starts_at);

CREATE TABLE proposal_organisers (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    PRIMARY KEY (proposal_id, participant_id)
);
CREATE INDEX proposal_organisers_participant ON proposal_organisers (participant_id);

-- Speakers and moderators: participants, or invited people described here.
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    participant_id INTEGER REFERENCES participants(id),
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    gender TEXT NOT NULL,
    role TEXT NOT NULL,
    onsite INTEGER NOT NULL
);
CREATE INDEX speakers_proposal ON speakers (proposal_id);

CREATE TABLE proposal_topics (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    topic_id INTEGER NOT NULL REFERENCES topics(id),
    PRIMARY KEY (proposal_id, topic_id)
);
CREATE INDEX proposal_topics_topic ON proposal_topics (topic_id);

CREATE TABLE proposal_coalitions (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id),
    PRIMARY KEY (proposal_id, coalition_id)
);
CREATE INDEX proposal_coalitions_coalition ON proposal_coalitions (coalition_id);

CREATE TABLE review_assignments (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    reviewer_id INTEGER NOT NULL REFERENCES participants(id),
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, reviewer_id)
);
CREATE INDEX review_assignments_reviewer ON review_assignments (reviewer_id);

CREATE TABLE reviews (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    reviewer_id INTEGER NOT NULL REFERENCES participants(id),
    relevance INTEGER NOT NULL,
    content INTEGER NOT NULL,
    diversity INTEGER NOT NULL,
    format INTEGER NOT NULL,
    comments TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, reviewer_id)
);

-- A participant's personal agenda, and the secret address of its calendar feed.
CREATE TABLE session_interest (
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (participant_id, proposal_id)
);
CREATE TABLE agenda_feeds (
    participant_id INTEGER PRIMARY KEY REFERENCES participants(id),
    token TEXT NOT NULL UNIQUE
);

-- Session reports: the short one (key messages) soon after, the full one within two weeks.
CREATE TABLE session_reports (
    proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id),
    lang TEXT NOT NULL,
    key_messages TEXT NOT NULL,
    short_at INTEGER,
    key_issues TEXT NOT NULL DEFAULT '',
    presentations TEXT NOT NULL DEFAULT '',
    discussion TEXT NOT NULL DEFAULT '',
    takeaways TEXT NOT NULL DEFAULT '',
    onsite_count INTEGER NOT NULL DEFAULT 0,
    online_count INTEGER NOT NULL DEFAULT 0,
    participation TEXT NOT NULL DEFAULT '{}',
    transcript TEXT NOT NULL DEFAULT '',
    full_at INTEGER,
    filed_by INTEGER REFERENCES participants(id)
);
CREATE TABLE report_reminders (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    kind TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, kind)
);
