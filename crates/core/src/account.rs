//! Rules for account data: what a valid registration or profile is. Errors name the
//! field and a message id, so the web layer can say it in the reader's language.

use crate::countries;
use crate::model::{NewParticipant, Profile, Role};
use crate::StakeholderGroup;

pub const MIN_PASSWORD: usize = 10;
pub const MAX_PASSWORD: usize = 1024;
pub const MAX_NAME: usize = 100;
pub const MAX_AFFILIATION: usize = 200;
pub const MAX_GENDER: usize = 60;
pub const MAX_LANGUAGES: usize = 20;
/// The longest address delivery allows (RFC 5321).
pub const MAX_EMAIL: usize = 254;
/// All language fields together, as typed: room for twenty long tags and separators.
pub const MAX_LANGUAGES_TEXT: usize = 400;
/// Choices from a list are short codes; anything longer is not one of them.
pub const MAX_CHOICE: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    /// A message id in the interface strings.
    pub message: &'static str,
}

/// What a person typed, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileInput {
    pub display_name: String,
    pub email: String,
    pub stakeholder_group: String,
    pub country: String,
    pub affiliation: String,
    pub gender: String,
    pub languages: Vec<String>,
    pub ui_lang: String,
}

/// A checked profile: the participant's public identity and private details.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidProfile {
    pub participant: NewParticipant,
    pub profile: Profile,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Characters that are invisible or reorder text around them: C0/C1 controls, and the
/// bidirectional embeddings, overrides, isolates and marks that let a name look like
/// someone else's or turn the text after it backwards.
pub fn hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The error for a free-text field that is too long or hides control characters.
fn text_error(value: &str, max: usize) -> Option<&'static str> {
    if chars(value) > max {
        Some("form-error-too-long")
    } else if value.chars().any(hidden_control) {
        Some("form-error-control-chars")
    } else {
        None
    }
}

/// A rough but safe email check: one @, something on each side, a dot in the domain,
/// no spaces or control characters. Delivery is the real test.
pub fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.len() <= MAX_EMAIL
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A well-formed BCP 47 tag: a 2–3 letter language, then letter/digit subtags.
pub fn plausible_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Check a profile; `ui_lang_ok` says which interface languages exist.
pub fn validate_profile(
    input: &ProfileInput,
    ui_lang_ok: impl Fn(&str) -> bool,
) -> Result<ValidProfile, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut err = |field, message| errors.push(FieldError { field, message });
    let name = input.display_name.trim();
    if name.is_empty() {
        err("display_name", "form-error-required");
    } else if let Some(e) = text_error(name, MAX_NAME) {
        err("display_name", e);
    }
    // An overlong address is not lowercased (copied) at all.
    let email = input.email.trim();
    let email = if email.len() > MAX_EMAIL {
        String::new()
    } else {
        email.to_lowercase()
    };
    if !plausible_email(&email) {
        err("email", "form-error-email");
    }
    let choice = |s: &str| (s.len() <= MAX_CHOICE).then(|| s.trim().to_string());
    let group = choice(&input.stakeholder_group).and_then(|g| StakeholderGroup::from_code(&g));
    if group.is_none() {
        err("stakeholder_group", "form-error-choose");
    }
    let country = choice(&input.country).and_then(|c| countries::by_code(&c));
    if country.is_none() {
        err("country", "form-error-choose");
    }
    let affiliation = input.affiliation.trim();
    if let Some(e) = text_error(affiliation, MAX_AFFILIATION) {
        err("affiliation", e);
    }
    let gender = input.gender.trim();
    if let Some(e) = text_error(gender, MAX_GENDER) {
        err("gender", e);
    }
    let languages = languages_of(&input.languages).unwrap_or_else(|e| {
        err("languages", e);
        Vec::new()
    });
    let ui_lang = choice(&input.ui_lang).unwrap_or_default();
    if !ui_lang_ok(&ui_lang) {
        err("ui_lang", "form-error-choose");
    }
    match (group, country) {
        (Some(group), Some(country)) if errors.is_empty() => Ok(ValidProfile {
            participant: NewParticipant {
                display_name: name.to_string(),
                email,
                stakeholder_group: group,
                country: country.code.to_string(),
                affiliation: affiliation.to_string(),
                role: Role::Participant,
            },
            profile: Profile {
                gender: (!gender.is_empty()).then(|| gender.to_string()),
                languages,
                ui_lang,
            },
        }),
        _ => Err(errors),
    }
}

/// The distinct language tags of the checkboxes and the free field, in the order given.
/// Bounded before any work: the whole text is capped, and de-duplication is linear.
pub fn languages_of(fields: &[String]) -> Result<Vec<String>, &'static str> {
    // Each field costs at least a separator, so the count is bounded by the cap too.
    if fields.iter().map(|f| f.len() + 1).sum::<usize>() > MAX_LANGUAGES_TEXT {
        return Err("form-error-too-long");
    }
    let mut seen = std::collections::HashSet::new();
    let mut languages = Vec::new();
    for tag in fields.iter().flat_map(|l| l.split([',', ' '])) {
        let tag = tag.trim();
        if tag.is_empty() {
            continue;
        }
        if !plausible_language_tag(tag) {
            return Err("form-error-language");
        }
        if seen.insert(tag) {
            if languages.len() == MAX_LANGUAGES {
                return Err("form-error-too-many");
            }
            languages.push(tag.to_string());
        }
    }
    Ok(languages)
}

/// Check a new password against the email it protects.
pub fn validate_password(password: &str, email: &str) -> Result<(), FieldError> {
    let n = chars(password);
    let message = if n < MIN_PASSWORD {
        "form-error-password-short"
    } else if n > MAX_PASSWORD {
        "form-error-too-long"
    } else if password.trim().eq_ignore_ascii_case(email.trim()) {
        "form-error-password-email"
    } else {
        return Ok(());
    };
    Err(FieldError {
        field: "password",
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProfileInput {
        ProfileInput {
            display_name: " Amina Diallo ".into(),
            email: "Amina@Example.ORG".into(),
            stakeholder_group: "civil-society".into(),
            country: "sn".into(),
            affiliation: "Collective".into(),
            gender: "".into(),
            languages: vec!["fr, wo".into(), "en".into(), "fr".into()],
            ui_lang: "fr".into(),
        }
    }

    #[test]
    fn a_good_profile_is_normalised() {
        let v = validate_profile(&input(), |l| l == "fr").unwrap();
        assert_eq!(v.participant.display_name, "Amina Diallo");
        assert_eq!(v.participant.email, "amina@example.org");
        assert_eq!(v.participant.country, "SN");
        assert_eq!(v.profile.languages, vec!["fr", "wo", "en"]);
        assert_eq!(v.profile.gender, None);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let bad = ProfileInput {
            display_name: "  ".into(),
            email: "no-at-sign".into(),
            stakeholder_group: "aliens".into(),
            country: "XX".into(),
            affiliation: "x".repeat(MAX_AFFILIATION + 1),
            gender: "g".repeat(MAX_GENDER + 1),
            languages: vec!["not a tag!".into()],
            ui_lang: "tlh".into(),
        };
        let errors = validate_profile(&bad, |_| false).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "display_name",
                "email",
                "stakeholder_group",
                "country",
                "affiliation",
                "gender",
                "languages",
                "ui_lang"
            ]
        );
    }

    #[test]
    fn passwords() {
        assert!(validate_password("long enough pass", "a@b.org").is_ok());
        assert_eq!(
            validate_password("short", "a@b.org").unwrap_err().message,
            "form-error-password-short"
        );
        assert_eq!(
            validate_password("amina@example.org", "Amina@example.org")
                .unwrap_err()
                .message,
            "form-error-password-email"
        );
    }

    #[test]
    fn emails_and_tags() {
        assert!(plausible_email("a.b@c.example"));
        for bad in ["a@b", "@b.org", "a b@c.org", "a@.org", "a@b.org."] {
            assert!(!plausible_email(bad), "{bad}");
        }
        assert!(plausible_language_tag("zh-Hans-CN"));
        assert!(!plausible_language_tag("english"));
    }

    #[test]
    fn names_with_bidi_or_control_characters_are_refused() {
        for bad in [
            "Amina\u{202E}nimda",
            "\u{2066}Amina\u{2069}",
            "Ami\u{0007}na",
            "Amina\u{200F}",
            "Amina\nAdmin",
        ] {
            let mut i = input();
            i.display_name = bad.into();
            let errors = validate_profile(&i, |_| true).unwrap_err();
            assert_eq!(
                errors,
                [FieldError {
                    field: "display_name",
                    message: "form-error-control-chars"
                }],
                "{bad:?}"
            );
        }
        let mut i = input();
        i.affiliation = "Org\u{202B}".into();
        assert_eq!(
            validate_profile(&i, |_| true).unwrap_err()[0].field,
            "affiliation"
        );
        // Scripts written right to left are names like any other.
        let mut i = input();
        i.display_name = "أمينة ديالو".into();
        assert!(validate_profile(&i, |_| true).is_ok());
    }

    #[test]
    fn every_field_has_a_maximum() {
        let huge = "x".repeat(100_000);
        type Set = fn(&mut ProfileInput, String);
        let fields: [(&str, Set); 6] = [
            ("display_name", |i, v| i.display_name = v),
            ("email", |i, v| i.email = v),
            ("stakeholder_group", |i, v| i.stakeholder_group = v),
            ("country", |i, v| i.country = v),
            ("affiliation", |i, v| i.affiliation = v),
            ("gender", |i, v| i.gender = v),
        ];
        for (field, set) in fields {
            let mut i = input();
            set(&mut i, huge.clone());
            let errors = validate_profile(&i, |_| true).unwrap_err();
            assert_eq!(errors.len(), 1, "{field}");
            assert_eq!(errors[0].field, field);
        }
        let mut i = input();
        i.languages = vec!["en,".repeat(200)];
        assert_eq!(
            validate_profile(&i, |_| true).unwrap_err()[0].message,
            "form-error-too-long"
        );
        let mut i = input();
        i.ui_lang = huge;
        let errors = validate_profile(&i, |l| l.starts_with('x')).unwrap_err();
        assert_eq!(errors[0].field, "ui_lang");
    }

    #[test]
    fn languages_are_capped_then_deduplicated() {
        let many: Vec<String> = (0..40_000).map(|_| "en".to_string()).collect();
        assert_eq!(languages_of(&many), Err("form-error-too-long"));
        let distinct: Vec<String> = (0..=MAX_LANGUAGES).map(|n| format!("en-x{n}")).collect();
        assert_eq!(languages_of(&distinct), Err("form-error-too-many"));
        let same = vec!["fr, fr".to_string(), "fr".to_string(), "wo en".to_string()];
        assert_eq!(languages_of(&same).unwrap(), ["fr", "wo", "en"]);
    }
}
