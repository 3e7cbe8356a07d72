//! What the forum holds about one person beyond their profile, posts, notifications and
//! proposals, for their data export: every table that names them, row by row.

/// How to read one column into JSON.
#[derive(Clone, Copy)]
pub(crate) enum Col {
    Int(&'static str),
    Text(&'static str),
    OptInt(&'static str),
}

/// Each export section: its name, the query (`$1` is the person) and its columns.
pub(crate) const SECTIONS: &[(&str, &str, &[Col])] = &[
    (
        "dissents",
        "SELECT id, output_id, lang, body_md, created_at FROM output_dissents
         WHERE participant_id = $1 ORDER BY id",
        &[
            Col::Int("id"),
            Col::Int("output_id"),
            Col::Text("lang"),
            Col::Text("body_md"),
            Col::Int("created_at"),
        ],
    ),
    (
        "flags",
        "SELECT id, post_id, reason, created_at, resolved_at FROM post_flags
         WHERE reporter_id = $1 ORDER BY id",
        &[
            Col::Int("id"),
            Col::Int("post_id"),
            Col::Text("reason"),
            Col::Int("created_at"),
            Col::OptInt("resolved_at"),
        ],
    ),
    (
        "translations",
        "SELECT id, text_id, lang, title, body_md, source_revision, approved, created_at
         FROM translations WHERE translator_id = $1 ORDER BY id",
        &[
            Col::Int("id"),
            Col::Int("text_id"),
            Col::Text("lang"),
            Col::Text("title"),
            Col::Text("body_md"),
            Col::Int("source_revision"),
            Col::Int("approved"),
            Col::Int("created_at"),
        ],
    ),
    (
        "follows",
        "SELECT kind, item_id, level, mail FROM follows WHERE participant_id = $1
         ORDER BY kind, item_id",
        &[
            Col::Text("kind"),
            Col::Int("item_id"),
            Col::Text("level"),
            Col::Text("mail"),
        ],
    ),
    (
        "mail_queued",
        "SELECT id, created_at, sent_at, COALESCE(failed, '') AS failed FROM mail_outbox WHERE participant_id = $1
         ORDER BY id",
        &[
            Col::Int("id"),
            Col::Int("created_at"),
            Col::OptInt("sent_at"),
            Col::Text("failed"),
        ],
    ),
    (
        "mail_digest_waiting",
        "SELECT frequency, created_at FROM mail_digest_items WHERE participant_id = $1
         ORDER BY id",
        &[Col::Text("frequency"), Col::Int("created_at")],
    ),
    (
        "speaker_records",
        "SELECT id, proposal_id, name, organisation, stakeholder_group, country, gender,
                role, onsite
         FROM speakers WHERE participant_id = $1 ORDER BY id",
        &[
            Col::Int("id"),
            Col::Int("proposal_id"),
            Col::Text("name"),
            Col::Text("organisation"),
            Col::Text("stakeholder_group"),
            Col::Text("country"),
            Col::Text("gender"),
            Col::Text("role"),
            Col::Int("onsite"),
        ],
    ),
    (
        "coalition_contact_for",
        "SELECT coalition_id FROM coalition_contacts WHERE participant_id = $1
         ORDER BY coalition_id",
        &[Col::Int("coalition_id")],
    ),
    (
        "reviews",
        "SELECT proposal_id, relevance, content, diversity, format, comments, created_at
         FROM reviews WHERE reviewer_id = $1 ORDER BY proposal_id",
        &[
            Col::Int("proposal_id"),
            Col::Int("relevance"),
            Col::Int("content"),
            Col::Int("diversity"),
            Col::Int("format"),
            Col::Text("comments"),
            Col::Int("created_at"),
        ],
    ),
    (
        "private_feed",
        "SELECT created_at FROM feed_tokens WHERE participant_id = $1",
        &[Col::Int("created_at")],
    ),
    (
        "moderation_of_me",
        "SELECT action, reason, at FROM audit_log
         WHERE target_id = $1 AND action IN ('set-role', 'suspend', 'reinstate',
           'block-posting', 'unblock-posting', 'auto-block-posting', 'hide-post',
           'restore-post', 'release-post', 'trust-translator', 'untrust-translator')
         ORDER BY id",
        &[Col::Text("action"), Col::Text("reason"), Col::Int("at")],
    ),
];
