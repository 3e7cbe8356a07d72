//! rusqlite on a small pool of connections, each call on tokio's blocking threads: the
//! same statements, the same pragmas as crates/store/src/backend/sqlite.rs, one writer.

use crate::db::{Db, Keys, Voices};
use crate::pool::{Guard, Pool};
use crate::{decode, sql, BoxError};
use async_trait::async_trait;
use convene_core::model::{NewPost, Participant, Post, Thread, Topic};
use rusqlite::types::ToSql;
use rusqlite::{Connection, Statement};
use std::path::Path;
use std::sync::Arc;

pub struct LiteDb {
    read: Arc<Pool<Connection>>,
    write: Arc<Pool<Connection>>,
    /// Run the whole page's read set in one blocking call on one connection, instead of
    /// one call per Store method.
    pub one_call: bool,
}

fn connection(path: &Path) -> Result<Connection, BoxError> {
    let conn = Connection::open(path)?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;",
    )?;
    conn.set_prepared_statement_cache_capacity(100);
    Ok(conn)
}

impl LiteDb {
    pub fn open(path: &Path, readers: usize, one_call: bool) -> Result<Self, BoxError> {
        let read = (0..readers)
            .map(|_| connection(path))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            read: Pool::new(read),
            write: Pool::new(vec![connection(path)?]),
            one_call,
        })
    }

    /// `f` on a reader connection, on a blocking thread.
    async fn on_reader<T, F>(&self, f: F) -> Result<T, BoxError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, BoxError> + Send + 'static,
    {
        run(self.read.get().await?, f).await
    }
}

async fn run<T, F>(mut conn: Guard<Connection>, f: F) -> Result<T, BoxError>
where
    T: Send + 'static,
    F: FnOnce(&mut Connection) -> Result<T, BoxError> + Send + 'static,
{
    tokio::task::spawn_blocking(move || f(&mut conn)).await?
}

/// Bind `args` to a statement written with `$n` placeholders. SQLite takes `$1` as a
/// parameter *named* "$1" and numbers parameters in order of first appearance, so
/// `... $3 ... $2 ... $1` must be bound by name, not position; this is all one SQL
/// text for both backends needs of a driver that binds by position.
fn bind(stmt: &mut Statement<'_>, args: &[&dyn ToSql]) -> Result<(), BoxError> {
    for i in 1..=stmt.parameter_count() {
        let name = stmt.parameter_name(i).ok_or("unnamed parameter")?;
        let n: usize = name
            .strip_prefix('$')
            .ok_or("not a $n parameter")?
            .parse()?;
        let arg = args.get(n - 1).ok_or("too few arguments")?;
        stmt.raw_bind_parameter(i, arg)?;
    }
    Ok(())
}

fn all<T>(
    conn: &Connection,
    sql: &str,
    args: &[&dyn ToSql],
    mut each: impl FnMut(&rusqlite::Row<'_>) -> Result<T, BoxError>,
) -> Result<Vec<T>, BoxError> {
    let mut stmt = conn.prepare_cached(sql)?;
    bind(&mut stmt, args)?;
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(each(row)?);
    }
    Ok(out)
}

fn execute(conn: &Connection, sql: &str, args: &[&dyn ToSql]) -> Result<usize, BoxError> {
    let mut stmt = conn.prepare_cached(sql)?;
    bind(&mut stmt, args)?;
    Ok(stmt.raw_execute()?)
}

fn thread(c: &Connection, id: i64) -> Result<Option<Thread>, BoxError> {
    Ok(all(c, sql::THREAD, &[&id], |r| decode::thread(r))?
        .into_iter()
        .next())
}
fn coordinators(c: &Connection, coalition: i64) -> Result<Vec<i64>, BoxError> {
    all(c, sql::COORDINATORS, &[&coalition], |r| {
        Ok(r.get::<_, i64>(0)?)
    })
}
fn opening_held(c: &Connection, thread: i64) -> Result<bool, BoxError> {
    let held = all(
        c,
        sql::OPENING_HELD,
        &[&thread],
        |r| Ok(r.get::<_, i64>(0)?),
    )?;
    Ok(held.first().copied().unwrap_or(0) != 0)
}
fn posts(c: &Connection, thread: i64, after: i64, limit: i64) -> Result<Vec<Post>, BoxError> {
    all(c, sql::POSTS, &[&thread, &after, &limit], |r| {
        decode::post(r)
    })
}
fn voices(c: &Connection, thread: i64) -> Result<Voices, BoxError> {
    let groups = all(c, sql::VOICES_BY_GROUP, &[&thread], |r| {
        decode::count_by(r, "stakeholder_group")
    })?;
    let countries = all(c, sql::VOICES_BY_COUNTRY, &[&thread], |r| {
        decode::count_by(r, "country")
    })?;
    Ok((decode::groups(groups), countries))
}
fn topics(c: &Connection, thread: i64, lang: &str) -> Result<Vec<Topic>, BoxError> {
    all(c, sql::TOPICS, &[&lang, &thread], |r| {
        decode::topic(r, lang)
    })
}
fn session(c: &Connection, token: &str, now: i64) -> Result<Option<(Participant, i64)>, BoxError> {
    use crate::decode::Get;
    Ok(all(c, sql::SESSION_READER, &[&token, &now], |r| {
        Ok((decode::participant(r)?, r.int("unread_count")?))
    })?
    .into_iter()
    .next())
}
fn follows(c: &Connection, who: i64, kind: &str, item: i64) -> Result<bool, BoxError> {
    let n = all(c, sql::FOLLOWS, &[&who, &kind, &item], |r| {
        Ok(r.get::<_, i64>(0)?)
    })?;
    Ok(n.first().copied().unwrap_or(0) > 0)
}

#[async_trait]
impl Db for LiteDb {
    async fn thread(&self, id: i64) -> Result<Option<Thread>, BoxError> {
        self.on_reader(move |c| thread(c, id)).await
    }
    async fn coordinators(&self, coalition: i64) -> Result<Vec<i64>, BoxError> {
        self.on_reader(move |c| coordinators(c, coalition)).await
    }
    async fn opening_held(&self, id: i64) -> Result<bool, BoxError> {
        self.on_reader(move |c| opening_held(c, id)).await
    }
    async fn posts(&self, id: i64, after: i64, limit: i64) -> Result<Vec<Post>, BoxError> {
        self.on_reader(move |c| posts(c, id, after, limit)).await
    }
    async fn voices(&self, id: i64) -> Result<Voices, BoxError> {
        self.on_reader(move |c| voices(c, id)).await
    }
    async fn topics(&self, id: i64, lang: &str) -> Result<Vec<Topic>, BoxError> {
        let lang = lang.to_string();
        self.on_reader(move |c| topics(c, id, &lang)).await
    }
    async fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Participant, i64)>, BoxError> {
        let token = token_hash.to_string();
        self.on_reader(move |c| session(c, &token, now)).await
    }
    async fn follows(&self, who: i64, kind: &str, item: i64) -> Result<bool, BoxError> {
        let kind = kind.to_string();
        self.on_reader(move |c| follows(c, who, &kind, item)).await
    }

    async fn reply(&self, new: &NewPost) -> Result<i64, BoxError> {
        let new = new.clone();
        run(self.write.get().await?, move |conn| {
            let at = convene_core::date::now();
            let html = convene_core::markdown::to_safe_html(&new.body_md);
            // Deferred, as sqlx's `begin` on SQLite.
            let tx = conn.transaction()?;
            let bumped = execute(
                &tx,
                sql::BUMP_THREAD,
                &[&new.thread_id, &at, &i64::from(!new.held)],
            )?;
            if bumped != 1 {
                return Err("no such thread".into());
            }
            let id = all(
                &tx,
                sql::INSERT_POST,
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
                |r| Ok(r.get::<_, i64>(0)?),
            )?
            .first()
            .copied()
            .ok_or("no id returned")?;
            if !new.held {
                execute(&tx, sql::POST_VOICE_ADD, &[&new.thread_id, &new.author_id])?;
            }
            execute(&tx, sql::LOG_CHANGE, &[&"post", &id, &"create", &at])?;
            tx.commit()?;
            Ok(id)
        })
        .await
    }

    async fn page(&self, k: &Keys) -> Result<usize, BoxError> {
        if !self.one_call {
            return crate::db::page_default(self, k).await;
        }
        let k = k.clone();
        self.on_reader(move |c| {
            session(c, &k.token_hash, convene_core::date::now())?.ok_or("no session")?;
            let t = thread(c, k.thread)?.ok_or("no thread")?;
            let coordinators = match t.coalition_id {
                Some(id) => coordinators(c, id)?,
                None => Vec::new(),
            };
            opening_held(c, k.thread)?;
            let posts = posts(c, k.thread, 0, k.page_size + 1)?;
            let (groups, countries) = voices(c, k.thread)?;
            let topics = topics(c, k.thread, &k.lang)?;
            follows(c, k.reader, "thread", k.thread)?;
            Ok(
                3 + coordinators.len()
                    + posts.len()
                    + groups.len()
                    + countries.len()
                    + topics.len(),
            )
        })
        .await
    }

    async fn close(&self) {
        drop(self.read.drain());
        drop(self.write.drain());
    }
}
