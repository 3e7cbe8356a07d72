//! Where a form may send the reader afterwards (`next=`, `back=`): only to a page of
//! this site under one of its languages, never to another host, however the address is
//! dressed up.

/// `target` if it is a path on this site under a supported language, else `fallback`.
///
/// Browsers read `/\host`, `/\t/host` and `//host` as other sites, and decode escapes
/// before they look, so the check runs on the decoded path and allows only visible
/// ASCII: no controls, spaces, backslashes or doubled slashes, encoded or not. Whatever
/// passes is also a valid `Location` header.
pub fn safe_redirect(target: &str, fallback: String) -> String {
    if is_safe(target) {
        target.to_string()
    } else {
        fallback
    }
}

fn is_safe(target: &str) -> bool {
    let Ok(decoded) = percent_encoding::percent_decode_str(target).decode_utf8() else {
        return false;
    };
    if !target.bytes().all(|b| b.is_ascii_graphic())
        || decoded.chars().any(|c| c.is_control() || c.is_whitespace())
        || decoded.contains(['\\', '%'])
        || decoded.contains("//")
    {
        return false;
    }
    let Some(rest) = decoded.strip_prefix('/') else {
        return false;
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    convene_i18n::is_supported(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::safe_redirect;

    fn check(target: &str) -> String {
        safe_redirect(target, "/en/".into())
    }

    #[test]
    fn pages_of_this_site_are_kept() {
        for good in [
            "/en/account",
            "/fr",
            "/zh/threads/3?after=2#reply",
            "/ar/coalitions/a-b",
        ] {
            assert_eq!(check(good), good);
        }
    }

    #[test]
    fn everything_else_falls_back() {
        for bad in [
            "",
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "/%09/evil.example",
            "/\t/evil.example",
            "/%5Cevil.example",
            "/%2F%2Fevil.example",
            "/en/..%2F%2Fevil.example",
            "/en/%0d%0aSet-Cookie:x=1",
            "/en/\nx",
            "/en/%252F",
            "/xx/account",
            "/account",
            "en/account",
            "/en/caf\u{e9}",
            "/%FF",
        ] {
            assert_eq!(check(bad), "/en/", "{bad:?}");
        }
    }
}
