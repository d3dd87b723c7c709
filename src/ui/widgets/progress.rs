//! The progress indicator: an ordered list of every step, the current one marked with
//! `aria-current="step"`, completed ones marked in words (not by color alone). Every step can be
//! opened from here at any time.

use yew::prelude::*;

use crate::i18n::{t, Lang, Nav};
use crate::state::{Action, Screen, Step};

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub lang: Lang,
    pub current: Step,
    /// For each step of [`Step::ALL`], whether it is done.
    pub done: [bool; Step::ALL.len()],
    pub on_action: Callback<Action>,
}

/// Re-renders only when the current step or a step's "done" changes.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let lang = props.lang;
    html! {
        <nav class="progress" aria-label={t(lang, Nav::StepsLabel)}>
            <ol>
                for (step, done) in Step::ALL.into_iter().zip(props.done) {
                    { item(lang, step, step == props.current, done, &props.on_action) }
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
