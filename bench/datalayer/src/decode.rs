//! Rows into the forum's records, column by name, as crates/store/src/rows.rs does, for
//! every driver alike.

use crate::BoxError;
use convene_core::model::{
    Participant, Post, Profile, Role, Suspension, Thread, Title, Topic, Voice,
};
use convene_core::StakeholderGroup;

/// What the decoders need of a row, whatever the driver.
pub trait Get {
    fn int(&self, col: &str) -> Result<i64, BoxError>;
    fn opt_int(&self, col: &str) -> Result<Option<i64>, BoxError>;
    fn text(&self, col: &str) -> Result<String, BoxError>;
    fn opt_text(&self, col: &str) -> Result<Option<String>, BoxError>;
}

macro_rules! get_via {
    ($($row:ty),*) => {$(
        impl Get for $row {
            fn int(&self, col: &str) -> Result<i64, BoxError> {
                let v: i64 = self.try_get(col)?;
                Ok(v)
            }
            fn opt_int(&self, col: &str) -> Result<Option<i64>, BoxError> {
                let v: Option<i64> = self.try_get(col)?;
                Ok(v)
            }
            fn text(&self, col: &str) -> Result<String, BoxError> {
                let v: String = self.try_get(col)?;
                Ok(v)
            }
            fn opt_text(&self, col: &str) -> Result<Option<String>, BoxError> {
                let v: Option<String> = self.try_get(col)?;
                Ok(v)
            }
        }
    )*};
}

use sqlx::Row as _;
get_via!(
    sqlx::any::AnyRow,
    sqlx::sqlite::SqliteRow,
    sqlx::postgres::PgRow,
    tokio_postgres::Row
);

impl Get for rusqlite::Row<'_> {
    fn int(&self, col: &str) -> Result<i64, BoxError> {
        Ok(self.get::<_, i64>(col)?)
    }
    fn opt_int(&self, col: &str) -> Result<Option<i64>, BoxError> {
        Ok(self.get::<_, Option<i64>>(col)?)
    }
    fn text(&self, col: &str) -> Result<String, BoxError> {
        Ok(self.get::<_, String>(col)?)
    }
    fn opt_text(&self, col: &str) -> Result<Option<String>, BoxError> {
        Ok(self.get::<_, Option<String>>(col)?)
    }
}

fn group(row: &impl Get) -> Result<StakeholderGroup, BoxError> {
    let code = row.text("stakeholder_group")?;
    StakeholderGroup::from_code(&code).ok_or_else(|| format!("stakeholder group {code:?}").into())
}

pub fn thread(row: &impl Get) -> Result<Thread, BoxError> {
    Ok(Thread {
        id: row.int("id")?,
        coalition_id: row.opt_int("coalition_id")?,
        title: row.text("title")?,
        lang: row.text("lang")?,
        author_id: row.int("author_id")?,
        created_at: row.int("created_at")?,
        last_post_at: row.int("last_post_at")?,
        post_count: row.int("post_count")?,
    })
}

fn voice(row: &impl Get) -> Result<Voice, BoxError> {
    Ok(Voice {
        former: row.opt_int("a_deleted_at")?.is_some(),
        id: row.int("a_id")?,
        display_name: row.text("display_name")?,
        stakeholder_group: group(row)?,
        country: row.text("country")?,
        affiliation: row.text("affiliation")?,
    })
}

pub fn post(row: &impl Get) -> Result<Post, BoxError> {
    Ok(Post {
        id: row.int("id")?,
        thread_id: row.int("thread_id")?,
        author: voice(row)?,
        lang: row.text("lang")?,
        body_html: row.text("body_html")?,
        reply_to: row.opt_int("reply_to")?,
        created_at: row.int("created_at")?,
        hidden: match row.opt_int("hidden_at")? {
            Some(_) => Some(row.opt_text("hidden_reason")?.unwrap_or_default()),
            None => None,
        },
        held: row.int("held")? != 0,
        edited_at: row.opt_int("edited_at")?,
    })
}

pub fn participant(row: &impl Get) -> Result<Participant, BoxError> {
    let role = row.text("role")?;
    let languages = row.text("languages")?;
    Ok(Participant {
        id: row.int("id")?,
        display_name: row.text("display_name")?,
        email: row.text("email")?,
        stakeholder_group: group(row)?,
        country: row.text("country")?,
        affiliation: row.text("affiliation")?,
        role: Role::from_code(&role).ok_or_else(|| format!("role {role:?}"))?,
        created_at: row.int("created_at")?,
        profile: Profile {
            gender: row.opt_text("gender")?,
            languages: languages.split_whitespace().map(str::to_string).collect(),
            ui_lang: row.text("ui_lang")?,
        },
        coc_accepted_at: row.opt_int("coc_accepted_at")?,
        suspension: match row.opt_int("suspended_at")? {
            Some(at) => Some(Suspension {
                at,
                reason: row.opt_text("suspension_reason")?.unwrap_or_default(),
            }),
            None => None,
        },
        deleted: row.opt_int("deleted_at")?.is_some(),
        translator: row.int("translator")? != 0,
        posting_blocked: row.opt_int("posting_blocked_at")?.is_some(),
    })
}

pub fn topic(row: &impl Get, lang: &str) -> Result<Topic, BoxError> {
    let points = row.text("mandate_points")?;
    let name = match row.opt_text("tr_title")? {
        Some(text) => Title {
            text,
            lang: lang.to_string(),
        },
        None => Title {
            text: row.text("title")?,
            lang: row.text("original_lang")?,
        },
    };
    Ok(Topic {
        id: row.int("id")?,
        slug: row.text("slug")?,
        text_id: row.int("text_id")?,
        name,
        mandate_points: points
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect(),
    })
}

/// One row of a balance query: a key column and its count `n`.
pub fn count_by(row: &impl Get, key: &str) -> Result<(String, i64), BoxError> {
    Ok((row.text(key)?, row.int("n")?))
}

pub fn groups(rows: Vec<(String, i64)>) -> Vec<(StakeholderGroup, i64)> {
    rows.into_iter()
        .filter_map(|(code, n)| StakeholderGroup::from_code(&code).map(|g| (g, n)))
        .collect()
}
