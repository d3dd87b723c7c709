//! "Your saved case": export, when the last copy was made and what this browser does with saved
//! answers, import (replacing the answers only after the member confirms; into an empty case,
//! opening it) and, as children, "Delete everything". In the footer, so it is there on every
//! screen, and where the welcome screen's "Open my case file" asks too.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{document_words, import_problem, more_problems, problem_line, t, Lang, SafetyT};
use crate::state::ImportProblem;
use crate::storage::ImportError;

pub struct CaseToolsProps {
    pub lang: Lang,
    /// A valid file waits for confirmation.
    pub pending: bool,
    /// There are no answers yet, so the file would open a case rather than replace one.
    pub into_empty: bool,
    pub problem: Option<ImportProblem>,
    /// When the last copy was made, and what this browser does with saved answers.
    pub keeping: Html,
    pub on_export: Callback<()>,
    pub on_file: Callback<web_sys::File>,
    pub on_confirm_import: Callback<()>,
    pub on_cancel_import: Callback<()>,
    /// "Delete everything", when it applies.
    pub children: Html,
}

/// A function, not a component: it has no hooks, and each component type costs about 0.7 KB
/// gzip of wasm.
pub fn case_tools(props: &CaseToolsProps) -> Html {
    let lang = props.lang;
    let on_change = file_chosen(&props.on_file);
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let (question, yes, no) = if props.into_empty {
        let open = SafetyT::ImportOpenQuestion;
        (open, SafetyT::ImportOpenYes, SafetyT::ImportOpenCancel)
    } else {
        let replace = SafetyT::ImportConfirmQuestion;
        (replace, SafetyT::ImportConfirmYes, SafetyT::ImportCancel)
    };
    html! {
        <section class="case-tools" aria-labelledby="case-tools-title">
            <h2 id="case-tools-title">{ t(lang, SafetyT::ToolsTitle) }</h2>
            <p>{ t(lang, SafetyT::ToolsIntro) }</p>
            <div class="tool-row">
                <button type="button" class="secondary" data-testid="export"
                    onclick={click(&props.on_export)}>
                    { t(lang, SafetyT::Export) }
                </button>
            </div>
            { props.keeping.clone() }
            <div class="tool-row">
                <label for="import-file">{ t(lang, SafetyT::ImportLabel) }</label>
                <p id="import-hint" class="hint">{ t(lang, SafetyT::ImportHint) }</p>
                <input id="import-file" type="file" accept=".json,application/json"
                    aria-describedby="import-hint" onchange={on_change} />
            </div>
            <div role="status" class="notice-slot" id={IMPORT_STATUS_ID} tabindex="-1"
                data-testid="import-status">
                if props.pending {
                    <div class="confirm" role="group" aria-labelledby="import-question">
                        <p id="import-question">{ t(lang, question) }</p>
                        <button type="button" class="danger" onclick={click(&props.on_confirm_import)}>
                            { t(lang, yes) }
                        </button>
                        <button type="button" class="secondary" onclick={click(&props.on_cancel_import)}>
                            { t(lang, no) }
                        </button>
                    </div>
                }
                if let Some(problem) = &props.problem {
                    { problem_view(lang, problem) }
                }
            </div>
            { props.children.clone() }
        </section>
    }
}

/// The region that says what became of a chosen file: focused once it does (the welcome
/// screen's "Open my case file" is far from it), so it is in view and read out.
pub const IMPORT_STATUS_ID: &str = "import-status";

/// A file input's change: the chosen file, once (the input is emptied, so choosing the same
/// file again is a change too).
pub fn file_chosen(on_file: &Callback<web_sys::File>) -> Callback<Event> {
    let on_file = on_file.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        input.set_value("");
        if let Some(file) = file {
            on_file.emit(file);
        }
    })
}

fn problem_view(lang: Lang, problem: &ImportProblem) -> Html {
    let error = match problem {
        ImportProblem::Rejected(error) if document_words::ready() => error,
        // Why a file was refused is told in words the app fetches as it starts
        // (i18n::document_words); before they are here, only that it was.
        other => {
            let key = match other {
                ImportProblem::CouldNotRead => SafetyT::ImportCouldNotRead,
                ImportProblem::Rejected(_) => SafetyT::ImportRefused,
            };
            return html! {
                <p class="notice" data-testid="import-problem">{ t(lang, key) }</p>
            };
        }
    };
    let list = match error {
        ImportError::Invalid(problems) => html! {
            <>
                <ul class="problem-list">
                    for p in &problems.listed {
                        <li>{ problem_line(lang, p) }</li>
                    }
                    if problems.unlisted > 0 {
                        <li>{ more_problems(lang, problems.unlisted) }</li>
                    }
                </ul>
                <p>{ t(lang, SafetyT::ImportNothingChanged) }</p>
            </>
        },
        _ => html! {},
    };
    html! {
        <div class="notice" data-testid="import-problem">
            <p>{ import_problem(lang, error) }</p>
            { list }
        </div>
    }
}
