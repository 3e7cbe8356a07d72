//! iCalendar (RFC 5545) output: the agenda, one session, or a personal agenda. Times are
//! written in the venue's zone with a VTIMEZONE describing it, so calendar apps show
//! them right wherever the reader is.

use convene_core::meeting::{self, Observance};
use jiff::civil::DateTime;

pub struct Event {
    pub uid: String,
    /// IANA name of the venue's time zone.
    pub zone: String,
    pub start: DateTime,
    pub end: DateTime,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
}

/// TEXT values escape backslash, semicolon, comma and line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets are folded: CRLF and a space, never inside a character.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn local(dt: DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    format!("{sign}{:02}{:02}", s / 3600, (s % 3600) / 60)
}

fn utc_stamp(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn timezone(out: &mut String, zone: &str, observances: &[Observance]) {
    push_line(out, "BEGIN:VTIMEZONE");
    push_line(out, &format!("TZID:{zone}"));
    for o in observances {
        let kind = if o.dst { "DAYLIGHT" } else { "STANDARD" };
        push_line(out, &format!("BEGIN:{kind}"));
        push_line(out, &format!("DTSTART:{}", local(o.onset)));
        push_line(out, &format!("TZOFFSETFROM:{}", offset(o.offset_from)));
        push_line(out, &format!("TZOFFSETTO:{}", offset(o.offset_to)));
        push_line(out, &format!("END:{kind}"));
    }
    push_line(out, "END:VTIMEZONE");
}

/// A whole calendar. `stamp` is when it was produced (DTSTAMP, in UTC). Each zone the
/// events use gets its VTIMEZONE; an unknown zone leaves that event's times floating.
pub fn calendar(name: &str, events: &[Event], stamp: i64) -> String {
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//Convene//Forum agenda//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    push_line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    let mut zones: Vec<&str> = events.iter().map(|e| e.zone.as_str()).collect();
    zones.sort_unstable();
    zones.dedup();
    let mut known = Vec::new();
    for zone in zones {
        let mine = events.iter().filter(|e| e.zone == zone);
        let first = mine.clone().map(|e| e.start).min();
        let last = mine.map(|e| e.end).max();
        let observances = match (first, last) {
            (Some(a), Some(b)) => meeting::zone_observances(zone, a, b),
            _ => Vec::new(),
        };
        if !observances.is_empty() {
            timezone(&mut out, zone, &observances);
            known.push(zone);
        }
    }
    for e in events {
        let when = |name: &str, dt: DateTime| {
            if known.contains(&e.zone.as_str()) {
                format!("{name};TZID={}:{}", e.zone, local(dt))
            } else {
                format!("{name}:{}", local(dt))
            }
        };
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", e.uid));
        push_line(&mut out, &format!("DTSTAMP:{}", utc_stamp(stamp)));
        push_line(&mut out, &when("DTSTART", e.start));
        push_line(&mut out, &when("DTEND", e.end));
        push_line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            push_line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if !e.location.is_empty() {
            push_line(&mut out, &format!("LOCATION:{}", escape(&e.location)));
        }
        if !e.url.is_empty() {
            push_line(&mut out, &format!("URL:{}", e.url));
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn event(summary: &str) -> Event {
        Event {
            uid: "session-1@forum.example".into(),
            zone: "Africa/Nairobi".into(),
            start: meeting::parse_local("2027-06-15T09:00").unwrap(),
            end: meeting::parse_local("2027-06-15T10:30").unwrap(),
            summary: summary.into(),
            description: "Line one\nLine, two; end\\".into(),
            location: "Room 1".into(),
            url: "https://forum.example/en/sessions/1".into(),
        }
    }

    #[test]
    fn a_calendar_has_crlf_lines_a_zone_and_escaped_text() {
        let ics = calendar("IGF 2027", &[event("Spam, again")], 0);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
        assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Africa/Nairobi\r\n"));
        assert!(ics.contains("TZOFFSETTO:+0300"));
        assert!(ics.contains("DTSTART;TZID=Africa/Nairobi:20270615T090000\r\n"));
        assert!(ics.contains("DTEND;TZID=Africa/Nairobi:20270615T103000\r\n"));
        assert!(ics.contains("DTSTAMP:19700101T000000Z"));
        assert!(ics.contains("SUMMARY:Spam\\, again\r\n"));
        assert!(ics.contains("DESCRIPTION:Line one\\nLine\\, two\\; end\\\\\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let title = "互联网治理论坛".repeat(10);
        let ics = calendar("x", &[event(&title)], 0);
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{title}\r\n")));
    }

    #[test]
    fn each_zone_gets_one_timezone_and_unknown_zones_float() {
        let mut other = event("Elsewhere");
        other.zone = "Europe/Oslo".into();
        let mut lost = event("Nowhere");
        lost.zone = "Nowhere/At_All".into();
        let ics = calendar("mine", &[event("A"), event("B"), other, lost], 0);
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 2);
        assert!(ics.contains("DTSTART;TZID=Europe/Oslo:20270615T090000"));
        assert!(ics.contains("DTSTART:20270615T090000\r\n"));
    }

    #[test]
    fn offsets_are_signed_hours_and_minutes() {
        assert_eq!(offset(19800), "+0530");
        assert_eq!(offset(-10800), "-0300");
        assert_eq!(offset(0), "+0000");
    }
}
