-- Moderation stays within its room: hides by a coalition's coordinators (not site staff)
-- only ever cost posting rights in that coalition, so each hidden post records whether
-- site staff hid it, and blocks can be limited to one coalition. Coalitions and dissents
-- can be held for review and hidden with a reason, like posts.
ALTER TABLE posts ADD COLUMN hidden_by_staff INTEGER NOT NULL DEFAULT 0;
-- Earlier hides count site-wide only when the audit log shows staff hid them.
UPDATE posts SET hidden_by_staff = 1
WHERE hidden_at IS NOT NULL AND EXISTS (
    SELECT 1 FROM audit_log a JOIN participants m ON m.id = a.actor_id
    WHERE a.action = 'hide-post' AND m.role IN ('moderator', 'secretariat')
      AND a.reason LIKE '#' || posts.id || ':%'
);

CREATE TABLE coalition_posting_blocks (
    coalition_id INTEGER NOT NULL REFERENCES coalitions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    blocked_at INTEGER NOT NULL,
    PRIMARY KEY (coalition_id, participant_id)
);

ALTER TABLE coalitions ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
ALTER TABLE coalitions ADD COLUMN hidden_at INTEGER;
ALTER TABLE coalitions ADD COLUMN hidden_reason TEXT;
ALTER TABLE output_dissents ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
ALTER TABLE output_dissents ADD COLUMN hidden_at INTEGER;
ALTER TABLE output_dissents ADD COLUMN hidden_reason TEXT;
CREATE INDEX coalitions_held ON coalitions (held, id);
CREATE INDEX output_dissents_held ON output_dissents (held, id);
