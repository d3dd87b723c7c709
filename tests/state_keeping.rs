//! The reducer's part in keeping the case for months: every change of the answers leaves the
//! last copy behind, saving a copy or putting off an offer is remembered with the case (and
//! saved, without counting as a change), what the browser says about keeping the data, and
//! opening a case file from the welcome screen.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;

use domain_support::d;
use second_opinion_navigator::domain::case::ReferralOutcome;
use second_opinion_navigator::domain::keeping::{CopyReminder, Milestone, Offer};
use second_opinion_navigator::domain::{Case, Region};
use second_opinion_navigator::state::edit::{DateField, Edit};
use second_opinion_navigator::state::{
    Action, AppState, Device, KeepAnswer, Screen, StartUp, Step,
};

fn with_answers() -> AppState {
    let mut case = Case::default();
    case.plan.region = Some(Region::Colorado);
    AppState::start(StartUp::Restored(case))
}

#[test]
fn every_change_of_the_answers_leaves_the_last_copy_behind() {
    let state = with_answers().reduce(Action::CopySaved {
        on: d(2026, 12, 1),
        reminder: None,
    });
    assert!(!state.case.details.keeping.copy_is_behind());
    for action in [
        Action::Edit(Edit::Region(Some(Region::Hawaii))),
        Action::Edit(Edit::Date(
            DateField::ReferralRequested,
            Some(d(2026, 12, 2)),
        )),
        Action::Edit(Edit::AddContact),
    ] {
        let next = state.reduce(action.clone());
        assert!(next.case.details.keeping.changed_since_copy, "{action:?}");
        assert!(next.case.details.keeping.copy_is_behind());
        assert_eq!(next.case.details.keeping.last_copy, Some(d(2026, 12, 1)));
    }
}

#[test]
fn a_saved_copy_is_remembered_and_saved_but_is_no_change() {
    let state = with_answers()
        .reduce(Action::Edit(Edit::Date(
            DateField::ReferralRequested,
            Some(d(2026, 12, 2)),
        )))
        .reduce(Action::Edit(Edit::Outcome(Some(ReferralOutcome::Denied))));
    let saved = state.reduce(Action::CopySaved {
        on: d(2026, 12, 8),
        reminder: Some(CopyReminder::Milestone(Milestone::Denied)),
    });
    let keeping = &saved.case.details.keeping;
    assert_eq!(keeping.last_copy, Some(d(2026, 12, 8)));
    assert!(!keeping.changed_since_copy);
    // The moments reached are answered by the copy.
    assert!(keeping.was_offered(Offer::After(Milestone::ReferralRequested)));
    assert!(keeping.was_offered(Offer::After(Milestone::Denied)));
    assert!(!keeping.was_offered(Offer::After(Milestone::AppealFiled)));
    // Saved with the case (an edit for the autosave), the answers themselves unchanged.
    assert_eq!(saved.edits, state.edits + 1);
    assert_eq!(saved.case.details.referral, state.case.details.referral);
}

#[test]
fn putting_off_an_offer_or_the_note_is_remembered_and_saved() {
    let state = with_answers().reduce(Action::Edit(Edit::Date(
        DateField::ReferralRequested,
        Some(d(2026, 12, 2)),
    )));
    let later = state.reduce(Action::DismissReminder(CopyReminder::Milestone(
        Milestone::ReferralRequested,
    )));
    assert!(later
        .case
        .details
        .keeping
        .was_offered(Offer::After(Milestone::ReferralRequested)));
    assert_eq!(later.edits, state.edits + 1);
    // Still behind: putting off is not a copy.
    assert!(later.case.details.keeping.copy_is_behind());
    let noted = later.reduce(Action::ClearingNoteSeen);
    assert!(noted.case.details.keeping.was_offered(Offer::ClearingNote));
    assert_eq!(noted.edits, later.edits + 1);
}

#[test]
fn the_clearing_note_shows_once_in_safari_once_there_are_answers() {
    let safari = Device {
        clears_unvisited: true,
        ..Device::default()
    };
    let mut fresh = AppState::start(StartUp::Fresh);
    fresh.device = safari;
    assert!(!fresh.shows_clearing_note(), "nothing to lose yet");
    let answered = fresh.reduce(Action::Edit(Edit::Region(Some(Region::Hawaii))));
    assert!(answered.shows_clearing_note());
    assert!(!answered
        .reduce(Action::ClearingNoteSeen)
        .shows_clearing_note());
    // Another browser, or Safari as a Home Screen app: never.
    let mut other = with_answers();
    other.device = Device::default();
    assert!(!other.shows_clearing_note());
}

#[test]
fn deleting_everything_forgets_the_copies_too() {
    let state = with_answers()
        .reduce(Action::CopySaved {
            on: d(2026, 12, 1),
            reminder: None,
        })
        .reduce(Action::ClearingNoteSeen)
        .reduce(Action::Deleted);
    assert_eq!(state.case, Case::default());
    assert_eq!(state.case.details.keeping, Default::default());
}

#[test]
fn what_the_browser_says_is_shown_as_it_said_it() {
    // At start: persisted() gave nothing (no API), true, or false in a quiet or asking browser.
    assert_eq!(KeepAnswer::at_start(None, true), KeepAnswer::Unknown);
    assert_eq!(KeepAnswer::at_start(Some(true), false), KeepAnswer::Kept);
    assert_eq!(
        KeepAnswer::at_start(Some(false), true),
        KeepAnswer::NotAskedYet
    );
    assert_eq!(
        KeepAnswer::at_start(Some(false), false),
        KeepAnswer::AskMember
    );
    // What persist() answered; a failure keeps it "not kept".
    assert_eq!(KeepAnswer::from_request(Some(true)), KeepAnswer::Kept);
    assert_eq!(KeepAnswer::from_request(Some(false)), KeepAnswer::MayClear);
    assert_eq!(KeepAnswer::from_request(None), KeepAnswer::MayClear);
    // Asked quietly only where the browser decides by itself, and only until it answered.
    for answer in [
        KeepAnswer::Unknown,
        KeepAnswer::AskMember,
        KeepAnswer::Asking,
        KeepAnswer::Kept,
        KeepAnswer::MayClear,
    ] {
        assert!(!answer.ask_quietly(), "{answer:?}");
    }
    assert!(KeepAnswer::NotAskedYet.ask_quietly());
    // The reducer keeps the answer, and the install offer, as the browser gives them; neither
    // is a change of the case.
    let state = with_answers();
    let told = state
        .reduce(Action::KeepAnswered(KeepAnswer::Kept))
        .reduce(Action::Installable(true));
    assert_eq!(told.device.keep, KeepAnswer::Kept);
    assert!(told.device.installable);
    assert_eq!((told.edits, &told.case), (state.edits, &state.case));
    assert!(!told.reduce(Action::Installable(false)).device.installable);
}

#[test]
fn a_case_file_opened_from_the_welcome_screen_opens_the_case() {
    let mut file = Case::default();
    file.plan.region = Some(Region::Hawaii);
    let welcome = AppState::start(StartUp::Fresh)
        .reduce(Action::ImportRead(Box::new(file.clone())))
        .reduce(Action::ConfirmImport);
    assert_eq!(welcome.case, file);
    assert_eq!(
        welcome.screen,
        Screen::Step(Step::resume_point(&file)),
        "where the case left off"
    );
    // From "Your saved case" on a step, the member stays where they are.
    let on_step = AppState::start(StartUp::Fresh)
        .reduce(Action::Show(Screen::Step(Step::Costs)))
        .reduce(Action::ImportRead(Box::new(file.clone())))
        .reduce(Action::ConfirmImport);
    assert_eq!(on_step.screen, Screen::Step(Step::Costs));
}
