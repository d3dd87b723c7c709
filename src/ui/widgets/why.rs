//! "Why?": a disclosure naming the rule's source (a link that opens in a new tab), how sure we
//! are of it, and its warnings. A weak source also gets a note that stays visible, telling the
//! member to check their own letter or Evidence of Coverage.

use yew::prelude::*;

use crate::domain::cited::Citation;
use crate::domain::{Caveat, Confidence, Source};
use crate::i18n::{t, Lang, Nav};
use crate::ui::sources::citations;
use crate::ui::widgets::template_html;

/// Sources keep their documents' own titles, and offices their own names, in English: marked so
/// on another language's page, so a screen reader says them as English.
pub(super) const SOURCE_LANG: Option<&str> = match crate::lang::PAGE {
    crate::lang::Lang::En => None,
    _ => Some("en"),
};

/// "Why?" for a source, with no further explanation.
pub fn why(lang: Lang, source: Source) -> Html {
    why_with(lang, source, &[], Html::default())
}

/// "Why?" with the rule's warnings and, first, what the rule says in words.
pub fn why_with(lang: Lang, source: Source, caveats: &[Caveat], explain: Html) -> Html {
    why_sources(lang, &[source], caveats, explain)
}

fn source_line(lang: Lang, source: &Source) -> Html {
    let confidence = html! { { t(lang, Nav::Confidence(source.confidence)) } };
    let cited = citations().and_then(|all| all.get(source.cited));
    match cited {
        Some(Citation {
            url: Some(url),
            title,
        }) => html! {
            <p>{ template_html(t(lang, Nav::SourceWithLink), &[
                ("link", html! { <a href={url} target="_blank" rel="noopener noreferrer" lang={SOURCE_LANG}>{ title }</a> }),
                ("new_tab", html! { <span class="new-tab">{ t(lang, Nav::NewTab) }</span> }),
                ("confidence", confidence),
            ]) }</p>
        },
        Some(Citation { url: None, title }) => html! {
            <p>{ template_html(t(lang, Nav::SourceWithoutLink), &[
                ("title", html! { <span lang={SOURCE_LANG}>{ title }</span> }),
                ("confidence", confidence),
            ]) }</p>
        },
        None => html! {
            <p>{ template_html(t(lang, Nav::SourceNotRead), &[("confidence", confidence)]) }</p>
        },
    }
}

/// One "Why?" for a statement that rests on several rules.
pub fn why_sources(lang: Lang, sources: &[Source], caveats: &[Caveat], explain: Html) -> Html {
    html! {
        <Why {lang} sources={sources.to_vec()} caveats={caveats.to_vec()} {explain} read={citations().is_some()} />
    }
}

#[derive(Properties, PartialEq)]
struct WhyProps {
    lang: Lang,
    sources: Vec<Source>,
    caveats: Vec<Caveat>,
    explain: Html,
    /// The sources file has been read: draws again with the titles when it arrives.
    read: bool,
}

/// A component (one type for every "Why?" on a screen), so a keystroke elsewhere leaves each
/// unchanged one alone instead of rebuilding its source list.
#[component]
fn Why(props: &WhyProps) -> Html {
    let lang = props.lang;
    let weak = props
        .sources
        .iter()
        .any(|s| s.confidence == Confidence::Low);
    html! {
        <>
            if weak {
                <p class="low-note"><span aria-hidden="true">{ "⚠ " }</span>{ t(lang, Nav::LowConfidenceNote) }</p>
            }
            <details class="why">
                <summary>{ t(lang, Nav::Why) }</summary>
                <div class="why-body">
                    { props.explain.clone() }
                    for source in props.sources.iter() {
                        { source_line(lang, source) }
                    }
                    for caveat in props.caveats.iter() {
                        <p>{ t(lang, Nav::Caveat(*caveat)) }</p>
                    }
                </div>
            </details>
        </>
    }
}
