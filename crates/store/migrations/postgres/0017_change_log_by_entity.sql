-- What happened to one record, newest first (the meeting's programme-changes feed reads
-- when each session was accepted or moved).
CREATE INDEX change_log_by_entity ON change_log (entity, entity_id);
