//! Rate limits on what attackers hammer: sign-in, registration, password reset. Counted
//! in the database so every app server shares them.

use crate::error::{AppError, PageError};
use crate::{AppState, Ctx};

pub struct Limit {
    pub name: &'static str,
    pub window: i64,
    pub max: i64,
}

pub const SIGNIN_PER_IP: Limit = Limit {
    name: "signin-ip",
    window: 15 * 60,
    max: 30,
};
pub const SIGNIN_PER_ACCOUNT: Limit = Limit {
    name: "signin-account",
    window: 15 * 60,
    max: 10,
};
pub const REGISTER_PER_IP: Limit = Limit {
    name: "register-ip",
    window: 3600,
    max: 10,
};
pub const RESET_PER_IP: Limit = Limit {
    name: "reset-ip",
    window: 3600,
    max: 10,
};
/// Posts (threads and replies) per account: generous for people, a wall for floods.
pub const POSTS_PER_ACCOUNT: Limit = Limit {
    name: "post-account",
    window: 10 * 60,
    max: 30,
};
/// Reset mails per address. Reaching it sends no more mail but never refuses the
/// page, so a stranger asking for someone's resets cannot stop the owner's recovery:
/// the links already sent keep working for their hour, and the count starts again.
pub const RESET_PER_ACCOUNT: Limit = Limit {
    name: "reset-account",
    window: 3600,
    max: 3,
};
/// Mails about a registration with one address: its confirmation link, or telling the
/// owner that someone tried to register with it.
pub const TAKEN_MAIL_PER_ACCOUNT: Limit = Limit {
    name: "taken-mail-account",
    window: 3600,
    max: 3,
};
/// Choosing a new password with a reset link (each attempt may cost an argon2 hash).
pub const RESET_USE_PER_IP: Limit = Limit {
    name: "reset-use-ip",
    window: 3600,
    max: 20,
};

/// Count one attempt against `limit` for `key`; a 429 page once it is exceeded.
pub async fn check(app: &AppState, ctx: &Ctx, limit: &Limit, key: &str) -> Result<(), PageError> {
    if allowed(app, ctx, limit, key).await? {
        Ok(())
    } else {
        Err(ctx.fail(AppError::TooMany))
    }
}

/// Count one attempt against `limit` for `key`; false once it is exceeded.
pub async fn allowed(
    app: &AppState,
    ctx: &Ctx,
    limit: &Limit,
    key: &str,
) -> Result<bool, PageError> {
    let bucket = format!("{}:{}", limit.name, key.to_lowercase());
    let allowed = app
        .store
        .hit_rate_limit(&bucket, limit.window, limit.max, convene_core::date::now())
        .await
        .map_err(|e| ctx.fail(e.into()))?;
    if !allowed {
        tracing::warn!(bucket, "rate limit reached");
    }
    Ok(allowed)
}
