-- Trusted translators may approve translations; proposals remember who approved them.
ALTER TABLE participants ADD COLUMN translator BIGINT NOT NULL DEFAULT 0;
ALTER TABLE translations ADD COLUMN approved_by BIGINT REFERENCES participants(id);
CREATE INDEX translations_pending ON translations (approved, text_id, lang);
