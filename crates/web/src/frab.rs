//! The frab schedule formats (JSON and XML) that conference apps such as Giggity and
//! ConfClerk read: days, rooms per day, and the sessions in each room.

use convene_core::meeting;
use jiff::civil::{Date, DateTime};
use maud::html;
use serde_json::{json, Value};

pub struct Conference {
    pub acronym: String,
    pub title: String,
    pub start: String,
    pub end: String,
    pub time_zone: String,
    pub url: String,
    pub rooms: Vec<String>,
}

pub struct Item {
    pub id: i64,
    pub guid: String,
    pub start: DateTime,
    pub minutes: i64,
    pub room: String,
    pub title: String,
    pub track: String,
    pub kind: String,
    pub language: String,
    pub abstract_text: String,
    pub url: String,
    /// `(participant id or 0, name)`.
    pub persons: Vec<(i64, String)>,
}

/// `2027-06-15T09:00:00+03:00`: a venue time with its offset.
fn iso(dt: DateTime, zone: &str) -> String {
    let seconds = meeting::utc_offset(dt, zone).unwrap_or(0);
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    format!(
        "{}{sign}{:02}:{:02}",
        dt.strftime("%Y-%m-%dT%H:%M:%S"),
        s / 3600,
        (s % 3600) / 60
    )
}

fn hhmm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// One day: its number (from 1), its date, and each room's sessions that day.
type Day<'a> = (usize, Date, Vec<(&'a str, Vec<&'a Item>)>);

/// Days from the conference's start to its end, each with its sessions by room.
fn days<'a>(c: &'a Conference, items: &'a [Item]) -> Vec<Day<'a>> {
    let (Ok(first), Ok(last)) = (c.start.parse::<Date>(), c.end.parse::<Date>()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut day = first;
    let mut index = 1;
    while day <= last && index <= 60 {
        let mut rooms: Vec<(&str, Vec<&Item>)> = Vec::new();
        for room in &c.rooms {
            let mut list: Vec<&Item> = items
                .iter()
                .filter(|i| i.start.date() == day && &i.room == room)
                .collect();
            list.sort_by_key(|i| i.start);
            if !list.is_empty() {
                rooms.push((room.as_str(), list));
            }
        }
        out.push((index, day, rooms));
        index += 1;
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    out
}

fn day_bounds(day: Date, zone: &str) -> (String, String) {
    let start = day.at(0, 0, 0, 0);
    let end = day.at(23, 59, 0, 0);
    (iso(start, zone), iso(end, zone))
}

fn event_json(i: &Item, zone: &str) -> Value {
    json!({
        "id": i.id,
        "guid": i.guid,
        "date": iso(i.start, zone),
        "start": i.start.strftime("%H:%M").to_string(),
        "duration": hhmm(i.minutes),
        "room": i.room,
        "slug": format!("session-{}", i.id),
        "url": i.url,
        "title": i.title,
        "subtitle": "",
        "track": i.track,
        "type": i.kind,
        "language": i.language,
        "abstract": i.abstract_text,
        "description": "",
        "recording_license": "",
        "do_not_record": false,
        "persons": i.persons.iter().map(|(id, name)| json!({"id": id, "public_name": name})).collect::<Vec<_>>(),
        "links": [],
        "attachments": [],
    })
}

pub fn json(c: &Conference, items: &[Item], version: &str) -> Value {
    let days: Vec<Value> = days(c, items)
        .into_iter()
        .map(|(index, date, rooms)| {
            let (start, end) = day_bounds(date, &c.time_zone);
            let mut by_room = serde_json::Map::new();
            for room in &c.rooms {
                let list = rooms
                    .iter()
                    .find(|(r, _)| *r == room)
                    .map(|(_, l)| l.iter().map(|i| event_json(i, &c.time_zone)).collect())
                    .unwrap_or_default();
                by_room.insert(room.clone(), Value::Array(list));
            }
            json!({
                "index": index,
                "date": date.to_string(),
                "day_start": start,
                "day_end": end,
                "rooms": by_room,
            })
        })
        .collect();
    let days_count = days.len();
    json!({
        "schedule": {
            "version": version,
            "base_url": c.url,
            "conference": {
                "acronym": c.acronym,
                "title": c.title,
                "start": c.start,
                "end": c.end,
                "daysCount": days_count,
                "timeslot_duration": "00:15",
                "time_zone_name": c.time_zone,
                "url": c.url,
                "rooms": c.rooms.iter().map(|r| json!({"name": r})).collect::<Vec<_>>(),
                "days": days,
            }
        }
    })
}

pub fn xml(c: &Conference, items: &[Item], version: &str) -> String {
    let days = days(c, items);
    let zone = &c.time_zone;
    let body = html! {
        schedule {
            version { (version) }
            conference {
                acronym { (c.acronym) }
                title { (c.title) }
                start { (c.start) }
                end { (c.end) }
                days { (days.len()) }
                timeslot_duration { "00:15" }
                time_zone_name { (zone) }
                base_url { (c.url) }
            }
            @for (index, date, rooms) in &days {
                @let (start, end) = day_bounds(*date, zone);
                day index=(index) date=(date.to_string()) start=(start) end=(end) {
                    @for (room, list) in rooms {
                        room name=(room) {
                            @for i in list {
                                event guid=(i.guid) id=(i.id) {
                                    date { (iso(i.start, zone)) }
                                    start { (i.start.strftime("%H:%M").to_string()) }
                                    duration { (hhmm(i.minutes)) }
                                    room { (i.room) }
                                    slug { "session-" (i.id) }
                                    url { (i.url) }
                                    title { (i.title) }
                                    subtitle {}
                                    track { (i.track) }
                                    type { (i.kind) }
                                    language { (i.language) }
                                    abstract { (i.abstract_text) }
                                    description {}
                                    persons {
                                        @for (id, name) in &i.persons { person id=(id) { (name) } }
                                    }
                                    links {}
                                    attachments {}
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        body.into_string()
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn sample() -> (Conference, Vec<Item>) {
        let c = Conference {
            acronym: "forum2027".into(),
            title: "Forum 2027".into(),
            start: "2027-06-14".into(),
            end: "2027-06-15".into(),
            time_zone: "Africa/Nairobi".into(),
            url: "https://forum.example/en/meetings/2027".into(),
            rooms: vec!["Hall A".into(), "Room <B>".into()],
        };
        let item = Item {
            id: 7,
            guid: "0b7e4a1c-0000-5000-8000-000000000007".into(),
            start: meeting::parse_local("2027-06-15T09:30").unwrap(),
            minutes: 90,
            room: "Room <B>".into(),
            title: "Spam & friends".into(),
            track: "Security".into(),
            kind: "Workshop".into(),
            language: "en".into(),
            abstract_text: "About spam.".into(),
            url: "https://forum.example/en/sessions/7".into(),
            persons: vec![(3, "Ana".into()), (0, "Bo".into())],
        };
        (c, vec![item])
    }

    #[test]
    fn json_lists_days_rooms_and_events_with_offsets() {
        let (c, items) = sample();
        let v = json(&c, &items, "1");
        let conf = &v["schedule"]["conference"];
        assert_eq!(conf["daysCount"], 2);
        assert_eq!(conf["days"][0]["rooms"]["Hall A"], json!([]));
        let e = &conf["days"][1]["rooms"]["Room <B>"][0];
        assert_eq!(e["date"], "2027-06-15T09:30:00+03:00");
        assert_eq!(e["start"], "09:30");
        assert_eq!(e["duration"], "01:30");
        assert_eq!(e["persons"][1]["public_name"], "Bo");
        assert_eq!(conf["days"][1]["day_start"], "2027-06-15T00:00:00+03:00");
    }

    #[test]
    fn xml_escapes_and_nests_events_in_rooms_in_days() {
        let (c, items) = sample();
        let x = xml(&c, &items, "1");
        assert!(x.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>"));
        assert!(x.contains("<day index=\"2\" date=\"2027-06-15\""));
        assert!(x.contains("<room name=\"Room &lt;B&gt;\"><event guid="));
        assert!(x.contains("<title>Spam &amp; friends</title>"));
        assert!(x.contains("<duration>01:30</duration>"));
        assert!(x.contains("<person id=\"3\">Ana</person>"));
        assert!(x.ends_with("</schedule>"));
    }
}
