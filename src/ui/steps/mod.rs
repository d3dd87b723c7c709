//! The step on screen (one function per step, each rendering from the [`View`]), plus the
//! welcome screen.

mod ask;
mod case;
mod common;
mod costs;
mod denied;
mod plan;
mod reason;
mod records;
mod summary;
mod timeline;
mod welcome;

use yew::prelude::*;

use super::View;
use crate::state::{Action, Step};
pub use summary::summary;
pub use welcome::{welcome, WelcomeProps, OPEN_FILE_ID};

/// The step on screen. A function, not a component: its view changes with every change of
/// state anyway, and each Yew component costs about 0.7 KB gzip of wasm.
pub fn step_screen(step: Step, view: &View, on_action: &Callback<Action>) -> Html {
    match step {
        Step::Plan => plan::plan(view, on_action),
        Step::Reason => reason::reason(view, on_action),
        Step::Case => case::case(view, on_action),
        Step::Ask => ask::ask(view, on_action),
        Step::Costs => costs::costs(view, on_action),
        Step::Records => records::records(view, on_action),
        Step::IfDenied => denied::denied(view, on_action),
        Step::Timeline => timeline::timeline(view, on_action),
    }
}
