//! The address bar as the app's history: each screen the member opens is an entry, so Back and
//! Forward move between steps and a reload stays on the step (src/link.rs is the design).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use super::edge;
use crate::link::{parse, write, Fragment};
use crate::state::{Action, Screen};

/// Writes the open screen into the address, keeping what the opening link said about how the
/// page looks (`kept`): in place of the opening address (so its presets go), then as a new
/// history entry for each move. On the `first` screen, also starts following Back and Forward.
pub fn follow(screen: Screen, first: bool, kept: Fragment, dispatch: Callback<Action>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if first {
        listen_for_moves(&window, dispatch);
    }
    let address = edge::address_fragment();
    // A bare address stays bare on the welcome screen (it is bare only when the opening one
    // was, so there is nothing to keep); Back or Forward has already put this screen there.
    let bare = address.is_empty() && screen == Screen::Welcome;
    if bare || (!first && parse(&address).screen == Some(screen)) {
        return;
    }
    let wanted = write(&kept.at(screen));
    let Ok(history) = window.history() else {
        return;
    };
    // Start tapped on the bare first screen is a move, like every later one.
    let _ = if first && !address.is_empty() {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&wanted))
    } else if address != wanted {
        history.push_state_with_url(&JsValue::NULL, "", Some(&wanted))
    } else {
        Ok(())
    };
}

/// Back, Forward, or a fragment typed into the address bar: open the screen it names. No
/// fragment is the welcome screen; one that names no screen (the skip link's "#main") is none.
fn listen_for_moves(window: &web_sys::Window, dispatch: Callback<Action>) {
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let address = edge::address_fragment();
        let screen = match parse(&address).screen {
            None if address.is_empty() => Some(Screen::Welcome),
            found => found,
        };
        if let Some(screen) = screen {
            dispatch.emit(Action::Show(screen));
        }
    });
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    // The app lives as long as the page.
    on_pop.forget();
}
