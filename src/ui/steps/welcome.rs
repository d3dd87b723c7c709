//! The welcome screen: what the guide does, the privacy promise, and Start / Continue.

use yew::prelude::*;

use crate::i18n::{t, Lang, Nav, Text};
use crate::ui::HEADING_ID;

pub struct WelcomeProps {
    pub lang: Lang,
    /// Whether saved progress exists, which turns "Start" into "Continue where you left off".
    pub restored: bool,
    /// The "what to do next" line for the saved case.
    pub next_line: String,
    pub on_start: Callback<()>,
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
            <button type="button" class="primary" onclick={on_click}>{ t(lang, label) }</button>
        </section>
    }
}
