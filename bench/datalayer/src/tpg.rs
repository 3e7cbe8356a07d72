//! tokio-postgres: one task per connection, a plain pool, prepared statements kept per
//! connection (as sqlx keeps them).

use crate::db::{Db, Voices};
use crate::pool::Pool;
use crate::{decode, sql, BoxError};
use async_trait::async_trait;
use convene_core::model::{NewPost, Participant, Post, Thread, Topic};
use std::collections::HashMap;
use std::sync::Arc;
use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, GenericClient, NoTls, Row, Statement};

pub struct Conn {
    client: Client,
    prepared: HashMap<&'static str, Statement>,
}

pub struct TokioPgDb {
    pool: Arc<Pool<Conn>>,
}

impl TokioPgDb {
    pub async fn connect(url: &str, size: usize) -> Result<Self, BoxError> {
        let mut conns = Vec::with_capacity(size);
        for _ in 0..size {
            let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
            tokio::spawn(async move {
                if let Err(e) = connection.await {
                    eprintln!("tokio-postgres connection: {e}");
                }
            });
            conns.push(Conn {
                client,
                prepared: HashMap::new(),
            });
        }
        Ok(Self {
            pool: Pool::new(conns),
        })
    }

    async fn all(
        &self,
        sql: &'static str,
        args: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<Row>, BoxError> {
        let mut conn = self.pool.get().await?;
        let Conn { client, prepared } = &mut *conn;
        let stmt = statement(client, prepared, sql).await?;
        Ok(client.query(&stmt, args).await?)
    }
}

async fn statement(
    client: &impl GenericClient,
    prepared: &mut HashMap<&'static str, Statement>,
    sql: &'static str,
) -> Result<Statement, BoxError> {
    if let Some(s) = prepared.get(sql) {
        return Ok(s.clone());
    }
    let s = client.prepare(sql).await?;
    prepared.insert(sql, s.clone());
    Ok(s)
}

#[async_trait]
impl Db for TokioPgDb {
    async fn thread(&self, id: i64) -> Result<Option<Thread>, BoxError> {
        let rows = self.all(sql::THREAD, &[&id]).await?;
        rows.first().map(decode::thread).transpose()
    }
    async fn coordinators(&self, coalition: i64) -> Result<Vec<i64>, BoxError> {
        let rows = self.all(sql::COORDINATORS, &[&coalition]).await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<_, _>>()?)
    }
    async fn opening_held(&self, thread: i64) -> Result<bool, BoxError> {
        let rows = self.all(sql::OPENING_HELD, &[&thread]).await?;
        let held: Option<i64> = rows.first().map(|r| r.try_get(0)).transpose()?;
        Ok(held.unwrap_or(0) != 0)
    }
    async fn posts(&self, thread: i64, after: i64, limit: i64) -> Result<Vec<Post>, BoxError> {
        let rows = self.all(sql::POSTS, &[&thread, &after, &limit]).await?;
        rows.iter().map(decode::post).collect()
    }
    async fn voices(&self, thread: i64) -> Result<Voices, BoxError> {
        let groups = self.all(sql::VOICES_BY_GROUP, &[&thread]).await?;
        let countries = self.all(sql::VOICES_BY_COUNTRY, &[&thread]).await?;
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
        let rows = self.all(sql::TOPICS, &[&lang, &thread]).await?;
        rows.iter().map(|r| decode::topic(r, lang)).collect()
    }
    async fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Participant, i64)>, BoxError> {
        use crate::decode::Get;
        let rows = self.all(sql::SESSION_READER, &[&token_hash, &now]).await?;
        rows.first()
            .map(|r| Ok((decode::participant(r)?, r.int("unread_count")?)))
            .transpose()
    }
    async fn follows(&self, who: i64, kind: &str, item: i64) -> Result<bool, BoxError> {
        let rows = self.all(sql::FOLLOWS, &[&who, &kind, &item]).await?;
        let n: i64 = rows.first().ok_or("no count")?.try_get(0)?;
        Ok(n > 0)
    }

    async fn reply(&self, new: &NewPost) -> Result<i64, BoxError> {
        let at = convene_core::date::now();
        let html = convene_core::markdown::to_safe_html(&new.body_md);
        let mut conn = self.pool.get().await?;
        let Conn { client, prepared } = &mut *conn;
        let tx = client.transaction().await?;
        let st = statement(&tx, prepared, sql::BUMP_THREAD).await?;
        let bumped = tx
            .execute(&st, &[&new.thread_id, &at, &i64::from(!new.held)])
            .await?;
        if bumped != 1 {
            return Err("no such thread".into());
        }
        let st = statement(&tx, prepared, sql::INSERT_POST).await?;
        let row = tx
            .query_one(
                &st,
                &[
                    &new.thread_id,
                    &new.author_id,
                    &new.lang,
                    &new.body_md,
                    &html,
                    &new.reply_to,
                    &at,
                    &i64::from(new.held),
                ],
            )
            .await?;
        let id: i64 = row.try_get(0)?;
        if !new.held {
            let st = statement(&tx, prepared, sql::POST_VOICE_ADD).await?;
            tx.execute(&st, &[&new.thread_id, &new.author_id]).await?;
        }
        let st = statement(&tx, prepared, sql::CHANGE_LOG_LOCK).await?;
        tx.query(&st, &[&sql::CHANGE_LOG_LOCK_KEY]).await?;
        let st = statement(&tx, prepared, sql::LOG_CHANGE).await?;
        tx.execute(&st, &[&"post", &id, &"create", &at]).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn close(&self) {
        drop(self.pool.drain());
    }
}
