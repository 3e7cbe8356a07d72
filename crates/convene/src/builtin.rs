//! Pages every installation has from its first start. Created in English when missing;
//! the secretariat and translators take them from there.

use convene_core::model::NewText;
use convene_store::{Store, StoreError};

const PAGES: &[(&str, &str)] = &[(
    "code-of-conduct",
    include_str!("builtin/code-of-conduct.md"),
)];

/// The seed taxonomy: slug, name, description, mandate points served.
const TOPICS: &[(&str, &str, &str, &[u8])] = &[
    ("spam", "Spam", "Unsolicited bulk messages, the filters against them, and what both cost small operators and everyday users.", &[11, 4]),
    ("cybercrime", "Cybercrime", "Crime committed through networks, and the laws and cooperation meant to answer it without harming rights.", &[11, 3, 1]),
    ("copyright", "Copyright", "Exceptions, limitations and enforcement, and how they shape access to knowledge and culture.", &[1, 2, 11]),
    ("patents", "Patents", "Software and standards-essential patents, and their effect on interoperability and competition.", &[1, 2]),
    ("trademarks", "Trademarks and domain names", "Trademark rights in the domain name system and in online platforms.", &[1, 10]),
    ("critical-internet-resources", "Critical Internet resources", "Domain names, IP addresses, root servers and the bodies that manage them.", &[10, 1]),
    ("access-affordability", "Access and affordability", "Bringing the next billion people online at a price they can pay: infrastructure, spectrum, community networks.", &[5, 8]),
    ("capacity-building", "Capacity building", "Skills and institutions for Internet governance, drawing on local expertise.", &[8, 6]),
    ("human-rights", "Human rights online", "Freedom of expression, association and access to information on the Internet.", &[1, 11]),
    ("open-standards", "Open standards and interoperability", "Standards anyone may implement without asking permission, and the systems that interoperate because of them.", &[4, 1]),
    ("privacy", "Privacy and data protection", "Personal data, surveillance and the rules that protect people online.", &[11, 1]),
    ("emerging-issues", "Emerging issues", "New technologies and questions the forum should bring to the attention of those who decide.", &[7]),
    ("participation", "Participation from developing countries", "Making sure the voices of developing countries shape Internet governance.", &[6, 9]),
];

/// Seed the topic taxonomy when it is empty; the secretariat extends it later.
pub async fn ensure_topics(store: &dyn Store) -> Result<(), StoreError> {
    if !store.topics("en").await?.is_empty() {
        return Ok(());
    }
    for (slug, name, description, points) in TOPICS {
        let text = NewText {
            lang: "en".into(),
            title: (*name).into(),
            body_md: (*description).into(),
        };
        match store.create_topic(slug, &text, points).await {
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

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
