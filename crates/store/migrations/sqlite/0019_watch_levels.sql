-- How closely a participant watches something: 'all' (every post, as before) or 'new'
-- (new discussions and outputs only). Not watching at all is no row.
ALTER TABLE follows ADD COLUMN level TEXT NOT NULL DEFAULT 'all';
