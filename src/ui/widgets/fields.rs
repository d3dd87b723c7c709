//! Labelled inputs: dates (native date pickers), numbers that forgive (the text is kept as typed
//! and a problem is explained next to the field), and free text.

use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

use crate::i18n::{t, Lang, Nav};
use crate::state::edit::NumberField;
use crate::state::Action;

/// "2026-02-10", the value of a date input.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Reads a date input's value; anything else (an empty or half-typed date) is `None`.
pub fn parse_iso(value: &str) -> Option<NaiveDate> {
    let mut parts = value.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

fn value_of(target: Option<web_sys::EventTarget>) -> String {
    use wasm_bindgen::JsCast;
    let Some(target) = target else {
        return String::new();
    };
    match target.dyn_into::<web_sys::HtmlInputElement>() {
        Ok(input) => input.value(),
        Err(other) => other
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default(),
    }
}

/// A native date input with its label and hint.
pub fn date_input(
    lang: Lang,
    id: &str,
    label: &'static str,
    value: Option<NaiveDate>,
    on_change: Callback<Option<NaiveDate>>,
) -> Html {
    let hint_id = format!("{id}-hint");
    let onchange = on_change.reform(|e: Event| parse_iso(&value_of(e.target())));
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <p class="hint" id={hint_id.clone()}>{ t(lang, Nav::DateHint) }</p>
            <input type="date" id={id.to_owned()} aria-describedby={hint_id}
                value={value.map(iso).unwrap_or_default()} {onchange} />
        </div>
    }
}

/// A number field: what was typed (kept even when it is not a valid number) and any problem
/// with it. One component type for every number field, so a keystroke in one leaves the others
/// alone; its callback is the root's, made once, so unchanged fields compare equal.
#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub field: NumberField,
    pub id: &'static str,
    pub label: &'static str,
    pub hint: Option<AttrValue>,
    pub text: String,
    pub error: Option<&'static str>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let (id, field) = (props.id, props.field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match props.hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let oninput = props
        .on_action
        .reform(move |e: InputEvent| Action::Number(field, value_of(e.target())));
    let invalid = props.error.is_some();
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id}>{ props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
            <input type="text" inputmode="decimal" autocomplete="off" {id}
                class="number" value={props.text.clone()} {oninput}
                aria-invalid={invalid.then_some("true")} aria-describedby={described} />
            <p class="field-error" id={error_id} aria-live="polite">
                if let Some(error) = props.error {
                    <span aria-hidden="true">{ "⚠ " }</span>{ error }
                }
            </p>
        </div>
    }
}

/// Free text, on one line or several.
pub fn text_input(
    id: &str,
    label: &'static str,
    hint: Option<&'static str>,
    value: &str,
    multiline: bool,
    on_input: Callback<String>,
) -> Html {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let oninput = on_input.reform(|e: InputEvent| value_of(e.target()));
    let value = value.to_owned();
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            if let Some(hint) = hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if multiline {
                <textarea id={id.to_owned()} rows="4" {value} {oninput} aria-describedby={described} />
            } else {
                <input type="text" id={id.to_owned()} {value} {oninput} aria-describedby={described} />
            }
        </div>
    }
}
