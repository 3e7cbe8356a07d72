//! One day of the programme as a grid: rooms across, time down, each session placed by
//! its real start and length. Pure layout, so the page only turns cells into markup and
//! CSS classes (the forum's policy forbids inline styles; see `web::assets`).

use jiff::civil::{DateTime, Time};

/// Minutes one grid row stands for.
pub const STEP: i64 = 15;
/// Rows at most: a whole day in steps.
pub const MAX_ROWS: u32 = 96;
/// Room lanes at most; sessions in rooms past them stay in the list only.
pub const MAX_LANES: u32 = 24;
/// Grid rows and columns the layout's numbers start at: row 1 names the rooms,
/// column 1 holds the times.
pub const FIRST_ROW: u32 = 2;
pub const FIRST_COLUMN: u32 = 2;

/// One session to place: its index in the caller's list, room (`None`: not yet known),
/// start and length.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub index: usize,
    pub room: Option<i64>,
    pub start: DateTime,
    pub minutes: i64,
}

/// A room's header: which room, the first grid column and how many lanes it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub room: Option<i64>,
    pub column: u32,
    pub lanes: u32,
}

/// A placed session: grid row and column, and how many rows it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub index: usize,
    pub row: u32,
    pub span: u32,
    pub column: u32,
}

/// A time label: its grid row and the time it marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub row: u32,
    pub time: Time,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Grid {
    pub columns: Vec<Column>,
    /// In reading order: by start, then column.
    pub cells: Vec<Cell>,
    /// Every full hour the grid covers.
    pub hours: Vec<Mark>,
    /// Rows of time in all (the header row not counted).
    pub rows: u32,
    /// Indexes of sessions that did not fit (rooms past [`MAX_LANES`]).
    pub left_out: Vec<usize>,
}

fn minutes_of(t: Time) -> i64 {
    i64::from(t.hour()) * 60 + i64::from(t.minute())
}

/// Lays out one day's sessions. `rooms` gives the rooms' order; rooms without a session
/// get no column, and sessions with no room go last, under `room: None`. Two sessions
/// that overlap in one room (the schedule refuses this, but old data or a filter's view
/// may still hold it) get lanes side by side instead of covering each other.
pub fn lay_out(items: &[Item], rooms: &[i64]) -> Grid {
    let Some(first) = items.iter().map(|i| minutes_of(i.start.time())).min() else {
        return Grid::default();
    };
    // From the hour of the first start to the hour after the last end, within the day.
    let top = first / 60 * 60;
    let day_end = i64::from(MAX_ROWS) * STEP;
    let last = items
        .iter()
        .map(|i| (minutes_of(i.start.time()) + i.minutes.max(STEP)).min(day_end))
        .max()
        .unwrap_or(top + 60);
    let bottom = ((last + 59) / 60 * 60).min(day_end);
    let rows = u32::try_from((bottom - top) / STEP).unwrap_or(MAX_ROWS);

    let mut order: Vec<Option<i64>> = rooms
        .iter()
        .copied()
        .filter(|r| items.iter().any(|i| i.room == Some(*r)))
        .map(Some)
        .collect();
    // Rooms the caller did not list still show, after the known ones.
    for i in items {
        if i.room.is_some() && !order.contains(&i.room) {
            order.push(i.room);
        }
    }
    if items.iter().any(|i| i.room.is_none()) {
        order.push(None);
    }

    let mut grid = Grid {
        rows,
        ..Grid::default()
    };
    let mut column = FIRST_COLUMN;
    for room in order {
        let mut mine: Vec<&Item> = items.iter().filter(|i| i.room == room).collect();
        mine.sort_by_key(|i| (i.start, i.index));
        // Greedy lanes: each session takes the first lane free at its start.
        let mut lane_ends: Vec<i64> = Vec::new();
        let mut placed = Vec::new();
        for i in mine {
            let start = minutes_of(i.start.time()).max(top);
            let end = (start + i.minutes.max(STEP)).min(bottom);
            let lane = match lane_ends.iter().position(|e| *e <= start) {
                Some(l) => l,
                None => {
                    lane_ends.push(0);
                    lane_ends.len() - 1
                }
            };
            lane_ends[lane] = end;
            placed.push((i.index, start, end, lane));
        }
        let lanes = u32::try_from(lane_ends.len()).unwrap_or(u32::MAX);
        let used = column - FIRST_COLUMN;
        if used.saturating_add(lanes) > MAX_LANES {
            grid.left_out.extend(placed.iter().map(|p| p.0));
            continue;
        }
        grid.columns.push(Column {
            room,
            column,
            lanes,
        });
        for (index, start, end, lane) in placed {
            let row = FIRST_ROW + u32::try_from((start - top) / STEP).unwrap_or(0);
            // Starts between steps round down, ends round up: a session never looks
            // shorter than it is.
            let span =
                u32::try_from((end - top + STEP - 1) / STEP).unwrap_or(1) - (row - FIRST_ROW);
            grid.cells.push(Cell {
                index,
                row,
                span: span.max(1),
                column: column + u32::try_from(lane).unwrap_or(0),
            });
        }
        column += lanes;
    }
    grid.cells.sort_by_key(|c| (c.row, c.column));
    let mut m = top;
    while m < bottom {
        if let Ok(time) = Time::new(
            i8::try_from(m / 60).unwrap_or(0),
            i8::try_from(m % 60).unwrap_or(0),
            0,
            0,
        ) {
            grid.hours.push(Mark {
                row: FIRST_ROW + u32::try_from((m - top) / STEP).unwrap_or(0),
                time,
            });
        }
        m += 60;
    }
    grid
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn item(index: usize, room: Option<i64>, at: &str, minutes: i64) -> Item {
        Item {
            index,
            room,
            start: crate::meeting::parse_local(&format!("2025-06-24T{at}")).unwrap(),
            minutes,
        }
    }

    #[test]
    fn sessions_sit_in_their_room_at_their_time() {
        let g = lay_out(
            &[
                item(0, Some(7), "10:00", 90),
                item(1, Some(5), "09:30", 60),
                item(2, Some(7), "11:30", 30),
            ],
            &[5, 6, 7],
        );
        // Room 6 has nothing that day: no column.
        assert_eq!(
            g.columns,
            vec![
                Column {
                    room: Some(5),
                    column: 2,
                    lanes: 1
                },
                Column {
                    room: Some(7),
                    column: 3,
                    lanes: 1
                },
            ]
        );
        // 09:00 is the top; the last end is 12:00.
        assert_eq!(g.rows, 12);
        assert_eq!(
            g.cells,
            vec![
                Cell {
                    index: 1,
                    row: 4,
                    span: 4,
                    column: 2
                },
                Cell {
                    index: 0,
                    row: 6,
                    span: 6,
                    column: 3
                },
                Cell {
                    index: 2,
                    row: 12,
                    span: 2,
                    column: 3
                },
            ]
        );
        let hours: Vec<String> = g.hours.iter().map(|h| h.time.to_string()).collect();
        assert_eq!(hours, ["09:00:00", "10:00:00", "11:00:00"]);
        assert_eq!(g.hours[1].row, 6);
    }

    #[test]
    fn overlaps_in_one_room_get_lanes_and_odd_times_never_shrink() {
        let g = lay_out(
            &[
                item(0, Some(1), "10:00", 60),
                item(1, Some(1), "10:30", 60),
                item(2, None, "10:10", 20),
                item(3, Some(2), "10:00", 30),
            ],
            &[1, 2],
        );
        let cols: Vec<(Option<i64>, u32, u32)> = g
            .columns
            .iter()
            .map(|c| (c.room, c.column, c.lanes))
            .collect();
        assert_eq!(cols, [(Some(1), 2, 2), (Some(2), 4, 1), (None, 5, 1)]);
        let of = |i: usize| g.cells.iter().find(|c| c.index == i).unwrap().clone();
        assert_eq!(of(1).column, 3);
        // 10:10–10:30 covers the 10:00 and 10:15 steps.
        assert_eq!((of(2).row, of(2).span), (2, 2));
    }

    #[test]
    fn late_sessions_stop_at_midnight_and_too_many_rooms_are_left_out() {
        let g = lay_out(&[item(0, Some(1), "23:30", 120)], &[1]);
        assert_eq!(g.rows, 4);
        assert_eq!(g.cells[0].span, 2);
        let many: Vec<Item> = (0..30)
            .map(|i| item(i, Some(i as i64), "10:00", 60))
            .collect();
        let rooms: Vec<i64> = (0..30).collect();
        let g = lay_out(&many, &rooms);
        assert_eq!(g.columns.len(), MAX_LANES as usize);
        assert_eq!(g.left_out, (24..30).collect::<Vec<_>>());
        assert!(lay_out(&[], &rooms).cells.is_empty());
    }
}
