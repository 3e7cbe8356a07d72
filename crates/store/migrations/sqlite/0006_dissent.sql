-- Dissenting views attached to a coalition output by its members. Never hidden: there is
-- deliberately no column to hide one.
CREATE TABLE output_dissents (
    id INTEGER PRIMARY KEY,
    output_id INTEGER NOT NULL REFERENCES coalition_outputs(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    lang TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX output_dissents_by_output ON output_dissents (output_id, id);
