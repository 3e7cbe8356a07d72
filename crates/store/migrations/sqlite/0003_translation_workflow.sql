-- Trusted translators may approve translations; proposals remember who approved them.
ALTER TABLE participants ADD COLUMN translator INTEGER NOT NULL DEFAULT 0;
ALTER TABLE translations ADD COLUMN approved_by INTEGER REFERENCES participants(id);
CREATE INDEX translations_pending ON translations (approved, text_id, lang);
