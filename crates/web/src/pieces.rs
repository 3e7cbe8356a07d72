//! Page parts rendered once for every reader of one kind, then finished per reader.
//!
//! A signed-in thread page differs between readers only in a few places: the CSRF
//! token in its forms, the edit link on the reader's own posts, and held posts that
//! only their author may see. [`Pieces`] keeps the rendered HTML with those places as
//! holes beside the text, so finishing a page for a reader never searches the HTML for
//! a marker (a post could contain any text) and one reader's parts cannot end up in
//! another's page: each hole is filled from the finishing reader's own context.

use crate::Ctx;
use maud::{Markup, PreEscaped};

/// The CSRF token templates are rendered with before [`Pieces::trusted_with_csrf`]
/// cuts their CSRF fields out: no real token looks like it.
pub const CSRF_HOLE: &str = "csrf-hole";

enum Piece {
    Html(String),
    /// The reader's CSRF field.
    Csrf,
    /// Shown only to `author` (a held post).
    ForAuthor {
        author: i64,
        inner: Pieces,
    },
    /// Shown only if the reader may edit `author`'s post.
    IfEditable {
        author: i64,
        inner: Pieces,
    },
}

#[derive(Default)]
pub struct Pieces(Vec<Piece>);

impl Pieces {
    pub fn html(&mut self, markup: Markup) {
        let s = markup.into_string();
        match self.0.last_mut() {
            Some(Piece::Html(last)) => last.push_str(&s),
            _ => self.0.push(Piece::Html(s)),
        }
    }

    /// Everything of `other`, after what is here.
    pub fn append(&mut self, other: Pieces) {
        for piece in other.0 {
            match piece {
                Piece::Html(s) => self.html(PreEscaped(s)),
                hole => self.0.push(hole),
            }
        }
    }

    /// `markup`, rendered with [`CSRF_HOLE`] as its CSRF token, with each CSRF field
    /// turned into a hole. Only for markup made of trusted parts (ids and translated
    /// strings): never pass it what a participant wrote.
    pub fn trusted_with_csrf(&mut self, markup: Markup) {
        let s = markup.into_string();
        let field = crate::form::csrf_input(CSRF_HOLE).into_string();
        let mut parts = s.split(&field);
        if let Some(first) = parts.next() {
            self.html(PreEscaped(first.to_string()));
        }
        for part in parts {
            self.csrf();
            self.html(PreEscaped(part.to_string()));
        }
    }

    pub fn csrf(&mut self) {
        self.0.push(Piece::Csrf);
    }

    pub fn for_author(&mut self, author: i64, inner: Pieces) {
        self.0.push(Piece::ForAuthor { author, inner });
    }

    pub fn if_editable(&mut self, author: i64, inner: Pieces) {
        self.0.push(Piece::IfEditable { author, inner });
    }

    /// The HTML for the reader of `ctx`.
    pub fn finish(&self, ctx: &Ctx) -> Markup {
        let mut out = String::new();
        self.finish_into(ctx, &mut out);
        PreEscaped(out)
    }

    fn finish_into(&self, ctx: &Ctx, out: &mut String) {
        use convene_core::permissions::{decide, Action, Decision};
        let me = ctx.viewer.as_ref().map(|v| v.id);
        for piece in &self.0 {
            match piece {
                Piece::Html(s) => out.push_str(s),
                Piece::Csrf => out.push_str(&crate::form::csrf_field(ctx).into_string()),
                Piece::ForAuthor { author, inner } => {
                    if me == Some(*author) {
                        inner.finish_into(ctx, out);
                    }
                }
                Piece::IfEditable { author, inner } => {
                    if decide(ctx.actor(), Action::EditPost { author: *author }) == Decision::Allow
                    {
                        inner.finish_into(ctx, out);
                    }
                }
            }
        }
    }
}
