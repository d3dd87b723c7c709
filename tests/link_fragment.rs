//! The address fragment (`#/<screen>?lang=…&region=…&plan=…&embed=1&accent=…`): every screen and
//! preset round-trips, the answer presets are dropped as the member moves on, an accent colour
//! is used only with enough contrast (by the same rule in the page's script and the Share page),
//! and anything else is ignored without a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use second_opinion_navigator::domain::{PlanType, Region};
use second_opinion_navigator::lang::Lang;
use second_opinion_navigator::link::{
    contrast_ratio, fragment, parse, write, Accent, Fragment, DARKEST_BACKGROUND,
};
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
    let accents = [None, Accent::parse("1f5f8b"), Accent::parse("ffff00")];
    assert!(accents[1].is_some() && accents[2].is_some());
    let mut written = 0;
    for screen in some_or_none(&every_screen()) {
        for lang in some_or_none(&Lang::ALL) {
            for region in some_or_none(&Region::ALL) {
                for plan in some_or_none(&PlanType::ALL) {
                    for embed in [false, true] {
                        for accent in accents {
                            let what = Fragment {
                                screen,
                                lang,
                                region,
                                plan,
                                embed,
                                accent,
                            };
                            let link = write(&what);
                            assert_eq!(parse(&link), what, "{link}");
                            written += 1;
                        }
                    }
                }
            }
        }
    }
    assert_eq!(written, 11 * 3 * 9 * 8 * 2 * 3);
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
            accent: None,
        }
    );
    assert_eq!(
        write(&example),
        "#/plan?lang=es&region=ca-north&plan=medicaid&embed=1"
    );
}

#[test]
fn moving_on_keeps_the_look_and_drops_the_answer_presets() {
    let opened = parse("#/plan?region=co&plan=hmo&lang=es&embed=1&accent=%231F5F8B");
    let moved = opened.at(Screen::Step(Step::Costs));
    assert_eq!(write(&moved), "#/costs?lang=es&embed=1&accent=1f5f8b");
    // A colour too light to use stays too: the address keeps what the link said.
    let light = parse("#/plan?accent=ffff00").at(Screen::Step(Step::Costs));
    assert_eq!(write(&light), "#/costs?accent=ffff00");
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
    for colour in [
        "javascript:alert(1)",
        "url(https://example.org/x)",
        "red",
        "#12345",
        "1234567",
        "12345g",
        "%2312345",
        "##123456",
        "%25231f5f8b",
        "１２３４５６",
        "",
    ] {
        assert_eq!(Accent::parse(colour), None, "{colour}");
        assert_eq!(
            parse(&format!("#/?accent={colour}")).accent,
            None,
            "{colour}"
        );
    }
    assert_eq!(
        parse("#/?ACCENT=123456").accent,
        None,
        "keys exactly as written"
    );
    let huge = format!("#/costs?lang=es&pad={}", "x".repeat(1000));
    assert_eq!(parse(&huge), Fragment::default());
    assert_eq!(
        parse("#/?lang=es&lang=fr").lang,
        Some(Lang::Es),
        "a bad repeat leaves the good value"
    );
    assert_eq!(
        parse("#/?accent=123456&accent=red").accent,
        Accent::parse("123456"),
        "a bad repeat leaves the good colour"
    );
    assert_eq!(
        parse("#/?accent=123456&accent=654321").accent,
        Accent::parse("654321"),
        "the last well-formed colour, as the page's script"
    );
}

#[test]
fn an_accent_is_used_only_with_enough_contrast_everywhere_it_meets() {
    let readable = |colour: &str| Accent::parse(colour).is_some_and(Accent::is_readable);
    // The app's own accent, black, and a dark brand purple pass, written three ways.
    for colour in ["1f5f8b", "#1F5F8B", "%231f5f8b", "000000", "4b2c83"] {
        assert!(readable(colour), "{colour}");
    }
    assert_eq!(
        Accent::parse("#1F5F8B").map(Accent::hex),
        Some("1f5f8b".into())
    );
    // White, yellow, a mid grey and a mid blue are kept in the address but never used: white
    // text on them is under 4.5:1.
    for colour in ["ffffff", "ffff00", "808080", "3b82f6", "767676", "777777"] {
        assert!(Accent::parse(colour).is_some(), "{colour}");
        assert!(!readable(colour), "{colour}");
    }
    // WCAG's own figures: black on white is 21:1, #767676 on white 4.54:1 (but under 4.5 on the
    // app's info notes), and equal colours 1:1.
    assert!((contrast_ratio([0; 3], [255; 3]) - 21.0).abs() < 1e-9);
    assert!((contrast_ratio([0x76; 3], [255; 3]) - 4.54).abs() < 0.005);
    assert!((contrast_ratio([9, 99, 199], [9, 99, 199]) - 1.0).abs() < 1e-12);
}

#[test]
fn the_pages_first_script_applies_an_accent_by_the_same_rule() {
    // index.html applies the accent before the wasm runs (the static first screen has it too),
    // with a copy of Accent::is_readable; index.es.html is generated from it.
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .unwrap_or_default();
    let [r, g, b] = DARKEST_BACKGROUND;
    for piece in [
        format!("lum(0x{r:02x}{g:02x}{b:02x}) / lum(parseInt(hex, 16)) >= 4.5"),
        "[0.0722, 0.7152, 0.2126]".to_owned(),
        "c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)".to_owned(),
        // The part after the first "?" of a fragment up to 512 characters, as `parse` reads.
        "query.match(/[?&]accent=(?:#|%23)?[0-9a-fA-F]{6}(?=&|$)/g)".to_owned(),
    ] {
        assert!(page.contains(&piece), "index.html lacks {piece}");
    }
}

#[test]
fn the_share_page_checks_an_accent_against_the_same_colour() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/share/share.js"))
        .unwrap_or_default();
    let [r, g, b] = DARKEST_BACKGROUND;
    let expected = format!("var BACKGROUND = luminance(\"{r:02x}{g:02x}{b:02x}\");");
    assert!(
        script.contains(&expected),
        "share/share.js lacks {expected}"
    );
}

#[test]
fn the_luminance_without_powf_is_the_formula() {
    // For every channel value, grey of that value against black: (L + 0.05) / 0.05.
    for c in 0..=255u8 {
        let v = f64::from(c) / 255.0;
        let linear = if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        };
        let expected = (linear + 0.05) / 0.05;
        let got = contrast_ratio([c; 3], [0; 3]);
        assert!((got - expected).abs() < 1e-9, "{c}: {got} vs {expected}");
    }
}

fn any_fragment() -> impl Strategy<Value = Fragment> {
    (
        proptest::option::of(proptest::sample::select(every_screen())),
        proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Region::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(PlanType::ALL.to_vec())),
        any::<bool>(),
        proptest::option::of(any::<[u8; 3]>()),
    )
        .prop_map(|(screen, lang, region, plan, embed, rgb)| Fragment {
            screen,
            lang,
            region,
            plan,
            embed,
            accent: rgb.map(Accent),
        })
}

proptest! {
    /// Every colour the accent meets in the light scheme (static/app.css): white text on it, and
    /// the page, card, note and warning backgrounds.
    #[test]
    fn an_accepted_accent_passes_against_everything_it_meets(rgb in any::<[u8; 3]>()) {
        if Accent(rgb).is_readable() {
            for other in [[0xff; 3], [0xf7, 0xf8, 0xfa], DARKEST_BACKGROUND, [0xff, 0xf4, 0xe0]] {
                prop_assert!(contrast_ratio(rgb, other) >= 4.5, "{:?} on {:?}", rgb, other);
            }
        }
    }

    #[test]
    fn any_colour_round_trips_as_six_digits(rgb in any::<[u8; 3]>()) {
        prop_assert_eq!(Accent::parse(&Accent(rgb).hex()), Some(Accent(rgb)));
    }

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
        if what.accent.is_some() { prop_assert!(found.accent.is_some()); }
        prop_assert_eq!(found.screen, what.screen);
    }
}
