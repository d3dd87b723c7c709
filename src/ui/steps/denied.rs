//! Step 7, "If the referral is denied": the appeal route for this plan type and region, who to
//! call, the member's dates with the deadlines they start, and the appeal letter. Before any
//! denial it says so, and how to come back, and still shows the route ahead of time.

use yew::prelude::*;

use crate::domain::case::{AppealOutcome, ReferralOutcome, ReviewOutcome};
use crate::domain::letters::LetterKind;
use crate::domain::route::{Binding, Escalation, FiledWith, RouteKind};
use crate::domain::rules::Rule;
use crate::domain::timeline::ItemKind;
use crate::domain::{Caveat, Urgency};
use crate::i18n::{fill, period, review_name, route_sentence, t, AskT, Code, LaterT, Nav};
use crate::state::edit::{DateField, Edit};
use crate::state::{Action, Step};
use crate::ui::steps::common::{date_field, letter, plain_fact};
use crate::ui::widgets::*;
use crate::ui::View;

pub fn denied(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let case = &view.state.case;
    let outcome = case.details.referral.outcome;
    let denied =
        outcome == Some(ReferralOutcome::Denied) || case.details.appeal.denial_letter.is_some();
    let review = &view.eval.route.review;
    let appeal = &case.details.appeal;
    let lifted = appeal.denial_lifted();
    let grievance_outcomes: Vec<_> = AppealOutcome::ALL
        .into_iter()
        .map(|o| (o.code(), t(lang, Code::AppealOutcome(o)), None))
        .collect();
    let review_outcomes: Vec<_> = ReviewOutcome::ALL
        .into_iter()
        .map(|o| (o.code(), t(lang, Code::ReviewOutcome(o)), None))
        .collect();

    let body = html! {
        <>
            if !denied {
                <div class="notice notice-info" data-testid="not-denied">
                    <p><strong>{ t(lang, LaterT::NotDeniedYet) }</strong>{ " " }{ t(lang, LaterT::NotDeniedStatus(outcome)) }</p>
                    <p>{ t(lang, LaterT::ComeBack) }</p>
                </div>
            }

            { route_result(view) }

            <h2>{ t(lang, LaterT::YourDatesTitle) }</h2>
            { date_field(view, on_action, DateField::DenialLetter, "denial-letter", t(lang, LaterT::DenialLetterLabel)) }
            { plain_fact(view, ItemKind::GrievanceFilingDeadline, "grievance-deadline") }
            { date_field(view, on_action, DateField::GrievanceFiled, "grievance-filed", t(lang, LaterT::GrievanceFiledLabel)) }
            { plain_fact(view, ItemKind::PlanDecisionExpected, "plan-decision") }
            { plain_fact(view, ItemKind::MayEscalateFrom, "may-escalate") }
            { date_field(view, on_action, DateField::GrievanceDecision, "grievance-decision", t(lang, LaterT::GrievanceDecisionLabel)) }
            { radio_group("grievance-outcome", t(lang, LaterT::GrievanceOutcomeLegend), "",
                &grievance_outcomes, appeal.grievance_outcome.map(AppealOutcome::code),
                &on_action.reform(|code: &'static str| Action::Edit(Edit::GrievanceOutcome(AppealOutcome::from_code(code))))) }
            <div role="status" data-testid="grievance-outcome-note">
                { match appeal.grievance_outcome {
                    Some(AppealOutcome::Reversed) => html! { <p class="notice notice-info">{ t(lang, LaterT::OutcomeReversed) }</p> },
                    Some(AppealOutcome::PartlyReversed) => html! { <p class="note">{ t(lang, LaterT::OutcomePartlyReversed) }</p> },
                    _ => Html::default(),
                } }
            </div>
            { plain_fact(view, ItemKind::ReviewFilingDeadline, "review-deadline") }
            { plain_fact(view, ItemKind::AlternativeReviewFilingDeadline, "alternative-deadline") }
            { date_field(view, on_action, DateField::ReviewFiled, "review-filed", t(lang, LaterT::ReviewFiledLabel)) }
            { plain_fact(view, ItemKind::ReviewDecisionExpected, "review-decision") }
            { date_field(view, on_action, DateField::ReviewDecision, "review-decided", t(lang, LaterT::ReviewDecisionLabel)) }
            { radio_group("review-outcome", t(lang, LaterT::ReviewOutcomeLegend), "",
                &review_outcomes, appeal.review_outcome.map(ReviewOutcome::code),
                &on_action.reform(|code: &'static str| Action::Edit(Edit::ReviewOutcome(ReviewOutcome::from_code(code))))) }
            <div role="status" data-testid="review-outcome-note">
                { match appeal.review_outcome {
                    Some(ReviewOutcome::Overturned) => match review.binding {
                        Binding::BindsPlan(source) => html! { <div class="notice notice-info"><p>{ t(lang, LaterT::OutcomeOverturned) }</p>{ why(lang, source) }</div> },
                        Binding::NotStated => html! { <p class="notice notice-info">{ t(lang, LaterT::OutcomeOverturnedNotStated) }</p> },
                    },
                    Some(ReviewOutcome::Upheld) => html! { <p class="note">{ t(lang, LaterT::OutcomeReviewUpheld) }</p> },
                    None => Html::default(),
                } }
            </div>
            { plain_fact(view, ItemKind::AuthorizationAfterReview, "authorization-after-review") }

            <h2>{ t(lang, LaterT::GrievanceLetterTitle) }</h2>
            if lifted {
                <p class="note" data-testid="letter-not-needed">{ t(lang, LaterT::LetterNotNeeded) }</p>
            } else {
                { letter(view, on_action, LetterKind::Appeal, t(lang, LaterT::GrievanceLetterTitle)) }
            }
            { script(t(lang, AskT::ScriptCheckTitle), t(lang, AskT::ScriptCheck)) }

            <h2>{ t(lang, LaterT::ReviewCoverTitle) }</h2>
            if lifted {
                <p class="note">{ t(lang, LaterT::LetterNotNeeded) }</p>
            } else {
                <p>{ t(lang, LaterT::ReviewCoverIntro) }</p>
                { letter(view, on_action, LetterKind::ReviewCover, t(lang, LaterT::ReviewCoverTitle)) }
            }
        </>
    };
    step_frame(view, Step::IfDenied, on_action, body)
}

/// The appeal route: the plan's own review, the independent review, who to call, what to find
/// out. On this step and on the summary.
pub fn route_result(view: &View) -> Html {
    let lang = view.lang;
    let route = &view.eval.route;
    let internal = &route.internal;
    let review = &route.review;
    let urgent = view.state.case.plan.urgency == Some(Urgency::Urgent);
    let with_period = |key: LaterT, p| fill(t(lang, key), &[("period", &period(lang, p))]);
    let review_rule = if urgent {
        review.urgent_decision.or(review.decision)
    } else {
        review.decision
    };
    let approximate = |rule: &Rule| rule.caveats.contains(&Caveat::CountedFromReviewerReceipt);
    html! {
        <section class="result" aria-labelledby="route-title">
            <h2 id="route-title">{ t(lang, LaterT::RouteTitle) }</h2>
            <p>{ route_sentence(lang, route.kind) }</p>
            for caveat in route.caveats.iter() {
                <p class="note">{ t(lang, Nav::Caveat(*caveat)) }</p>
            }

            <h3 data-testid="first-step">{ t(lang, match internal.filed_with {
                FiledWith::Kaiser => LaterT::FirstStep(internal.kind),
                FiledWith::PlanOnNotice => LaterT::FirstStepPlanOnNotice,
            }) }</h3>
            <p class="explain">{ t(lang, Code::InternalExplain(internal.kind)) }</p>
            <p>{ with_period(LaterT::FilingWindow, internal.filing_window.period) }</p>
            { why_with(lang, internal.filing_window.source, internal.filing_window.caveats, Html::default()) }
            if let Some(rule) = internal.decision {
                <p>{ with_period(LaterT::DecisionTime, rule.period) }</p>
                { why_with(lang, rule.source, rule.caveats, Html::default()) }
            }
            if let (true, Some(rule)) = (urgent, internal.urgent_decision) {
                <p>{ with_period(LaterT::UrgentDecisionTime, rule.period) }</p>
                { why_with(lang, rule.source, rule.caveats, Html::default()) }
            }
            if let Some(contact) = internal.member_services {
                { contact_card(lang, contact) }
            }

            <h3 data-testid="second-step">{ fill(t(lang, LaterT::SecondStep), &[("review", &review_name(lang, review.kind))]) }</h3>
            <p class="explain">{ t(lang, Code::ReviewExplain(review.kind)) }</p>
            { match review.escalation {
                Escalation::AfterDecisionOrWait(rule) => html! {
                    <><p>{ with_period(LaterT::OpensAfterWait, rule.period) }</p>{ why(lang, rule.source) }</>
                },
                Escalation::AfterDecision => html! { <p>{ t(lang, LaterT::OpensAfterDecision) }</p> },
                Escalation::Automatic(source) => html! {
                    <><p>{ t(lang, LaterT::OpensAutomatically) }</p>{ why(lang, source) }</>
                },
            } }
            if let Some(source) = review.urgent_without_waiting {
                <p>{ t(lang, LaterT::OpensAtOnceIfUrgent) }</p>
                { why(lang, source) }
            }
            if let Some(rule) = review.filing_window {
                <p>{ with_period(LaterT::ReviewWindow, rule.period) }</p>
                { why_with(lang, rule.source, rule.caveats, Html::default()) }
            }
            if let Some(rule) = review_rule {
                <p>{ with_period(if approximate(&rule) { LaterT::ReviewDecisionAbout } else { LaterT::ReviewDecision }, rule.period) }</p>
                { why_with(lang, rule.source, rule.caveats, Html::default()) }
            }
            { match review.binding {
                Binding::BindsPlan(source) => html! { <><p>{ t(lang, LaterT::Binds) }</p>{ why(lang, source) }</> },
                Binding::NotStated => html! { <p>{ t(lang, LaterT::BindingNotStated) }</p> },
            } }
            if let Some(rule) = review.act_within {
                <p>{ with_period(LaterT::ActWithin, rule.period) }</p>
                { why_with(lang, rule.source, rule.caveats, Html::default()) }
            }
            for caveat in review.caveats.iter() {
                <p class="note">{ t(lang, Nav::Caveat(*caveat)) }</p>
            }
            if let Some(contact) = review.agency {
                { contact_card(lang, contact) }
            }

            if !route.alternatives.is_empty() {
                <h3>{ t(lang, if route.kind == RouteKind::Protective { LaterT::PossibleReviews } else { LaterT::Alternatives }) }</h3>
                <ul>
                    for alt in route.alternatives.iter() {
                        <li>{ match alt.filing_window {
                            Some(rule) => fill(t(lang, LaterT::AlternativeWithWindow), &[
                                ("review", &review_name(lang, alt.kind)),
                                ("window", &with_period(LaterT::ReviewWindow, rule.period)),
                            ]),
                            None => review_name(lang, alt.kind),
                        } }</li>
                    }
                </ul>
            }
            if !route.help.is_empty() {
                <h3>{ t(lang, LaterT::HelpTitle) }</h3>
                for contact in route.help.iter() {
                    { contact_card(lang, *contact) }
                }
            }
            if !route.find_out.is_empty() {
                <h3 class="find-out">{ t(lang, LaterT::FindOutTitle) }</h3>
                <ul class="find-out">
                    for item in route.find_out.iter() {
                        <li>{ t(lang, Code::FindOut(*item)) }</li>
                    }
                </ul>
            }
        </section>
    }
}
