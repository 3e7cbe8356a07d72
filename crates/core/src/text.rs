//! Limits on translatable texts (originals and translations), so that nobody stores a
//! megabyte where a policy paper's chapter fits in a tenth of it.

use crate::account::FieldError;

/// Longest title, in characters.
pub const MAX_TITLE: usize = 300;
/// Longest body, in characters: generous for a full session report or a charter.
pub const MAX_BODY: usize = 100_000;

/// What is wrong with a title and body; `body_required` when the original has one.
pub fn check(title: &str, body: &str, body_required: bool) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |field, message| errors.push(FieldError { field, message });
    if title.trim().is_empty() {
        push("title", "form-error-required");
    } else if title.chars().count() > MAX_TITLE {
        push("title", "form-error-too-long");
    }
    if body_required && body.trim().is_empty() {
        push("body", "form-error-required");
    } else if body.chars().count() > MAX_BODY {
        push("body", "form-error-too-long");
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_bodies_have_bounds() {
        assert!(check("A title", "Some text", true).is_empty());
        let fields = |t: &str, b: &str, req| -> Vec<&str> {
            check(t, b, req).iter().map(|e| e.field).collect()
        };
        assert_eq!(fields(" ", "x", true), ["title"]);
        assert_eq!(fields("t", "", true), ["body"]);
        assert!(fields("t", "", false).is_empty());
        assert_eq!(fields(&"t".repeat(MAX_TITLE + 1), "x", true), ["title"]);
        assert_eq!(fields("t", &"é".repeat(MAX_BODY + 1), true), ["body"]);
        assert!(fields(&"t".repeat(MAX_TITLE), &"é".repeat(MAX_BODY), true).is_empty());
    }
}
