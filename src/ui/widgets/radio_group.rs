//! A labelled group of radio buttons: a fieldset with a legend, a hint, and an optional
//! explanation under each choice. Arrow keys move between choices, as in any native group.

use yew::prelude::*;

/// One choice: its form value, its label and an optional explanation.
pub type RadioOption = (&'static str, &'static str, Option<&'static str>);

/// The group; `hint` may be empty for none.
pub fn radio_group(
    name: &'static str,
    legend: &'static str,
    hint: &'static str,
    options: &[RadioOption],
    selected: Option<&'static str>,
    on_select: &Callback<&'static str>,
) -> Html {
    let has_hint = !hint.is_empty();
    let hint_id = format!("{name}-hint");
    html! {
        <fieldset class="field radio-group" aria-describedby={has_hint.then(|| hint_id.clone())}>
            <legend>{ legend }</legend>
            if has_hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            for (value, label, explain) in options.iter().copied() {
                { radio(name, value, label, explain, selected == Some(value), on_select) }
            }
        </fieldset>
    }
}

fn radio(
    name: &'static str,
    value: &'static str,
    label: &'static str,
    explain: Option<&'static str>,
    checked: bool,
    on_select: &Callback<&'static str>,
) -> Html {
    let id = format!("{name}-{value}");
    let explain_id = format!("{id}-explain");
    let onchange = on_select.reform(move |_: Event| value);
    html! {
        <div class="radio">
            <input type="radio" id={id.clone()} {name} {value} {checked} {onchange}
                aria-describedby={explain.map(|_| explain_id.clone())} />
            <label for={id}>{ label }</label>
            if let Some(explain) = explain {
                <p class="explain" id={explain_id}>{ explain }</p>
            }
        </div>
    }
}
