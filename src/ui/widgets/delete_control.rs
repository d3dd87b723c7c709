//! "Delete my saved answers", with an inline confirmation that says what will be deleted.
//! Inline rather than `window.confirm`, so it is styled, translated and screen-reader friendly.
//! A function, not a component (each costs about 0.7 KB gzip): focus is moved once the click's
//! render is on screen, by id.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{t, Lang, Text};

const QUESTION_ID: &str = "delete-confirm";
const ASK_ID: &str = "delete-ask";

/// Focuses the element `id` after the current render (a zero timeout runs after Yew's).
fn focus_after_render(id: &'static str) {
    let focus = Closure::once_into_js(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), 0);
    }
}

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
