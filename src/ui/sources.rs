//! The sources file (`sources.txt`, beside the page): the titles and addresses that "Why?", the
//! summary and the calendar file name, fetched once the app runs ([`crate::domain::cited`] says
//! why they are not in the wasm). It is the same file for every visitor, asked for at every
//! start whatever the member does, so it tells the server nothing about them.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::domain::cited::Citations;
use crate::state::Action;

thread_local! {
    /// Set once, when the file has arrived and is this build's; never changed after.
    static READ: Cell<Option<&'static Citations<'static>>> = const { Cell::new(None) };
}

/// The sources file as read, once it has arrived.
pub fn citations() -> Option<&'static Citations<'static>> {
    READ.with(Cell::get)
}

/// Fetches the file and, when it is this build's, keeps it and tells the reducer (so every
/// "Why?" draws again with its source). If it cannot be had, the app says so where a source
/// would be named, and a reload tries again.
pub fn load(dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        // Kept for the page's lifetime: read once, a few KB.
        let Some(text) = fetch_text()
            .await
            .map(|text| &*Box::leak(text.into_boxed_str()))
        else {
            return;
        };
        if let Some(read) = Citations::parse(text) {
            READ.with(|cell| cell.set(Some(Box::leak(Box::new(read)))));
            dispatch.emit(Action::SourcesRead);
        }
    });
}

async fn fetch_text() -> Option<String> {
    let init = web_sys::RequestInit::new();
    // Asked of the server (or the offline worker) each time, never a stale copy from the
    // browser's cache: another build's file would not be used.
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(web_sys::window()?.fetch_with_str_and_init("sources.txt", &init))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
