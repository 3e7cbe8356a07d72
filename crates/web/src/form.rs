//! Submitted forms: parsed leniently (odd encodings never fail), checked for the CSRF
//! token, and rendered back with what was typed and what is wrong, in the reader's
//! language.

use crate::Ctx;
use convene_core::account::FieldError;
use maud::{html, Markup};

/// `application/x-www-form-urlencoded` pairs, in order. Invalid UTF-8 is replaced, never
/// refused, so a strange client gets a validation message rather than an error page.
#[derive(Debug, Default, Clone)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    pub fn parse(body: &[u8]) -> Self {
        FormData(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

/// The hidden field every state-changing form carries.
pub fn csrf_field(ctx: &Ctx) -> Markup {
    csrf_input(&ctx.csrf)
}

pub fn csrf_input(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// A list of what is wrong at the top of the form, each linking to its field.
pub fn error_summary(ctx: &Ctx, errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" tabindex="-1" {
                h2 { (ctx.t("form-error-summary")) }
                ul {
                    @for e in errors {
                        li { a href=(format!("#{}", e.field)) { (ctx.t(&format!("field-{}", e.field))) ": " (ctx.t(e.message)) } }
                    }
                }
            }
        }
    }
}

pub struct Input<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub value: &'a str,
    pub required: bool,
    pub autocomplete: Option<&'a str>,
    /// A message id shown under the label.
    pub hint: Option<&'a str>,
}

impl<'a> Input<'a> {
    pub fn new(name: &'a str, kind: &'a str, value: &'a str) -> Self {
        Input {
            name,
            kind,
            value,
            required: true,
            autocomplete: None,
            hint: None,
        }
    }
    pub fn optional(mut self) -> Self {
        self.required = false;
        self
    }
    pub fn autocomplete(mut self, a: &'a str) -> Self {
        self.autocomplete = Some(a);
        self
    }
    pub fn hint(mut self, h: &'a str) -> Self {
        self.hint = Some(h);
        self
    }
}

/// Label, hint, error and control, tied together for assistive technology.
fn field(
    ctx: &Ctx,
    name: &str,
    hint: Option<&str>,
    errors: &[FieldError],
    control: Markup,
) -> Markup {
    let error = error_for(errors, name);
    html! {
        div.field.has-error[error.is_some()] {
            label for=(name) { (ctx.t(&format!("field-{name}"))) }
            @if let Some(h) = hint { p.hint id=(format!("{name}-hint")) { (ctx.t(h)) } }
            @if let Some(e) = error { p.error id=(format!("{name}-error")) { (ctx.t(e.message)) } }
            (control)
        }
    }
}

fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{name}-hint"));
    }
    if error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

pub fn input(ctx: &Ctx, i: Input<'_>, errors: &[FieldError]) -> Markup {
    let has_error = error_for(errors, i.name).is_some();
    let control = html! {
        input id=(i.name) name=(i.name) type=(i.kind)
            value=[(i.kind != "password").then_some(i.value)]
            required[i.required] autocomplete=[i.autocomplete]
            aria-invalid=[has_error.then_some("true")]
            aria-describedby=[described_by(i.name, i.hint.is_some(), has_error)];
    };
    field(ctx, i.name, i.hint, errors, control)
}

pub fn textarea(
    ctx: &Ctx,
    name: &str,
    value: &str,
    required: bool,
    errors: &[FieldError],
) -> Markup {
    let has_error = error_for(errors, name).is_some();
    let control = html! {
        textarea id=(name) name=(name) rows="4" required[required]
            aria-invalid=[has_error.then_some("true")]
            aria-describedby=[described_by(name, false, has_error)] { (value) }
    };
    field(ctx, name, None, errors, control)
}

/// A choice among `(value, label)` options; the first option prompts for a choice.
pub fn select(
    ctx: &Ctx,
    name: &str,
    options: &[(String, String)],
    selected: &str,
    errors: &[FieldError],
) -> Markup {
    let has_error = error_for(errors, name).is_some();
    let control = html! {
        select id=(name) name=(name) required
            aria-invalid=[has_error.then_some("true")]
            aria-describedby=[described_by(name, false, has_error)] {
            option value="" { (ctx.t("form-choose")) }
            @for (value, label) in options {
                option value=(value) selected[value == selected] { (label) }
            }
        }
    };
    field(ctx, name, None, errors, control)
}
