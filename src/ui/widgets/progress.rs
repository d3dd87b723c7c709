//! The progress indicator: an ordered list of every step, the current one marked with
//! `aria-current="step"`, completed ones marked in words (not by color alone). Every step can be
//! opened from here at any time.

use yew::prelude::*;

use crate::domain::Case;
use crate::i18n::{t, Lang, Nav};
use crate::state::{Action, Screen, Step};

pub fn progress(lang: Lang, current: Step, case: &Case, on_action: &Callback<Action>) -> Html {
    html! {
        <nav class="progress" aria-label={t(lang, Nav::StepsLabel)}>
            <ol>
                for step in Step::ALL {
                    { item(lang, step, step == current, step.is_done(case), on_action) }
                }
            </ol>
        </nav>
    }
}

fn item(lang: Lang, step: Step, current: bool, done: bool, on_action: &Callback<Action>) -> Html {
    let onclick = on_action.reform(move |_: MouseEvent| Action::Show(Screen::Step(step)));
    html! {
        <li class={classes!(current.then_some("current"), done.then_some("done"))}>
            <button type="button" class="progress-step" {onclick}
                aria-current={current.then_some("step")}>
                <span class="progress-number">{ step.number() }</span>
                <span class="progress-name">{ t(lang, Nav::StepName(step)) }</span>
                if done {
                    <span class="progress-done"><span aria-hidden="true">{ " ✓" }</span>
                        <span class="visually-hidden">{ " " }{ t(lang, Nav::StepDone) }</span>
                    </span>
                }
            </button>
        </li>
    }
}
