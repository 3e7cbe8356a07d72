//! One interface over every way of running the statements, shaped like the Store's
//! methods the thread page and a reply call, and the page's read set composed from them
//! the way crates/web does.

use crate::{decode, sql, BoxError};
use async_trait::async_trait;
use convene_core::model::{NewPost, Participant, Post, Thread, Topic};
use convene_core::StakeholderGroup;
use std::sync::Arc;

pub type Voices = (Vec<(StakeholderGroup, i64)>, Vec<(String, i64)>);

/// What the reads aim at.
#[derive(Debug, Clone)]
pub struct Keys {
    pub thread: i64,
    pub token_hash: String,
    pub reader: i64,
    /// The reader's language (`/fr/threads/{id}`).
    pub lang: String,
    pub page_size: i64,
}

#[async_trait]
pub trait Db: Send + Sync {
    async fn thread(&self, id: i64) -> Result<Option<Thread>, BoxError>;
    async fn coordinators(&self, coalition: i64) -> Result<Vec<i64>, BoxError>;
    async fn opening_held(&self, thread: i64) -> Result<bool, BoxError>;
    async fn posts(&self, thread: i64, after: i64, limit: i64) -> Result<Vec<Post>, BoxError>;
    async fn voices(&self, thread: i64) -> Result<Voices, BoxError>;
    async fn topics(&self, thread: i64, lang: &str) -> Result<Vec<Topic>, BoxError>;
    async fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Participant, i64)>, BoxError>;
    async fn follows(&self, who: i64, kind: &str, item: i64) -> Result<bool, BoxError>;
    /// `Store::add_post`: the reply's transaction.
    async fn reply(&self, new: &NewPost) -> Result<i64, BoxError>;
    async fn close(&self) {}

    /// What a signed-in `/fr/threads/{id}` reads when its shared rows are not in memory
    /// (the first reader after a change, or `--no-page-cache`): the session (ctx.rs), the
    /// shared rows (threads.rs `load_shared`: the thread, then five reads at once), then
    /// the follow state. Returns the rows read, as a check.
    async fn page(&self, k: &Keys) -> Result<usize, BoxError> {
        page_default(self, k).await
    }

    /// What a signed-in thread page reads per request when the shared rows are in memory:
    /// the session and the follow state.
    async fn signed_in(&self, k: &Keys) -> Result<usize, BoxError> {
        self.session(&k.token_hash, convene_core::date::now())
            .await?
            .ok_or("no session")?;
        self.follows(k.reader, "thread", k.thread).await?;
        Ok(2)
    }
}

pub async fn page_default<D: Db + ?Sized>(db: &D, k: &Keys) -> Result<usize, BoxError> {
    let (_reader, _unread) = db
        .session(&k.token_hash, convene_core::date::now())
        .await?
        .ok_or("no session")?;
    let thread = db.thread(k.thread).await?.ok_or("no thread")?;
    let coordinators = async {
        match thread.coalition_id {
            Some(c) => db.coordinators(c).await,
            None => Ok(Vec::new()),
        }
    };
    let (coordinators, _held, posts, (groups, countries), topics) = tokio::try_join!(
        coordinators,
        db.opening_held(k.thread),
        db.posts(k.thread, 0, k.page_size + 1),
        db.voices(k.thread),
        db.topics(k.thread, &k.lang),
    )?;
    let _following = db.follows(k.reader, "thread", k.thread).await?;
    Ok(3 + coordinators.len() + posts.len() + groups.len() + countries.len() + topics.len())
}

/// The Store itself, as the server runs it (sqlx `Any`, the store's own pools).
pub struct StoreDb(pub Arc<dyn convene_store::Store>);

#[async_trait]
impl Db for StoreDb {
    async fn thread(&self, id: i64) -> Result<Option<Thread>, BoxError> {
        Ok(self.0.thread(id).await?)
    }
    async fn coordinators(&self, coalition: i64) -> Result<Vec<i64>, BoxError> {
        Ok(self.0.coalition_coordinators(coalition).await?)
    }
    async fn opening_held(&self, thread: i64) -> Result<bool, BoxError> {
        Ok(self.0.thread_opening_held(thread).await?)
    }
    async fn posts(&self, thread: i64, after: i64, limit: i64) -> Result<Vec<Post>, BoxError> {
        Ok(self.0.posts(thread, after, limit).await?)
    }
    async fn voices(&self, thread: i64) -> Result<Voices, BoxError> {
        // The store reads group x region rows now; summed here into the shape measured.
        let rows = self.0.post_balance(thread).await?;
        let b = convene_core::balance::tally(&rows);
        let groups = b.by_group.into_iter().filter(|(_, n)| *n > 0).collect();
        let regions = b
            .by_region
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(r, n)| (r.code().to_string(), n))
            .collect();
        Ok((groups, regions))
    }
    async fn topics(&self, thread: i64, lang: &str) -> Result<Vec<Topic>, BoxError> {
        Ok(self.0.thread_topics(thread, lang).await?)
    }
    async fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Participant, i64)>, BoxError> {
        Ok(self.0.session_reader(token_hash, now).await?)
    }
    async fn follows(&self, who: i64, _kind: &str, item: i64) -> Result<bool, BoxError> {
        Ok(self
            .0
            .follows(who, convene_core::model::FollowKind::Thread, item)
            .await?)
    }
    async fn reply(&self, new: &NewPost) -> Result<i64, BoxError> {
        Ok(self.0.add_post(new).await?)
    }
    async fn close(&self) {
        self.0.close().await;
    }
}

/// The same statements through one sqlx pool type; expanded for `Any`, `Sqlite` and
/// `Postgres` from one text, so only the driver differs.
macro_rules! sqlx_db {
    ($name:ident, $db:ty, $pool:ty) => {
        pub struct $name {
            pub read: $pool,
            pub write: $pool,
            pub postgres: bool,
        }

        #[async_trait]
        impl Db for $name {
            async fn thread(&self, id: i64) -> Result<Option<Thread>, BoxError> {
                let row = sqlx::query(sql::THREAD)
                    .bind(id)
                    .fetch_optional(&self.read)
                    .await?;
                row.as_ref().map(decode::thread).transpose()
            }
            async fn coordinators(&self, coalition: i64) -> Result<Vec<i64>, BoxError> {
                Ok(sqlx::query_scalar(sql::COORDINATORS)
                    .bind(coalition)
                    .fetch_all(&self.read)
                    .await?)
            }
            async fn opening_held(&self, thread: i64) -> Result<bool, BoxError> {
                let held: Option<i64> = sqlx::query_scalar(sql::OPENING_HELD)
                    .bind(thread)
                    .fetch_optional(&self.read)
                    .await?;
                Ok(held.unwrap_or(0) != 0)
            }
            async fn posts(
                &self,
                thread: i64,
                after: i64,
                limit: i64,
            ) -> Result<Vec<Post>, BoxError> {
                let rows = sqlx::query(sql::POSTS)
                    .bind(thread)
                    .bind(after)
                    .bind(limit)
                    .fetch_all(&self.read)
                    .await?;
                rows.iter().map(decode::post).collect()
            }
            async fn voices(&self, thread: i64) -> Result<Voices, BoxError> {
                let groups = sqlx::query(sql::VOICES_BY_GROUP)
                    .bind(thread)
                    .fetch_all(&self.read)
                    .await?;
                let countries = sqlx::query(sql::VOICES_BY_COUNTRY)
                    .bind(thread)
                    .fetch_all(&self.read)
                    .await?;
                let groups = groups
                    .iter()
                    .map(|r| decode::count_by(r, "stakeholder_group"))
                    .collect::<Result<Vec<_>, _>>()?;
                let countries = countries
                    .iter()
                    .map(|r| decode::count_by(r, "country"))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok((decode::groups(groups), countries))
            }
            async fn topics(&self, thread: i64, lang: &str) -> Result<Vec<Topic>, BoxError> {
                let rows = sqlx::query(sql::TOPICS)
                    .bind(lang)
                    .bind(thread)
                    .fetch_all(&self.read)
                    .await?;
                rows.iter().map(|r| decode::topic(r, lang)).collect()
            }
            async fn session(
                &self,
                token_hash: &str,
                now: i64,
            ) -> Result<Option<(Participant, i64)>, BoxError> {
                let row = sqlx::query(sql::SESSION_READER)
                    .bind(token_hash)
                    .bind(now)
                    .fetch_optional(&self.read)
                    .await?;
                row.as_ref()
                    .map(|r| {
                        use crate::decode::Get;
                        Ok((decode::participant(r)?, r.int("unread_count")?))
                    })
                    .transpose()
            }
            async fn follows(&self, who: i64, kind: &str, item: i64) -> Result<bool, BoxError> {
                let n: i64 = sqlx::query_scalar(sql::FOLLOWS)
                    .bind(who)
                    .bind(kind)
                    .bind(item)
                    .fetch_one(&self.read)
                    .await?;
                Ok(n > 0)
            }
            async fn reply(&self, new: &NewPost) -> Result<i64, BoxError> {
                let at = convene_core::date::now();
                let html = convene_core::markdown::to_safe_html(&new.body_md);
                let mut tx = self.write.begin().await?;
                let bumped = sqlx::query(sql::BUMP_THREAD)
                    .bind(new.thread_id)
                    .bind(at)
                    .bind(i64::from(!new.held))
                    .execute(&mut *tx)
                    .await?;
                if bumped.rows_affected() != 1 {
                    return Err("no such thread".into());
                }
                let id: i64 = sqlx::query_scalar(sql::INSERT_POST)
                    .bind(new.thread_id)
                    .bind(new.author_id)
                    .bind(&new.lang)
                    .bind(&new.body_md)
                    .bind(html)
                    .bind(new.reply_to)
                    .bind(at)
                    .bind(i64::from(new.held))
                    .fetch_one(&mut *tx)
                    .await?;
                if !new.held {
                    sqlx::query(sql::POST_VOICE_ADD)
                        .bind(new.thread_id)
                        .bind(new.author_id)
                        .execute(&mut *tx)
                        .await?;
                }
                if self.postgres {
                    sqlx::query(sql::CHANGE_LOG_LOCK)
                        .bind(sql::CHANGE_LOG_LOCK_KEY)
                        .fetch_all(&mut *tx)
                        .await?;
                }
                sqlx::query(sql::LOG_CHANGE)
                    .bind("post")
                    .bind(id)
                    .bind("create")
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(id)
            }
            async fn close(&self) {
                self.read.close().await;
                self.write.close().await;
            }
        }
    };
}

sqlx_db!(AnyDb, sqlx::Any, sqlx::AnyPool);
sqlx_db!(SqliteDb, sqlx::Sqlite, sqlx::SqlitePool);
sqlx_db!(PgDb, sqlx::Postgres, sqlx::PgPool);
