-- What a coalition's standing is computed from: action plan, contact persons, the year it
-- was founded, its yearly outputs, and the secretariat's recognition.
ALTER TABLE coalitions ADD COLUMN action_plan_md TEXT NOT NULL DEFAULT '';
ALTER TABLE coalitions ADD COLUMN founded_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE coalitions ADD COLUMN recognized_at INTEGER;
ALTER TABLE coalitions ADD COLUMN recognized_by INTEGER REFERENCES participants(id);

CREATE TABLE coalition_contacts (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    PRIMARY KEY (coalition_id, participant_id)
);

-- Yearly reports, thematic papers and statements; the text holds title and body.
CREATE TABLE coalition_outputs (
    id INTEGER PRIMARY KEY,
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id),
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    text_id INTEGER NOT NULL REFERENCES texts(id),
    created_by INTEGER REFERENCES participants(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX coalition_outputs_by_coalition ON coalition_outputs (coalition_id, year);
