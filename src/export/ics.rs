//! An iCalendar file (RFC 5545) of the case's dates: one all-day event per date, a display
//! reminder before each deadline, CRLF line ends, text escaped and lines folded at 75 octets.
//! The words come from the translation layer; the time stamp is passed in.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};

/// Folded lines are at most this many octets, line break excluded (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// A reminder shown before an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// How long before the event's start (midnight, local time) it shows, as an RFC 5545
    /// duration with its sign ("-P2DT15H": 9 in the morning three days before).
    pub trigger: &'static str,
    /// What it says.
    pub text: String,
}

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable for the same item of the same case, and free of personal data, so importing the
    /// file again updates the event instead of adding a second one.
    pub uid: String,
    /// The day.
    pub date: NaiveDate,
    /// The title.
    pub summary: String,
    /// What to do and which rule gives the date.
    pub description: String,
    /// A reminder, for deadlines.
    pub reminder: Option<Reminder>,
}

/// The calendar file's text. `stamp` is when it was made, in UTC (the DTSTAMP of every event).
pub fn calendar(name: &str, events: &[CalendarEvent], stamp: NaiveDateTime) -> String {
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Second Opinion Navigator//Case dates//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(name)));
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        stamp.year(),
        stamp.month(),
        stamp.day(),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    for event in events.iter().filter(|e| writable(e.date)) {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&event.uid)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", date_value(event.date)));
        // DTEND is exclusive: an all-day event ends at the start of the next day.
        let end = event
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(event.date);
        line(&format!("DTEND;VALUE=DATE:{}", date_value(end)));
        line(&format!("SUMMARY:{}", escape(&event.summary)));
        line(&format!("DESCRIPTION:{}", escape(&event.description)));
        line("TRANSP:TRANSPARENT");
        if let Some(reminder) = &event.reminder {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("TRIGGER:{}", reminder.trigger));
            line(&format!("DESCRIPTION:{}", escape(&reminder.text)));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// Whether iCalendar can hold the day and the day after (years 1 to 9999; a date picker allows
/// others, a calendar does not). Other events are left out rather than written wrong.
fn writable(day: NaiveDate) -> bool {
    (1..=9999).contains(&day.year()) && (day.year(), day.ordinal()) < (9999, 365)
}

/// `YYYYMMDD`.
fn date_value(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` and CRLF, folded (RFC 5545 §3.1): no line longer than 75 octets, each
/// continuation starting with one space, never splitting a character's UTF-8 bytes.
fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}
