//! The calendar file (RFC 5545): escaping, CRLF and folding checked byte by byte (a Spanish line
//! with accents included), and a persona's file checked against its timeline. The same files
//! are written to `target/ics-samples/` with what they must hold, for the independent parser
//! (ical.js) run by `tests/ics-parse.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::{case, d};

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use second_opinion_navigator::domain::cited::Citations;
use second_opinion_navigator::domain::timeline::{Status, TimelineItem};
use second_opinion_navigator::domain::{evaluate, Case, PlanType, Region, Urgency};
use second_opinion_navigator::export::ics::{calendar, escape, CalendarEvent, Reminder};
use second_opinion_navigator::i18n::{calendar_file, fill, t, DocT, Lang};

const ID: &str = "0123456789abcdef0123456789";

fn ymd(day: NaiveDate, sep: &str) -> String {
    format!(
        "{:04}{sep}{:02}{sep}{:02}",
        day.year(),
        day.month(),
        day.day()
    )
}

fn stamp() -> NaiveDateTime {
    d(2026, 3, 9).and_hms_opt(14, 5, 9).unwrap()
}

/// The lines of a file, each checked: CRLF only, at most 75 octets, valid UTF-8 on its own.
fn physical_lines(file: &str) -> Vec<&str> {
    assert!(file.ends_with("\r\n"));
    let bytes = file.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            assert_eq!(
                bytes.get(i.wrapping_sub(1)),
                Some(&b'\r'),
                "a bare LF at {i}"
            );
        }
        if *b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "a bare CR at {i}");
        }
    }
    let lines: Vec<&str> = file.trim_end_matches("\r\n").split("\r\n").collect();
    for line in &lines {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        // Each line is a whole &str: no character was split across two lines.
        assert!(std::str::from_utf8(line.as_bytes()).is_ok());
    }
    lines
}

/// Unfolds (RFC 5545 §3.1): a line starting with a space continues the one before.
fn unfold(file: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in physical_lines(file) {
        match (line.strip_prefix(' '), out.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => out.push(line.to_owned()),
        }
    }
    out
}

#[test]
fn text_is_escaped_as_the_rfc_requires() {
    assert_eq!(
        escape("a\\b;c,d\ne\r\nf\tg"),
        "a\\\\b\\;c\\,d\\ne\\nfg",
        "backslash, semicolon, comma, line breaks; other controls dropped"
    );
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let spanish = "Último día para pedir la Revisión Médica Independiente: reúna la decisión \
                   de su apelación, la carta de negación y el formulario, señora Muñoz. ¿Dudas? \
                   Llame a Servicio a los Miembros. Ñandú, pingüino, acción, corazón.";
    let event = CalendarEvent {
        uid: format!("review-deadline-{ID}@second-opinion-navigator"),
        date: d(2026, 7, 30),
        summary: spanish.to_owned(),
        description: format!("{spanish}\n<img src=x onerror=alert(1)>; a, b"),
        reminder: Some(Reminder {
            trigger: "-P2DT15H",
            text: "En 3 días: último día".to_owned(),
        }),
    };
    let file = calendar("Fechas", &[event], stamp());
    let lines = physical_lines(&file);
    // The long lines really were folded, and every continuation starts with one space.
    assert!(lines.iter().filter(|l| l.starts_with(' ')).count() >= 6);
    assert!(lines
        .iter()
        .any(|l| l.len() == 75 || l.len() == 74 || l.len() == 73));
    let unfolded = unfold(&file);
    assert!(unfolded.contains(&format!("SUMMARY:{}", escape(spanish))));
    assert!(unfolded.contains(&format!(
        "DESCRIPTION:{}\\n<img src=x onerror=alert(1)>\\; a\\, b",
        escape(spanish)
    )));
    // Byte by byte: 13 octets of "X-WR-CALNAME:" and 61 of X leave 1 octet on the line, too
    // few for the two of "é", so the line ends at 74 octets and "é" starts the next one whole
    // (a byte splitter would cut it in two).
    let name = "X".repeat(61) + "éY";
    let file = calendar(&name, &[], stamp());
    let start = file.find("X-WR-CALNAME:").unwrap();
    let expected = format!("X-WR-CALNAME:{}\r\n éY\r\n", "X".repeat(61));
    assert_eq!(
        &file.as_bytes()[start..start + expected.len()],
        expected.as_bytes()
    );
    assert_eq!(expected.find("\r\n"), Some(74));
}

#[test]
fn an_event_is_all_day_with_an_exclusive_end_a_stamp_and_a_reminder() {
    let event = CalendarEvent {
        uid: "u1".to_owned(),
        date: d(2026, 12, 31),
        summary: "Last day".to_owned(),
        description: "Do it".to_owned(),
        reminder: Some(Reminder {
            trigger: "-P2DT15H",
            text: "Soon".to_owned(),
        }),
    };
    let lines = unfold(&calendar("Cal", &[event], stamp()));
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Second Opinion Navigator//Case dates//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Cal",
        "BEGIN:VEVENT",
        "UID:u1",
        "DTSTAMP:20260309T140509Z",
        "DTSTART;VALUE=DATE:20261231",
        "DTEND;VALUE=DATE:20270101",
        "SUMMARY:Last day",
        "DESCRIPTION:Do it",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-P2DT15H",
        "DESCRIPTION:Soon",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ];
    assert_eq!(lines, expected);
}

/// Persona (e) of the journeys, denied and appealing, with its last days known.
fn maryland_medicaid() -> Case {
    let mut c = case(Region::MidAtlantic, PlanType::Medicaid, Urgency::NotUrgent);
    c.details.state = Some(second_opinion_navigator::domain::UsState::Maryland);
    c.details.appeal.denial_letter = Some(d(2026, 3, 2));
    c.details.appointment.date = Some(d(2026, 9, 14));
    c
}

fn northern_california() -> Case {
    let mut c = case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    c.details.referral.requested_on = Some(d(2026, 3, 2));
    c.details.appointment.date = Some(d(2026, 4, 20));
    c
}

fn calendar_items(c: &Case) -> Vec<TimelineItem> {
    evaluate(c, d(2026, 3, 9))
        .timeline
        .into_iter()
        .filter(|it| it.date.is_some() && !matches!(it.status, Status::Done | Status::NotNeeded(_)))
        .collect()
}

#[test]
fn each_dated_item_is_one_event_with_a_stable_uid_free_of_personal_data() {
    for c in [maryland_medicaid(), northern_california()] {
        let mut c = c;
        c.details.letter.member_name = Some("Ana Pérez".to_owned());
        let items = evaluate(&c, d(2026, 3, 9)).timeline;
        let file = calendar_file(Lang::En, &items, ID, stamp(), read().as_ref(), GUIDE);
        let lines = unfold(&file);
        let wanted = calendar_items(&c);
        assert!(wanted.len() >= 3, "{wanted:?}");
        assert_eq!(
            lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
            wanted.len()
        );
        for it in &wanted {
            let uid = format!("UID:{}-{ID}@second-opinion-navigator", it.kind.code());
            let at = lines
                .iter()
                .position(|l| *l == uid)
                .unwrap_or_else(|| panic!("{uid}"));
            let day = ymd(it.date.unwrap(), "");
            assert_eq!(lines[at + 2], format!("DTSTART;VALUE=DATE:{day}"));
            let alarm = lines[at..]
                .iter()
                .take_while(|l| *l != "END:VEVENT")
                .any(|l| l == "BEGIN:VALARM");
            assert_eq!(alarm, it.kind.is_deadline(), "{:?}", it.kind);
        }
        assert!(!file.contains("Ana"), "no personal data in the calendar");
        // The same case and items give the same file: re-importing updates, not duplicates.
        assert_eq!(
            file,
            calendar_file(Lang::En, &items, ID, stamp(), read().as_ref(), GUIDE)
        );
    }
}

#[test]
fn descriptions_say_what_to_do_and_cite_the_rule() {
    let items = evaluate(&maryland_medicaid(), d(2026, 3, 9)).timeline;
    let file = unfold(&calendar_file(
        Lang::En,
        &items,
        ID,
        stamp(),
        read().as_ref(),
        GUIDE,
    ))
    .join("\n");
    assert!(
        file.contains("SUMMARY:Last day to file your appeal"),
        "{file}"
    );
    assert!(file.contains("Act by this day."), "{file}");
    assert!(file.contains("Rule: "), "{file}");
    assert!(file.contains("https://"), "{file}");
    assert!(file.contains("go by the letter"), "{file}");
    assert!(
        file.contains("DESCRIPTION:In 3 days: Last day to file your appeal"),
        "{file}"
    );
}

/// The guide's address as a member's browser had it (under a path prefix, in Spanish too).
const GUIDE: &str = "https://example.org/tools/second-opinion/";

/// The line every event ends with: how to open the guide again.
fn reopen(lang: Lang) -> String {
    fill(t(lang, DocT::CalendarReopen), &[("url", GUIDE)])
}

#[test]
fn every_event_says_how_to_open_the_guide_again_with_no_case_data() {
    let mut case = maryland_medicaid();
    case.details.letter.member_name = Some("Ana Pérez".to_owned());
    let items = evaluate(&case, d(2026, 3, 9)).timeline;
    for lang in Lang::ALL {
        let file = unfold(&calendar_file(
            lang,
            &items,
            ID,
            stamp(),
            read().as_ref(),
            GUIDE,
        ))
        .join("\n");
        let events = file.matches("BEGIN:VEVENT").count();
        assert!(events >= 3, "{file}");
        // Once in each event's description, as its last line (after "go by the letter").
        let line = format!(
            "\\n{}",
            reopen(lang).replace(',', "\\,").replace(';', "\\;")
        );
        assert_eq!(file.matches(&line).count(), events, "{lang:?}: {file}");
        assert!(file.contains(GUIDE));
        assert!(!file.contains("Ana"));
    }
    assert!(reopen(Lang::En).contains("iPhone"), "{}", reopen(Lang::En));
    assert!(reopen(Lang::Es).contains("iPhone"), "{}", reopen(Lang::Es));
}

/// The sources file, as the app reads it once it has arrived.
fn read() -> Option<Citations<'static>> {
    Citations::bundled()
}

#[test]
fn before_the_sources_file_arrives_the_events_are_whole_without_the_rule() {
    let items = evaluate(&maryland_medicaid(), d(2026, 3, 9)).timeline;
    let with = unfold(&calendar_file(
        Lang::En,
        &items,
        ID,
        stamp(),
        read().as_ref(),
        GUIDE,
    ));
    let without = unfold(&calendar_file(Lang::En, &items, ID, stamp(), None, GUIDE));
    assert!(without.iter().all(|l| !l.contains("Rule: ")), "{without:?}");
    // Every line but the rules' is the same: each event, date, reminder and closing word.
    let rules_removed: Vec<String> = with
        .iter()
        .map(|l| match l.find("\\nRule: ") {
            Some(at) => {
                let end = l[at + 2..].find("\\n").map_or(l.len(), |e| at + 2 + e);
                format!("{}{}", &l[..at], &l[end..])
            }
            None => l.clone(),
        })
        .collect();
    assert_ne!(with, without);
    assert_eq!(rules_removed, without);
}

/// Writes the sample files and what each must hold, for the ical.js test.
#[test]
fn writes_samples_for_the_independent_parser() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/ics-samples");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, c, lang) in [
        ("maryland-medicaid", maryland_medicaid(), Lang::En),
        ("northern-california", northern_california(), Lang::En),
        ("northern-california-es", northern_california(), Lang::Es),
    ] {
        let items = evaluate(&c, d(2026, 3, 9)).timeline;
        std::fs::write(
            dir.join(format!("{name}.ics")),
            calendar_file(lang, &items, ID, stamp(), read().as_ref(), GUIDE),
        )
        .unwrap();
        // The file's own words, from the table: each reminder's start and each description's
        // last line.
        let words = format!(
            "{{\"reminder\":{:?},\"last\":{:?}}}",
            fill(t(lang, DocT::CalendarReminder), &[("what", "")]),
            reopen(lang)
        );
        std::fs::write(dir.join(format!("{name}.words.json")), words).unwrap();
        let mut expected = String::from("[");
        for (i, it) in calendar_items(&c).iter().enumerate() {
            let _ = write!(
                expected,
                "{}{{\"uid\":\"{}-{ID}@second-opinion-navigator\",\"date\":\"{}\",\"alarm\":{}}}",
                if i == 0 { "" } else { "," },
                it.kind.code(),
                ymd(it.date.unwrap(), "-"),
                it.kind.is_deadline()
            );
        }
        expected.push(']');
        std::fs::write(dir.join(format!("{name}.expected.json")), expected).unwrap();
    }
    let spanish = CalendarEvent {
        uid: "es-1@second-opinion-navigator".to_owned(),
        date: d(2026, 7, 30),
        summary:
            "Último día para pedir la Revisión Médica Independiente de su apelación, señora Muñoz"
                .to_owned(),
        description: "Reúna la decisión; la carta, y el formulario.\n<img src=x onerror=alert(1)>"
            .to_owned(),
        reminder: Some(Reminder {
            trigger: "-P2DT15H",
            text: "En 3 días: último día".to_owned(),
        }),
    };
    std::fs::write(
        dir.join("spanish.ics"),
        calendar("Fechas de mi caso", &[spanish], stamp()),
    )
    .unwrap();
}

#[test]
fn a_day_a_calendar_cannot_hold_is_left_out_not_written_wrong() {
    let event = |date| CalendarEvent {
        uid: "u".to_owned(),
        date,
        summary: "S".to_owned(),
        description: "D".to_owned(),
        reminder: None,
    };
    let far = NaiveDate::from_ymd_opt(12024, 2, 29).unwrap();
    let last = d(9999, 12, 31);
    let file = calendar(
        "Cal",
        &[event(far), event(last), event(d(2026, 2, 28))],
        stamp(),
    );
    let lines = unfold(&file);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20260228".to_owned()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20260301".to_owned()));
}
