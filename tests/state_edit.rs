//! Edits to the case, typed numbers that forgive, and free navigation between the steps.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::d;

use second_opinion_navigator::domain::case::{CaReason, ContactChannel, ReferralOutcome};
use second_opinion_navigator::domain::costs::CostShare;
use second_opinion_navigator::domain::money::ParseError;
use second_opinion_navigator::domain::{BasisPoints, Case, Money};
use second_opinion_navigator::state::edit::{
    ContactField, DateField, Edit, LetterField, NumberField, SelfPayItem, ShareKind, Terms,
};
use second_opinion_navigator::state::{Action, AppState, Screen, StartUp, Step};

fn fresh() -> AppState {
    AppState::start(StartUp::Fresh)
}

fn edit(state: AppState, e: Edit) -> AppState {
    state.reduce(Action::Edit(e))
}

#[test]
fn steps_are_in_journey_order_and_free_to_visit() {
    assert_eq!(Step::Plan.number(), 1);
    assert_eq!(Step::Timeline.number(), 8);
    assert_eq!(Step::Plan.previous(), None);
    assert_eq!(Step::Plan.next(), Some(Step::Reason));
    assert_eq!(Step::IfDenied.next(), Some(Step::Timeline));
    assert_eq!(Step::Timeline.next(), None);
    assert_eq!(Step::Costs.previous(), Some(Step::Ask));
    let state = fresh().reduce(Action::Show(Screen::Step(Step::Timeline)));
    assert_eq!(state.screen, Screen::Step(Step::Timeline));
    assert_eq!(state.edits, 0, "looking is not editing");
}

#[test]
fn the_reasons_are_a_checklist() {
    let state = edit(fresh(), Edit::Reason(CaReason::QuestionedSurgery, true));
    let r = &state.case.details.reasons;
    assert_eq!(r.questioned_surgery, Some(true));
    // The boxes the member saw and left empty are a "no", not "not answered".
    assert_eq!(r.serious_condition, Some(false));
    assert_eq!(r.concerns_not_resolved, Some(false));
    let state = edit(state, Edit::Reason(CaReason::QuestionedSurgery, false));
    assert_eq!(state.case.details.reasons.ticked(), []);
    assert_eq!(state.edits, 2);
}

#[test]
fn dates_letters_and_outcomes() {
    let state = edit(
        fresh(),
        Edit::Date(DateField::DenialLetter, Some(d(2026, 3, 5))),
    );
    assert_eq!(state.case.details.appeal.denial_letter, Some(d(2026, 3, 5)));
    assert_eq!(
        DateField::DenialLetter.get(&state.case),
        Some(d(2026, 3, 5))
    );
    let state = edit(state, Edit::Date(DateField::DenialLetter, None));
    assert_eq!(state.case.details.appeal.denial_letter, None);

    let state = edit(
        state,
        Edit::Letter(LetterField::MemberName, "Ana <b>".into()),
    );
    assert_eq!(LetterField::MemberName.get(&state.case), "Ana <b>");
    let state = edit(state, Edit::Letter(LetterField::MemberName, "  ".into()));
    assert_eq!(state.case.details.letter.member_name, None);

    let state = edit(state, Edit::Outcome(Some(ReferralOutcome::Denied)));
    assert_eq!(
        state.case.details.referral.outcome,
        Some(ReferralOutcome::Denied)
    );
}

#[test]
fn not_sure_about_the_specialist_is_remembered_for_the_screen() {
    let state = edit(fresh(), Edit::Specialist(None));
    assert!(state.specialist_unsure);
    assert_eq!(
        state.case.details.access.qualified_specialist_in_network,
        None
    );
    let state = edit(state, Edit::Specialist(Some(false)));
    assert!(!state.specialist_unsure);
    assert_eq!(
        state.case.details.access.qualified_specialist_in_network,
        Some(false)
    );
}

#[test]
fn money_is_read_the_way_people_type_it() {
    let field = NumberField::SelfPay(SelfPayItem::Consult);
    for (typed, cents) in [
        ("$1,200", 120_000),
        ("1200", 120_000),
        ("1,200.50", 120_050),
    ] {
        let state = fresh().reduce(Action::Number(field, typed.into()));
        assert_eq!(
            state.case.details.costs.self_pay.consult,
            Some(Money::from_cents(cents)),
            "{typed}"
        );
        assert_eq!(state.number_error(field), None);
        assert_eq!(state.number_text(field), typed, "the text stays as typed");
    }
}

#[test]
fn a_bad_number_keeps_its_text_and_says_why() {
    let field = NumberField::SelfPay(SelfPayItem::Consult);
    let state = fresh().reduce(Action::Number(field, "600".into()));
    let state = state.reduce(Action::Number(field, "6OO".into()));
    assert_eq!(state.number_text(field), "6OO");
    assert_eq!(state.number_error(field), Some(ParseError::NotANumber));
    assert_eq!(
        state.case.details.costs.self_pay.consult, None,
        "an unreadable amount is not counted"
    );
    let state = state.reduce(Action::Number(field, "12.345".into()));
    assert_eq!(state.number_error(field), Some(ParseError::TooManyDecimals));
    let state = state.reduce(Action::Number(field, "-5".into()));
    assert_eq!(state.number_error(field), Some(ParseError::Negative));
    let state = state.reduce(Action::Number(field, String::new()));
    assert_eq!(state.number_error(field), None, "empty is allowed");
    assert_eq!(state.case.details.costs.self_pay.consult, None);
}

#[test]
fn copay_or_coinsurance() {
    let field = NumberField::Share(Terms::InNetwork);
    let state = fresh().reduce(Action::ShareKind(Terms::InNetwork, ShareKind::Copay));
    let state = state.reduce(Action::Number(field, "$30".into()));
    assert_eq!(
        state.case.details.costs.in_network.share,
        Some(CostShare::Copay(Money::from_dollars(30)))
    );
    // Switching reads the same text again: "$30" is no percentage.
    let state = state.reduce(Action::ShareKind(Terms::InNetwork, ShareKind::Coinsurance));
    assert_eq!(state.case.details.costs.in_network.share, None);
    assert_eq!(state.number_error(field), Some(ParseError::NotANumber));
    let state = state.reduce(Action::Number(field, "20%".into()));
    assert_eq!(
        state.case.details.costs.in_network.share,
        Some(CostShare::Coinsurance(BasisPoints::from_percent(20)))
    );
    assert_eq!(state.number_error(field), None);
    // A saved case tells the screen which kind it is, without any draft.
    let restored = AppState::start(StartUp::Restored(state.case.clone()));
    assert_eq!(
        restored.share_kind(Terms::InNetwork),
        Some(ShareKind::Coinsurance)
    );
    assert_eq!(restored.number_text(field), "20%");
}

#[test]
fn counts_are_whole_numbers() {
    let state = fresh().reduce(Action::Number(NumberField::TravelMiles, "1,250".into()));
    assert_eq!(state.case.details.access.travel_miles, Some(1250));
    let state = state.reduce(Action::Number(NumberField::TravelMiles, "12.5".into()));
    assert_eq!(
        state.number_error(NumberField::TravelMiles),
        Some(ParseError::NotANumber)
    );
    let state = state.reduce(Action::Number(
        NumberField::TravelMinutes,
        "99999999999".into(),
    ));
    assert_eq!(
        state.number_error(NumberField::TravelMinutes),
        Some(ParseError::TooLarge)
    );
}

#[test]
fn the_contact_log() {
    let state = edit(fresh(), Edit::AddContact);
    let state = edit(state, Edit::AddContact);
    let state = edit(state, Edit::ContactDate(0, Some(d(2026, 2, 3))));
    let state = edit(state, Edit::ContactChannel(0, Some(ContactChannel::Call)));
    let state = edit(
        state,
        Edit::ContactText(0, ContactField::Reference, "REF-123".into()),
    );
    let state = edit(
        state,
        Edit::ContactText(1, ContactField::Who, "Member Services".into()),
    );
    let log = &state.case.details.contacts;
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].date, Some(d(2026, 2, 3)));
    assert_eq!(log[0].channel, Some(ContactChannel::Call));
    assert_eq!(ContactField::Reference.get(&log[0]), "REF-123");
    let state = edit(state, Edit::RemoveContact(0));
    assert_eq!(state.case.details.contacts.len(), 1);
    assert_eq!(state.case.details.contacts[0].who, "Member Services");
    // Edits of entries that do not exist change nothing and never panic.
    let same = edit(state.clone(), Edit::RemoveContact(9));
    assert_eq!(same.case, state.case);
    let same = edit(same, Edit::ContactText(9, ContactField::Who, "x".into()));
    assert_eq!(same.case, state.case);
}

#[test]
fn progress_marks_follow_the_case() {
    let mut case = Case::default();
    assert!(Step::ALL.iter().all(|s| !s.is_done(&case)));
    case.details.referral.requested_on = Some(d(2026, 2, 2));
    assert!(!Step::Ask.is_done(&case), "asked, but no answer logged yet");
    case.details.referral.outcome = Some(ReferralOutcome::Pending);
    assert!(Step::Ask.is_done(&case));
    case.details.appointment.records_requested_on = Some(d(2026, 2, 3));
    assert!(Step::Records.is_done(&case));
}

#[test]
fn delete_forgets_drafts_too() {
    let state = fresh()
        .reduce(Action::Number(NumberField::OutsideBilled, "abc".into()))
        .reduce(Action::ShareKind(
            Terms::OutOfNetwork,
            ShareKind::Coinsurance,
        ))
        .reduce(Action::Deleted);
    assert!(state.drafts.is_empty());
    assert_eq!(state.share_kind(Terms::OutOfNetwork), None);
}

#[test]
fn a_letter_keeps_the_members_wording_until_they_go_back_to_the_generated_text() {
    use second_opinion_navigator::domain::letters::LetterKind;
    use second_opinion_navigator::state::LetterSaid;
    let state = edit(
        fresh(),
        Edit::LetterText(LetterKind::Appeal, Some("My own <b>words</b>".into())),
    );
    let edited = &state.case.details.documents.edited;
    assert_eq!(edited.get(LetterKind::Appeal), Some("My own <b>words</b>"));
    assert_eq!(
        edited.get(LetterKind::ReviewCover),
        None,
        "the others are untouched"
    );
    // "Copied" is said for one letter, and forgotten once its text changes.
    let copied = state.reduce(Action::LetterSaid(LetterKind::Appeal, LetterSaid::Copied));
    assert_eq!(
        copied.letter_said,
        Some((LetterKind::Appeal, LetterSaid::Copied))
    );
    let changed = edit(
        copied,
        Edit::LetterText(LetterKind::Appeal, Some("Changed".into())),
    );
    assert_eq!(changed.letter_said, None);
    let back = edit(changed, Edit::LetterText(LetterKind::Appeal, None));
    assert_eq!(
        back.case.details.documents.edited.get(LetterKind::Appeal),
        None
    );
}

#[test]
fn the_calendar_id_is_made_once_and_then_kept() {
    let state = edit(fresh(), Edit::CalendarId("first".into()));
    let again = edit(state, Edit::CalendarId("second".into()));
    assert_eq!(
        again.case.details.documents.calendar_id.as_deref(),
        Some("first"),
        "a second id would give every event a new UID and duplicate them"
    );
}

#[test]
fn what_copy_said_is_forgotten_by_any_other_action_and_a_calendar_id_alone_is_no_case() {
    use second_opinion_navigator::domain::letters::LetterKind;
    use second_opinion_navigator::state::LetterSaid;
    let said = fresh().reduce(Action::LetterSaid(
        LetterKind::RecordsRequest,
        LetterSaid::Copied,
    ));
    assert_eq!(said.reduce(Action::Saved).letter_said, said.letter_said);
    for action in [
        Action::LetterSaidCleared,
        Action::Deleted,
        Action::Edit(Edit::Letter(LetterField::Condition, "x".into())),
    ] {
        assert_eq!(said.reduce(action.clone()).letter_said, None, "{action:?}");
    }
    let with_id = edit(fresh(), Edit::CalendarId("0123".into()));
    assert!(
        with_id.case.is_empty(),
        "downloading a calendar enters nothing"
    );
}
