-- Stakeholder balance, counted as writes happen instead of on every page view: a thread's
-- posts by the group and country their author spoke for when posting, and a coalition's
-- members by group and country now.
CREATE TABLE thread_voices (
    thread_id BIGINT NOT NULL REFERENCES threads(id),
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (thread_id, stakeholder_group, country)
);
INSERT INTO thread_voices (thread_id, stakeholder_group, country, n)
SELECT x.thread_id, p.stakeholder_group, p.country, COUNT(*)
FROM posts x JOIN participants p ON p.id = x.author_id
GROUP BY x.thread_id, p.stakeholder_group, p.country;

CREATE TABLE coalition_voices (
    coalition_id BIGINT NOT NULL REFERENCES coalitions(id),
    stakeholder_group TEXT NOT NULL,
    country TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (coalition_id, stakeholder_group, country)
);
INSERT INTO coalition_voices (coalition_id, stakeholder_group, country, n)
SELECT m.coalition_id, p.stakeholder_group, p.country, COUNT(*)
FROM coalition_members m JOIN participants p ON p.id = m.participant_id
GROUP BY m.coalition_id, p.stakeholder_group, p.country;

CREATE INDEX coalition_members_by_role ON coalition_members (coalition_id, role);
