//! Values with data in words: dates, periods, timeline statuses, review names and the "what to
//! do next" line. Each fills a translated template, so a new language needs no code here.

use chrono::NaiveDate;

use super::keys::{Code, Nav, NextKey};
use super::{fill, t, Lang};
use crate::domain::eligibility::ReasonCode;
use crate::domain::next_step::{Approval, NextStep};
use crate::domain::route::{FiledWith, ReviewKind, RouteKind};
use crate::domain::rules::Period;
use crate::domain::timeline::{ItemKind, Status};
use crate::lang::ui_table;

/// A date in the language's long form ("February 16, 2026", "16 de febrero de 2026").
pub fn date(lang: Lang, date: NaiveDate) -> String {
    match ui_table(lang) {
        Lang::En => super::en::date(date),
        Lang::Es => super::es::date(date),
    }
}

/// A rule's period: "15 business days", "180 days", "72 hours", "6 months".
pub fn period(lang: Lang, period: Period) -> String {
    let (key, n) = match period {
        Period::BusinessDays(n) => (Code::PeriodBusinessDays, n),
        Period::CalendarDays(n) => (Code::PeriodDays, n),
        Period::Hours(n) => (Code::PeriodHours, n),
        Period::Months(n, _) => (Code::PeriodMonths, n),
    };
    fill(t(lang, key), &[("n", &n.to_string())])
}

/// A timeline status: "In 6 days", "Today", "14 days ago, and not done".
pub fn status(lang: Lang, status: Status) -> String {
    let days = |key: Code, d: i64| fill(t(lang, key), &[("days", &d.to_string())]);
    match status {
        Status::Done => t(lang, Code::StatusDone).to_owned(),
        Status::DueToday => t(lang, Code::StatusToday).to_owned(),
        Status::Upcoming { days: 1 } => t(lang, Code::StatusInOneDay).to_owned(),
        Status::Upcoming { days: d } => days(Code::StatusInDays, d),
        Status::Overdue { days: d } => days(Code::StatusOverdue, d),
        Status::Reached { days: d } => days(Code::StatusReached, d),
        Status::NotYetKnown(_) => t(lang, Code::StatusUnknown).to_owned(),
        Status::NotNeeded(why) => t(lang, Code::NotNeeded(why)).to_owned(),
    }
}

/// The name of an independent review, with the state filled in where it has one.
pub fn review_name(lang: Lang, review: ReviewKind) -> String {
    let state = match review {
        ReviewKind::StateExternalReview(state) | ReviewKind::StateFairHearing(Some(state)) => {
            t(lang, Nav::State(state))
        }
        _ => "",
    };
    fill(t(lang, Code::Review(review)), &[("state", state)])
}

/// The sentence saying which rules cover the plan.
pub fn route_sentence(lang: Lang, kind: RouteKind) -> String {
    let state = match kind {
        RouteKind::StateExternalReview(state) | RouteKind::Medicaid(Some(state)) => {
            t(lang, Nav::State(state))
        }
        _ => "",
    };
    fill(t(lang, Code::Route(kind)), &[("state", state)])
}

/// The one "what to do next" line.
pub fn next_step(lang: Lang, step: NextStep) -> String {
    let n = |key: NextKey| t(lang, Nav::Next(key));
    let dated = |with: NextKey, without: NextKey, on: Option<NaiveDate>| match on {
        Some(d) => fill(n(with), &[("date", &date(lang, d))]),
        None => n(without).to_owned(),
    };
    match step {
        NextStep::AnswerPlan => n(NextKey::AnswerPlan).to_owned(),
        NextStep::ActNow {
            kind,
            date: d,
            status,
        } => {
            let key = match kind {
                ItemKind::GrievanceFilingDeadline => NextKey::ActNowGrievance,
                ItemKind::ReviewFilingDeadline | ItemKind::AlternativeReviewFilingDeadline => {
                    NextKey::ActNowReview
                }
                _ => NextKey::ActNowRecords,
            };
            let when = match status {
                Status::DueToday => n(NextKey::DueToday).to_owned(),
                Status::Upcoming { days } => {
                    fill(n(NextKey::DueInDays), &[("days", &days.to_string())])
                }
                Status::Overdue { days } => {
                    fill(n(NextKey::Overdue), &[("days", &days.to_string())])
                }
                _ => String::new(),
            };
            fill(n(key), &[("date", &date(lang, d)), ("when", &when)])
        }
        NextStep::FileGrievance {
            kind,
            with: FiledWith::Kaiser,
            by,
        } => dated(
            NextKey::FileGrievance(kind),
            NextKey::FileGrievanceNoDate(kind),
            by,
        ),
        NextStep::FileGrievance {
            with: FiledWith::PlanOnNotice,
            by,
            ..
        } => dated(
            NextKey::FileWithPlanOnNotice,
            NextKey::FileWithPlanOnNoticeNoDate,
            by,
        ),
        NextStep::AwaitPlanDecision { by } => dated(
            NextKey::AwaitPlanDecision,
            NextKey::AwaitPlanDecisionNoDate,
            by,
        ),
        NextStep::AskIndependentReview { review, by, partly } => {
            let (with, without) = if partly {
                (NextKey::AskReviewPartly, NextKey::AskReviewPartlyNoDate)
            } else {
                (NextKey::AskReview, NextKey::AskReviewNoDate)
            };
            let review = review_name(lang, review);
            match by {
                Some(d) => fill(n(with), &[("date", &date(lang, d)), ("review", &review)]),
                None => fill(n(without), &[("review", &review)]),
            }
        }
        NextStep::ReviewIsAutomatic { by } => dated(
            NextKey::ReviewIsAutomatic,
            NextKey::ReviewIsAutomaticNoDate,
            by,
        ),
        NextStep::AwaitReviewDecision { by, about } => {
            let with = if about {
                NextKey::AwaitReviewAbout
            } else {
                NextKey::AwaitReview
            };
            dated(with, NextKey::AwaitReviewNoDate, by)
        }
        NextStep::ReviewUpheld { .. } => n(NextKey::ReviewUpheld).to_owned(),
        NextStep::TalkToDoctor => n(NextKey::TalkToDoctor).to_owned(),
        NextStep::PutRequestInWriting => n(NextKey::PutRequestInWriting).to_owned(),
        NextStep::AwaitReferralDecision {
            by,
            about,
            follow_up,
            late,
        } => match (by, follow_up) {
            (Some(d), _) if late => {
                fill(n(NextKey::AwaitReferralLate), &[("date", &date(lang, d))])
            }
            (Some(d), Some(f)) if about => fill(
                n(NextKey::AwaitReferralAbout),
                &[("date", &date(lang, d)), ("follow_up", &date(lang, f))],
            ),
            (by, _) => dated(NextKey::AwaitReferral, NextKey::AwaitReferralNoDate, by),
        },
        NextStep::BookAppointment {
            after:
                Approval::ReviewOverturned {
                    act_by: Some(by),
                    binds: true,
                },
        } => fill(n(NextKey::BookAfterReviewBy), &[("date", &date(lang, by))]),
        NextStep::BookAppointment { after } => n(NextKey::BookAppointment(after)).to_owned(),
        NextStep::RequestRecords { by } => {
            dated(NextKey::RequestRecords, NextKey::RequestRecordsNoDate, by)
        }
        NextStep::GoToAppointment { on } => {
            fill(n(NextKey::GoToAppointment), &[("date", &date(lang, on))])
        }
        NextStep::AfterAppointment { on } => {
            fill(n(NextKey::AfterAppointment), &[("date", &date(lang, on))])
        }
    }
}

/// The reason for a verdict in words, with its numbers filled in.
pub fn reason_text(lang: Lang, reason: ReasonCode) -> String {
    let template = t(lang, Code::Reason(reason));
    match reason {
        ReasonCode::WaitExceedsStandard { waited, standard }
        | ReasonCode::WaitWithinStandard { waited, standard }
        | ReasonCode::WaitExceedsOnlyIfUrgent { waited, standard } => fill(
            template,
            &[
                ("business", &waited.business_days.to_string()),
                ("calendar", &waited.calendar_days.to_string()),
                ("standard", &period(lang, standard)),
            ],
        ),
        ReasonCode::TravelExceedsLimit { limit }
        | ReasonCode::TravelPartlyExceedsLimit { limit }
        | ReasonCode::TravelWithinLimit { limit } => fill(
            template,
            &[
                ("miles", &limit.miles.to_string()),
                ("minutes", &limit.minutes.to_string()),
            ],
        ),
        _ => template.to_owned(),
    }
}
