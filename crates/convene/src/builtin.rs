//! Pages every installation has from its first start. Created in English when missing;
//! the secretariat and translators take them from there.

use convene_core::model::NewText;
use convene_store::{Store, StoreError};

const PAGES: &[(&str, &str)] = &[(
    "code-of-conduct",
    include_str!("builtin/code-of-conduct.md"),
)];

pub async fn ensure_pages(store: &dyn Store) -> Result<(), StoreError> {
    for (slug, md) in PAGES {
        if store.page_by_slug(slug).await?.is_some() {
            continue;
        }
        let (title, body) = md.split_once('\n').unwrap_or((md, ""));
        let text = NewText {
            lang: "en".into(),
            title: title.trim_start_matches('#').trim().to_string(),
            body_md: body.trim().to_string(),
        };
        match store.create_page(slug, &text).await {
            // Another server created it at the same moment: fine.
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
