//! The language switch, on every screen: a link to each other language's page, at the same
//! screen, named in its own language (and marked as such, so a screen reader says it right).
//! The answers travel through storage. Where storage is not saving them, the first click warns
//! instead (Export first; a second click switches), since the other page would open without them.

use yew::prelude::*;

use crate::lang::{Lang, PAGE, SWITCH_LABEL};
use crate::link::fragment;
use crate::state::{Action, Screen};

/// The other language's page, at `screen`.
fn page_href(lang: Lang, screen: Screen) -> String {
    format!("{}{}", lang.page_from(PAGE), fragment(screen, lang))
}

/// A link to each other language's page at `screen`, named in its own language; with
/// `loses_answers`, a click warns instead of leaving.
pub fn other_pages(screen: Screen, loses_answers: bool, on_action: &Callback<Action>) -> Html {
    let links = Lang::ALL.into_iter().filter(|l| *l != PAGE).map(|lang| {
        let onclick = loses_answers.then(|| {
            on_action.reform(|e: MouseEvent| {
                e.prevent_default();
                Action::WarnSwitch
            })
        });
        html! {
            <a href={page_href(lang, screen)} hreflang={lang.tag()} lang={lang.tag()} {onclick}>{ lang.own_name() }</a>
        }
    });
    links.collect::<Html>()
}

/// The switch in the page header.
pub fn lang_switch(screen: Screen, loses_answers: bool, on_action: &Callback<Action>) -> Html {
    html! {
        <nav class="lang-switch" aria-label={SWITCH_LABEL}>
            { other_pages(screen, loses_answers, on_action) }
        </nav>
    }
}
