//! Each language's page carries the first screen as plain HTML (shown before, or without, the
//! wasm): index.html in English, index.es.html in Spanish. Its words must be the app's own, so
//! the app can take the screen over without a visible change: each text the app's first render
//! shows a new visitor appears in the page exactly. The Spanish page is the English one with its
//! words, language, switch and build feature changed; this test writes it when run with
//! `UPDATE_STATIC_PAGES=1`, and fails when it is not up to date.
#![cfg(not(target_arch = "wasm32"))]

mod static_page_support;

use second_opinion_navigator::domain::next_step::NextStep;
use second_opinion_navigator::i18n::{next_step, page_text, t, Lang, Nav, PageT, Text};
use second_opinion_navigator::lang::SWITCH_LABEL;
use second_opinion_navigator::link::fragment;
use second_opinion_navigator::state::Screen;
use second_opinion_navigator::storage::LANG_KEY;
use static_page_support::{assert_pieces_once, assert_translated, element, read};

const PAGES: [(Lang, &str); 2] = [(Lang::En, "index.html"), (Lang::Es, "index.es.html")];

/// The switch to the other language, as the app renders it on the welcome screen.
fn switch(here: Lang) -> String {
    let links: String = Lang::ALL
        .into_iter()
        .filter(|l| *l != here)
        .map(|l| {
            format!(
                r#"<a href="{}{}" hreflang="{tag}" lang="{tag}">{}</a>"#,
                l.page_from(here),
                fragment(Screen::Welcome, l),
                l.own_name(),
                tag = l.tag()
            )
        })
        .collect();
    format!(r#"<nav class="lang-switch" aria-label="{SWITCH_LABEL}">{links}</nav>"#)
}

/// Every piece of the page that is in a language: each text in its place.
fn pieces(lang: Lang) -> Vec<String> {
    let text = |key| t(lang, key);
    let page = |key| page_text(lang, key);
    vec![
        format!(r#"<html lang="{}">"#, lang.tag()),
        format!("<title>{}</title>", text(Text::AppName)),
        format!(
            r#"<meta name="description" content="{}" />"#,
            page(PageT::Description)
        ),
        format!(
            r#"<meta name="apple-mobile-web-app-title" content="{}" />"#,
            page(PageT::ShortName)
        ),
        element(
            "a",
            r##" href="#main" class="skip-link""##,
            text(Text::SkipToContent),
        ),
        element("p", r#" class="app-name""#, text(Text::AppName)),
        switch(lang),
        element("p", r#" class="notice""#, page(PageT::NoScript)),
        element(
            "p",
            r#" class="notice" id="boot-failed" role="alert" hidden"#,
            page(PageT::BootFailed),
        ),
        element(
            "p",
            r#" class="notice notice-info" id="boot-slow" role="status" hidden"#,
            page(PageT::BootSlow),
        ),
        element(
            "h1",
            r#" id="screen-heading" tabindex="-1""#,
            text(Text::WelcomeTitle),
        ),
        format!(
            "<p><strong>{}</strong> {}</p>",
            t(lang, Nav::NextStepLabel),
            next_step(lang, NextStep::AnswerPlan)
        ),
        element("p", r#" class="lead""#, text(Text::WelcomeIntro)),
        element("h2", r#" id="privacy-title""#, text(Text::PrivacyTitle)),
        element("p", "", text(Text::PrivacyPromise)),
        element("p", "", text(Text::WelcomeSteps)),
        format!(
            r#"data-starting="{}">{}</button>"#,
            page(PageT::Starting),
            text(Text::Start)
        ),
        element(
            "label",
            r#" for="open-case-file" class="needs-js""#,
            text(Text::OpenCaseFile),
        ),
        element("p", r#" class="disclaimer""#, text(Text::Disclaimer)),
        format!(
            r#"<p class="notice notice-info" role="status">{} <button type="button" class="secondary">{}</button></p>"#,
            page(PageT::UpdateReady),
            page(PageT::Reload)
        ),
        // Only the Spanish page's build has the cargo feature `es`.
        match lang {
            Lang::En => r#"data-bin="second-opinion-navigator" data-wasm-opt"#.to_owned(),
            Lang::Es => {
                r#"data-bin="second-opinion-navigator" data-cargo-features="es" data-wasm-opt"#
                    .to_owned()
            }
        },
    ]
}

#[test]
fn each_page_says_what_the_app_says_in_its_language() {
    assert_pieces_once(PAGES, pieces);
}

#[test]
fn the_spanish_page_is_the_english_page_translated() {
    assert_translated(PAGES, pieces, "i18n_static_page");
}

#[test]
fn the_pages_remember_the_choice_under_the_apps_key() {
    for (_, name) in PAGES {
        assert!(
            read(name).contains(&format!("key = \"{LANG_KEY}\"")),
            "{name}"
        );
    }
}

#[test]
fn the_page_texts_need_no_escaping() {
    // The texts are written into the pages as they are, so none may need HTML escaping (and
    // none may close the attribute it is in).
    for lang in Lang::ALL {
        let mut texts: Vec<&str> = [
            Text::AppName,
            Text::WelcomeTitle,
            Text::WelcomeIntro,
            Text::PrivacyTitle,
            Text::PrivacyPromise,
            Text::WelcomeSteps,
            Text::Disclaimer,
            Text::Start,
            Text::OpenCaseFile,
        ]
        .into_iter()
        .map(|key| t(lang, key))
        .collect();
        texts.extend(
            [
                PageT::Description,
                PageT::ShortName,
                PageT::NoScript,
                PageT::BootFailed,
                PageT::BootSlow,
                PageT::Starting,
                PageT::UpdateReady,
                PageT::Reload,
            ]
            .map(|key| page_text(lang, key)),
        );
        for text in texts {
            assert!(!text.contains(['<', '>', '&', '"']), "{text}");
        }
    }
}
