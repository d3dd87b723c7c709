//! "Delete my saved answers", with an inline confirmation that says what will be deleted.
//! Inline rather than `window.confirm`, so it is styled, translated and screen-reader friendly.
//! A function, not a component (each costs about 0.7 KB gzip): focus is moved once the click's
//! render is on screen, by id.

use yew::prelude::*;

use crate::i18n::{t, Lang, Text};
use crate::ui::files::focus_after_render;

const QUESTION_ID: &str = "delete-confirm";
const ASK_ID: &str = "delete-ask";

/// Focus follows the control: onto the question as it appears (so it is read out), and back to
/// the button when it closes, so keyboard users are not dropped at the top of the page.
pub fn delete_control(
    lang: Lang,
    confirming: bool,
    on_ask: &Callback<()>,
    on_cancel: &Callback<()>,
    on_confirm: &Callback<()>,
) -> Html {
    let click = |cb: &Callback<()>, then: &'static str| {
        cb.reform(move |_: MouseEvent| focus_after_render(then))
    };
    html! {
        <div class="delete-control">
            if confirming {
                <div class="confirm" id={QUESTION_ID} role="group" aria-labelledby="delete-question"
                    tabindex="-1">
                    <p id="delete-question">{ t(lang, Text::DeleteConfirmQuestion) }</p>
                    <button type="button" class="danger" onclick={click(on_confirm, ASK_ID)}>
                        { t(lang, Text::DeleteConfirmYes) }
                    </button>
                    <button type="button" class="secondary" onclick={click(on_cancel, ASK_ID)}>
                        { t(lang, Text::DeleteCancel) }
                    </button>
                </div>
            } else {
                <button type="button" class="secondary" id={ASK_ID}
                    onclick={click(on_ask, QUESTION_ID)}>
                    { t(lang, Text::DeleteSaved) }
                </button>
            }
        </div>
    }
}
