//! "Delete my saved answers", with an inline confirmation that says what will be deleted.
//! Inline rather than `window.confirm`, so it is styled, translated and screen-reader friendly.

use yew::prelude::*;

use crate::i18n::{t, Lang, Text};

#[derive(Properties, PartialEq)]
pub struct DeleteControlProps {
    pub lang: Lang,
    pub confirming: bool,
    pub on_ask: Callback<()>,
    pub on_cancel: Callback<()>,
    pub on_confirm: Callback<()>,
}

#[component]
pub fn DeleteControl(props: &DeleteControlProps) -> Html {
    let lang = props.lang;
    let question_ref = use_node_ref();
    let ask_ref = use_node_ref();
    // Focus follows the control: onto the question as it appears (so it is read out), and back
    // to the button when it closes, so keyboard users are not dropped at the top of the page.
    {
        let (question_ref, ask_ref) = (question_ref.clone(), ask_ref.clone());
        let was_confirming = use_mut_ref(|| false);
        use_effect_with(props.confirming, move |&confirming| {
            let was = std::mem::replace(&mut *was_confirming.borrow_mut(), confirming);
            let target = match (was, confirming) {
                (false, true) => question_ref.cast::<web_sys::HtmlElement>(),
                (true, false) => ask_ref.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    html! {
        <div class="delete-control">
            if props.confirming {
                <div class="confirm" role="group" aria-labelledby="delete-question"
                    tabindex="-1" ref={question_ref}>
                    <p id="delete-question">{ t(lang, Text::DeleteConfirmQuestion) }</p>
                    <button type="button" class="danger" onclick={click(&props.on_confirm)}>
                        { t(lang, Text::DeleteConfirmYes) }
                    </button>
                    <button type="button" class="secondary" onclick={click(&props.on_cancel)}>
                        { t(lang, Text::DeleteCancel) }
                    </button>
                </div>
            } else {
                <button type="button" class="secondary" ref={ask_ref}
                    onclick={click(&props.on_ask)}>
                    { t(lang, Text::DeleteSaved) }
                </button>
            }
        </div>
    }
}
