//! Storage I/O at the edge of the app: what start-up found, what a save did, and the member's
//! data-safety choices (export, import, start fresh), each turned into an [`Action`], and the
//! calendar file (the clock and a random id live here, not in the pure code).

use std::rc::Rc;

use yew::prelude::*;

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::keeping::{case_file_name, CopyReminder};
use crate::domain::timeline::TimelineItem;
use crate::domain::Case;
use crate::i18n::{calendar_file, Lang};
use crate::state::edit::Edit;
use crate::state::{Action, AppState, ImportProblem, StartUp};
use crate::storage::local::{Loaded, LocalStore, StoreError};
use crate::storage::{export_case, import_case, ImportError, MAX_IMPORT_BYTES};

use super::files::{download, focus_after_render, read_text};
use super::widgets::{parse_iso, IMPORT_STATUS_ID};

/// The state the app opens in: what storage held, and whether it runs inside another site.
pub fn initial_state(store: Option<&LocalStore>) -> AppState {
    let start = match store.map(LocalStore::load) {
        None | Some(Loaded::Unavailable) => StartUp::StorageUnavailable,
        Some(Loaded::Nothing) => StartUp::Fresh,
        Some(Loaded::Found { case, .. }) => StartUp::Restored(case),
        Some(Loaded::Migrated {
            case, saved_back, ..
        }) => StartUp::Migrated {
            case,
            saved_back: saved_back.is_ok(),
        },
        Some(Loaded::Newer { raw, .. }) => StartUp::NewerVersion { raw },
        // A copy is also kept aside when it can be; the value itself stays until the member
        // chooses to start fresh, and saves refuse meanwhile.
        Some(Loaded::Unreadable { raw, .. }) => StartUp::Unreadable { raw },
    };
    let mut state = AppState::start(start);
    let embedded = is_embedded();
    state.embedded_notice = embedded;
    state.device = super::keep::device(embedded);
    state
}

/// The page address's fragment ("#/costs?lang=es"), or nothing.
pub fn address_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Whether this page runs inside a frame of another page.
fn is_embedded() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => top != window,
        // A top that cannot even be named is someone else's page.
        _ => true,
    }
}

/// Saves `case` and says what happened.
pub fn save(store: &LocalStore, case: &Case) -> Action {
    match store.save(case, store.revision()) {
        Ok(_) => Action::Saved,
        Err(StoreError::Conflict { case, revision }) => {
            store.mark_seen(revision);
            Action::Conflict(case)
        }
        Err(StoreError::Removed) => {
            store.mark_seen(0);
            Action::RemovedElsewhere
        }
        Err(StoreError::NewerVersionPresent { .. }) => Action::StoredUnusable {
            newer: true,
            raw: None,
        },
        Err(StoreError::UnreadablePresent) => Action::StoredUnusable {
            newer: false,
            raw: None,
        },
        Err(_) => Action::SaveFailed,
    }
}

/// The member chose to start fresh after an unreadable save.
pub fn start_fresh(store: &Rc<Option<LocalStore>>) -> Action {
    match store.as_ref().as_ref().map(LocalStore::start_fresh) {
        Some(Ok(())) => Action::StartedFresh,
        Some(Err(StoreError::NewerVersionPresent { .. })) => Action::StoredUnusable {
            newer: true,
            raw: None,
        },
        _ => Action::StartFreshFailed,
    }
}

/// Downloads the case as a file named with `today`'s date, perhaps from `reminder`'s offer.
/// The file says it is the latest copy (as the case will, once the reducer hears of it).
pub fn export(
    case: &Case,
    today: NaiveDate,
    reminder: Option<CopyReminder>,
    dispatch: &Callback<Action>,
) {
    let mut copy = case.clone();
    copy.details.keeping.copied(case, today, reminder);
    if download(
        &case_file_name(today),
        "application/json",
        &export_case(&copy),
    ) {
        dispatch.emit(Action::CopySaved {
            on: today,
            reminder,
        });
    }
}

/// The guide's own address as the browser has it, without the fragment or a query: what the
/// calendar's events give for opening it again (no case data is ever in it).
fn guide_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    page.split('?').next().unwrap_or_default().to_owned()
}

/// Downloads the saved text that this version cannot use (a newer version's, or unreadable).
pub fn download_raw(raw: &str, newer: bool) {
    let name = if newer {
        "second-opinion-saved-by-newer-version.json"
    } else {
        "second-opinion-unreadable-copy.txt"
    };
    download(name, "text/plain", raw);
}

/// Reads and checks a chosen file, then dispatches the case to confirm or why it was refused.
pub fn import(file: web_sys::File, dispatch: Callback<Action>) {
    // Checked before reading, so a huge file never freezes the page.
    let bytes = file.size() as usize;
    if bytes > MAX_IMPORT_BYTES {
        dispatch.emit(Action::ImportRejected(ImportProblem::Rejected(
            ImportError::TooLarge {
                bytes,
                limit: MAX_IMPORT_BYTES,
            },
        )));
        focus_after_render(IMPORT_STATUS_ID);
        return;
    }
    yew::platform::spawn_local(async move {
        let action = match read_text(&file).await {
            None => Action::ImportRejected(ImportProblem::CouldNotRead),
            Some(text) => match import_case(&text) {
                Ok(case) => Action::ImportRead(Box::new(case)),
                Err(error) => Action::ImportRejected(ImportProblem::Rejected(error)),
            },
        };
        dispatch.emit(action);
        focus_after_render(IMPORT_STATUS_ID);
    });
}

/// A new calendar id: 26 random hex digits, no personal data.
fn new_calendar_id() -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    (0..26)
        .map(|_| char::from(HEX[(web_sys::js_sys::Math::random() * 16.0) as usize % 16]))
        .collect()
}

/// Now, in UTC, for the calendar's DTSTAMP (read from "2026-12-01T12:08:28.000Z").
fn now_utc() -> NaiveDateTime {
    let iso = String::from(web_sys::js_sys::Date::new_0().to_iso_string());
    let number = |range: std::ops::Range<usize>| iso.get(range).and_then(|s| s.parse().ok());
    iso.get(..10)
        .and_then(parse_iso)
        .zip(number(11..13).zip(number(14..16)).zip(number(17..19)))
        .and_then(|(day, ((h, m), s))| day.and_hms_opt(h, m, s))
        .unwrap_or_default()
}

/// Downloads the case's dates as a calendar file, making the case's calendar id first if it
/// has none (saved with the case, so the next file updates the same events).
pub fn download_calendar(
    lang: Lang,
    items: &[TimelineItem],
    calendar_id: Option<&str>,
    dispatch: &Callback<Action>,
) -> bool {
    let id = match calendar_id {
        Some(id) => id.to_owned(),
        None => {
            let id = new_calendar_id();
            dispatch.emit(Action::Edit(Edit::CalendarId(id.clone())));
            id
        }
    };
    let file = calendar_file(
        lang,
        items,
        &id,
        now_utc(),
        super::sources::citations(),
        &guide_address(),
    );
    download(
        "second-opinion-dates.ics",
        "text/calendar;charset=utf-8",
        &file,
    )
}
