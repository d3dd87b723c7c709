//! Money in cents and percentages in basis points: parsing, display, rounding, saturation.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use second_opinion_navigator::domain::money::ParseError;
use second_opinion_navigator::domain::{BasisPoints, Money};

#[test]
fn amounts_parse_as_typed_in_a_form() {
    assert_eq!(Money::parse("500"), Ok(Money::from_cents(50_000)));
    assert_eq!(Money::parse("$1,234.56"), Ok(Money::from_cents(123_456)));
    assert_eq!(Money::parse(" 12.5 "), Ok(Money::from_cents(1_250)));
    assert_eq!(Money::parse(".99"), Ok(Money::from_cents(99)));
    assert_eq!(Money::parse("7."), Ok(Money::from_cents(700)));
    assert_eq!(Money::parse(""), Err(ParseError::Empty));
    assert_eq!(Money::parse("$"), Err(ParseError::Empty));
    assert_eq!(Money::parse("-5"), Err(ParseError::Negative));
    assert_eq!(Money::parse("1.234"), Err(ParseError::TooManyDecimals));
    assert_eq!(Money::parse("12a"), Err(ParseError::NotANumber));
    assert_eq!(Money::parse("1.2.3"), Err(ParseError::NotANumber));
    assert_eq!(Money::parse("."), Err(ParseError::NotANumber));
    assert_eq!(
        Money::parse("99999999999999999999"),
        Err(ParseError::TooLarge)
    );
}

#[test]
fn amounts_display_in_dollars() {
    assert_eq!(Money::from_cents(36_000).to_string(), "$360.00");
    assert_eq!(Money::from_cents(123_456_789).to_string(), "$1,234,567.89");
    assert_eq!(Money::from_cents(5).to_string(), "$0.05");
    assert_eq!(Money::from_cents(-500).to_string(), "-$5.00");
    assert_eq!(
        Money::from_cents(i64::MIN).to_string(),
        "-$92,233,720,368,547,758.08"
    );
}

#[test]
fn percentages_parse_clamp_and_display() {
    assert_eq!(BasisPoints::parse("30"), Ok(BasisPoints::new(3_000)));
    assert_eq!(BasisPoints::parse("12.5%"), Ok(BasisPoints::new(1_250)));
    assert_eq!(BasisPoints::parse("101"), Err(ParseError::TooLarge));
    assert_eq!(BasisPoints::new(20_000), BasisPoints::FULL);
    assert_eq!(BasisPoints::from_percent(150), BasisPoints::FULL);
    assert_eq!(BasisPoints::new(3_000).to_string(), "30%");
    assert_eq!(BasisPoints::new(1_250).to_string(), "12.5%");
    assert_eq!(BasisPoints::new(1_225).to_string(), "12.25%");
    assert_eq!(
        BasisPoints::new(3_000).complement(),
        BasisPoints::new(7_000)
    );
}

#[test]
fn percent_rounds_half_a_cent_up() {
    let thirty = BasisPoints::from_percent(30);
    assert_eq!(
        Money::from_dollars(200).percent(thirty),
        Money::from_dollars(60)
    );
    // 30% of $0.05 = 1.5 cents -> 2 cents.
    assert_eq!(Money::from_cents(5).percent(thirty), Money::from_cents(2));
    // 30% of $0.01 = 0.3 cents -> 0.
    assert_eq!(Money::from_cents(1).percent(thirty), Money::ZERO);
    assert_eq!(
        Money::from_cents(i64::MAX).percent(BasisPoints::FULL),
        Money::from_cents(i64::MAX)
    );
}

#[test]
fn arithmetic_saturates() {
    let max = Money::from_cents(i64::MAX);
    assert_eq!(max.saturating_add(Money::from_cents(1)), max);
    assert_eq!(
        Money::from_cents(i64::MIN).saturating_sub(Money::from_cents(1)),
        Money::from_cents(i64::MIN)
    );
    assert_eq!(Money::sum([max, max]), max);
    assert_eq!(Money::from_cents(-3).non_negative(), Money::ZERO);
}

proptest! {
    #[test]
    fn a_share_and_its_complement_add_up(cents in 0i64..1_000_000_000_000, bp in 0u32..=10_000) {
        let amount = Money::from_cents(cents);
        let rate = BasisPoints::new(bp);
        let share = amount.percent(rate);
        prop_assert!(share >= Money::ZERO && share <= amount);
        prop_assert_eq!(share.saturating_add(amount.saturating_sub(share)), amount);
    }

    #[test]
    fn display_then_parse_round_trips(cents in 0i64..9_000_000_000_000_000) {
        let amount = Money::from_cents(cents);
        prop_assert_eq!(Money::parse(&amount.to_string()), Ok(amount));
    }

    #[test]
    fn parsing_anything_never_panics(text in ".{0,40}") {
        let _ = Money::parse(&text);
        let _ = BasisPoints::parse(&text);
    }
}
