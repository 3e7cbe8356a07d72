//! Dates and numbers in the reader's locale, from CLDR data (ICU4X). Formatters are built
//! once per locale and kept. Dates use the Gregorian calendar: meetings are planned in it.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use std::collections::HashMap;
use std::sync::OnceLock;

type DateFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMD>;

fn locale(code: &str) -> Locale {
    code.parse().unwrap_or(Locale::UNKNOWN)
}

/// Formatters for every interface locale, built once and then read without locking
/// (they are consulted for every date on every page).
struct Formatters {
    dates: HashMap<&'static str, DateFormatter>,
    numbers: HashMap<&'static str, DecimalFormatter>,
}

fn formatters() -> &'static Formatters {
    static ALL: OnceLock<Formatters> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut dates = HashMap::new();
        let mut numbers = HashMap::new();
        for (code, _) in crate::LOCALES {
            if let Ok(f) = DateFormatter::try_new(locale(code).into(), YMD::long()) {
                dates.insert(*code, f);
            }
            if let Ok(f) = DecimalFormatter::try_new(locale(code).into(), Default::default()) {
                numbers.insert(*code, f);
            }
        }
        Formatters { dates, numbers }
    })
}

/// `2025-06-23` as the reader's locale writes it, e.g. "23 juin 2025". Input that is
/// not a real date, or a locale without data, gives the input unchanged.
pub fn date(code: &str, iso: &str) -> String {
    let Some((y, m, d)) = parse_iso(iso) else {
        return iso.to_string();
    };
    match (
        formatters().dates.get(code),
        Date::try_new_gregorian(y, m, d),
    ) {
        (Some(f), Ok(date)) => f.format(&date).to_string(),
        _ => iso.to_string(),
    }
}

fn parse_iso(iso: &str) -> Option<(i32, u8, u8)> {
    let mut parts = iso.splitn(3, '-');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.get(..2)?.parse().ok()?,
    ))
}

/// An integer with the locale's digits and grouping.
pub fn number(code: &str, n: i64) -> String {
    match formatters().numbers.get(code) {
        Some(f) => f.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

/// A number with one decimal place (e.g. an average score), in the locale's digits.
pub fn one_decimal(code: &str, x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let mut d = Decimal::from(tenths);
    d.multiply_pow10(-1);
    d.pad_end(-1);
    match formatters().numbers.get(code) {
        Some(f) => f.format(&d).to_string(),
        None => format!("{x:.1}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_place_in_the_locale() {
        assert_eq!(one_decimal("en", 14.0), "14.0");
        assert_eq!(one_decimal("en", 13.25), "13.3");
        assert_eq!(one_decimal("de", 1234.5), "1.234,5");
        assert_eq!(one_decimal("fr", 7.5), "7,5");
    }

    #[test]
    fn dates_follow_the_locale() {
        assert_eq!(date("en", "2025-06-23"), "June 23, 2025");
        assert_eq!(date("de", "2025-06-23"), "23. Juni 2025");
        assert!(date("fr", "2025-06-23").contains("juin"));
        assert!(date("ru", "2025-06-23").contains("июн"));
        assert!(date("zh", "2025-06-23").contains("2025年6月23日"));
        // Arabic month names (CLDR now writes generic Arabic with Latin digits).
        assert!(
            date("ar", "2025-06-23").contains("يونيو"),
            "{}",
            date("ar", "2025-06-23")
        );
        assert_eq!(date("en", "not a date"), "not a date");
        assert_eq!(date("en", "2025-02-30"), "2025-02-30");
    }

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(number("en", 1234567), "1,234,567");
        assert_eq!(number("de", 1234567), "1.234.567");
        assert_eq!(number("fr", 1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(number("en", 7), "7");
    }
}
