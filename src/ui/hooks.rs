//! The root's hooks: saving after edits, and what each change of screen does (focus, address).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{address, edge, keep, HEADING_ID};
use crate::link::Fragment;
use crate::state::{Action, AppState, Screen};
use crate::storage::local::LocalStore;

/// Saves after every edit; never on open (edit 0), so an untouched visit writes nothing. A save
/// is cheap (storage/local.rs trusts its own last write), so it runs on every keystroke. Once
/// real answers are saved, asks the browser to keep them, where it decides without a prompt
/// (once a visit: the answer moves the state on).
#[hook]
pub fn use_autosave(
    store: Rc<Option<LocalStore>>,
    state: &UseReducerHandle<AppState>,
    act: Callback<Action>,
) {
    let (edits, case, persistence) = (state.edits, state.case.clone(), state.persistence);
    let keep = state.device.keep;
    use_effect_with(edits, move |&edits| {
        if let (true, true, Some(store)) = (edits > 0, persistence.may_write(), &*store) {
            let saved = edge::save(store, &case);
            let ask = saved == Action::Saved && keep.ask_quietly() && !case.is_empty();
            act.emit(saved);
            if ask {
                keep::ask_to_keep(act);
            }
        }
    });
}

/// On every change of screen: moves focus to the new screen's heading, so keyboard and
/// screen-reader users start there (on the first render too, unless it is the welcome screen:
/// Start was tapped on the static first screen, or the address named a screen), and writes the
/// screen into the address ([`address`]). One effect for both: each costs about 0.6 KB gzip.
#[hook]
pub fn use_screen_change(screen: Screen, kept: Fragment, dispatch: Callback<Action>) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(screen, move |&screen| {
        let first = std::mem::replace(&mut *first_render.borrow_mut(), false);
        address::follow(screen, first, kept, dispatch);
        if first && screen == Screen::Welcome {
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
