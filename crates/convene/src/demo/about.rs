//! The demo's About page: written in English, revised once, and translated into some
//! languages but not Italian. The Russian translation was made from the first revision,
//! so it shows as outdated.

use convene_core::model::{NewText, NewTranslation};
use convene_store::{Store, StoreError};

const EN: &str = include_str!("about/en.md");
/// Translations made from the current (second) revision.
const CURRENT: &[(&str, &str)] = &[
    ("fr", include_str!("about/fr.md")),
    ("es", include_str!("about/es.md")),
    ("ar", include_str!("about/ar.md")),
    ("de", include_str!("about/de.md")),
];
/// Made from the first revision, before "How it works" was added.
const RU_FROM_FIRST_REVISION: &str = include_str!("about/ru.md");

/// The "# Title" line and the Markdown after it.
fn split(md: &str) -> (String, String) {
    let mut lines = md.lines();
    let title = lines
        .next()
        .unwrap_or("")
        .trim_start_matches('#')
        .trim()
        .to_string();
    let body = lines.collect::<Vec<_>>().join("\n").trim().to_string();
    (title, body)
}

/// The first revision: the English text without its last section.
fn first_revision() -> (String, String) {
    let (title, body) = split(EN);
    let cut = body.find("\n## How it works").unwrap_or(body.len());
    (title, body[..cut].trim().to_string())
}

pub async fn load(store: &dyn Store, translator: i64) -> Result<(), StoreError> {
    let (title, body) = first_revision();
    let page = store
        .create_page(
            "about",
            &NewText {
                lang: "en".into(),
                title,
                body_md: body,
            },
        )
        .await?;
    let translation = |lang: &str, md: &str, revision: i64| {
        let (title, body_md) = split(md);
        NewTranslation {
            text_id: page.text_id,
            lang: lang.into(),
            title,
            body_md,
            source_revision: revision,
            translator_id: Some(translator),
            machine: false,
            approved: true,
        }
    };
    store
        .add_translation(&translation("ru", RU_FROM_FIRST_REVISION, 1))
        .await?;
    let (title, body) = split(EN);
    let revision = store.revise_text(page.text_id, &title, &body).await?;
    for (lang, md) in CURRENT {
        store
            .add_translation(&translation(lang, md, revision))
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_translation_has_a_title_and_twelve_points() {
        for (lang, md) in CURRENT.iter().chain([&("ru", RU_FROM_FIRST_REVISION)]) {
            let (title, body) = split(md);
            assert!(!title.is_empty(), "{lang}");
            assert!(body.contains("\n12. "), "{lang} lacks point 12");
        }
        let (_, first) = first_revision();
        assert!(!first.contains("Dynamic Coalitions"));
        assert!(split(EN).1.contains("Dynamic Coalitions"));
    }
}
