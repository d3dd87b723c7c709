//! The root's hooks: saving after edits, and moving focus to each new screen's heading.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{edge, HEADING_ID};
use crate::state::{AppState, Screen};
use crate::storage::local::LocalStore;

/// Saves after every edit; never on open (edit 0), so an untouched visit writes nothing. A save
/// is cheap (storage/local.rs trusts its own last write), so it runs on every keystroke.
#[hook]
pub fn use_autosave(store: Rc<Option<LocalStore>>, state: &UseReducerHandle<AppState>) {
    let dispatch = state.dispatcher();
    let (edits, case, persistence) = (state.edits, state.case.clone(), state.persistence);
    use_effect_with(edits, move |&edits| {
        if let (true, true, Some(store)) = (edits > 0, persistence.may_write(), &*store) {
            dispatch.dispatch(edge::save(store, &case));
        }
    });
}

/// Moves focus to the new screen's heading, so keyboard and screen-reader users start there:
/// on every change of screen, and on the first render too when Start was tapped on the static
/// first screen.
#[hook]
pub fn use_heading_focus(screen: Screen, start_requested: bool) {
    let first_render = use_mut_ref(move || !start_requested);
    use_effect_with(screen, move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(HEADING_ID))
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}
