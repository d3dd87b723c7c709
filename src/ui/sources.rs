//! The files of words the app needs only later, beside the page and fetched once the app runs:
//! `sources.txt`, the titles and addresses that "Why?", the summary and the calendar file name
//! ([`crate::domain::cited`] says why they are not in the wasm), and `document-words.txt`, the
//! letters' words in the page's language ([`crate::i18n::document_words`]). They are the same
//! files for every visitor, asked for at every start whatever the member does, so they tell the
//! server nothing about them.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::domain::cited::Citations;
use crate::i18n::document_words;
use crate::state::Action;

thread_local! {
    /// Set once, when the file has arrived and is this build's; never changed after.
    static READ: Cell<Option<&'static Citations<'static>>> = const { Cell::new(None) };
}

/// The sources file as read, once it has arrived.
pub fn citations() -> Option<&'static Citations<'static>> {
    READ.with(Cell::get)
}

/// Fetches both files and, for each that is this build's, keeps it and tells the reducer (so
/// every "Why?" and letter draws again with its words). If one cannot be had, the app says so
/// where its words would be, and a reload tries again.
pub fn load(dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        // Kept for the page's lifetime: read once, a few KB.
        let sources = fetch_text("sources.txt")
            .await
            .map(|text| &*Box::leak(text.into_boxed_str()))
            .and_then(Citations::parse);
        if let Some(read) = sources {
            READ.with(|cell| cell.set(Some(Box::leak(Box::new(read)))));
            dispatch.emit(Action::SourcesRead);
        }
        let letters = fetch_text("document-words.txt").await;
        if letters.is_some_and(|text| document_words::keep(&text)) {
            dispatch.emit(Action::DocumentWordsRead);
        }
    });
}

async fn fetch_text(name: &str) -> Option<String> {
    let init = web_sys::RequestInit::new();
    // Asked of the server (or the offline worker) each time, never a stale copy from the
    // browser's cache: another build's file would not be used.
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(web_sys::window()?.fetch_with_str_and_init(name, &init))
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
