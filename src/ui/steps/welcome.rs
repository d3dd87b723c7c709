//! The welcome screen: what the guide does, the privacy promise, how answers are kept, and
//! Start / Continue beside "Open my case file" (for a member whose browser cleared the case).

use yew::prelude::*;

use crate::i18n::{t, Lang, Nav, Text};
use crate::ui::widgets::file_chosen;
use crate::ui::HEADING_ID;

/// The id of "Open my case file"'s input, the same in the static first screen (index.html),
/// whose first script hands the app a file chosen there.
pub const OPEN_FILE_ID: &str = "open-case-file";

pub struct WelcomeProps {
    pub lang: Lang,
    /// Whether saved progress exists, which turns "Start" into "Continue where you left off".
    pub restored: bool,
    /// The "what to do next" line for the saved case.
    pub next_line: String,
    pub on_start: Callback<()>,
    /// A case file chosen here: "Your saved case" asks before it opens.
    pub on_file: Callback<web_sys::File>,
}

/// A function, not a component: it has no hooks, and each component type costs about 0.7 KB
/// gzip of wasm.
pub fn welcome(props: &WelcomeProps) -> Html {
    let lang = props.lang;
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    let label = if props.restored {
        Text::ContinueWhereLeftOff
    } else {
        Text::Start
    };
    html! {
        <section class="screen welcome" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ t(lang, Text::WelcomeTitle) }</h1>
            <div class="next-step" data-testid="next-step">
                <p><strong>{ t(lang, Nav::NextStepLabel) }</strong>{ " " }{ props.next_line.clone() }</p>
            </div>
            <p class="lead">{ t(lang, Text::WelcomeIntro) }</p>
            <div class="privacy" role="note" aria-labelledby="privacy-title">
                <h2 id="privacy-title">{ t(lang, Text::PrivacyTitle) }</h2>
                <p>{ t(lang, Text::PrivacyPromise) }</p>
            </div>
            <p>{ t(lang, Text::WelcomeSteps) }</p>
            <div class="start-row">
                <button type="button" class="primary" onclick={on_click}>{ t(lang, label) }</button>
                <input type="file" id={OPEN_FILE_ID} class="open-file" accept=".json,application/json"
                    onchange={file_chosen(&props.on_file)} />
                <label for={OPEN_FILE_ID}>{ t(lang, Text::OpenCaseFile) }</label>
            </div>
        </section>
    }
}
