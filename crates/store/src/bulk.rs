//! Bulk loading for generators and imports: many records per transaction, each written
//! by the same code as the single-record methods (counters, change log and all), so a
//! bulk-loaded forum is indistinguishable from one built a record at a time.

use crate::sql::SqlStore;
use crate::Result;
use convene_core::model::{MemberRole, NewParticipant, NewPost, NewThread};

impl SqlStore {
    pub(crate) async fn do_create_participants(&self, all: &[NewParticipant]) -> Result<Vec<i64>> {
        let mut tx = self.write.begin().await?;
        let mut ids = Vec::with_capacity(all.len());
        for p in all {
            ids.push(self.insert_participant(&mut tx, p).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    pub(crate) async fn do_join_coalitions(&self, members: &[(i64, i64)]) -> Result<()> {
        let mut tx = self.write.begin().await?;
        for (coalition, participant) in members {
            self.join_in(&mut tx, *coalition, *participant, MemberRole::Member)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn do_create_threads(&self, all: &[NewThread]) -> Result<Vec<i64>> {
        let mut tx = self.write.begin().await?;
        let mut ids = Vec::with_capacity(all.len());
        for t in all {
            ids.push(self.insert_thread(&mut tx, t).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    pub(crate) async fn do_add_posts(&self, all: &[NewPost]) -> Result<Vec<i64>> {
        let mut tx = self.write.begin().await?;
        let mut ids = Vec::with_capacity(all.len());
        for p in all {
            ids.push(self.insert_post(&mut tx, p).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }
}
