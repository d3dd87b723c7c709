//! The app state's pure reducer: start-up outcomes, edits, saving, deleting.
#![cfg(not(target_arch = "wasm32"))]

use second_opinion_navigator::domain::{Case, PlanType, Region, Urgency};
use second_opinion_navigator::state::edit::Edit;
use second_opinion_navigator::state::{
    Action, AppState, Notice, Persistence, Screen, StartUp, Step,
};

fn restored() -> Case {
    let mut case = Case::default();
    case.plan.region = Some(Region::Colorado);
    case
}

#[test]
fn a_fresh_start_offers_start_and_saves() {
    let state = AppState::start(StartUp::Fresh);
    assert_eq!(state.screen, Screen::Welcome);
    assert!(!state.restored_progress);
    assert_eq!(state.persistence, Persistence::Saving);
    assert_eq!(state.edits, 0);
}

#[test]
fn restored_answers_offer_continue() {
    let state = AppState::start(StartUp::Restored(restored()));
    assert!(state.restored_progress);
    assert_eq!(state.case, restored());
    // An empty saved case is nothing to continue.
    assert!(!AppState::start(StartUp::Restored(Case::default())).restored_progress);
}

#[test]
fn problems_at_start_up_never_allow_overwriting_what_is_there() {
    let newer = AppState::start(StartUp::NewerVersion);
    assert_eq!(newer.persistence, Persistence::ReadOnlyNewer);
    assert!(!newer.persistence.may_write());
    let stuck = AppState::start(StartUp::Unreadable { kept_aside: false });
    assert!(!stuck.persistence.may_write());
    let kept = AppState::start(StartUp::Unreadable { kept_aside: true });
    assert!(kept.persistence.may_write());
    assert_eq!(kept.notice, Some(Notice::UnreadableKeptAside));
    assert!(!AppState::start(StartUp::StorageUnavailable)
        .persistence
        .may_write());
}

#[test]
fn each_answer_is_an_edit() {
    let state = AppState::start(StartUp::Fresh)
        .reduce(Action::Show(Screen::Step(Step::Plan)))
        .reduce(Action::Edit(Edit::Region(Some(Region::Hawaii))))
        .reduce(Action::Edit(Edit::PlanType(PlanType::Fehb)))
        .reduce(Action::Edit(Edit::Urgency(Urgency::NotSure)));
    assert_eq!(state.screen, Screen::Step(Step::Plan));
    assert_eq!(state.edits, 3);
    assert_eq!(state.case.plan.region, Some(Region::Hawaii));
    assert_eq!(state.case.plan.plan_type, Some(PlanType::Fehb));
    assert_eq!(state.case.plan.urgency, Some(Urgency::NotSure));
    let cleared = state.reduce(Action::Edit(Edit::Region(None)));
    assert_eq!(cleared.case.plan.region, None);
    assert_eq!(cleared.edits, 4);
}

#[test]
fn a_failed_save_is_remembered_until_a_save_works() {
    let state = AppState::start(StartUp::Fresh).reduce(Action::SaveFailed);
    assert_eq!(state.persistence, Persistence::WriteFailed);
    assert!(state.persistence.may_write(), "keep trying on later edits");
    assert_eq!(state.reduce(Action::Saved).persistence, Persistence::Saving);
    let unavailable = AppState::start(StartUp::StorageUnavailable).reduce(Action::Saved);
    assert_eq!(unavailable.persistence, Persistence::Unavailable);
}

#[test]
fn delete_asks_first_then_forgets_everything() {
    let state = AppState::start(StartUp::Restored(restored())).reduce(Action::AskDelete);
    assert!(state.confirming_delete);
    let cancelled = state.reduce(Action::CancelDelete);
    assert!(!cancelled.confirming_delete);
    assert_eq!(cancelled.case, restored());

    let deleted = state.reduce(Action::Deleted);
    assert_eq!(deleted.case, Case::default());
    assert!(!deleted.restored_progress && !deleted.confirming_delete);
    assert_eq!(deleted.notice, Some(Notice::DeleteDone));
    assert_eq!(
        deleted.edits, state.edits,
        "deleting must not trigger a save"
    );

    let failed = state.reduce(Action::DeleteFailed);
    assert_eq!(failed.case, restored());
    assert_eq!(failed.notice, Some(Notice::DeleteFailed));
}

#[test]
fn deleting_a_newer_versions_case_makes_saving_safe_again() {
    let state = AppState::start(StartUp::NewerVersion).reduce(Action::Deleted);
    assert_eq!(state.persistence, Persistence::Saving);
    let state = AppState::start(StartUp::StorageUnavailable).reduce(Action::Deleted);
    assert_eq!(state.persistence, Persistence::Unavailable);
}
