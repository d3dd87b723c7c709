//! Storage I/O at the edge of the app: what start-up found, what a save did, and the member's
//! data-safety choices (export, import, start fresh), each turned into an [`Action`].

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::Case;
use crate::state::{Action, AppState, ImportProblem, StartUp};
use crate::storage::local::{Loaded, LocalStore, StoreError};
use crate::storage::{export_case, import_case, ImportError, MAX_IMPORT_BYTES};

use super::files::{download, read_text};

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
    state.embedded_notice = is_embedded();
    state
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

/// Downloads the case as a file.
pub fn export(case: &Case) {
    download(
        "second-opinion-case.json",
        "application/json",
        &export_case(case),
    );
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
    });
}
