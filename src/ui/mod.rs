//! The Yew user interface (wasm32 only). Components are thin: they render [`AppState`] and
//! dispatch [`Action`]s; storage I/O happens at the root, in hooks and callbacks (`hooks`,
//! `sync`, `edge`).

mod address;
mod app;
mod edge;
mod files;
mod hooks;
mod keep;
mod sources;
mod steps;
mod sync;
mod widgets;

use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::next_step::{next_step, NextStep};
use crate::domain::{evaluate, Evaluation};
use crate::i18n::Lang;
use crate::state::{Action, AppState};
pub use app::{App, AppProps};

/// The id of each screen's main heading, which takes focus when the screen changes.
pub const HEADING_ID: &str = "screen-heading";

/// The element index.html gives the app: it holds the static first screen until the app starts.
const ROOT_ID: &str = "app";

/// Everything a step shows: the state, today's date, and the domain's evaluation of the case.
/// Built once per render of the root (once per change of the state).
pub struct View {
    pub lang: Lang,
    pub today: NaiveDate,
    pub state: AppState,
    pub eval: Evaluation,
    pub next: NextStep,
    /// The "what to do next" line, in words.
    pub next_line: String,
}

impl View {
    pub fn new(state: AppState, today: NaiveDate) -> View {
        let lang = state.lang;
        let eval = evaluate(&state.case, today);
        let next = next_step(&state.case, &eval);
        View {
            lang,
            today,
            next_line: crate::i18n::next_step(lang, next),
            state,
            eval,
            next,
        }
    }
}

/// Today's date on this device's clock, in local time: the only clock the app reads.
fn today() -> NaiveDate {
    let now = web_sys::js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        i32::try_from(now.get_full_year()).unwrap_or(2026),
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Renders the app in place of the static first screen (or into the body, if there is none).
/// The static screen is cleared and the app's first render drawn in the same task, so the page
/// never shows a blank frame; a tap on the static Start button is carried over.
pub fn mount() {
    // In a task of its own, after the one that compiled and started the wasm: two shorter
    // tasks keep the page more responsive on a slow phone than one long one.
    let later = wasm_bindgen::closure::Closure::once_into_js(mount_now);
    let scheduled =
        web_sys::window().map(|w| w.set_timeout_with_callback(later.unchecked_ref()).is_ok());
    if scheduled != Some(true) {
        mount_now();
    }
}

fn mount_now() {
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.as_ref().and_then(|d| d.get_element_by_id(ROOT_ID));
    match root {
        Some(root) => {
            let start_requested = root.has_attribute("data-start-requested");
            // A file chosen with the static screen's "Open my case file" (one chosen while the
            // picker stays open past this point, index.html's first script hands over).
            let chosen_file = document
                .and_then(|d| d.get_element_by_id(steps::OPEN_FILE_ID))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|input| input.files()?.get(0));
            root.set_inner_html("");
            let props = AppProps {
                start_requested,
                chosen_file,
            };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    /// The same `Rc` when the action changes nothing (a save that went through: one after every
    /// keystroke), so Yew skips the re-render.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if self.is_no_op(&action) {
            self
        } else {
            Rc::new(AppState::reduce(&self, action))
        }
    }
}
