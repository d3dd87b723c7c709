//! The text layer: templates filled in one pass, plural forms for every count, whole sentences
//! with nothing left unfilled for every route, review and "what to do next".
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::d;

use second_opinion_navigator::domain::next_step::{Approval, NextStep};
use second_opinion_navigator::domain::route::{
    FiledWith, InternalStepKind, ReviewKind, RouteKind, UsState,
};
use second_opinion_navigator::domain::rules::{MonthCounting, Period};
use second_opinion_navigator::domain::timeline::{ItemKind, Status};
use second_opinion_navigator::i18n::template::{names, segments, Segment};
use second_opinion_navigator::i18n::{
    date, fill, next_step, period, review_name, route_sentence, status, Lang,
};

/// Every string literal of the English and Spanish tables that has a plural form, unescaped.
fn plural_templates() -> Vec<String> {
    let sources = [
        include_str!("../src/i18n/es/mod.rs"),
        include_str!("../src/i18n/es/nav.rs"),
        include_str!("../src/i18n/es/codes.rs"),
        include_str!("../src/i18n/es/reason.rs"),
        include_str!("../src/i18n/es/ask.rs"),
        include_str!("../src/i18n/es/costs.rs"),
        include_str!("../src/i18n/es/later.rs"),
        include_str!("../src/i18n/es/safety.rs"),
        include_str!("../src/i18n/es/letters.rs"),
        include_str!("../src/i18n/en/mod.rs"),
        include_str!("../src/i18n/en/nav.rs"),
        include_str!("../src/i18n/en/codes.rs"),
        include_str!("../src/i18n/en/reason.rs"),
        include_str!("../src/i18n/en/ask.rs"),
        include_str!("../src/i18n/en/costs.rs"),
        include_str!("../src/i18n/en/later.rs"),
        include_str!("../src/i18n/en/safety.rs"),
        include_str!("../src/i18n/en/letters.rs"),
    ];
    let mut out = Vec::new();
    for source in sources {
        let mut rest = source;
        while let Some(start) = rest.find('"') {
            let body = &rest[start + 1..];
            let mut end = 0;
            let bytes = body.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let literal = body[..end.min(body.len())]
                .replace("\\\"", "\"")
                .replace("\\n", "\n");
            if segments(&literal)
                .iter()
                .any(|s| matches!(s, Segment::Plural { .. }))
            {
                out.push(literal);
            }
            rest = &body[(end + 1).min(body.len())..];
        }
    }
    out
}

#[test]
fn every_count_has_a_singular_and_a_plural() {
    let templates = plural_templates();
    assert!(templates.len() >= 40, "found {}", templates.len());
    for template in templates {
        for name in names(&template) {
            let is_plural = segments(&template)
                .iter()
                .any(|s| matches!(s, Segment::Plural { name: n, .. } if *n == name));
            if !is_plural {
                continue;
            }
            let with = |n: &str| {
                let values: Vec<(&str, &str)> = names(&template)
                    .into_iter()
                    .map(|other| (other, if other == name { n } else { "7" }))
                    .collect();
                fill(&template, &values)
            };
            let (one, two) = (with("1"), with("2"));
            assert!(!one.contains('{') && !two.contains('{'), "{template}");
            assert_ne!(
                one.replace('1', "2"),
                two,
                "a count of 1 and of 2 read the same in {template:?}"
            );
        }
    }
}

#[test]
fn counts_read_as_a_person_would_say_them() {
    let en = Lang::En;
    assert_eq!(period(en, Period::BusinessDays(1)), "1 business day");
    assert_eq!(period(en, Period::BusinessDays(15)), "15 business days");
    assert_eq!(period(en, Period::CalendarDays(1)), "1 day");
    assert_eq!(period(en, Period::Hours(24)), "24 hours");
    assert_eq!(
        period(en, Period::Months(1, MonthCounting::Protective)),
        "1 month"
    );
    assert_eq!(status(en, Status::Upcoming { days: 1 }), "Tomorrow");
    assert_eq!(status(en, Status::Upcoming { days: 2 }), "In 2 days");
    assert_eq!(
        status(en, Status::Overdue { days: 1 }),
        "1 day ago, and not done"
    );
    assert_eq!(status(en, Status::Reached { days: 3 }), "3 days ago");
    let act_now = |days| {
        next_step(
            en,
            NextStep::ActNow {
                kind: ItemKind::GrievanceFilingDeadline,
                date: d(2026, 3, 2),
                status: Status::Upcoming { days },
            },
        )
    };
    assert!(act_now(1).ends_with("That is in 1 day."), "{}", act_now(1));
    assert!(act_now(3).ends_with("That is in 3 days."));
}

#[test]
fn counts_read_as_a_spanish_speaker_would_say_them() {
    let es = Lang::Es;
    assert_eq!(period(es, Period::BusinessDays(1)), "1 día hábil");
    assert_eq!(period(es, Period::BusinessDays(15)), "15 días hábiles");
    assert_eq!(period(es, Period::CalendarDays(1)), "1 día");
    assert_eq!(period(es, Period::CalendarDays(180)), "180 días");
    assert_eq!(period(es, Period::Hours(72)), "72 horas");
    assert_eq!(
        period(es, Period::Months(1, MonthCounting::Protective)),
        "1 mes"
    );
    assert_eq!(
        period(es, Period::Months(4, MonthCounting::Protective)),
        "4 meses"
    );
    assert_eq!(status(es, Status::Upcoming { days: 1 }), "Mañana");
    assert_eq!(status(es, Status::Upcoming { days: 2 }), "En 2 días");
    assert!(status(es, Status::Overdue { days: 1 }).starts_with("Hace 1 día,"));
    assert!(status(es, Status::Overdue { days: 3 }).starts_with("Hace 3 días,"));
}

#[test]
fn spanish_dates_name_every_month_in_lower_case() {
    let months =
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre";
    for (i, month) in months.split(' ').enumerate() {
        let day = d(2027, i as u32 + 1, 15);
        assert_eq!(date(Lang::Es, day), format!("15 de {month} de 2027"));
    }
    assert_eq!(date(Lang::Es, d(2027, 3, 1)), "1 de marzo de 2027");
    assert_eq!(date(Lang::En, d(2027, 3, 1)), "March 1, 2027");
}

#[test]
fn values_are_filled_once_and_never_read_as_templates() {
    assert_eq!(
        fill(
            "From {name} on {date}",
            &[("name", "{date}"), ("date", "May 1")]
        ),
        "From {date} on May 1"
    );
    // A brace that is not a placeholder stays as it is.
    assert_eq!(fill("a { b } {c", &[("c", "x")]), "a { b } {c");
    // A placeholder without a value stays visible, so tests can find it.
    assert_eq!(fill("Hello {who}", &[]), "Hello {who}");
}

fn all_states() -> impl Iterator<Item = Option<UsState>> {
    UsState::ALL.into_iter().map(Some).chain([None])
}

#[test]
fn every_route_and_review_is_a_whole_sentence() {
    let mut routes = vec![
        RouteKind::CaliforniaDmhc,
        RouteKind::MediCal,
        RouteKind::MedicareAdvantage,
        RouteKind::Fehb,
        RouteKind::SelfFundedFederal,
        RouteKind::Protective,
    ];
    routes.extend(all_states().map(RouteKind::Medicaid));
    routes.extend(UsState::ALL.map(RouteKind::StateExternalReview));
    for kind in routes {
        let text = route_sentence(Lang::En, kind);
        assert!(
            !text.contains('{') && !text.contains(" 's"),
            "{kind:?}: {text}"
        );
    }
    let mut reviews = vec![
        ReviewKind::DmhcImr,
        ReviewKind::MediCalStateHearing,
        ReviewKind::MedicareIre,
        ReviewKind::OpmReview,
        ReviewKind::FederalExternalReview,
        ReviewKind::DependsOnPlanType,
    ];
    reviews.extend(all_states().map(ReviewKind::StateFairHearing));
    reviews.extend(UsState::ALL.map(ReviewKind::StateExternalReview));
    for kind in reviews {
        let text = review_name(Lang::En, kind);
        assert!(
            !text.contains('{') && !text.contains(" 's"),
            "{kind:?}: {text}"
        );
    }
    assert_eq!(
        route_sentence(Lang::En, RouteKind::Medicaid(Some(UsState::Oregon))),
        "Your plan follows the federal Medicaid rules for health plans, and Oregon's Medicaid office runs the fair hearing."
    );
}

#[test]
fn every_next_step_is_a_whole_sentence_with_its_own_words() {
    let on = Some(d(2026, 5, 9));
    let mut steps = vec![
        NextStep::AnswerPlan,
        NextStep::AwaitPlanDecision { by: on },
        NextStep::AwaitPlanDecision { by: None },
        NextStep::ReviewIsAutomatic { by: on },
        NextStep::ReviewIsAutomatic { by: None },
        NextStep::AwaitReviewDecision {
            by: on,
            about: true,
        },
        NextStep::AwaitReviewDecision {
            by: on,
            about: false,
        },
        NextStep::AwaitReviewDecision {
            by: None,
            about: false,
        },
        NextStep::TalkToDoctor,
        NextStep::PutRequestInWriting,
        NextStep::BookAppointment {
            after: Approval::Referral,
        },
        NextStep::BookAppointment {
            after: Approval::AppealReversed,
        },
        NextStep::BookAppointment {
            after: Approval::ReviewOverturned {
                act_by: on,
                binds: true,
            },
        },
        NextStep::BookAppointment {
            after: Approval::ReviewOverturned {
                act_by: None,
                binds: true,
            },
        },
        NextStep::BookAppointment {
            after: Approval::ReviewOverturned {
                act_by: None,
                binds: false,
            },
        },
        NextStep::RequestRecords { by: on },
        NextStep::RequestRecords { by: None },
        NextStep::GoToAppointment { on: d(2026, 5, 9) },
        NextStep::AfterAppointment { on: d(2026, 5, 9) },
    ];
    for kind in [
        InternalStepKind::Grievance,
        InternalStepKind::Appeal,
        InternalStepKind::Reconsideration,
        InternalStepKind::NotKnown,
    ] {
        for with in [FiledWith::Kaiser, FiledWith::PlanOnNotice] {
            steps.push(NextStep::FileGrievance { kind, with, by: on });
            steps.push(NextStep::FileGrievance {
                kind,
                with,
                by: None,
            });
        }
    }
    for review in [
        ReviewKind::DmhcImr,
        ReviewKind::StateFairHearing(Some(UsState::Hawaii)),
    ] {
        steps.push(NextStep::ReviewUpheld { review });
        for partly in [false, true] {
            steps.push(NextStep::AskIndependentReview {
                review,
                by: on,
                partly,
            });
            steps.push(NextStep::AskIndependentReview {
                review,
                by: None,
                partly,
            });
        }
    }
    for (about, follow_up, late) in [
        (true, on, false),
        (true, on, true),
        (false, None, false),
        (false, None, true),
    ] {
        steps.push(NextStep::AwaitReferralDecision {
            by: on,
            about,
            follow_up,
            late,
        });
    }
    steps.push(NextStep::AwaitReferralDecision {
        by: None,
        about: false,
        follow_up: None,
        late: false,
    });
    for kind in [
        ItemKind::GrievanceFilingDeadline,
        ItemKind::ReviewFilingDeadline,
        ItemKind::RecordsRequestBy,
    ] {
        for status in [
            Status::DueToday,
            Status::Upcoming { days: 4 },
            Status::Overdue { days: 1 },
        ] {
            steps.push(NextStep::ActNow {
                kind,
                date: d(2026, 5, 9),
                status,
            });
        }
    }
    for step in steps {
        let text = next_step(Lang::En, step);
        assert!(!text.contains('{'), "{step:?}: {text}");
        assert!(!text.contains("a appeal") && !text.contains("  "), "{text}");
        if matches!(step, NextStep::FileGrievance { by: Some(_), .. }) {
            assert!(text.contains("May 9, 2026"), "{text}");
        }
    }
    // Each kind of the plan's own review has its own sentence, with the right article.
    let file = |kind| {
        next_step(
            Lang::En,
            NextStep::FileGrievance {
                kind,
                with: FiledWith::Kaiser,
                by: on,
            },
        )
    };
    assert!(file(InternalStepKind::Appeal).contains("File an appeal with Kaiser"));
    assert!(file(InternalStepKind::Grievance).contains("File a grievance with Kaiser"));
    assert!(file(InternalStepKind::Reconsideration).contains("Ask Kaiser for a reconsideration"));
    // "Kaiser must follow" only where a source says so.
    let overturned = |binds| {
        next_step(
            Lang::En,
            NextStep::BookAppointment {
                after: Approval::ReviewOverturned {
                    act_by: None,
                    binds,
                },
            },
        )
    };
    assert!(overturned(true).contains("Kaiser must follow its decision"));
    assert!(!overturned(false).contains("must follow"));
    // Where Kaiser may not be the Medicaid plan, the member is sent to the plan on the notice.
    let elsewhere = next_step(
        Lang::En,
        NextStep::FileGrievance {
            kind: InternalStepKind::Appeal,
            with: FiledWith::PlanOnNotice,
            by: on,
        },
    );
    assert!(
        elsewhere.contains("named on the denial notice"),
        "{elsewhere}"
    );
    assert!(!elsewhere.contains("Kaiser"), "{elsewhere}");
}
