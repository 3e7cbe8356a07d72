//! ISO 3166-1 countries with their UN regional group and economic classification,
//! shipped as data (`data/countries.tsv`) so it can be reviewed and corrected by anyone.

use crate::Region;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: &'static str,
    /// English short name; localized names come from the UI strings.
    pub name: &'static str,
    pub region: Region,
    pub developing: bool,
}

const DATA: &str = include_str!("../data/countries.tsv");

/// All countries, sorted by code. Lines that do not parse are skipped; a unit test
/// guarantees there are none.
pub fn all() -> &'static [Country] {
    static ALL: OnceLock<Vec<Country>> = OnceLock::new();
    ALL.get_or_init(|| DATA.lines().skip(1).filter_map(parse_line).collect())
}

fn parse_line(line: &'static str) -> Option<Country> {
    let mut f = line.split('\t');
    let code = f.next()?;
    let name = f.next()?;
    let region = Region::from_code(f.next()?)?;
    let developing = match f.next()? {
        "1" => true,
        "0" => false,
        _ => return None,
    };
    Some(Country {
        code,
        name,
        region,
        developing,
    })
}

/// Look a country up by its alpha-2 code, in any case.
pub fn by_code(code: &str) -> Option<&'static Country> {
    let upper = code.to_ascii_uppercase();
    all()
        .binary_search_by(|c| c.code.cmp(upper.as_str()))
        .ok()
        .and_then(|i| all().get(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses() {
        let lines = DATA.lines().skip(1).filter(|l| !l.is_empty()).count();
        assert_eq!(all().len(), lines);
        assert!(lines >= 240);
        assert!(all().windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn lookups() {
        let br = by_code("br").expect("Brazil");
        assert_eq!(br.region, Region::LatinAmericanCaribbean);
        assert!(br.developing);
        let de = by_code("DE").expect("Germany");
        assert_eq!(de.region, Region::WesternEuropeanOthers);
        assert!(!de.developing);
        assert_eq!(by_code("XX"), None);
    }
}
