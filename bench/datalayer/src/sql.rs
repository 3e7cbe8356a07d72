//! The statements, copied from crates/store/src (same text, same binds). Keep them in
//! step with the store when it changes.

/// `Store::thread` (discussion.rs).
pub const THREAD: &str = "SELECT * FROM threads WHERE id = $1";

/// `Store::coalition_coordinators` (coalitions.rs).
pub const COORDINATORS: &str =
    "SELECT participant_id FROM coalition_members WHERE coalition_id = $1 AND role = 'coordinator'";

/// `Store::thread_opening_held` (discussion.rs).
pub const OPENING_HELD: &str = "SELECT held FROM posts WHERE thread_id = $1 ORDER BY id LIMIT 1";

/// `Store::posts` (discussion.rs, with `VOICE_COLUMNS` spelled out): one page of posts with
/// their authors, keyset-paged.
pub const POSTS: &str = "SELECT p.id, p.thread_id, p.lang, p.body_html, p.reply_to, p.created_at,
                    p.hidden_at, p.hidden_reason, p.held, p.edited_at, a.id AS a_id, a.display_name, a.stakeholder_group, a.country,
     a.affiliation, a.deleted_at AS a_deleted_at
             FROM posts p JOIN participants a ON a.id = p.author_id
             WHERE p.thread_id = $1 AND p.id > $2 ORDER BY p.id LIMIT $3";

/// The balance read as measured (two sums over `thread_voices`), kept after migration 21
/// turned the counters into group x region rows and the store's read into one plain
/// `SELECT` of at most 49 rows (`balance::POSTS`): the measured read set is a little
/// heavier than today's.
pub const VOICES_BY_GROUP: &str =
    "SELECT stakeholder_group, CAST(SUM(n) AS BIGINT) AS n FROM thread_voices
             WHERE thread_id = $1 AND n > 0 GROUP BY stakeholder_group";

/// The second sum, by region now that countries are no longer kept (named `country` so
/// the decoders stay as measured).
pub const VOICES_BY_COUNTRY: &str = "SELECT region AS country, CAST(SUM(n) AS BIGINT) AS n FROM thread_voices WHERE thread_id = $1 AND n > 0 GROUP BY region";

/// `Store::thread_topics` (topics.rs `do_item_topics` with `TR_TITLE`): `$1` the
/// reader's language, `$2` the thread.
pub const TOPICS: &str = "SELECT p.*, t.title, t.original_lang, (SELECT tr.title FROM translations tr
      WHERE tr.text_id = t.id AND tr.lang = $1 AND tr.approved = 1
      ORDER BY tr.id DESC LIMIT 1) AS tr_title
             FROM thread_topics x JOIN topics p ON p.id = x.topic_id JOIN texts t ON t.id = p.text_id
             WHERE x.thread_id = $2 ORDER BY p.slug";

/// `Store::session_reader` (accounts.rs): the reader and their unread count.
pub const SESSION_READER: &str = "SELECT p.*, (SELECT COUNT(*) FROM notifications n
                          WHERE n.participant_id = p.id AND n.read_at IS NULL) AS unread_count
             FROM sessions s JOIN participants p ON p.id = s.participant_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND p.deleted_at IS NULL";

/// `Store::follows` (notifications.rs).
pub const FOLLOWS: &str =
    "SELECT COUNT(*) FROM follows WHERE participant_id = $1 AND kind = $2 AND item_id = $3";

// `Store::add_post`: one transaction on the writer (discussion.rs `insert_post`, sql.rs `log_change`).

pub const BUMP_THREAD: &str = "UPDATE threads SET post_count = post_count + $3,
               last_post_at = CASE WHEN $3 = 1 THEN $2 ELSE last_post_at END
             WHERE id = $1";

pub const INSERT_POST: &str =
    "INSERT INTO posts (thread_id, author_id, lang, body_md, body_html, reply_to, created_at, held)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";

/// `balance::POST_VOICE_ADD` (by group and region since migration 21).
pub const POST_VOICE_ADD: &str =
    "INSERT INTO thread_voices (thread_id, stakeholder_group, region, n)
     SELECT $1, stakeholder_group, COALESCE((SELECT r.region FROM country_regions r JOIN participants q ON q.country = r.country WHERE q.id = $2), 'other'), 1 FROM participants WHERE id = $2
     ON CONFLICT (thread_id, stakeholder_group, region) DO UPDATE SET n = thread_voices.n + 1";

/// PostgreSQL only: change-log numbers follow commit order.
pub const CHANGE_LOG_LOCK: &str = "SELECT 1 AS locked FROM pg_advisory_xact_lock($1)";
pub const CHANGE_LOG_LOCK_KEY: i64 = 0x6368_616e_6765;

pub const LOG_CHANGE: &str =
    "INSERT INTO change_log (entity, entity_id, op, at) VALUES ($1, $2, $3, $4)";
