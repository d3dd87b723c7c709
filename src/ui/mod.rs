//! The Yew user interface (wasm32 only). Components are thin: they render [`AppState`] and
//! dispatch [`Action`]s; storage I/O happens here at the root, in effects and callbacks.

mod edge;
mod files;
mod steps;
mod sync;
mod widgets;

use std::rc::Rc;

use yew::prelude::*;

use chrono::NaiveDate;

use crate::domain::next_step::{next_step, NextStep};
use crate::domain::{evaluate, Evaluation};
use crate::i18n::{t, Lang, Text};
use crate::state::{Action, AppState, Persistence, Screen, Step};
use crate::storage::local::LocalStore;
use steps::Welcome;
use widgets::{progress, CaseTools, DeleteControl, StatusNotices};

/// The id of each screen's main heading, which takes focus when the screen changes.
pub const HEADING_ID: &str = "screen-heading";

/// Everything a step shows: the state, today's date, and the domain's evaluation of the case.
/// Built afresh on every render of the root.
pub struct View {
    pub lang: Lang,
    pub today: NaiveDate,
    pub state: AppState,
    pub eval: Evaluation,
    pub next: NextStep,
    /// The "what to do next" line, in words.
    pub next_line: String,
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

/// The element index.html gives the app: it holds the static first screen until the app starts.
const ROOT_ID: &str = "app";

/// Renders the app in place of the static first screen (or into the body, if there is none).
/// The static screen is cleared and the app's first render drawn in the same task, so the page
/// never shows a blank frame; a tap on the static Start button is carried over.
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID));
    match root {
        Some(root) => {
            let start_requested = root.has_attribute("data-start-requested");
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, AppProps { start_requested }).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// What the page tells the app as it starts.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The member tapped Start on the static first screen before the app ran.
    #[prop_or_default]
    pub start_requested: bool,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState::reduce(&self, action))
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo((), |_| LocalStore::open().ok());
    let state = {
        let store = store.clone();
        let start_requested = props.start_requested;
        use_reducer(move || {
            let state = edge::initial_state(store.as_ref().as_ref());
            if start_requested {
                state.reduce(Action::Continue)
            } else {
                state
            }
        })
    };

    // Save after every edit; never on open (edit 0), so an untouched visit writes nothing.
    {
        let store = store.clone();
        let dispatch = state.dispatcher();
        let (edits, case, persistence) = (state.edits, state.case.clone(), state.persistence);
        use_effect_with(edits, move |&edits| {
            if let (true, true, Some(store)) = (edits > 0, persistence.may_write(), &*store) {
                dispatch.dispatch(edge::save(store, &case));
            }
        });
    }

    sync::use_storage_sync(store.clone(), state.dispatcher());

    // Move focus to the new screen's heading, so keyboard and screen-reader users start there
    // (on the first render too, when Start was tapped on the static first screen).
    {
        let start_requested = props.start_requested;
        let first_render = use_mut_ref(move || !start_requested);
        use_effect_with(state.screen, move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            let heading = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(HEADING_ID));
            if let Some(heading) = heading {
                use wasm_bindgen::JsCast;
                if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }

    let on_delete = {
        let store = store.clone();
        let dispatch = state.dispatcher();
        Callback::from(move |_| {
            let outcome = match &*store {
                Some(store) => store.clear(),
                None => Ok(()),
            };
            dispatch.dispatch(match outcome {
                Ok(()) => Action::Deleted,
                Err(_) => Action::DeleteFailed,
            });
        })
    };

    let lang = state.lang;
    let act = state.dispatcher().to_callback();
    let on_export = {
        let case = state.case.clone();
        Callback::from(move |()| edge::export(&case))
    };
    let on_download_raw = {
        let raw = state.saved_raw.clone();
        let newer = state.persistence == Persistence::ReadOnlyNewer;
        Callback::from(move |()| {
            if let Some(raw) = &raw {
                edge::download_raw(raw, newer);
            }
        })
    };
    let on_start_fresh = {
        let (store, dispatch) = (store.clone(), state.dispatcher());
        Callback::from(move |()| dispatch.dispatch(edge::start_fresh(&store)))
    };
    let on_file = {
        let dispatch = state.dispatcher();
        Callback::from(move |file| edge::import(file, dispatch.clone()))
    };
    let today = today();
    let eval = evaluate(&state.case, today);
    let next = next_step(&state.case, &eval);
    let view = View {
        lang,
        today,
        state: (*state).clone(),
        next_line: crate::i18n::next_step(lang, next),
        eval,
        next,
    };
    let screen = match state.screen {
        Screen::Welcome => html! {
            <Welcome {lang} restored={state.restored_progress} next_line={view.next_line.clone()}
                on_start={act.reform(|_| Action::Continue)} />
        },
        Screen::Step(step) => {
            let body = match step {
                Step::Plan => steps::plan(&view, &act),
                Step::Reason => steps::reason(&view, &act),
                Step::Case => steps::case(&view, &act),
                Step::Ask => steps::ask(&view, &act),
                Step::Costs => steps::costs(&view, &act),
                Step::Records => steps::records(&view, &act),
                Step::IfDenied => steps::denied(&view, &act),
                Step::Timeline => steps::timeline(&view, &act),
            };
            html! {
                <>
                    { progress(lang, step, &state.case, &act) }
                    { body }
                </>
            }
        }
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, Text::SkipToContent) }</a>
            <header class="app-header">
                <p class="app-name">{ t(lang, Text::AppName) }</p>
            </header>
            <StatusNotices {lang} persistence={state.persistence} notice={state.notice}
                has_raw={state.saved_raw.is_some()} embedded={state.embedded_notice}
                on_dismiss={act.reform(|_| Action::DismissNotice)}
                {on_download_raw} {on_start_fresh}
                on_dismiss_embedded={act.reform(|_| Action::DismissEmbedded)} />
            <main id="main" class="app-main">{ screen }</main>
            <footer class="app-footer">
                <p class="disclaimer">{ t(lang, Text::Disclaimer) }</p>
                <CaseTools {lang} pending={state.pending_import.is_some()}
                    problem={state.import_problem.clone()} {on_export} {on_file}
                    on_confirm_import={act.reform(|_| Action::ConfirmImport)}
                    on_cancel_import={act.reform(|_| Action::CancelImport)}>
                    if state.persistence != Persistence::Unavailable || !state.case.is_empty() {
                        <DeleteControl {lang} confirming={state.confirming_delete}
                            on_ask={act.reform(|_| Action::AskDelete)}
                            on_cancel={act.reform(|_| Action::CancelDelete)}
                            on_confirm={on_delete} />
                    }
                </CaseTools>
            </footer>
        </>
    }
}
