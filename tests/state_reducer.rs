//! The app state's pure reducer: start-up outcomes, edits, saving, deleting.
#![cfg(not(target_arch = "wasm32"))]

use second_opinion_navigator::domain::{Case, PlanType, Region, Urgency};
use second_opinion_navigator::link::parse;
use second_opinion_navigator::state::edit::Edit;
use second_opinion_navigator::state::{
    Action, AppState, ImportProblem, Notice, Persistence, Screen, StartUp, Step,
};
use second_opinion_navigator::storage::ImportError;

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
    let newer = AppState::start(StartUp::NewerVersion {
        raw: "{new}".into(),
    });
    assert_eq!(newer.persistence, Persistence::ReadOnlyNewer);
    assert!(!newer.persistence.may_write());
    assert_eq!(newer.saved_raw.as_deref(), Some("{new}"));
    let stuck = AppState::start(StartUp::Unreadable { raw: "{bad".into() });
    assert_eq!(stuck.persistence, Persistence::ReadOnlyUnreadable);
    assert!(!stuck.persistence.may_write());
    assert_eq!(stuck.saved_raw.as_deref(), Some("{bad"));
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
fn a_no_op_action_really_changes_nothing() {
    // The interface skips re-rendering for these (one save after every keystroke), so each must
    // leave the state exactly as it was; after a failed save, a working one is no no-op.
    let fresh = AppState::start(StartUp::Fresh);
    let edited = fresh.reduce(Action::Edit(Edit::Region(Some(Region::Hawaii))));
    let failed = edited.reduce(Action::SaveFailed);
    let unavailable = AppState::start(StartUp::StorageUnavailable);
    for state in [&fresh, &edited, &unavailable] {
        assert!(state.is_no_op(&Action::Saved));
        assert_eq!(&state.reduce(Action::Saved), state);
    }
    assert!(!failed.is_no_op(&Action::Saved));
    assert_ne!(failed.reduce(Action::Saved), failed);
    for action in [Action::SaveFailed, Action::AskDelete, Action::Continue] {
        assert!(!edited.is_no_op(&action));
    }
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
fn the_sources_file_once_read_stays_read_and_is_no_edit() {
    let state = AppState::start(StartUp::Restored(restored()));
    assert!(!state.sources_read);
    let read = state.reduce(Action::SourcesRead);
    assert!(read.sources_read);
    assert_eq!(
        read.edits, state.edits,
        "reading it must not trigger a save"
    );
    assert_eq!(read.case, state.case);
    // Nothing the member does forgets it: the file is the build's, not the case's.
    let after = read
        .reduce(Action::Deleted)
        .reduce(Action::RemovedElsewhere)
        .reduce(Action::OtherTabSaved(Box::new(restored())));
    assert!(after.sources_read);
}

#[test]
fn deleting_a_newer_versions_case_makes_saving_safe_again() {
    let state =
        AppState::start(StartUp::NewerVersion { raw: String::new() }).reduce(Action::Deleted);
    assert_eq!(state.persistence, Persistence::Saving);
    let state = AppState::start(StartUp::StorageUnavailable).reduce(Action::Deleted);
    assert_eq!(state.persistence, Persistence::Unavailable);
}

#[test]
fn a_migrated_case_is_restored_and_a_failed_save_back_is_told() {
    let saved = AppState::start(StartUp::Migrated {
        case: restored(),
        saved_back: true,
    });
    assert_eq!(saved.case, restored());
    assert_eq!(saved.persistence, Persistence::Saving);
    assert_eq!(saved.notice, None, "a migration does not bother the member");
    let unsaved = AppState::start(StartUp::Migrated {
        case: restored(),
        saved_back: false,
    });
    assert_eq!(unsaved.case, restored());
    assert_eq!(unsaved.persistence, Persistence::WriteFailed);
}

#[test]
fn starting_fresh_after_an_unreadable_save_saves_what_was_typed() {
    let stuck = AppState::start(StartUp::Unreadable { raw: "{bad".into() })
        .reduce(Action::Edit(Edit::Region(Some(Region::Hawaii))));
    assert!(!stuck.persistence.may_write());
    let failed = stuck.reduce(Action::StartFreshFailed);
    assert_eq!(failed.persistence, Persistence::ReadOnlyUnreadable);
    assert_eq!(failed.notice, Some(Notice::StartFreshFailed));
    let fresh = stuck.reduce(Action::StartedFresh);
    assert_eq!(fresh.persistence, Persistence::Saving);
    assert_eq!(fresh.saved_raw, None);
    assert_eq!(fresh.notice, Some(Notice::StartedFresh));
    assert_eq!(
        fresh.edits,
        stuck.edits + 1,
        "the answers typed meanwhile are saved"
    );
    assert_eq!(fresh.case.plan.region, Some(Region::Hawaii));
    let empty =
        AppState::start(StartUp::Unreadable { raw: "{bad".into() }).reduce(Action::StartedFresh);
    assert_eq!(empty.edits, 0, "nothing to save, so nothing is written");
}

#[test]
fn an_import_replaces_the_case_only_after_confirming() {
    let state = AppState::start(StartUp::Restored(restored()));
    let mut imported = Case::default();
    imported.plan.region = Some(Region::Georgia);
    let asked = state.reduce(Action::ImportRead(Box::new(imported.clone())));
    assert_eq!(
        asked.case,
        restored(),
        "nothing changes before the member confirms"
    );
    assert_eq!(asked.edits, state.edits);
    let kept = asked.reduce(Action::CancelImport);
    assert_eq!(kept.case, restored());
    assert_eq!(kept.pending_import, None);
    let replaced = asked.reduce(Action::ConfirmImport);
    assert_eq!(replaced.case, imported);
    assert_eq!(replaced.pending_import, None);
    assert_eq!(replaced.notice, Some(Notice::Imported));
    assert_eq!(
        replaced.edits,
        state.edits + 1,
        "the imported case is saved"
    );
    // Confirming twice (or with nothing pending) changes nothing.
    assert_eq!(replaced.reduce(Action::ConfirmImport).case, imported);
}

#[test]
fn a_refused_import_changes_nothing_and_says_why() {
    let state = AppState::start(StartUp::Restored(restored()));
    let problem = ImportProblem::Rejected(ImportError::NotACaseFile);
    let refused = state.reduce(Action::ImportRejected(problem.clone()));
    assert_eq!(refused.case, restored());
    assert_eq!(refused.edits, state.edits);
    assert_eq!(refused.import_problem, Some(problem));
    assert_eq!(refused.reduce(Action::CancelImport).import_problem, None);
}

#[test]
fn another_tabs_save_is_shown_without_saving_it_again() {
    let state = AppState::start(StartUp::Fresh).reduce(Action::Number(
        second_opinion_navigator::state::edit::NumberField::SelfPay(
            second_opinion_navigator::state::edit::SelfPayItem::Consult,
        ),
        "12x".into(),
    ));
    let other = state.reduce(Action::OtherTabSaved(Box::new(restored())));
    assert_eq!(other.case, restored());
    assert!(
        other.drafts.is_empty(),
        "typed text of the old case is dropped"
    );
    assert_eq!(other.edits, state.edits, "already saved: no write back");
    assert_eq!(other.notice, Some(Notice::OtherTabSaved));
    let conflict = state.reduce(Action::Conflict(Box::new(restored())));
    assert_eq!(conflict.case, restored());
    assert_eq!(conflict.edits, state.edits);
    assert_eq!(conflict.notice, Some(Notice::ConflictKeptNewer));
}

#[test]
fn another_tab_starting_fresh_lifts_read_only() {
    let stuck = AppState::start(StartUp::Unreadable { raw: "{bad".into() });
    let other = stuck.reduce(Action::OtherTabSaved(Box::new(restored())));
    assert_eq!(other.persistence, Persistence::Saving);
    assert_eq!(other.saved_raw, None);
    let unavailable = AppState::start(StartUp::StorageUnavailable)
        .reduce(Action::OtherTabSaved(Box::new(restored())));
    assert_eq!(unavailable.persistence, Persistence::Unavailable);
}

#[test]
fn a_delete_elsewhere_clears_this_tab_too() {
    let state = AppState::start(StartUp::Restored(restored()));
    let removed = state.reduce(Action::RemovedElsewhere);
    assert_eq!(removed.case, Case::default());
    assert_eq!(removed.notice, Some(Notice::RemovedElsewhere));
    assert_eq!(
        removed.edits, state.edits,
        "clearing must not trigger a save"
    );
}

#[test]
fn a_newer_or_unreadable_value_from_elsewhere_stops_writes() {
    let state = AppState::start(StartUp::Restored(restored()));
    let newer = state.reduce(Action::StoredUnusable {
        newer: true,
        raw: Some("{new}".into()),
    });
    assert_eq!(newer.persistence, Persistence::ReadOnlyNewer);
    assert_eq!(newer.saved_raw.as_deref(), Some("{new}"));
    assert_eq!(newer.case, restored(), "what is shown stays");
    let bad = state.reduce(Action::StoredUnusable {
        newer: false,
        raw: None,
    });
    assert_eq!(bad.persistence, Persistence::ReadOnlyUnreadable);
}

#[test]
fn the_embedded_notice_can_be_dismissed() {
    let mut state = AppState::start(StartUp::Fresh);
    state.embedded_notice = true;
    assert!(!state.reduce(Action::DismissEmbedded).embedded_notice);
}

#[test]
fn continue_goes_to_the_first_step_not_yet_done() {
    use second_opinion_navigator::domain::case::ReferralOutcome;
    use second_opinion_navigator::state::Step;

    let fresh = AppState::start(StartUp::Fresh).reduce(Action::Continue);
    assert_eq!(fresh.screen, Screen::Step(Step::Plan));

    let mut case = Case::default();
    case.plan.region = Some(Region::Hawaii);
    case.plan.plan_type = Some(PlanType::Fehb);
    case.plan.urgency = Some(Urgency::NotUrgent);
    case.details.reasons.questioned_surgery = Some(true);
    case.details.reasons.kaiser_doctor_asked = Some(true);
    let resumed = AppState::start(StartUp::Restored(case.clone())).reduce(Action::Continue);
    assert_eq!(
        resumed.screen,
        Screen::Step(Step::Case),
        "plan and reason are done"
    );

    // "If denied" is skipped until Kaiser says no, then it is where the member is needed.
    case.details.access.qualified_specialist_in_network = Some(false);
    case.details.referral.requested_on = Some(chrono::NaiveDate::MIN);
    case.details.referral.outcome = Some(ReferralOutcome::Approved);
    case.details.costs = Default::default();
    assert_eq!(Step::resume_point(&case), Step::Costs);
    case.details.appointment.records_requested_on = Some(chrono::NaiveDate::MIN);
    case.details.costs.self_pay.consult =
        Some(second_opinion_navigator::domain::Money::from_dollars(1));
    assert_eq!(
        Step::resume_point(&case),
        Step::Timeline,
        "nothing left: the timeline"
    );
    case.details.referral.outcome = Some(ReferralOutcome::Denied);
    assert_eq!(Step::resume_point(&case), Step::IfDenied);
}

#[test]
fn the_language_switch_warns_once_when_only_this_page_holds_the_answers() {
    let answer = Action::Edit(Edit::Region(Some(Region::Hawaii)));
    // Saving: the other page reads the answers from storage, so the switch just goes.
    let saving = AppState::start(StartUp::Fresh).reduce(answer.clone());
    assert!(!saving.switch_loses_answers());
    // Not saving, but nothing to lose yet.
    let empty = AppState::start(StartUp::StorageUnavailable);
    assert!(!empty.switch_loses_answers());
    // Not saving, with an answer: warn, and once told, let the member go.
    let memory_only = empty.reduce(answer.clone());
    assert!(memory_only.switch_loses_answers());
    let told = memory_only.reduce(Action::WarnSwitch);
    assert_eq!(told.notice, Some(Notice::SwitchLosesAnswers));
    assert!(!told.switch_loses_answers());
    // A failed write is no better than no storage.
    let failing = AppState::start(StartUp::Fresh)
        .reduce(answer)
        .reduce(Action::SaveFailed);
    assert!(failing.switch_loses_answers());
}

#[test]
fn a_links_presets_fill_empty_answers_only() {
    let presets = Action::Opened(parse("#/plan?region=ca-north&plan=medi-cal&embed=1"));
    // A fresh visit: both fill, are saved like an edit, and nothing is asked.
    let fresh = AppState::start(StartUp::Fresh).reduce(presets.clone());
    assert_eq!(fresh.case.plan.region, Some(Region::NorthernCalifornia));
    assert_eq!(fresh.case.plan.plan_type, Some(PlanType::Medicaid));
    assert_eq!(fresh.edits, 1);
    assert_eq!((fresh.notice, fresh.link_offer), (None, None));
    // No presets, or the same as saved: nothing changes, nothing is saved.
    assert!(fresh.opened.embed, "the look is kept");
    let none = AppState::start(StartUp::Fresh).reduce(Action::Opened(parse("#/costs")));
    assert_eq!(none.case, Case::default());
    assert_eq!((none.edits, none.notice), (0, None));
    let before = AppState::start(StartUp::Restored(fresh.case.clone()));
    let same = before.reduce(presets.clone());
    assert_eq!(
        (&same.case, same.edits, same.notice),
        (&before.case, 0, None)
    );
    // A saved region (Colorado) and no plan type: the plan type fills, the region is offered.
    let saved = AppState::start(StartUp::Restored(restored())).reduce(presets);
    assert_eq!(
        saved.case.plan.region,
        Some(Region::Colorado),
        "never overwritten"
    );
    assert_eq!(saved.case.plan.plan_type, Some(PlanType::Medicaid));
    assert_eq!(saved.notice, Some(Notice::LinkDiffers));
    let offer = saved.link_offer.expect("the differing preset is offered");
    assert_eq!(
        (offer.region, offer.plan),
        (Some(Region::NorthernCalifornia), None)
    );
    // Keep mine: the offer goes, the answers stay.
    let kept = saved.reduce(Action::DismissNotice);
    assert_eq!((kept.notice, kept.link_offer), (None, None));
    assert_eq!(kept.case, saved.case);
    // The link's: the region changes and is saved; asked once only.
    let taken = saved.reduce(Action::UseLinkOffer);
    assert_eq!(taken.case.plan.region, Some(Region::NorthernCalifornia));
    assert_eq!(taken.case.plan.plan_type, Some(PlanType::Medicaid));
    assert_eq!(taken.edits, saved.edits + 1);
    assert_eq!((taken.notice, taken.link_offer), (None, None));
    assert_eq!(taken.reduce(Action::UseLinkOffer), taken);
}

#[test]
fn a_links_offer_hidden_by_another_notice_comes_back_once_that_one_goes() {
    let presets = Action::Opened(parse("#/plan?region=ca-north&plan=hmo"));
    let offered = AppState::start(StartUp::Restored(restored())).reduce(presets);
    assert_eq!(offered.notice, Some(Notice::LinkDiffers));
    // Another tab saves before the member chooses: its notice takes the place.
    let mut elsewhere = restored();
    elsewhere.details.letter.member_name = Some("Ana".to_owned());
    let replaced = offered.reduce(Action::OtherTabSaved(Box::new(elsewhere.clone())));
    assert_eq!(replaced.notice, Some(Notice::OtherTabSaved));
    // Dismissed: the link's offer is back, as it was, and is asked once more only.
    let back = replaced.reduce(Action::DismissNotice);
    assert_eq!(back.notice, Some(Notice::LinkDiffers));
    assert_eq!(back.link_offer, offered.link_offer);
    let kept = back.reduce(Action::DismissNotice);
    assert_eq!((kept.notice, kept.link_offer), (None, None));
    assert_eq!(kept.case, elsewhere);

    // What the other tab saved already agrees with the link: nothing is left to offer.
    let mut agrees = restored();
    agrees.plan.region = Some(Region::NorthernCalifornia);
    let moot = offered
        .reduce(Action::OtherTabSaved(Box::new(agrees)))
        .reduce(Action::DismissNotice);
    assert_eq!((moot.notice, moot.link_offer), (None, None));

    // Delete everything: the offer was about answers now gone.
    let deleted = offered.reduce(Action::AskDelete).reduce(Action::Deleted);
    assert_eq!(deleted.link_offer, None);
    assert_eq!(deleted.reduce(Action::DismissNotice).notice, None);
}
