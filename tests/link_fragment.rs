//! The address fragment (`#/<screen>?lang=<tag>`): every screen and language round-trips, and
//! anything else is ignored without a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use second_opinion_navigator::lang::Lang;
use second_opinion_navigator::link::{fragment, parse, Fragment};
use second_opinion_navigator::state::{Screen, Step};

fn every_screen() -> Vec<Screen> {
    let mut screens = vec![Screen::Welcome, Screen::Summary];
    screens.extend(Step::ALL.map(Screen::Step));
    screens
}

#[test]
fn every_screen_and_language_round_trips() {
    for screen in every_screen() {
        for lang in Lang::ALL {
            let link = fragment(screen, lang);
            assert_eq!(
                parse(&link),
                Fragment {
                    screen: Some(screen),
                    lang: Some(lang)
                },
                "{link}"
            );
        }
    }
    assert_eq!(
        fragment(Screen::Step(Step::IfDenied), Lang::Es),
        "#/if-denied?lang=es"
    );
}

#[test]
fn unknown_and_malformed_parts_are_ignored() {
    assert_eq!(parse(""), Fragment::default());
    assert_eq!(
        parse("#main"),
        Fragment::default(),
        "the skip link's target"
    );
    assert_eq!(parse("#/nowhere?lang=fr").screen, None);
    assert_eq!(parse("#/nowhere?lang=fr").lang, None);
    assert_eq!(parse("#/costs?lang=es-MX").lang, None);
    assert_eq!(parse("#/costs?lang=ES").lang, None);
    assert_eq!(parse("#/costs?lang").lang, None);
    assert_eq!(parse("#/costs?x=1&lang=es&y").lang, Some(Lang::Es));
    assert_eq!(parse("#?lang=en").lang, Some(Lang::En));
    let huge = format!("#/costs?lang=es&pad={}", "x".repeat(1000));
    assert_eq!(parse(&huge), Fragment::default());
}

proptest! {
    #[test]
    fn any_text_parses_without_panic(text in ".{0,600}") {
        let found = parse(&text);
        if let Some(screen) = found.screen {
            prop_assert!(every_screen().contains(&screen));
        }
    }
}
