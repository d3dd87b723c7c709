//! A letter to send: editable, with Copy (the Clipboard API, or the text selected with how to
//! copy it), Download (.txt), Print (the letter alone) and, once changed, "Back to the generated
//! text". The member's wording is kept with the case; their words are text, never markup. A
//! function, not a component (what Copy said lives in the app state), to keep the bundle small.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::other_pages;
use crate::domain::letters::LetterKind;
use crate::i18n::{t, DocT, Lang};
use crate::state::edit::Edit;
use crate::state::{Action, LetterSaid, Screen};
use crate::ui::files::{copied, download, focus_after_render, print_text, start_copy};

/// Selects the letter's text, so the member can copy it themselves.
fn select(id: &str) {
    let area = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(area) = area {
        let _ = area.focus();
        area.select();
        // iOS selects nothing with select() alone.
        let _ = area.set_selection_range(0, u32::MAX);
    }
}

/// A letter as shown: its text (generated from the answers, or the member's wording when
/// `edited`) and what its tools need.
pub struct LetterBox {
    pub lang: Lang,
    pub kind: LetterKind,
    pub label: &'static str,
    pub text: String,
    pub edited: bool,
    pub said: Option<LetterSaid>,
    /// The screen it is on, and whether leaving this page would lose answers (for the links to
    /// other languages' pages).
    pub screen: Screen,
    pub loses_answers: bool,
}

/// The letter in the other languages: on their pages, at the same screen (a page's build holds
/// its own language's words only).
fn other_languages(letter: &LetterBox, on_action: &Callback<Action>) -> Html {
    html! {
        <p class="hint letter-lang">
            { t(letter.lang, DocT::LetterOtherLang) }{ " " }
            { other_pages(letter.screen, letter.loses_answers, on_action) }
        </p>
    }
}

/// A letter with its tools.
pub fn letter_box(letter: LetterBox, on_action: &Callback<Action>) -> Html {
    let others = other_languages(&letter, on_action);
    let LetterBox {
        lang,
        kind,
        label,
        text,
        edited,
        said,
        ..
    } = letter;
    let id = kind.code();
    let (hint_id, said_id) = (format!("{id}-hint"), format!("{id}-said"));
    let oninput = on_action.reform(move |e: InputEvent| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|a| a.value());
        Action::Edit(Edit::LetterText(kind, value))
    });
    let copy = {
        let (on_action, text) = (on_action.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::LetterSaidCleared);
            let started = start_copy(&text);
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let said = if copied(started).await {
                    LetterSaid::Copied
                } else {
                    select(id);
                    LetterSaid::SelectToCopy
                };
                on_action.emit(Action::LetterSaid(kind, said));
            });
        })
    };
    let save = {
        let (on_action, text) = (on_action.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if !download(&format!("{id}.txt"), "text/plain;charset=utf-8", &text) {
                on_action.emit(Action::LetterSaid(kind, LetterSaid::DownloadFailed));
            }
        })
    };
    let print = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| print_text(&text))
    };
    // The button goes once the text is back, so focus moves to the letter.
    let restore = on_action.reform(move |_: MouseEvent| {
        focus_after_render(id);
        Action::Edit(Edit::LetterText(kind, None))
    });
    let rows = text.lines().count().clamp(8, 40).to_string();

    html! {
        <div class="field letter" data-testid={format!("letter-{id}")}>
            <label for={id}>{ label }</label>
            <p class="hint" id={hint_id.clone()}>{ t(lang, DocT::LetterHint) }</p>
            if edited {
                <p class="note">{ t(lang, DocT::EditedNote) }</p>
            }
            <textarea {id} {rows} spellcheck="true" aria-describedby={format!("{hint_id} {said_id}")}
                value={text} {oninput} />
            <div class="letter-tools">
                <button type="button" onclick={copy}>{ t(lang, DocT::Copy) }</button>
                <button type="button" onclick={save}>{ t(lang, DocT::Download) }</button>
                <button type="button" onclick={print}>{ t(lang, DocT::PrintLetter) }</button>
                if edited {
                    <button type="button" class="secondary" onclick={restore}>{ t(lang, DocT::Restore) }</button>
                }
            </div>
            { others }
            <p class="letter-said" id={said_id} role="status">{ match said {
                None => "",
                Some(LetterSaid::Copied) => t(lang, DocT::Copied),
                Some(LetterSaid::SelectToCopy) => t(lang, DocT::CopyFallback),
                Some(LetterSaid::DownloadFailed) => t(lang, DocT::DownloadFailed),
            } }</p>
        </div>
    }
}
