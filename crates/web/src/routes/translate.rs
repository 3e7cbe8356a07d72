//! Translating content: a side-by-side editor (original left, translation right, each in
//! its own direction), proposals that wait for approval by the secretariat, the content's
//! coordinators or a trusted translator, and a public status page of what needs work.

use crate::error::{AppError, OrPage, PageError};
use crate::extract::Form;
use crate::extract::Me;
use crate::form::{csrf_field, error_summary, FormData};
use crate::layout::{Alternates, Head};
use crate::locale::FluentValueArg;
use crate::{AppState, Ctx};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use convene_core::account::{plausible_language_tag, FieldError};
use convene_core::model::{Localized, NewTranslation};
use convene_core::permissions::{decide, Action, Decision};
use convene_core::translation::coverage;
use convene_i18n::{direction_of, LOCALES};
use maud::{html, Markup};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/translate/{text_id}", get(editor).post(propose))
        .route("/{lang}/translations/{id}/approve", post(approve))
        .route("/{lang}/translations", get(status))
        .route("/{lang}/texts/{text_id}/edit", get(edit_form).post(edit))
}

fn parse_id(ctx: &Ctx, id: &str) -> Result<i64, PageError> {
    id.parse().map_err(|_| ctx.not_found())
}

/// The language to translate into: `?to=xx`, else the reader's interface language.
fn target(ctx: &Ctx, query: Option<&str>) -> String {
    let to = FormData::parse(query.unwrap_or("").as_bytes())
        .get("to")
        .to_string();
    if plausible_language_tag(&to) {
        to
    } else {
        ctx.code().to_string()
    }
}

async fn may_approve(ctx: &Ctx, app: &AppState, text_id: i64) -> Result<bool, PageError> {
    let coordinators = app.store.text_coordinators(text_id).await.or_page(ctx)?;
    Ok(decide(
        ctx.actor(),
        Action::ApproveTranslation {
            coordinators: &coordinators,
        },
    ) == Decision::Allow)
}

struct Draft<'a> {
    to: &'a str,
    title: &'a str,
    body: &'a str,
}

async fn editor_page(
    ctx: &Ctx,
    app: &AppState,
    text: &Localized,
    draft: Draft<'_>,
    notice: Option<&str>,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, PageError> {
    let original = &text.original;
    let to = draft.to;
    let to_name = ctx.loc.language_name(to);
    let approver = may_approve(ctx, app, original.id).await?;
    let pending = app
        .store
        .pending_translations(original.id, to)
        .await
        .or_page(ctx)?;
    let title = ctx.t_args(
        "translate-title",
        &[
            ("title", FluentValueArg::Str(original.title.clone())),
            ("language", FluentValueArg::Str(to_name.clone())),
        ],
    );
    let odir = direction_of(&original.original_lang).as_str();
    let tdir = direction_of(to).as_str();
    let body = html! {
        h1 { (title) }
        @if let Some(n) = notice { p.notice role="status" { (ctx.t(n)) } }
        @if to == original.original_lang {
            p.notice { (ctx.t("translate-same-language")) }
        } @else {
            @if text.state().hook() == Some("outdated") { p.notice { (ctx.t("translate-outdated-note")) } }
            (error_summary(ctx, errors))
            form.translate method="post" action=(ctx.href(&format!("/translate/{}", original.id))) novalidate {
                (csrf_field(ctx))
                input type="hidden" name="to" value=(to);
                input type="hidden" name="source_revision" value=(original.revision);
                div.side-by-side {
                    section.original {
                        h2 { (ctx.t_args("translate-original", &[
                            ("language", FluentValueArg::Str(ctx.loc.language_name(&original.original_lang))),
                            ("revision", FluentValueArg::Num(original.revision)),
                        ])) }
                        p.source-title lang=(original.original_lang) dir=(odir) { (original.title) }
                        pre.source lang=(original.original_lang) dir=(odir) tabindex="0" { (original.body_md) }
                    }
                    section.translation {
                        h2 { (ctx.t_args("translate-your-translation", &[("language", FluentValueArg::Str(to_name.clone()))])) }
                        div.field.has-error[errors.iter().any(|e| e.field == "title")] {
                            label for="title" { (ctx.t("field-title")) }
                            input #title type="text" name="title" value=(draft.title) lang=(to) dir=(tdir) required;
                        }
                        div.field.has-error[errors.iter().any(|e| e.field == "body")] {
                            label for="body" { (ctx.t("field-body")) }
                            textarea #body name="body" rows="18" lang=(to) dir=(tdir) { (draft.body) }
                        }
                    }
                }
                button type="submit" { (ctx.t(if approver { "translate-publish" } else { "translate-submit" })) }
            }
            @if !pending.is_empty() {
                h2 { (ctx.t("translate-pending")) }
                ul.list {
                    @for p in &pending {
                        li {
                            b lang=(to) dir=(tdir) { (p.title) } " "
                            span.meta { (crate::display::date(ctx, p.created_at)) }
                            @if approver {
                                form.inline.approve method="post" action=(ctx.href(&format!("/translations/{}/approve", p.id))) {
                                    (csrf_field(ctx)) " "
                                    button type="submit" { (ctx.t("translate-approve")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let head = Head {
        title: &title,
        noindex: true,
        alternates: Alternates::None,
        description: None,
    };
    Ok(ctx.page_with(status, head, body))
}

/// The text, if the reader may see it: a private proposal's text is "not found" for
/// anyone but those who may see the proposal.
async fn load(ctx: &Ctx, app: &AppState, id: &str, to: &str) -> Result<Localized, PageError> {
    let id = parse_id(ctx, id)?;
    if !crate::visibility::text_visible(ctx, app, id).await? {
        return Err(ctx.not_found());
    }
    app.store
        .localized(id, to)
        .await
        .or_page(ctx)?
        .ok_or_else(|| ctx.not_found())
}

async fn editor(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    ctx.require(Action::ProposeTranslation)?;
    let to = target(&ctx, q.as_deref());
    let text = load(&ctx, &app, &id, &to).await?;
    // Start from the published translation when there is one (updating an outdated text).
    let (title, body) = match &text.translation {
        Some(t) => (t.title.clone(), t.body_md.clone()),
        None => (String::new(), String::new()),
    };
    let notice = match FormData::parse(q.as_deref().unwrap_or("").as_bytes()).get("done") {
        "proposed" => Some("translate-proposed"),
        "published" => Some("translate-published"),
        _ => None,
    };
    let draft = Draft {
        to: &to,
        title: &title,
        body: &body,
    };
    editor_page(&ctx, &app, &text, draft, notice, &[], StatusCode::OK).await
}

async fn propose(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    ctx.require(Action::ProposeTranslation)?;
    let to = form.get("to");
    if !plausible_language_tag(to) {
        return Err(ctx.fail(AppError::BadRequest));
    }
    let text = load(&ctx, &app, &id, to).await?;
    let (title, body_md) = (form.get("title").trim(), form.get("body").trim());
    // A translation needs a body when the original has one.
    let errors =
        convene_core::text::check(title, body_md, !text.original.body_md.trim().is_empty());
    // A translation claims the revision it was made from; never a future one.
    let source_revision = form
        .get("source_revision")
        .parse::<i64>()
        .ok()
        .filter(|r| (1..=text.original.revision).contains(r))
        .unwrap_or(text.original.revision);
    if !errors.is_empty() || to == text.original.original_lang {
        let draft = Draft {
            to,
            title,
            body: body_md,
        };
        return editor_page(
            &ctx,
            &app,
            &text,
            draft,
            None,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let approved = may_approve(&ctx, &app, text.original.id).await?;
    app.store
        .add_translation(&NewTranslation {
            text_id: text.original.id,
            lang: to.to_string(),
            title: title.to_string(),
            body_md: body_md.to_string(),
            source_revision,
            translator_id: Some(me.id),
            machine: false,
            approved,
        })
        .await
        .or_page(&ctx)?;
    let done = if approved { "published" } else { "proposed" };
    let target = format!(
        "{}?to={to}&done={done}",
        ctx.href(&format!("/translate/{}", text.original.id))
    );
    Ok(Redirect::to(&target).into_response())
}

async fn approve(
    Me { ctx, me }: Me,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(_form): Form,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let t = app
        .store
        .translation(id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| ctx.not_found())?;
    if !crate::visibility::text_visible(&ctx, &app, t.text_id).await? {
        return Err(ctx.not_found());
    }
    let coordinators = app.store.text_coordinators(t.text_id).await.or_page(&ctx)?;
    ctx.require(Action::ApproveTranslation {
        coordinators: &coordinators,
    })?;
    app.store
        .approve_translation(id, me.id)
        .await
        .or_page(&ctx)?;
    let target = format!(
        "{}?to={}&done=published",
        ctx.href(&format!("/translate/{}", t.text_id)),
        t.lang
    );
    Ok(Redirect::to(&target).into_response())
}

/// Per language: how much is current, outdated and missing, with links to the work.
async fn status(ctx: Ctx, State(app): State<AppState>) -> Result<Response, PageError> {
    let items = app.store.coverage_items().await.or_page(&ctx)?;
    let approved = app.store.approved_revisions().await.or_page(&ctx)?;
    let langs: Vec<&str> = LOCALES.iter().map(|(c, _)| *c).collect();
    let report = coverage(&items, &approved, &langs);
    let title = ctx.t("status-title");
    let work_link = |lang: &str, text_id: i64| ctx.href(&format!("/translate/{text_id}?to={lang}"));
    let body: Markup = html! {
        h1 { (title) }
        p { (ctx.t("status-intro")) }
        div.scroll { table {
            thead { tr {
                th scope="col" { (ctx.t("status-language")) }
                th scope="col" { (ctx.t("status-current")) }
                th scope="col" { (ctx.t("status-outdated")) }
                th scope="col" { (ctx.t("status-missing")) }
            } }
            tbody {
                @for c in &report {
                    tr {
                        th scope="row" { a href=(format!("#lang-{}", c.lang)) lang=(c.lang) { (convene_i18n::native_name(&c.lang).unwrap_or(&c.lang)) } }
                        td { (ctx.t_args("status-percent", &[("percent", FluentValueArg::Num(i64::from(c.percent_current())))])) }
                        td { (convene_i18n::format::number(ctx.code(), c.outdated.len() as i64)) }
                        td { (convene_i18n::format::number(ctx.code(), c.missing.len() as i64)) }
                    }
                }
            }
        } }
        @for c in &report {
            section id=(format!("lang-{}", c.lang)) {
                h2 { (ctx.t_args("status-needs-work", &[("language", FluentValueArg::Str(ctx.loc.language_name(&c.lang)))])) }
                @if c.outdated.is_empty() && c.missing.is_empty() {
                    p { (ctx.t("status-all-done")) }
                }
                ul.list {
                    @for (item, behind) in &c.outdated {
                        li {
                            a href=(format!("/{}{}", c.lang, item.path)) lang=(item.original_lang) { (item.title) } " "
                            span.meta { (ctx.t("status-outdated")) " (" (behind) ")" } " · "
                            a href=(work_link(&c.lang, item.text_id)) { (ctx.t("translation-translate-link")) }
                        }
                    }
                    @for item in &c.missing {
                        li {
                            a href=(format!("/{}{}", c.lang, item.path)) lang=(item.original_lang) { (item.title) } " "
                            span.meta { (ctx.t("status-missing")) } " · "
                            a href=(work_link(&c.lang, item.text_id)) { (ctx.t("translation-translate-link")) }
                        }
                    }
                }
            }
        }
    };
    let head = Head {
        title: &title,
        noindex: false,
        alternates: Alternates::AllLocales,
        description: None,
    };
    Ok(ctx.page(head, body))
}

// ---- editing an original

fn edit_page(
    ctx: &Ctx,
    text: &Localized,
    title: &str,
    body: &str,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let original = &text.original;
    let heading = ctx.t_args(
        "edit-original-title",
        &[("title", FluentValueArg::Str(original.title.clone()))],
    );
    let dir = direction_of(&original.original_lang).as_str();
    let html = html! {
        h1 { (heading) }
        p { (ctx.t("edit-original-explain")) }
        (error_summary(ctx, errors))
        form.stack method="post" action=(ctx.href(&format!("/texts/{}/edit", original.id))) novalidate {
            (csrf_field(ctx))
            div.field {
                label for="title" { (ctx.t("field-title")) }
                input #title type="text" name="title" value=(title) lang=(original.original_lang) dir=(dir) required;
            }
            div.field {
                label for="body" { (ctx.t("field-body")) }
                textarea #body name="body" rows="18" lang=(original.original_lang) dir=(dir) { (body) }
            }
            button type="submit" { (ctx.t("edit-original-save")) }
        }
    };
    let head = Head {
        title: &heading,
        noindex: true,
        alternates: Alternates::None,
        description: None,
    };
    ctx.page_with(status, head, html)
}

async fn may_edit(ctx: &Ctx, app: &AppState, text_id: i64) -> Result<(), PageError> {
    let coordinators = app.store.text_coordinators(text_id).await.or_page(ctx)?;
    ctx.require(Action::EditContent {
        coordinators: &coordinators,
    })
}

async fn edit_form(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let text = load(&ctx, &app, &id, ctx.code()).await?;
    may_edit(&ctx, &app, text.original.id).await?;
    let (title, body) = (text.original.title.clone(), text.original.body_md.clone());
    Ok(edit_page(&ctx, &text, &title, &body, &[], StatusCode::OK))
}

async fn edit(
    ctx: Ctx,
    State(app): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form,
) -> Result<Response, PageError> {
    let text = load(&ctx, &app, &id, ctx.code()).await?;
    may_edit(&ctx, &app, text.original.id).await?;
    let (title, body_md) = (form.get("title").trim(), form.get("body").trim());
    let errors = convene_core::text::check(title, body_md, false);
    if !errors.is_empty() {
        return Ok(edit_page(
            &ctx,
            &text,
            title,
            body_md,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    app.store
        .revise_text(text.original.id, title, body_md)
        .await
        .or_page(&ctx)?;
    let back = crate::redirect::safe_redirect(form.get("back"), ctx.href("/translations"));
    Ok(Redirect::to(&back).into_response())
}
