//! A plain pool for the drivers that have none: connections on a stack, a semaphore to
//! wait for one. A connection goes back when its guard drops.

use crate::BoxError;
use std::ops::{Deref, DerefMut};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

pub struct Pool<T> {
    idle: Mutex<Vec<T>>,
    free: Semaphore,
}

pub struct Guard<T> {
    pool: Arc<Pool<T>>,
    item: Option<T>,
}

impl<T> Pool<T> {
    pub fn new(items: Vec<T>) -> Arc<Self> {
        Arc::new(Self {
            free: Semaphore::new(items.len()),
            idle: Mutex::new(items),
        })
    }

    pub async fn get(self: &Arc<Self>) -> Result<Guard<T>, BoxError> {
        self.free.acquire().await?.forget();
        let item = self.idle.lock().map_err(|_| "pool lock poisoned")?.pop();
        match item {
            Some(item) => Ok(Guard {
                pool: self.clone(),
                item: Some(item),
            }),
            None => Err("pool: a permit without a connection".into()),
        }
    }

    /// Every connection, once none is in use (for closing).
    pub fn drain(&self) -> Vec<T> {
        self.idle
            .lock()
            .map(|mut v| std::mem::take(&mut *v))
            .unwrap_or_default()
    }
}

impl<T> Drop for Guard<T> {
    fn drop(&mut self) {
        if let Some(item) = self.item.take() {
            if let Ok(mut idle) = self.pool.idle.lock() {
                idle.push(item);
            }
            self.pool.free.add_permits(1);
        }
    }
}

impl<T> Deref for Guard<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // Always set until drop.
        self.item.as_ref().unwrap_or_else(|| unreachable!())
    }
}

impl<T> DerefMut for Guard<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.item.as_mut().unwrap_or_else(|| unreachable!())
    }
}
