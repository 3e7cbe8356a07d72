//! What the forum holds about one person beyond their profile, posts, notifications and
//! proposals, for their data export: every table that names them, row by row.

use crate::sql::SqlStore;
use crate::Result;
use serde_json::{Map, Value};
use sqlx::Row;

/// How to read one column into JSON.
#[derive(Clone, Copy)]
enum Col {
    Int(&'static str),
    Text(&'static str),
    OptInt(&'static str),
}

/// Each export section: its name, the query (`$1` is the person) and its columns.
const SECTIONS: &[(&str, &str, &[Col])] = &[
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
        "SELECT kind, item_id FROM follows WHERE participant_id = $1 ORDER BY kind, item_id",
        &[Col::Text("kind"), Col::Int("item_id")],
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

impl SqlStore {
    pub(crate) async fn do_personal_records(&self, id: i64) -> Result<Map<String, Value>> {
        let mut out = Map::new();
        for (name, sql, cols) in SECTIONS {
            let rows = sqlx::query(sql).bind(id).fetch_all(&self.read).await?;
            let mut list = Vec::with_capacity(rows.len());
            for row in &rows {
                let mut record = Map::new();
                for col in *cols {
                    let (key, value) = match *col {
                        Col::Int(k) => (k, Value::from(row.try_get::<i64, _>(k)?)),
                        Col::Text(k) => (k, Value::from(row.try_get::<String, _>(k)?)),
                        Col::OptInt(k) => (k, Value::from(row.try_get::<Option<i64>, _>(k)?)),
                    };
                    record.insert(key.to_string(), value);
                }
                list.push(Value::Object(record));
            }
            out.insert((*name).to_string(), Value::Array(list));
        }
        Ok(out)
    }
}
