//! Turning rows into domain records. Columns are read by name; codes that do not decode
//! are reported as corrupt rows rather than guessed at.

use crate::{Result, StoreError};
use convene_core::model::*;
use convene_core::StakeholderGroup;
use sqlx::any::AnyRow;
use sqlx::Row;

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what} {value:?}"))
}

fn group(row: &AnyRow) -> Result<StakeholderGroup> {
    let code: String = row.try_get("stakeholder_group")?;
    StakeholderGroup::from_code(&code).ok_or_else(|| corrupt("stakeholder group", &code))
}

pub fn participant(row: &AnyRow) -> Result<Participant> {
    let role: String = row.try_get("role")?;
    let languages: String = row.try_get("languages")?;
    let suspended_at: Option<i64> = row.try_get("suspended_at")?;
    let deleted_at: Option<i64> = row.try_get("deleted_at")?;
    Ok(Participant {
        id: row.try_get("id")?,
        display_name: row.try_get("display_name")?,
        email: row.try_get("email")?,
        stakeholder_group: group(row)?,
        country: row.try_get("country")?,
        affiliation: row.try_get("affiliation")?,
        role: Role::from_code(&role).ok_or_else(|| corrupt("role", &role))?,
        created_at: row.try_get("created_at")?,
        profile: Profile {
            gender: row.try_get("gender")?,
            languages: languages.split_whitespace().map(str::to_string).collect(),
            ui_lang: row.try_get("ui_lang")?,
        },
        coc_accepted_at: row.try_get("coc_accepted_at")?,
        suspension: match suspended_at {
            Some(at) => Some(Suspension {
                at,
                reason: row
                    .try_get::<Option<String>, _>("suspension_reason")?
                    .unwrap_or_default(),
            }),
            None => None,
        },
        deleted: deleted_at.is_some(),
        translator: row.try_get::<i64, _>("translator")? != 0,
        posting_blocked: row
            .try_get::<Option<i64>, _>("posting_blocked_at")?
            .is_some(),
    })
}

pub fn audit(row: &AnyRow) -> Result<AuditEntry> {
    Ok(AuditEntry {
        id: row.try_get("id")?,
        actor_id: row.try_get("actor_id")?,
        actor_name: row.try_get("actor_name")?,
        action: row.try_get("action")?,
        target_id: row.try_get("target_id")?,
        target_name: row.try_get("target_name")?,
        reason: row.try_get("reason")?,
        at: row.try_get("at")?,
    })
}

pub fn post_summary(row: &AnyRow) -> Result<PostSummary> {
    Ok(PostSummary {
        post_id: row.try_get("id")?,
        thread_id: row.try_get("thread_id")?,
        thread_title: row.try_get("title")?,
        thread_lang: row.try_get("thread_lang")?,
        lang: row.try_get("lang")?,
        body_md: row.try_get("body_md")?,
        created_at: row.try_get("created_at")?,
    })
}

/// Author columns selected as `a_id`, `display_name`, `stakeholder_group`, `country`,
/// `affiliation`.
pub fn voice(row: &AnyRow) -> Result<Voice> {
    let deleted_at: Option<i64> = row.try_get("a_deleted_at")?;
    Ok(Voice {
        former: deleted_at.is_some(),
        id: row.try_get("a_id")?,
        display_name: row.try_get("display_name")?,
        stakeholder_group: group(row)?,
        country: row.try_get("country")?,
        affiliation: row.try_get("affiliation")?,
    })
}

pub fn text(row: &AnyRow) -> Result<Text> {
    Ok(Text {
        id: row.try_get("id")?,
        original_lang: row.try_get("original_lang")?,
        revision: row.try_get("revision")?,
        title: row.try_get("title")?,
        body_md: row.try_get("body_md")?,
        body_html: row.try_get("body_html")?,
        updated_at: row.try_get("updated_at")?,
    })
}

pub fn translation(row: &AnyRow) -> Result<Translation> {
    Ok(Translation {
        id: row.try_get("id")?,
        text_id: row.try_get("text_id")?,
        lang: row.try_get("lang")?,
        title: row.try_get("title")?,
        body_md: row.try_get("body_md")?,
        body_html: row.try_get("body_html")?,
        source_revision: row.try_get("source_revision")?,
        translator_id: row.try_get("translator_id")?,
        machine: row.try_get::<i64, _>("machine")? != 0,
        approved: row.try_get::<i64, _>("approved")? != 0,
        created_at: row.try_get("created_at")?,
    })
}

/// A title from `title`/`original_lang` and an optional `tr_title` translated into `lang`.
pub fn title(row: &AnyRow, lang: &str) -> Result<Title> {
    let translated: Option<String> = row.try_get("tr_title")?;
    Ok(match translated {
        Some(text) => Title {
            text,
            lang: lang.to_string(),
        },
        None => Title {
            text: row.try_get("title")?,
            lang: row.try_get("original_lang")?,
        },
    })
}

pub fn edition(row: &AnyRow, lang: &str) -> Result<Edition> {
    Ok(Edition {
        id: row.try_get("id")?,
        year: row.try_get("year")?,
        host_country: row.try_get("host_country")?,
        city: row.try_get("city")?,
        starts_on: row.try_get("starts_on")?,
        ends_on: row.try_get("ends_on")?,
        text_id: row.try_get("text_id")?,
        theme: title(row, lang)?,
        time_zone: row.try_get("time_zone")?,
        call_opens_on: row.try_get("call_opens_on")?,
        call_closes_on: row.try_get("call_closes_on")?,
        proposal_limit: row.try_get("proposal_limit")?,
        word_limit: row.try_get("word_limit")?,
    })
}

pub fn coalition(row: &AnyRow, lang: &str) -> Result<Coalition> {
    Ok(Coalition {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        text_id: row.try_get("text_id")?,
        name: title(row, lang)?,
        member_count: row.try_get("member_count")?,
        created_at: row.try_get("created_at")?,
        held: row.try_get::<i64, _>("held")? != 0,
        hidden: match row.try_get::<Option<i64>, _>("hidden_at")? {
            Some(_) => Some(
                row.try_get::<Option<String>, _>("hidden_reason")?
                    .unwrap_or_default(),
            ),
            None => None,
        },
    })
}

pub fn member(row: &AnyRow) -> Result<Member> {
    let role: String = row.try_get("role")?;
    Ok(Member {
        voice: voice(row)?,
        role: MemberRole::from_code(&role).ok_or_else(|| corrupt("member role", &role))?,
        joined_at: row.try_get("joined_at")?,
    })
}

pub fn thread(row: &AnyRow) -> Result<Thread> {
    Ok(Thread {
        id: row.try_get("id")?,
        coalition_id: row.try_get("coalition_id")?,
        title: row.try_get("title")?,
        lang: row.try_get("lang")?,
        author_id: row.try_get("author_id")?,
        created_at: row.try_get("created_at")?,
        last_post_at: row.try_get("last_post_at")?,
        post_count: row.try_get("post_count")?,
    })
}

pub fn post(row: &AnyRow) -> Result<Post> {
    Ok(Post {
        id: row.try_get("id")?,
        thread_id: row.try_get("thread_id")?,
        author: voice(row)?,
        lang: row.try_get("lang")?,
        body_html: row.try_get("body_html")?,
        reply_to: row.try_get("reply_to")?,
        created_at: row.try_get("created_at")?,
        hidden: match row.try_get::<Option<i64>, _>("hidden_at")? {
            Some(_) => Some(
                row.try_get::<Option<String>, _>("hidden_reason")?
                    .unwrap_or_default(),
            ),
            None => None,
        },
        held: row.try_get::<i64, _>("held")? != 0,
        edited_at: row.try_get("edited_at")?,
    })
}

pub fn change(row: &AnyRow) -> Result<Change> {
    Ok(Change {
        seq: row.try_get("seq")?,
        entity: row.try_get("entity")?,
        entity_id: row.try_get("entity_id")?,
        op: row.try_get("op")?,
        at: row.try_get("at")?,
    })
}
