//! Accounts from the command line, so a fresh install gets its first secretariat account.

use crate::cli::UserAddArgs;
use convene_core::account::{validate_password, validate_profile, ProfileInput};
use convene_core::model::{NewAccount, Role};
use convene_store::{Store, StoreError};

/// Create the account; every problem comes back as one line for the terminal.
pub async fn add(store: &dyn Store, args: &UserAddArgs, password: &str) -> Result<i64, String> {
    let role = Role::from_code(&args.role).ok_or_else(|| {
        format!(
            "unknown role {:?} (secretariat, moderator, reviewer or participant)",
            args.role
        )
    })?;
    let input = ProfileInput {
        display_name: args.name.clone(),
        email: args.email.clone(),
        stakeholder_group: args.group.clone(),
        country: args.country.clone(),
        affiliation: args.affiliation.clone(),
        gender: String::new(),
        languages: vec![args.ui_lang.clone()],
        ui_lang: args.ui_lang.clone(),
    };
    let mut valid = validate_profile(&input, convene_i18n::is_supported).map_err(|errors| {
        let fields: Vec<String> = errors
            .iter()
            .map(|e| format!("{} ({})", e.field, convene_i18n::tr("en", e.message, None)))
            .collect();
        format!("invalid account details: {}", fields.join("; "))
    })?;
    validate_password(password, &valid.participant.email).map_err(|e| {
        format!(
            "password from standard input: {}",
            convene_i18n::tr("en", e.message, None)
        )
    })?;
    valid.participant.role = role;
    let hash = convene_core::secrets::hash_password(password).map_err(|e| e.to_string())?;
    let account = NewAccount {
        participant: valid.participant,
        password_hash: hash,
        profile: valid.profile,
        // Set up by the operator; accepted when they first sign in and agree.
        coc_accepted: false,
    };
    match store.create_account(&account).await {
        Ok(id) => Ok(id),
        Err(StoreError::Conflict(_)) => {
            Err(format!("an account with {} already exists", args.email))
        }
        Err(e) => Err(e.to_string()),
    }
}
