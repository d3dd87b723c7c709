//! A translated template rendered with markup in its slots (a link, a badge), so that a sentence
//! stays whole in the text layer even when part of it is an element.

use yew::prelude::*;

use crate::i18n::template::{segments, Segment};

/// `template` with each `{name}` replaced by the slot of that name. Plural forms have no count
/// here, so their plural is used; a slot not given stays as its placeholder.
pub fn template_html(template: &str, slots: &[(&str, Html)]) -> Html {
    let slot = |name: &str| {
        slots
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, h)| h.clone())
    };
    html! {
        for segment in segments(template) {
            { match segment {
                Segment::Text(text) => html! { { text.to_owned() } },
                Segment::Value(name) => slot(name)
                    .unwrap_or_else(|| html! { { format!("{{{name}}}") } }),
                Segment::Plural { other, .. } => html! { { other.to_owned() } },
            } }
        }
    }
}
