//! The root component: the state, the hooks that touch storage and focus, and the frame every
//! screen shares. Its callbacks are made once, so the components in the frame (notices, saved-
//! case tools) skip re-rendering on a keystroke; the rest are functions, since each Yew
//! component costs about 0.7 KB gzip of wasm.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{use_autosave, use_screen_change};
use super::steps::{step_screen, summary, welcome, WelcomeProps};
use super::sync::use_storage_sync;
use super::widgets::{
    case_tools, copy_reminder, delete_control, keeping_status, lang_switch, progress,
    status_notices, CaseToolsProps, KeepChoice, StatusNoticesProps,
};
use super::{edge, keep, today, View};
use crate::domain::keeping;
use crate::i18n::{t, SafetyT, Text};
use crate::link::{write, Fragment};
use crate::state::{Action, Persistence, Screen};
use crate::storage::local::LocalStore;

/// What the page tells the app as it starts.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The member tapped Start on the static first screen before the app ran.
    #[prop_or_default]
    pub start_requested: bool,
    /// The member chose a case file with "Open my case file" on the static first screen before
    /// the app ran.
    #[prop_or_default]
    pub chosen_file: Option<web_sys::File>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo((), |_| LocalStore::open().ok());
    let state = {
        let store = store.clone();
        let start_requested = props.start_requested;
        use_reducer(move || {
            // What the opening address asks for (src/link.rs): a screen (a reload, Back, the
            // language switch), presets for empty answers, how the page looks.
            let opened = crate::link::parse(&edge::address_fragment());
            let state = edge::initial_state(store.as_ref().as_ref()).reduce(Action::Opened(opened));
            match opened.screen {
                _ if start_requested => state.reduce(Action::Continue),
                Some(screen) => state.reduce(Action::Show(screen)),
                None => state,
            }
        })
    };
    // Callbacks made once, so the components they go to can skip re-rendering; the ones that
    // need the case read the latest view when they run.
    let latest = use_mut_ref(|| None::<Rc<View>>);
    let act = (*use_memo((), {
        let dispatch = state.dispatcher();
        let (framed, chosen) = (state.device.framed, props.chosen_file.clone());
        let saving = state.persistence != Persistence::Unavailable;
        move |_| {
            let act = dispatch.to_callback();
            // The sources file is asked for once, here where the one callback is made (it
            // arrives after this render); an effect of its own would cost 0.2 KB gzip more.
            // So is what the browser says about keeping answers, and a case file chosen on the
            // static first screen is opened.
            super::sources::load(act.clone());
            super::keep::start(framed, saving, act.clone());
            if let Some(file) = chosen {
                edge::import(file, act.clone());
            }
            act
        }
    }))
    .clone();
    use_autosave(store.clone(), &state, act.clone());
    use_storage_sync(store.clone(), state.dispatcher());
    use_screen_change(state.screen, state.opened, act.clone());
    let callbacks = use_memo((), {
        let (act, store, latest) = (act.clone(), store.clone(), latest.clone());
        move |_| Callbacks::new(&act, store, latest)
    });

    let view = Rc::new(View::new((*state).clone(), today()));
    *latest.borrow_mut() = Some(view.clone());
    let lang = view.lang;
    let reminder = copy_reminder(
        lang,
        keeping::copy_reminder(&state.case, &view.eval.timeline),
        state.shows_clearing_note(),
        &callbacks.choose,
    );
    let screen = match state.screen {
        Screen::Welcome => welcome(&WelcomeProps {
            lang,
            restored: state.restored_progress,
            next_line: view.next_line.clone(),
            on_start: callbacks.start.clone(),
            on_file: callbacks.file.clone(),
        }),
        Screen::Step(step) => html! {
            <>
                { progress(lang, step, &state.case, &act) }
                { step_screen(step, &view, &act) }
                { reminder }
            </>
        },
        Screen::Summary => html! {
            <>
                { summary(&view, &act) }
                { reminder }
            </>
        },
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, Text::SkipToContent) }</a>
            <header class="app-header">
                <p class="app-name">{ t(lang, Text::AppName) }</p>
                { lang_switch(state.screen, state.switch_loses_answers(), &act) }
            </header>
            { status_notices(&StatusNoticesProps {
                lang,
                persistence: state.persistence,
                notice: state.notice,
                has_raw: state.saved_raw.is_some(),
                framed: state.device.framed,
                embedded: state.embedded_notice,
                own_tab: write(&Fragment { embed: false, ..state.opened.at(state.screen) }),
                on_dismiss: callbacks.dismiss.clone(),
                on_use_link: callbacks.use_link.clone(),
                on_download_raw: callbacks.download_raw.clone(),
                on_start_fresh: callbacks.start_fresh.clone(),
                on_dismiss_embedded: callbacks.dismiss_embedded.clone(),
            }) }
            <main id="main" class="app-main">{ screen }</main>
            <footer class="app-footer">
                <p class="disclaimer">{ t(lang, Text::Disclaimer) }</p>
                <p class="share-link"><a href="share.html">{ t(lang, SafetyT::ShareGuide) }</a></p>
                { case_tools(&CaseToolsProps {
                    lang,
                    pending: state.pending_import.is_some(),
                    into_empty: state.case.is_empty(),
                    problem: state.import_problem.clone(),
                    keeping: keeping_status(
                        lang,
                        state.case.details.keeping.last_copy,
                        state.device,
                        &callbacks.choose,
                    ),
                    on_export: callbacks.export.clone(),
                    on_file: callbacks.file.clone(),
                    on_confirm_import: callbacks.confirm_import.clone(),
                    on_cancel_import: callbacks.cancel_import.clone(),
                    children: if state.persistence != Persistence::Unavailable || !state.case.is_empty() {
                        delete_control(
                            lang,
                            state.confirming_delete,
                            &callbacks.ask_delete,
                            &callbacks.cancel_delete,
                            &callbacks.delete,
                        )
                    } else {
                        Html::default()
                    },
                }) }
            </footer>
        </>
    }
}

/// Every callback the frame hands down, made once.
struct Callbacks {
    start: Callback<()>,
    dismiss: Callback<()>,
    use_link: Callback<()>,
    dismiss_embedded: Callback<()>,
    download_raw: Callback<()>,
    start_fresh: Callback<()>,
    export: Callback<()>,
    file: Callback<web_sys::File>,
    confirm_import: Callback<()>,
    cancel_import: Callback<()>,
    ask_delete: Callback<()>,
    cancel_delete: Callback<()>,
    delete: Callback<()>,
    /// What the member chose to do about keeping the case.
    choose: Callback<KeepChoice>,
}

impl Callbacks {
    fn new(
        act: &Callback<Action>,
        store: Rc<Option<LocalStore>>,
        latest: Rc<RefCell<Option<Rc<View>>>>,
    ) -> Callbacks {
        let send = |action: fn() -> Action| act.reform(move |()| action());
        let with_view = |f: fn(&View)| {
            let latest = latest.clone();
            Callback::from(move |()| {
                if let Some(view) = &*latest.borrow() {
                    f(view);
                }
            })
        };
        let delete = {
            let (store, act) = (store.clone(), act.clone());
            Callback::from(move |()| {
                let outcome = match &*store {
                    Some(store) => store.clear(),
                    None => Ok(()),
                };
                act.emit(match outcome {
                    Ok(()) => Action::Deleted,
                    Err(_) => Action::DeleteFailed,
                });
            })
        };
        let start_fresh = {
            let act = act.clone();
            Callback::from(move |()| act.emit(edge::start_fresh(&store)))
        };
        let file = {
            let act = act.clone();
            Callback::from(move |file| edge::import(file, act.clone()))
        };
        let choose = {
            let (act, latest) = (act.clone(), latest.clone());
            Callback::from(move |choice| match choice {
                KeepChoice::SaveCopy(reminder) => {
                    if let Some(view) = &*latest.borrow() {
                        edge::export(&view.state.case, view.today, reminder, &act);
                    }
                }
                KeepChoice::NotNow(reminder) => act.emit(Action::DismissReminder(reminder)),
                KeepChoice::NoteSeen => act.emit(Action::ClearingNoteSeen),
                KeepChoice::AskToKeep => keep::ask_to_keep(act.clone()),
                KeepChoice::Install => keep::install(act.clone()),
            })
        };
        Callbacks {
            start: send(|| Action::Continue),
            dismiss: send(|| Action::DismissNotice),
            use_link: send(|| Action::UseLinkOffer),
            dismiss_embedded: send(|| Action::DismissEmbedded),
            download_raw: with_view(|view| {
                if let Some(raw) = &view.state.saved_raw {
                    let newer = view.state.persistence == Persistence::ReadOnlyNewer;
                    edge::download_raw(raw, newer);
                }
            }),
            start_fresh,
            export: choose.reform(|()| KeepChoice::SaveCopy(None)),
            file,
            confirm_import: send(|| Action::ConfirmImport),
            cancel_import: send(|| Action::CancelImport),
            ask_delete: send(|| Action::AskDelete),
            cancel_delete: send(|| Action::CancelDelete),
            delete,
            choose,
        }
    }
}
