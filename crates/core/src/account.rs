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
        && email.len() <= 254
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
    } else if chars(name) > MAX_NAME {
        err("display_name", "form-error-too-long");
    }
    let email = input.email.trim().to_lowercase();
    if !plausible_email(&email) {
        err("email", "form-error-email");
    }
    let group = StakeholderGroup::from_code(input.stakeholder_group.trim());
    if group.is_none() {
        err("stakeholder_group", "form-error-choose");
    }
    let country = countries::by_code(input.country.trim());
    if country.is_none() {
        err("country", "form-error-choose");
    }
    if chars(input.affiliation.trim()) > MAX_AFFILIATION {
        err("affiliation", "form-error-too-long");
    }
    let gender = input.gender.trim();
    if chars(gender) > MAX_GENDER {
        err("gender", "form-error-too-long");
    }
    let mut languages: Vec<String> = Vec::new();
    for tag in input.languages.iter().flat_map(|l| l.split([',', ' '])) {
        let tag = tag.trim();
        if tag.is_empty() {
            continue;
        }
        if !plausible_language_tag(tag) {
            err("languages", "form-error-language");
            break;
        }
        if !languages.iter().any(|l| l == tag) {
            languages.push(tag.to_string());
        }
    }
    if languages.len() > MAX_LANGUAGES {
        err("languages", "form-error-too-many");
    }
    if !ui_lang_ok(input.ui_lang.trim()) {
        err("ui_lang", "form-error-choose");
    }
    match (group, country) {
        (Some(group), Some(country)) if errors.is_empty() => Ok(ValidProfile {
            participant: NewParticipant {
                display_name: name.to_string(),
                email,
                stakeholder_group: group,
                country: country.code.to_string(),
                affiliation: input.affiliation.trim().to_string(),
                role: Role::Participant,
            },
            profile: Profile {
                gender: (!gender.is_empty()).then(|| gender.to_string()),
                languages,
                ui_lang: input.ui_lang.trim().to_string(),
            },
        }),
        _ => Err(errors),
    }
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
}
