//! The address fragment (`#/<screen>?lang=…&region=…&plan=…&embed=1`): every screen and preset
//! round-trips, the answer presets are dropped as the member moves on, and anything else is
//! ignored without a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use second_opinion_navigator::domain::{PlanType, Region};
use second_opinion_navigator::lang::Lang;
use second_opinion_navigator::link::{fragment, parse, write, Fragment};
use second_opinion_navigator::state::{Screen, Step};

fn every_screen() -> Vec<Screen> {
    let mut screens = vec![Screen::Welcome, Screen::Summary];
    screens.extend(Step::ALL.map(Screen::Step));
    screens
}

fn some_or_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect()
}

#[test]
fn every_screen_and_preset_round_trips() {
    let mut written = 0;
    for screen in some_or_none(&every_screen()) {
        for lang in some_or_none(&Lang::ALL) {
            for region in some_or_none(&Region::ALL) {
                for plan in some_or_none(&PlanType::ALL) {
                    for embed in [false, true] {
                        let what = Fragment {
                            screen,
                            lang,
                            region,
                            plan,
                            embed,
                        };
                        let link = write(&what);
                        assert_eq!(parse(&link), what, "{link}");
                        written += 1;
                    }
                }
            }
        }
    }
    assert_eq!(written, 11 * 3 * 9 * 8 * 2);
    assert_eq!(
        fragment(Screen::Step(Step::IfDenied), Lang::Es),
        "#/if-denied?lang=es"
    );
    let example = parse("#/plan?region=ca-north&plan=medi-cal&lang=es&embed=1");
    assert_eq!(
        example,
        Fragment {
            screen: Some(Screen::Step(Step::Plan)),
            lang: Some(Lang::Es),
            region: Some(Region::NorthernCalifornia),
            plan: Some(PlanType::Medicaid),
            embed: true,
        }
    );
    assert_eq!(
        write(&example),
        "#/plan?lang=es&region=ca-north&plan=medicaid&embed=1"
    );
}

#[test]
fn moving_on_keeps_the_look_and_drops_the_answer_presets() {
    let opened = parse("#/plan?region=co&plan=hmo&lang=es&embed=1");
    let moved = opened.at(Screen::Step(Step::Costs));
    assert_eq!(write(&moved), "#/costs?lang=es&embed=1");
    assert_eq!(
        write(&Fragment::default().at(Screen::Welcome)),
        "#/",
        "nothing kept"
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
    // Bad codes, values of the wrong kind, and a bad repeat that leaves the good value.
    let garbage = parse(
        "#/plan?region=atlantis&plan=gold&embed=yes&accent=blue&lang=<script>&javascript:alert(1)",
    );
    assert_eq!(garbage, parse("#/plan"));
    assert_eq!(
        parse("#/plan?region=co&region=nowhere").region,
        Some(Region::Colorado)
    );
    assert_eq!(
        parse("#/plan?region=CO").region,
        None,
        "codes exactly as written"
    );
    assert!(!parse("#/plan?embed=0").embed);
    assert!(
        parse("#/plan?embed=1&embed=0").embed,
        "any embed=1, as the page's script"
    );
    let huge = format!("#/costs?lang=es&pad={}", "x".repeat(1000));
    assert_eq!(parse(&huge), Fragment::default());
    assert_eq!(
        parse("#/?lang=es&lang=fr").lang,
        Some(Lang::Es),
        "a bad repeat leaves the good value"
    );
}

fn any_fragment() -> impl Strategy<Value = Fragment> {
    (
        proptest::option::of(proptest::sample::select(every_screen())),
        proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Region::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(PlanType::ALL.to_vec())),
        any::<bool>(),
    )
        .prop_map(|(screen, lang, region, plan, embed)| Fragment {
            screen,
            lang,
            region,
            plan,
            embed,
        })
}

proptest! {
    #[test]
    fn any_text_parses_without_panic(text in ".{0,600}") {
        let found = parse(&text);
        if let Some(screen) = found.screen {
            prop_assert!(every_screen().contains(&screen));
        }
    }

    #[test]
    fn any_fragment_round_trips(what in any_fragment()) {
        prop_assert_eq!(parse(&write(&what)), what);
    }

    #[test]
    fn junk_around_a_fragment_never_breaks_its_good_parts(
        junk in "[a-z=&%#?/]{0,40}",
        what in any_fragment(),
    ) {
        let link = write(&what);
        let link = format!("{link}{}{junk}", if link.contains('?') { '&' } else { '?' });
        let found = parse(&link);
        // Junk can add a part (it may spell a valid one) but never lose one.
        if what.lang.is_some() { prop_assert!(found.lang.is_some()); }
        if what.region.is_some() { prop_assert!(found.region.is_some()); }
        if what.plan.is_some() { prop_assert!(found.plan.is_some()); }
        prop_assert_eq!(found.screen, what.screen);
    }
}
