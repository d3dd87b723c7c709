//! index.html carries the first screen as plain HTML (shown before, or without, the wasm). Its
//! words must be the app's own, so the app can take the screen over without a visible change:
//! each text the app's first render shows a new visitor appears in index.html exactly.
#![cfg(not(target_arch = "wasm32"))]

use second_opinion_navigator::domain::next_step::NextStep;
use second_opinion_navigator::i18n::{next_step, t, Lang, Nav, Text};

const INDEX: &str = include_str!("../index.html");

/// The element with `text` as its whole content, as index.html writes it.
fn element(tag: &str, attrs: &str, text: &str) -> String {
    format!("<{tag}{attrs}>{text}</{tag}>")
}

#[test]
fn the_static_first_screen_says_what_the_app_says() {
    let en = |key| t(Lang::En, key);
    let expected = [
        element(
            "a",
            r##" href="#main" class="skip-link""##,
            en(Text::SkipToContent),
        ),
        element("p", r#" class="app-name""#, en(Text::AppName)),
        element(
            "h1",
            r#" id="screen-heading" tabindex="-1""#,
            en(Text::WelcomeTitle),
        ),
        format!(
            "<p><strong>{}</strong> {}</p>",
            t(Lang::En, Nav::NextStepLabel),
            next_step(Lang::En, NextStep::AnswerPlan)
        ),
        element("p", r#" class="lead""#, en(Text::WelcomeIntro)),
        element("h2", r#" id="privacy-title""#, en(Text::PrivacyTitle)),
        element("p", "", en(Text::PrivacyPromise)),
        element("p", "", en(Text::WelcomeSteps)),
        element("p", r#" class="disclaimer""#, en(Text::Disclaimer)),
    ];
    for html in expected {
        assert!(INDEX.contains(&html), "index.html lacks {html}");
    }
    assert!(INDEX.contains(&format!(">{}</button>", en(Text::Start))));
}

#[test]
fn the_static_first_screen_escapes_nothing_it_should_not() {
    // The texts are written into index.html as they are, so none may need HTML escaping.
    for key in [
        Text::WelcomeTitle,
        Text::WelcomeIntro,
        Text::PrivacyTitle,
        Text::PrivacyPromise,
        Text::WelcomeSteps,
        Text::Disclaimer,
        Text::Start,
    ] {
        let text = t(Lang::En, key);
        assert!(!text.contains(['<', '>', '&']), "{text}");
    }
}
