//! Keeping several tabs in step: listens to the window's `storage` event (fired when another tab
//! of this site writes) and tells the reducer what changed there.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::storage::local::{change_from_event, LocalStore};
use crate::storage::StorageChange;

/// Adopts other tabs' saves and deletes for as long as the calling component is mounted.
#[hook]
pub fn use_storage_sync(store: Rc<Option<LocalStore>>, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event| {
            let Some(store) = &*store else { return };
            let Some(change) = change_from_event(&event) else {
                return;
            };
            let action = match change {
                StorageChange::Saved(decoded) => {
                    store.mark_seen(decoded.revision);
                    Action::OtherTabSaved(Box::new(decoded.case))
                }
                StorageChange::Removed => {
                    store.mark_seen(0);
                    Action::RemovedElsewhere
                }
                StorageChange::Newer { .. } => Action::StoredUnusable {
                    newer: true,
                    raw: event.new_value(),
                },
                StorageChange::Unreadable(_) => Action::StoredUnusable {
                    newer: false,
                    raw: event.new_value(),
                },
            };
            dispatch.dispatch(action);
        });
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ = window
                .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = &window {
                let _ = window.remove_event_listener_with_callback(
                    "storage",
                    listener.as_ref().unchecked_ref(),
                );
            }
            drop(listener);
        }
    });
}
