//! Applying convene_core::visibility to requests: the facts are loaded from the store and
//! the rule decides. Handlers answer "not found" for what the reader may not see, so
//! private things do not reveal that they exist.

use crate::error::{OrPage, PageError};
use crate::{AppState, Ctx};
use convene_core::meeting;
use convene_core::visibility::{
    may_see_text, may_see_thread, post_view, PostFacts, PostView, TextOwner, ThreadFacts,
};
use convene_store::PostState;

/// What the text belongs to, with the facts the rule needs.
pub async fn text_owner(ctx: &Ctx, app: &AppState, text_id: i64) -> Result<TextOwner, PageError> {
    let Some((kind, id)) = app.store.text_owner(text_id).await.or_page(ctx)? else {
        return Ok(TextOwner::Public);
    };
    if kind == "coalition" {
        let Some((held, hidden)) = app.store.coalition_state(id).await.or_page(ctx)? else {
            return Ok(TextOwner::Public);
        };
        let coordinators = if held {
            app.store.coalition_coordinators(id).await.or_page(ctx)?
        } else {
            Vec::new()
        };
        return Ok(TextOwner::Coalition {
            held,
            hidden,
            coordinators,
        });
    }
    if kind != "proposal" {
        return Ok(TextOwner::Public);
    }
    let m = &*app.store;
    let Some(proposal) = m.proposal(id, ctx.code()).await.or_page(ctx)? else {
        return Ok(TextOwner::Public);
    };
    let organisers = m.organisers(id).await.or_page(ctx)?;
    let affiliations: Vec<String> = organisers.iter().map(|o| o.affiliation.clone()).collect();
    // Reviewers never see proposals from their own organisation.
    let reviewers = m
        .assigned_reviewers(id)
        .await
        .or_page(ctx)?
        .into_iter()
        .map(|(r, _)| r)
        .filter(|r| match &ctx.viewer {
            Some(me) if me.id == *r => !meeting::same_organisation(&me.affiliation, &affiliations),
            _ => true,
        })
        .collect();
    Ok(TextOwner::Proposal {
        status: proposal.status,
        organisers: organisers.iter().map(|o| o.id).collect(),
        reviewers,
    })
}

/// Whether the reader may see this text at all.
pub async fn text_visible(ctx: &Ctx, app: &AppState, text_id: i64) -> Result<bool, PageError> {
    let owner = text_owner(ctx, app, text_id).await?;
    Ok(may_see_text(ctx.actor(), &owner))
}

/// What the reader may see of a post.
pub async fn post(ctx: &Ctx, app: &AppState, state: &PostState) -> Result<PostView, PageError> {
    let coordinators = match state.coalition_id {
        Some(c) => app.store.coalition_coordinators(c).await.or_page(ctx)?,
        None => Vec::new(),
    };
    let thread_ok = thread_visible_with(ctx, app, state.thread_id, &coordinators).await?;
    if !thread_ok {
        return Ok(PostView::Nothing);
    }
    Ok(post_view(
        ctx.actor(),
        PostFacts {
            author: state.author_id,
            held: state.held,
            hidden: state.hidden,
            coordinators: &coordinators,
        },
    ))
}

/// Loads a post's state and what the reader may see of it; `None` when it does not exist.
pub async fn post_by_id(
    ctx: &Ctx,
    app: &AppState,
    post_id: i64,
) -> Result<Option<(PostState, PostView)>, PageError> {
    let Some(state) = app.store.post_state(post_id).await.or_page(ctx)? else {
        return Ok(None);
    };
    let view = post(ctx, app, &state).await?;
    Ok(Some((state, view)))
}

async fn thread_visible_with(
    ctx: &Ctx,
    app: &AppState,
    thread_id: i64,
    coordinators: &[i64],
) -> Result<bool, PageError> {
    if !app
        .store
        .thread_opening_held(thread_id)
        .await
        .or_page(ctx)?
    {
        return Ok(true);
    }
    let Some(t) = app.store.thread(thread_id).await.or_page(ctx)? else {
        return Ok(false);
    };
    Ok(may_see_thread(
        ctx.actor(),
        ThreadFacts {
            author: t.author_id,
            opening_held: true,
            coordinators,
        },
    ))
}
