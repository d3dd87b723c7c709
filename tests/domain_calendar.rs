//! Calendar semantics from issue 3: business days, observed federal holidays, "N months from",
//! "N business days before", and the business days between a request and an appointment.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::d;

use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use second_opinion_navigator::domain::calendar::*;

#[test]
fn the_2026_holidays_match_opm() {
    use FederalHoliday::*;
    assert_eq!(
        federal_holidays(2026),
        vec![
            (NewYearsDay, d(2026, 1, 1)),
            (MartinLutherKingJrDay, d(2026, 1, 19)),
            (WashingtonsBirthday, d(2026, 2, 16)),
            (MemorialDay, d(2026, 5, 25)),
            (Juneteenth, d(2026, 6, 19)),
            (IndependenceDay, d(2026, 7, 3)), // 4 July 2026 is a Saturday
            (LaborDay, d(2026, 9, 7)),
            (ColumbusDay, d(2026, 10, 12)),
            (VeteransDay, d(2026, 11, 11)),
            (Thanksgiving, d(2026, 11, 26)),
            (Christmas, d(2026, 12, 25)),
        ]
    );
}

#[test]
fn each_fixed_holiday_moves_off_the_weekend() {
    use FederalHoliday::*;
    let cases = [
        // Saturday -> Friday
        (Juneteenth, 2027, d(2027, 6, 18)),
        (IndependenceDay, 2026, d(2026, 7, 3)),
        (VeteransDay, 2023, d(2023, 11, 10)),
        (Christmas, 2027, d(2027, 12, 24)),
        // New Year's Day on a Saturday is observed on 31 December of the year before.
        (NewYearsDay, 2022, d(2021, 12, 31)),
        (NewYearsDay, 2028, d(2027, 12, 31)),
        // Sunday -> Monday
        (Juneteenth, 2022, d(2022, 6, 20)),
        (IndependenceDay, 2027, d(2027, 7, 5)),
        (VeteransDay, 2029, d(2029, 11, 12)),
        (Christmas, 2022, d(2022, 12, 26)),
        (NewYearsDay, 2023, d(2023, 1, 2)),
    ];
    for (holiday, year, observed) in cases {
        assert_eq!(
            holiday.observed_date(year),
            Some(observed),
            "{holiday:?} {year}"
        );
        assert_eq!(
            federal_holiday(observed),
            Some(holiday),
            "{holiday:?} {year}"
        );
        assert!(!is_business_day(observed));
    }
    // The weekend day itself is not a business day either, and carries no holiday.
    assert_eq!(federal_holiday(d(2027, 6, 19)), None);
    assert!(!is_business_day(d(2027, 6, 19)));
}

#[test]
fn juneteenth_2027_is_observed_on_friday_18_june() {
    assert_eq!(d(2027, 6, 19).weekday(), Weekday::Sat);
    assert!(!is_business_day(d(2027, 6, 18)));
    assert!(is_business_day(d(2027, 6, 17)));
    assert!(is_business_day(d(2027, 6, 21)));
}

#[test]
fn floating_holidays_for_several_years() {
    use FederalHoliday::*;
    let cases = [
        (MartinLutherKingJrDay, 2027, d(2027, 1, 18)),
        (WashingtonsBirthday, 2027, d(2027, 2, 15)),
        (MemorialDay, 2027, d(2027, 5, 31)),
        (LaborDay, 2027, d(2027, 9, 6)),
        (ColumbusDay, 2027, d(2027, 10, 11)),
        (Thanksgiving, 2027, d(2027, 11, 25)),
        (MemorialDay, 2024, d(2024, 5, 27)),
        (Thanksgiving, 2024, d(2024, 11, 28)),
        (MartinLutherKingJrDay, 2100, d(2100, 1, 18)),
        (Thanksgiving, 2100, d(2100, 11, 25)),
    ];
    for (holiday, year, date) in cases {
        assert_eq!(
            holiday.observed_date(year),
            Some(date),
            "{holiday:?} {year}"
        );
    }
}

#[test]
fn holidays_that_did_not_exist_yet_are_not_holidays() {
    assert_eq!(FederalHoliday::Juneteenth.observed_date(2020), None);
    assert!(is_business_day(d(2020, 6, 19)));
    assert_eq!(
        FederalHoliday::MartinLutherKingJrDay.observed_date(1985),
        None
    );
    assert_eq!(
        FederalHoliday::Juneteenth.observed_date(2021),
        Some(d(2021, 6, 18))
    );
}

#[test]
fn calendar_days_are_plain_addition() {
    assert_eq!(add_days(d(2026, 3, 1), 180), d(2026, 8, 28));
    assert_eq!(add_days(d(2026, 12, 20), 30), d(2027, 1, 19));
    assert_eq!(add_days(d(2028, 2, 28), 1), d(2028, 2, 29));
    assert_eq!(add_days(d(2027, 2, 28), 1), d(2027, 3, 1));
    assert_eq!(add_days(NaiveDate::MAX, 5), NaiveDate::MAX);
    assert_eq!(days_between(d(2026, 1, 1), d(2027, 1, 1)), 365);
}

#[test]
fn months_from_a_date_follow_the_federal_rule() {
    // Same day four months later, when it is a business day.
    assert_eq!(add_months(d(2026, 1, 15), 4), d(2026, 5, 15));
    // The regulation's own example: 30 October -> no 30 February -> 1 March (a Monday in 2027).
    assert_eq!(add_months(d(2026, 10, 30), 4), d(2027, 3, 1));
    // 1 March 2026 is a Sunday, so the deadline moves to Monday 2 March.
    assert_eq!(add_months(d(2025, 10, 30), 4), d(2026, 3, 2));
    // Leap year: 29 February 2028 exists.
    assert_eq!(add_months(d(2027, 10, 29), 4), d(2028, 2, 29));
    // Not a leap year: 29 February 2027 does not exist -> 1 March 2027.
    assert_eq!(add_months(d(2026, 10, 29), 4), d(2027, 3, 1));
    // 31 May + 4 months: no 31 September -> 1 October 2026 (Thursday).
    assert_eq!(add_months(d(2026, 5, 31), 4), d(2026, 10, 1));
    // Year boundary onto a holiday: 1 January 2027 (Friday, New Year's Day) -> Monday 4 January.
    assert_eq!(add_months(d(2026, 9, 1), 4), d(2027, 1, 4));
    // Onto a Saturday: 6 November 2026 + 4 months = 6 March 2027, a Saturday -> Monday 8 March.
    assert_eq!(add_months(d(2026, 11, 6), 4), d(2027, 3, 8));
    // Onto an observed holiday: 3 July 2026 (Independence Day observed) -> Monday 6 July.
    assert_eq!(add_months(d(2026, 3, 3), 4), d(2026, 7, 6));
    // Six months across a year end.
    assert_eq!(add_months(d(2026, 8, 31), 6), d(2027, 3, 1));
    assert_eq!(add_months(NaiveDate::MAX, 4), NaiveDate::MAX);
}

#[test]
fn protective_months_never_move_later() {
    assert_eq!(add_months_protective(d(2026, 8, 31), 6), d(2027, 2, 28));
    assert_eq!(add_months_protective(d(2027, 8, 31), 6), d(2028, 2, 29));
    assert_eq!(add_months_protective(d(2026, 11, 7), 4), d(2027, 3, 7)); // a Sunday, kept
    assert_eq!(add_months_protective(d(2026, 1, 15), 6), d(2026, 7, 15));
}

#[test]
fn business_days_before_an_appointment() {
    // Monday 4 January 2027, 5 business days back: skips New Year's Day (Fri 1 Jan) and
    // Christmas (Fri 25 Dec 2026): Thu 31, Wed 30, Tue 29, Mon 28, Thu 24 December.
    assert_eq!(business_days_before(d(2027, 1, 4), 5), d(2026, 12, 24));
    // Plain week: Friday 12 June 2026 - 5 = Friday 5 June.
    assert_eq!(business_days_before(d(2026, 6, 12), 5), d(2026, 6, 5));
    // From a Monday: 1 business day before is the Friday.
    assert_eq!(business_days_before(d(2026, 6, 15), 1), d(2026, 6, 12));
    // From a Sunday: Friday is the first business day stepped onto.
    assert_eq!(business_days_before(d(2026, 6, 14), 1), d(2026, 6, 12));
    // Across Juneteenth 2027 (observed Friday 18 June): Monday 21 June - 1 = Thursday 17 June.
    assert_eq!(business_days_before(d(2027, 6, 21), 1), d(2027, 6, 17));
    // Zero steps stay put.
    assert_eq!(business_days_before(d(2026, 6, 14), 0), d(2026, 6, 14));
    // Across a leap day: Wednesday 1 March 2028, 2 back: Tuesday 29, then Monday 28 February.
    assert_eq!(business_days_before(d(2028, 3, 1), 2), d(2028, 2, 28));
}

#[test]
fn business_days_after_a_date() {
    // 15 business days after Monday 5 January 2026, skipping MLK Day (19 January).
    assert_eq!(add_business_days(d(2026, 1, 5), 15), d(2026, 1, 27));
    // From a Friday, one business day is the Monday.
    assert_eq!(add_business_days(d(2026, 6, 12), 1), d(2026, 6, 15));
    // Across the year end: Thursday 24 December 2026 + 2 = Tuesday 29 December.
    assert_eq!(add_business_days(d(2026, 12, 24), 2), d(2026, 12, 29));
    assert_eq!(add_business_days(d(2026, 12, 24), 0), d(2026, 12, 24));
}

#[test]
fn business_days_between_request_and_appointment() {
    // Counted after the request, up to and including the appointment.
    assert_eq!(business_days_between(d(2026, 1, 5), d(2026, 1, 6)), 1);
    assert_eq!(business_days_between(d(2026, 1, 5), d(2026, 1, 5)), 0);
    assert_eq!(business_days_between(d(2026, 1, 6), d(2026, 1, 5)), 0);
    // Friday to Monday: 1.
    assert_eq!(business_days_between(d(2026, 6, 12), d(2026, 6, 15)), 1);
    // Exactly 15 (MLK Day skipped): not longer than the standard.
    assert_eq!(business_days_between(d(2026, 1, 5), d(2026, 1, 27)), 15);
    assert!(!wait_exceeds(d(2026, 1, 5), d(2026, 1, 27), 15));
    // One more day: 16 > 15.
    assert_eq!(business_days_between(d(2026, 1, 5), d(2026, 1, 28)), 16);
    assert!(wait_exceeds(d(2026, 1, 5), d(2026, 1, 28), 15));
    // Over the year end: 23 December 2026 -> 8 January 2027: 24, 28, 29, 30, 31 Dec and 4-8
    // Jan; Christmas and New Year's Day (both Fridays) are skipped.
    assert_eq!(business_days_between(d(2026, 12, 23), d(2027, 1, 8)), 10);
    // A whole year: 2026 has 261 weekdays and 11 weekday holidays.
    assert_eq!(business_days_between(d(2025, 12, 31), d(2026, 12, 31)), 250);
    // 2027 has 261 weekdays; its holidays include 24 and 31 December (Christmas 2027 and New
    // Year's Day 2028 observed), so 11 + 1 weekday holidays fall inside the year.
    assert_eq!(
        business_days_between(d(2026, 12, 31), d(2027, 12, 31)),
        261 - 12
    );
}

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    (1950i32..2150, 1u32..=366).prop_map(|(year, ordinal)| {
        NaiveDate::from_yo_opt(year, ordinal)
            .or_else(|| NaiveDate::from_yo_opt(year, 365))
            .unwrap_or(NaiveDate::MIN)
    })
}

fn naive_count(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut n = 0;
    let mut day = from;
    while day < to {
        day = day.succ_opt().unwrap_or(day);
        if is_business_day(day) {
            n += 1;
        }
    }
    n
}

proptest! {
    #[test]
    fn business_day_round_trips(start in date_strategy(), n in 0u32..400) {
        let later = add_business_days(start, n);
        prop_assert!(later >= start);
        prop_assert_eq!(business_days_between(start, later), n);
        if n > 0 {
            prop_assert!(is_business_day(later));
        }
        let business_start = next_business_day_on_or_after(start);
        let there = add_business_days(business_start, n);
        prop_assert_eq!(business_days_before(there, n), business_start);
    }

    #[test]
    fn before_is_never_after(start in date_strategy(), n in 0u32..400) {
        let earlier = business_days_before(start, n);
        prop_assert!(earlier <= start);
        if n > 0 {
            prop_assert!(is_business_day(earlier));
        }
    }

    #[test]
    fn fast_count_matches_day_by_day_count(a in date_strategy(), span in 0u32..2_500) {
        let b = add_days(a, span);
        prop_assert_eq!(business_days_between(a, b), naive_count(a, b));
    }

    #[test]
    fn months_never_go_backwards(start in date_strategy(), months in 0u32..40) {
        let federal = add_months(start, months);
        let protective = add_months_protective(start, months);
        prop_assert!(federal >= start);
        prop_assert!(protective >= start);
        prop_assert!(protective <= federal);
        prop_assert!(is_business_day(federal));
    }

    #[test]
    fn extreme_dates_do_not_panic(days in any::<i32>(), n in any::<u32>()) {
        let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MIN);
        let _ = add_days(date, n);
        let _ = sub_days(date, n);
        let _ = add_months(date, n);
        let _ = add_months_protective(date, n);
        let _ = is_business_day(date);
    }

    #[test]
    fn large_counts_do_not_panic(start in date_strategy(), n in 0u32..20_000) {
        let later = add_business_days(start, n);
        prop_assert_eq!(business_days_between(start, later), n);
        let earlier = business_days_before(start, n);
        prop_assert!(earlier <= start);
    }
}

#[test]
fn counts_across_the_whole_calendar_are_fast_and_consistent() {
    // Closed-form years in the middle must agree with counting year by year at the edges.
    let a = d(1980, 6, 1);
    let b = d(2030, 6, 1);
    let mid = d(2005, 3, 15);
    assert_eq!(
        business_days_between(a, b),
        business_days_between(a, mid) + business_days_between(mid, b)
    );
    let huge = business_days_between(NaiveDate::MIN, NaiveDate::MAX);
    assert!(huge > 100_000_000);
}
