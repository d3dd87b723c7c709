//! Keeping the case for months (`domain::keeping`): when the guide offers to save a copy of the
//! case file (once after each moment that matters, and when a deadline is near and the answers
//! changed since the last copy), what an answer to an offer remembers, and the file's name.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;

use chrono::NaiveDate;
use domain_support::{case, d};
use second_opinion_navigator::domain::case::ReferralOutcome;
use second_opinion_navigator::domain::keeping::{
    case_file_name, copy_reminder, CopyReminder, Keeping, Milestone, Offer, DEADLINE_NEAR_DAYS,
};
use second_opinion_navigator::domain::timeline::ItemKind;
use second_opinion_navigator::domain::{evaluate, Case, PlanType, Region, Urgency};

/// A California HMO member's case, evaluated on `today`.
fn reminder_on(case: &Case, today: NaiveDate) -> Option<CopyReminder> {
    copy_reminder(case, &evaluate(case, today).timeline)
}

fn hmo() -> Case {
    case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    )
}

/// The case with its answers changed since any copy, as the reducer marks every edit.
fn changed(mut case: Case) -> Case {
    case.details.keeping.changed_since_copy = true;
    case
}

#[test]
fn a_fresh_case_is_offered_nothing() {
    assert_eq!(reminder_on(&Case::default(), d(2026, 12, 8)), None);
    // Answers alone, with no moment reached and no deadline near, are no reason to nag.
    assert_eq!(reminder_on(&changed(hmo()), d(2026, 12, 8)), None);
}

#[test]
fn each_moment_is_offered_once_the_case_reaches_it() {
    let today = d(2026, 12, 8);
    let mut case = changed(hmo());
    case.details.referral.requested_on = Some(d(2026, 12, 7));
    assert_eq!(
        reminder_on(&case, today),
        Some(CopyReminder::Milestone(Milestone::ReferralRequested))
    );
    // Answered (saved or put off): not again.
    case.details.keeping.answered(
        &case.clone(),
        CopyReminder::Milestone(Milestone::ReferralRequested),
    );
    assert_eq!(reminder_on(&case, today), None);
    // The next moment: a denial, logged by its outcome or by the letter's date alone.
    let mut denied = case.clone();
    denied.details.referral.outcome = Some(ReferralOutcome::Denied);
    assert_eq!(
        reminder_on(&denied, today),
        Some(CopyReminder::Milestone(Milestone::Denied))
    );
    let mut letter = case.clone();
    letter.details.appeal.denial_letter = Some(today);
    assert_eq!(
        reminder_on(&letter, today),
        Some(CopyReminder::Milestone(Milestone::Denied))
    );
    // Then the appeal filed.
    denied
        .details
        .keeping
        .answered(&denied.clone(), CopyReminder::Milestone(Milestone::Denied));
    denied.details.appeal.grievance_filed = Some(today);
    assert_eq!(
        reminder_on(&denied, today),
        Some(CopyReminder::Milestone(Milestone::AppealFiled))
    );
}

#[test]
fn moments_reached_together_are_one_offer_for_the_latest() {
    // An imported case that has reached all three at once.
    let today = d(2026, 12, 8);
    let mut case = changed(hmo());
    case.details.referral.requested_on = Some(d(2026, 11, 2));
    case.details.referral.outcome = Some(ReferralOutcome::Denied);
    case.details.appeal.denial_letter = Some(d(2026, 11, 20));
    case.details.appeal.grievance_filed = Some(d(2026, 12, 1));
    let offer = reminder_on(&case, today);
    assert_eq!(offer, Some(CopyReminder::Milestone(Milestone::AppealFiled)));
    case.details.keeping.answered(&case.clone(), offer.unwrap());
    for milestone in Milestone::ALL {
        assert!(case.details.keeping.was_offered(Offer::After(milestone)));
    }
    assert_eq!(reminder_on(&case, today), None);
}

#[test]
fn a_copy_made_after_a_moment_is_enough() {
    let today = d(2026, 12, 8);
    let mut case = changed(hmo());
    case.details.referral.requested_on = Some(today);
    // Exported from "Your saved case", not from the offer: the copy holds the moment.
    case.details.keeping.copied(&case.clone(), today, None);
    assert!(!case.details.keeping.copy_is_behind());
    assert_eq!(reminder_on(&case, today), None);
    // A later change does not bring back an offer the copy already answered.
    let later = changed(case);
    assert_eq!(reminder_on(&later, today), None);
}

/// A member whose appeal window (180 days from the denial letter) closes on `closes`.
fn appeal_closing_on(closes: NaiveDate) -> Case {
    let mut case = hmo();
    case.details.referral.requested_on = Some(d(2026, 1, 5));
    case.details.referral.outcome = Some(ReferralOutcome::Denied);
    let letter = (1..400)
        .map(|n| closes - chrono::Days::new(n))
        .find(|letter| {
            let mut c = case.clone();
            c.details.appeal.denial_letter = Some(*letter);
            evaluate(&c, *letter)
                .timeline
                .iter()
                .any(|it| it.kind == ItemKind::GrievanceFilingDeadline && it.date == Some(closes))
        })
        .expect("a letter date whose window closes then");
    case.details.appeal.denial_letter = Some(letter);
    // The moments are answered: only the deadline is left to offer.
    case.details
        .keeping
        .answered(&case.clone(), CopyReminder::Milestone(Milestone::Denied));
    case
}

#[test]
fn a_near_deadline_is_offered_only_when_the_answers_changed_since_the_last_copy() {
    let closes = d(2027, 3, 1);
    let mut case = appeal_closing_on(closes);
    let near = closes - chrono::Days::new(DEADLINE_NEAR_DAYS as u64);
    let far = closes - chrono::Days::new(DEADLINE_NEAR_DAYS as u64 + 1);
    // A copy made, nothing changed since: nothing to offer, however near.
    case.details.keeping.copied(&case.clone(), far, None);
    assert_eq!(reminder_on(&case, near), None);
    assert_eq!(reminder_on(&case, closes), None);
    // Changed since the copy: offered from 14 days before, not 15.
    let case = changed(case);
    assert_eq!(reminder_on(&case, far), None);
    let offer = CopyReminder::DeadlineNear {
        kind: ItemKind::GrievanceFilingDeadline,
        date: closes,
    };
    assert_eq!(reminder_on(&case, near), Some(offer));
    assert_eq!(reminder_on(&case, closes), Some(offer), "on the day itself");
    // Never after it has passed.
    assert_eq!(reminder_on(&case, closes + chrono::Days::new(1)), None);
    // With no copy ever made, the copy is behind too.
    let mut never = case.clone();
    never.details.keeping.last_copy = None;
    never.details.keeping.changed_since_copy = false;
    assert_eq!(reminder_on(&never, near), Some(offer));
}

#[test]
fn a_near_deadline_put_off_is_not_offered_again() {
    let closes = d(2027, 3, 1);
    let mut case = changed(appeal_closing_on(closes));
    let offer = reminder_on(&case, closes).expect("offered");
    case.details.keeping.answered(&case.clone(), offer);
    assert!(case
        .details
        .keeping
        .was_offered(Offer::Before(ItemKind::GrievanceFilingDeadline)));
    assert_eq!(reminder_on(&case, closes), None);
    // Saving a copy from the offer answers it too, and makes the copy current.
    let mut saved = changed(appeal_closing_on(closes));
    let offer = reminder_on(&saved, closes).expect("offered");
    saved
        .details
        .keeping
        .copied(&saved.clone(), closes, Some(offer));
    saved = changed(saved);
    assert_eq!(reminder_on(&saved, closes), None);
}

#[test]
fn only_the_members_own_deadlines_count() {
    // Kaiser's expected answer to the referral, in 5 days, is no deadline of the member's.
    let mut case = changed(hmo());
    case.details.referral.requested_on = Some(d(2026, 12, 1));
    case.details.keeping.answered(
        &case.clone(),
        CopyReminder::Milestone(Milestone::ReferralRequested),
    );
    let items = evaluate(&case, d(2026, 12, 8)).timeline;
    assert!(items
        .iter()
        .any(|it| it.kind == ItemKind::ReferralDecisionExpected
            && it.date.is_some_and(|date| date <= d(2026, 12, 22))));
    assert_eq!(reminder_on(&case, d(2026, 12, 8)), None);
}

#[test]
fn each_offer_has_its_own_code_and_reads_back() {
    let codes: Vec<&str> = Offer::ALL.iter().map(|o| o.code()).collect();
    for (i, code) in codes.iter().enumerate() {
        assert!(!codes[..i].contains(code), "{code} twice");
    }
    // Every deadline kind has its offer.
    for kind in ItemKind::ALL {
        assert!(Offer::ALL.contains(&Offer::Before(kind)), "{kind:?}");
    }
    assert_eq!(Offer::After(Milestone::Denied).code(), "denied");
    assert_eq!(
        Offer::Before(ItemKind::GrievanceFilingDeadline).code(),
        "grievance-deadline"
    );
}

#[test]
fn an_offer_is_remembered_once() {
    let mut keeping = Keeping::default();
    keeping.answer(Offer::ClearingNote);
    keeping.answer(Offer::ClearingNote);
    assert_eq!(keeping.offered, vec![Offer::ClearingNote]);
}

#[test]
fn the_record_of_copies_is_not_an_answer() {
    // A case that only knows when it was copied, or what was offered, is still empty.
    let mut case = Case::default();
    case.details
        .keeping
        .copied(&Case::default(), d(2026, 12, 8), None);
    case.details.keeping.answer(Offer::ClearingNote);
    assert!(case.is_empty());
}

#[test]
fn the_file_name_carries_the_date() {
    assert_eq!(
        case_file_name(d(2026, 12, 8)),
        "second-opinion-case-2026-12-08.json"
    );
    assert_eq!(
        case_file_name(d(2027, 1, 31)),
        "second-opinion-case-2027-01-31.json"
    );
}
