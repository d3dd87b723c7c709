//! Lines of the printable case summary that are not already a step's view: a contact-log entry
//! and a source with its address written out (so a printed copy keeps it). The member's words
//! are text, never markup.

use super::{date, fill, t, Code, DocT, Lang};
use crate::domain::case::ContactEntry;
use crate::domain::cited::Citation;
use crate::domain::Source;

/// "March 2, 2026 · Phone call · Member Services · REF-1 · what was said. Next: …"
pub fn contact_line(lang: Lang, e: &ContactEntry) -> String {
    let mut line = String::new();
    let parts = [
        e.date.map(|d| date(lang, d)),
        e.channel.map(|c| t(lang, Code::Channel(c)).to_owned()),
        Some(e.who.trim().to_owned()),
        Some(e.reference.trim().to_owned()),
        Some(e.summary.trim().to_owned()),
    ];
    for part in parts.into_iter().flatten().filter(|p| !p.is_empty()) {
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(&part);
    }
    match e.next_step.trim() {
        "" => line,
        next => fill(
            t(lang, DocT::SummaryContactNext),
            &[("entry", &line), ("next", next)],
        ),
    }
}

/// "Title: https://… (how sure we are)", for `s` with its title and address `cited`.
pub fn source_line(lang: Lang, s: &Source, cited: Citation) -> String {
    fill(
        t(lang, DocT::SummarySource),
        &[
            ("title", cited.title),
            (
                "url",
                cited.url.unwrap_or_else(|| t(lang, DocT::NoPublicSource)),
            ),
            ("sure", t(lang, DocT::Sure(s.confidence))),
        ],
    )
}
