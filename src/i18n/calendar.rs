//! The case's dates as calendar events, in a language: what each date is, what to do, the rule
//! and its source, and a reminder 3 days before each deadline.

use chrono::NaiveDateTime;

use super::{date, fill, t, Code, DocT, Lang};
use crate::domain::cited::Citations;
use crate::domain::timeline::{Status, TimelineItem};
use crate::export::ics::{calendar, CalendarEvent, Reminder};

/// 9 in the morning, three days before the (midnight) start of the day.
const REMINDER: &str = "-P2DT15H";

/// The calendar file for the dated items still to come or to act on. `calendar_id` is the
/// case's random calendar id (no personal data); each UID is the item's code with it. Each
/// rule's source is named when the sources file has been read (`citations`); each event says
/// how to open the guide again, at `guide_url` (its address, with no case data).
pub fn calendar_file(
    lang: Lang,
    items: &[TimelineItem],
    calendar_id: &str,
    stamp: NaiveDateTime,
    citations: Option<&Citations>,
    guide_url: &str,
) -> String {
    let reopen = fill(t(lang, DocT::CalendarReopen), &[("url", guide_url)]);
    let events: Vec<CalendarEvent> = items
        .iter()
        .filter(|it| !matches!(it.status, Status::Done | Status::NotNeeded(_)))
        .filter_map(|it| {
            let day = it.date?;
            let what = t(lang, Code::Item(it.kind));
            // One line each: the date, how it is counted, what to do, the rule, the letter's word.
            let mut description = date(lang, day);
            let mut line = |text: &str| {
                description.push('\n');
                description.push_str(text);
            };
            line(t(lang, Code::ItemExplain(it.kind)));
            if it.kind.is_deadline() {
                line(t(lang, DocT::CalendarAct));
            }
            if it.is_approximate() {
                line(t(lang, DocT::CalendarAbout));
            }
            let cited = it
                .source()
                .zip(citations)
                .and_then(|(s, all)| all.get(s.cited));
            if let Some(source) = cited {
                let rule = fill(
                    t(lang, DocT::CalendarSource),
                    &[("title", source.title), ("url", source.url.unwrap_or(""))],
                );
                line(rule.trim_end());
            }
            line(t(lang, DocT::CalendarLetterWins));
            line(&reopen);
            Some(CalendarEvent {
                uid: format!("{}-{calendar_id}@second-opinion-navigator", it.kind.code()),
                date: day,
                summary: what.to_owned(),
                description,
                reminder: it.kind.is_deadline().then(|| Reminder {
                    trigger: REMINDER,
                    text: fill(t(lang, DocT::CalendarReminder), &[("what", what)]),
                }),
            })
        })
        .collect();
    calendar(t(lang, DocT::CalendarName), &events, stamp)
}
