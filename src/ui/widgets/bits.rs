//! Small pieces of text layout: agency contacts with tel: links, phone scripts, and lists written one item per line in the translation table.

use yew::prelude::*;

use crate::domain::route::Contact;
use crate::i18n::{t, Lang, Nav};
use crate::ui::widgets::{template_html, why_with};

/// A `tel:` link target: the digits of a US number ("1-888-466-2219" → "tel:18884662219").
pub fn tel(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{digits}")
}

fn phone(number: &'static str, line: &'static str) -> Html {
    html! { <li>{ template_html(line, &[("number", html! { <a href={tel(number)}>{ number }</a> })]) }</li> }
}

/// An agency or office: name, phone numbers as tel: links, website, and where they come from.
pub fn contact_card(lang: Lang, c: Contact) -> Html {
    html! {
        <div class="contact-card">
            <p class="contact-name" lang={super::why::SOURCE_LANG}>{ c.name }</p>
            <ul>
                if let Some(number) = c.phone { { phone(number, t(lang, Nav::CallLine)) } }
                if let Some(number) = c.other_phone { { phone(number, t(lang, Nav::CallLine)) } }
                if let Some(number) = c.tty { { phone(number, t(lang, Nav::TtyLine)) } }
                if let Some(number) = c.spanish_phone { { phone(number, t(lang, Nav::SpanishLine)) } }
                if let Some(site) = c.website {
                    <li>{ template_html(t(lang, Nav::WebsiteLine), &[
                        ("site", html! { <a href={site} target="_blank" rel="noopener noreferrer">{ site }</a> }),
                        ("new_tab", html! { <span class="new-tab">{ t(lang, Nav::NewTab) }</span> }),
                    ]) }</li>
                }
            </ul>
            { why_with(lang, c.source, c.caveats, Html::default()) }
        </div>
    }
}

/// A short phone script, folded away until wanted; one paragraph per line of `body`.
pub fn script(title: &'static str, body: &'static str) -> Html {
    html! {
        <details class="script">
            <summary>{ title }</summary>
            <div class="script-body">
                for line in body.lines() {
                    <p>{ line }</p>
                }
            </div>
        </details>
    }
}

/// A list whose items are the lines of one translated string.
pub fn lines_list(text: &'static str) -> Html {
    html! {
        <ul>
            for line in text.lines() {
                <li>{ line }</li>
            }
        </ul>
    }
}
