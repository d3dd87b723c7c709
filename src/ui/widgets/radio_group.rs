//! A labelled group of radio buttons: a fieldset with a legend, a hint, and an optional
//! explanation under each choice. Arrow keys move between choices, as in any native group.

use yew::prelude::*;

/// One choice: its form value, its label and an optional explanation.
pub type RadioOption = (&'static str, &'static str, Option<&'static str>);

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    pub name: &'static str,
    pub legend: &'static str,
    pub hint: &'static str,
    pub options: Vec<RadioOption>,
    pub selected: Option<&'static str>,
    pub on_select: Callback<&'static str>,
}

#[component]
pub fn RadioGroup(props: &RadioGroupProps) -> Html {
    let hint_id = format!("{}-hint", props.name);
    html! {
        <fieldset class="field radio-group" aria-describedby={hint_id.clone()}>
            <legend>{ props.legend }</legend>
            <p class="hint" id={hint_id}>{ props.hint }</p>
            for (value, label, explain) in props.options.iter().copied() {
                { radio(props, value, label, explain) }
            }
        </fieldset>
    }
}

fn radio(
    props: &RadioGroupProps,
    value: &'static str,
    label: &'static str,
    explain: Option<&'static str>,
) -> Html {
    let id = format!("{}-{}", props.name, value);
    let explain_id = format!("{id}-explain");
    let onchange = props.on_select.reform(move |_: Event| value);
    html! {
        <div class="radio">
            <input type="radio" id={id.clone()} name={props.name} value={value}
                checked={props.selected == Some(value)} {onchange}
                aria-describedby={explain.map(|_| explain_id.clone())} />
            <label for={id}>{ label }</label>
            if let Some(explain) = explain {
                <p class="explain" id={explain_id}>{ explain }</p>
            }
        </div>
    }
}
