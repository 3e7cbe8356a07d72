//! Content pages such as About: translatable, served in the reader's language with an
//! honest notice when the text is not (or no longer) in it.

use crate::error::{OrPage, PageError};
use crate::layout::{Alternates, Head};
use crate::locale::FluentValueArg;
use crate::{AppState, Ctx};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use convene_core::model::Localized;
use convene_core::TranslationState;
use convene_i18n::{direction_of, is_supported};
use maud::{html, Markup, PreEscaped};

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/pages/{slug}", get(page))
}

async fn page(
    ctx: Ctx,
    Path((_, slug)): Path<(String, String)>,
    State(app): State<AppState>,
) -> Result<Response, PageError> {
    let page = app.store.page_by_slug(&slug).await.or_page(&ctx)?;
    let page = page.ok_or_else(|| ctx.not_found())?;
    let text = app
        .store
        .localized(page.text_id, ctx.code())
        .await
        .or_page(&ctx)?;
    let text = text.ok_or_else(|| ctx.not_found())?;
    let state = text.state();
    let tools = content_tools_for(&ctx, &text, &[]);
    let body = html! {
        (notice(&ctx, &text, &format!("/pages/{slug}")))
        (content(&text))
        (tools)
    };
    let summary = text.summary();
    let head = Head {
        title: text.title(),
        noindex: !state.indexable(),
        alternates: Alternates::Only(&text.available),
        description: Some(&summary),
    };
    Ok(ctx.page(head, body))
}

/// Links to translate the text and, for those allowed, to edit the original.
pub async fn content_tools(
    ctx: &Ctx,
    app: &AppState,
    text: &Localized,
) -> Result<Markup, PageError> {
    let coordinators = app
        .store
        .text_coordinators(text.original.id)
        .await
        .or_page(ctx)?;
    Ok(content_tools_for(ctx, text, &coordinators))
}

/// [`content_tools`] where the text's coordinators are known already: a coalition's
/// (shared by all its page's readers), or none for texts no coalition owns (topics,
/// pages, meetings), which saves a query on every signed-in view.
pub fn content_tools_for(ctx: &Ctx, text: &Localized, coordinators: &[i64]) -> Markup {
    let can_edit = convene_core::permissions::decide(
        ctx.actor(),
        convene_core::permissions::Action::EditContent { coordinators },
    ) == convene_core::permissions::Decision::Allow;
    html! {
        p.tools {
            a href=(ctx.href(&format!("/translate/{}", text.original.id))) { (ctx.t("translation-translate-link")) }
            @if can_edit {
                " · " a href=(ctx.href(&format!("/texts/{}/edit", text.original.id))) { (ctx.t("edit-original-link")) }
            }
        }
    }
}

/// The title and body in whatever language they are written in, marked as such.
pub fn content(text: &Localized) -> Markup {
    let lang = text.shown_lang();
    html! {
        div.content lang=(lang) dir=(direction_of(lang).as_str()) {
            h1 { (text.title()) }
            (PreEscaped(text.body_html()))
        }
    }
}

/// What the reader must know about the language of what follows, in their language.
pub fn notice(ctx: &Ctx, text: &Localized, rest: &str) -> Markup {
    let original = &text.original.original_lang;
    let original_name = ctx.loc.language_name(original);
    let original_href = if is_supported(original) {
        format!("/{original}{rest}")
    } else {
        ctx.href(rest)
    };
    let state = text.state();
    match state {
        TranslationState::Current => html! {},
        TranslationState::Untranslated => html! {
            aside.notice role="note" data-translation-state="untranslated" {
                p { (ctx.t_args("translation-untranslated", &[
                    ("language", FluentValueArg::Str(ctx.loc.language_name(ctx.code()))),
                    ("original", FluentValueArg::Str(original_name)),
                ])) }
                p {
                    (ctx.t("translation-untranslated-help")) " "
                    a href=(ctx.href(&format!("/translate/{}", text.original.id))) { (ctx.t("translation-translate-link")) }
                }
            }
        },
        TranslationState::Outdated { revisions_behind } => html! {
            aside.notice.strong[state.is_very_outdated()] role="note" data-translation-state="outdated" {
                @if state.is_very_outdated() {
                    p { (ctx.t_args("translation-very-outdated", &[("behind", FluentValueArg::Num(revisions_behind))])) }
                } @else {
                    p { (ctx.t("translation-outdated")) }
                }
                p { a href=(original_href) hreflang=(original) {
                    (ctx.t_args("translation-read-original", &[("original", FluentValueArg::Str(original_name))]))
                } }
            }
        },
    }
}
