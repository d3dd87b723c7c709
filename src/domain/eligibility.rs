//! Is there a case for an outside referral? Each ground gets a verdict with a reason code and the
//! rule it rests on; then an overall strength, the evidence to gather and the next actions.

use chrono::NaiveDate;

use super::access::{self, knox_keene, Applies, TravelLimit, TravelStandard};
use super::calendar;
use super::case::{CaReason, CaseDetails, InNetworkSecondOpinion, ReferralOutcome};
use super::rules::{Period, Rule};
use super::source::Source;
use super::sources as s;
use super::{PlanAnswers, Urgency};

/// A verdict on one ground.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The ground applies.
    Applies,
    /// It may apply; the plan decides, or an answer is uncertain.
    MayApply,
    /// It does not apply.
    DoesNotApply,
    /// Not enough information yet.
    NotEnoughInformation,
}

/// A ground for an outside referral, or one of California's five reasons for a second opinion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ground {
    /// No appropriately qualified specialist in the network.
    ExpertiseUnavailable,
    /// The in-network wait is longer than the timely-access standard allows.
    UnreasonableDelay,
    /// The nearest in-network specialist is too far.
    ExcessiveTravel,
    /// One of HSC 1383.15's reasons for a second opinion.
    CaliforniaReason(CaReason),
}

/// Why a verdict was given, as a code the interface puts into plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonCode {
    /// The member says no qualified in-network specialist exists.
    NoQualifiedSpecialist,
    /// The member says a qualified in-network specialist exists.
    QualifiedSpecialistExists,
    /// The member is not sure whether one exists.
    SpecialistUnknown,
    /// The wait is longer than the standard allows (unless a doctor noted that a longer wait
    /// will not harm the member): ask for a timely appointment, or an outside one.
    WaitExceedsStandard {
        /// The measured wait.
        waited: WaitLength,
        /// The standard it is compared with.
        standard: Period,
    },
    /// The wait is within the standard.
    WaitWithinStandard {
        /// The measured wait.
        waited: WaitLength,
        /// The standard it is compared with.
        standard: Period,
    },
    /// Within the non-urgent standard but beyond the urgent one; urgency is not known.
    WaitExceedsOnlyIfUrgent {
        /// The measured wait.
        waited: WaitLength,
        /// The standard it is compared with.
        standard: Period,
    },
    /// The request date or the offered appointment date is missing.
    WaitDatesMissing,
    /// No appointment-wait standard is sourced for this plan; the measured wait is given.
    NoWaitStandard {
        /// The measured wait.
        waited: Option<WaitLength>,
    },
    /// Both travel distance and time exceed the limit.
    TravelExceedsLimit {
        /// The limit that applies.
        limit: TravelLimit,
    },
    /// Distance or time (not both) exceeds the limit.
    TravelPartlyExceedsLimit {
        /// The limit that applies.
        limit: TravelLimit,
    },
    /// Travel is within the limit.
    TravelWithinLimit {
        /// The limit that applies.
        limit: TravelLimit,
    },
    /// Travel must be considered, but there is no numeric standard (California commercial).
    TravelConsideredNoNumber,
    /// The county type is needed to pick the limit.
    CountyTypeMissing,
    /// Travel distance and time were not given.
    TravelNotGiven,
    /// No travel standard is sourced for this plan.
    NoTravelStandard,
    /// The member ticked this reason.
    ReasonTicked,
    /// The member did not tick it.
    ReasonNotTicked,
    /// Not answered.
    ReasonNotAnswered,
    /// Ticked, but the statute may not reach this plan type (not sure which plan).
    ReasonTickedPlanMayNotBeCovered,
}

/// How long the in-network wait is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WaitLength {
    /// Business days after the request up to and including the appointment.
    pub business_days: u32,
    /// Calendar days from the request to the appointment.
    pub calendar_days: i64,
}

/// One verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    /// What is judged.
    pub ground: Ground,
    /// The verdict.
    pub verdict: Verdict,
    /// Why.
    pub reason: ReasonCode,
    /// The rule it rests on.
    pub source: Source,
}

/// How strong the case for an outside referral is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strength {
    /// At least one ground applies.
    Strong,
    /// A ground may apply.
    Possible,
    /// No ground applies on the answers given.
    Weak,
}

/// Evidence worth gathering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Evidence {
    /// Copies of the written request and every reply (portal messages).
    WrittenRequestAndReplies,
    /// A note from the Kaiser doctor that no in-network specialist has the needed expertise.
    NoQualifiedSpecialistStatement,
    /// The outside specialist's expertise in this condition.
    OutsideSpecialistExpertise,
    /// The date you asked and the earliest appointment offered, in writing.
    AppointmentOfferInWriting,
    /// Distance and travel time to the nearest in-network specialist.
    TravelDistanceAndTime,
    /// Records showing the reason (recommended surgery, conflicting results, treatment history).
    RecordsShowingReason,
    /// The denial letter.
    DenialLetter,
    /// A letter from the prospective outside doctor supporting the request.
    OutsideDoctorSupportLetter,
}

/// A next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionKind {
    /// Talk to your Kaiser doctor (the mandatory first step).
    TalkToKaiserDoctor,
    /// Put the request in writing through the member portal.
    PutRequestInWriting,
    /// Ask for a fast (urgent) decision.
    AskForUrgentDecision,
    /// Ask for an in-network second opinion (your right in California).
    AskForInNetworkSecondOpinion,
    /// Keep copies of everything.
    KeepCopies,
    /// Gather the evidence listed.
    GatherEvidence,
    /// Get the written authorization and check the services and visits it lists.
    GetWrittenAuthorization,
    /// Request your records for the outside doctor.
    RequestRecords,
    /// File a grievance or appeal.
    FileGrievanceOrAppeal,
}

/// One action, and whether the case shows it done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Action {
    /// What to do.
    pub kind: ActionKind,
    /// Whether the case shows it done.
    pub done: bool,
}

/// The assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Eligibility {
    /// Expertise, delay and travel, in that order.
    pub grounds: Vec<Finding>,
    /// California's five reasons (empty outside California).
    pub california_reasons: Vec<Finding>,
    /// Overall strength; `None` when there is not enough information to judge.
    pub strength: Option<Strength>,
    /// Evidence to gather.
    pub evidence: Vec<Evidence>,
    /// Next actions, in order.
    pub next_actions: Vec<Action>,
}

/// The urgent standard for a second-opinion referral in California: 96 hours, because a
/// specialist referral needs prior authorization (`ca-ta-02`).
fn delay_finding(plan: &PlanAnswers, details: &CaseDetails) -> Finding {
    let access = &details.access;
    let waited = match (
        access.appointment_requested_on,
        access.earliest_in_network_appointment,
    ) {
        (Some(request), Some(appointment)) => Some(wait(request, appointment)),
        _ => None,
    };
    let standards = access::timely_access(plan.region, plan.plan_type);
    let finding = |verdict, reason, source| Finding {
        ground: Ground::UnreasonableDelay,
        verdict,
        reason,
        source,
    };
    let Some(standards) = standards else {
        return finding(
            Verdict::NotEnoughInformation,
            ReasonCode::NoWaitStandard { waited },
            s::SEED,
        );
    };
    let Some(waited) = waited else {
        return finding(
            Verdict::NotEnoughInformation,
            ReasonCode::WaitDatesMissing,
            standards.specialist.source,
        );
    };
    let urgent = standards.urgent_prior_authorization;
    let normal = standards.specialist;
    let exceeds_urgent = exceeds(&urgent, waited);
    let exceeds_normal = exceeds(&normal, waited);
    let (verdict, reason, rule) = match plan.urgency {
        // A wait longer than the rule allows obliges Kaiser to offer timely care, which may be
        // an in-network appointment, not necessarily an outside one (audit A15): it may apply.
        Some(Urgency::Urgent) if exceeds_urgent => {
            (Verdict::MayApply, exceeded(waited, urgent), urgent)
        }
        Some(Urgency::Urgent) => (Verdict::DoesNotApply, within(waited, urgent), urgent),
        _ if exceeds_normal => (Verdict::MayApply, exceeded(waited, normal), normal),
        Some(Urgency::NotSure) | None if exceeds_urgent => (
            Verdict::MayApply,
            ReasonCode::WaitExceedsOnlyIfUrgent {
                waited,
                standard: urgent.period,
            },
            urgent,
        ),
        _ => (Verdict::DoesNotApply, within(waited, normal), normal),
    };
    finding(verdict, reason, rule.source)
}

fn wait(request: NaiveDate, appointment: NaiveDate) -> WaitLength {
    WaitLength {
        business_days: calendar::business_days_between(request, appointment),
        calendar_days: calendar::days_between(request, appointment).max(0),
    }
}

fn exceeds(rule: &Rule, waited: WaitLength) -> bool {
    match rule.period {
        Period::BusinessDays(n) => waited.business_days > n,
        Period::Hours(h) => waited.calendar_days > i64::from(h.div_ceil(24)),
        Period::CalendarDays(n) => waited.calendar_days > i64::from(n),
        Period::Months(..) => false,
    }
}

fn exceeded(waited: WaitLength, rule: Rule) -> ReasonCode {
    ReasonCode::WaitExceedsStandard {
        waited,
        standard: rule.period,
    }
}

fn within(waited: WaitLength, rule: Rule) -> ReasonCode {
    ReasonCode::WaitWithinStandard {
        waited,
        standard: rule.period,
    }
}

fn travel_finding(plan: &PlanAnswers, details: &CaseDetails) -> Finding {
    let access = &details.access;
    let finding = |verdict, reason, source| Finding {
        ground: Ground::ExcessiveTravel,
        verdict,
        reason,
        source,
    };
    let given = access.travel_miles.is_some() || access.travel_minutes.is_some();
    match access::travel_standard(plan.region, plan.plan_type, access.county) {
        TravelStandard::MediCalSpecialist(None, source) => finding(
            Verdict::NotEnoughInformation,
            ReasonCode::CountyTypeMissing,
            source,
        ),
        TravelStandard::MediCalSpecialist(Some(limit), source) => {
            let over = [
                access.travel_miles.map(|m| m > limit.miles),
                access.travel_minutes.map(|m| m > limit.minutes),
            ];
            let known: Vec<bool> = over.iter().flatten().copied().collect();
            let (verdict, reason) = if known.is_empty() {
                (Verdict::NotEnoughInformation, ReasonCode::TravelNotGiven)
            } else if known.len() == 2 && known.iter().all(|o| *o) {
                (Verdict::Applies, ReasonCode::TravelExceedsLimit { limit })
            } else if known.iter().any(|o| *o) {
                (
                    Verdict::MayApply,
                    ReasonCode::TravelPartlyExceedsLimit { limit },
                )
            } else if known.len() == 2 {
                (
                    Verdict::DoesNotApply,
                    ReasonCode::TravelWithinLimit { limit },
                )
            } else {
                (Verdict::NotEnoughInformation, ReasonCode::TravelNotGiven)
            };
            finding(verdict, reason, source)
        }
        TravelStandard::ConsideredWithoutNumber { statute, .. } if given => finding(
            Verdict::MayApply,
            ReasonCode::TravelConsideredNoNumber,
            statute,
        ),
        TravelStandard::ConsideredWithoutNumber { statute, .. } => finding(
            Verdict::NotEnoughInformation,
            ReasonCode::TravelNotGiven,
            statute,
        ),
        TravelStandard::NotSourced => finding(
            Verdict::NotEnoughInformation,
            ReasonCode::NoTravelStandard,
            s::SEED,
        ),
    }
}

fn expertise_finding(plan: &PlanAnswers, details: &CaseDetails) -> Finding {
    let (verdict, reason) = match details.access.qualified_specialist_in_network {
        Some(false) => (Verdict::Applies, ReasonCode::NoQualifiedSpecialist),
        Some(true) => (Verdict::DoesNotApply, ReasonCode::QualifiedSpecialistExists),
        None => (Verdict::NotEnoughInformation, ReasonCode::SpecialistUnknown),
    };
    Finding {
        ground: Ground::ExpertiseUnavailable,
        verdict,
        reason,
        source: access::outside_referral_basis(plan.region, plan.plan_type, details.state),
    }
}

fn california_reasons(plan: &PlanAnswers, details: &CaseDetails) -> Vec<Finding> {
    let covered = knox_keene(plan.region, plan.plan_type);
    let in_california = plan.region.map_or(
        plan.plan_type.is_some_and(|p| p.is_california_only()),
        |r| r.is_california(),
    );
    if covered == Applies::No || !in_california {
        return Vec::new();
    }
    CaReason::ALL
        .into_iter()
        .map(|reason| {
            let (verdict, code) = match (details.reasons.reason(reason), covered) {
                (Some(true), Applies::Yes) => (Verdict::Applies, ReasonCode::ReasonTicked),
                (Some(true), _) => (
                    Verdict::MayApply,
                    ReasonCode::ReasonTickedPlanMayNotBeCovered,
                ),
                (Some(false), _) => (Verdict::DoesNotApply, ReasonCode::ReasonNotTicked),
                (None, _) => (Verdict::NotEnoughInformation, ReasonCode::ReasonNotAnswered),
            };
            Finding {
                ground: Ground::CaliforniaReason(reason),
                verdict,
                reason: code,
                source: s::CA_SO_02,
            }
        })
        .collect()
}

/// The overall strength from the three grounds and the California reasons.
pub fn strength(grounds: &[Finding], california_reasons: &[Finding]) -> Option<Strength> {
    let any = |v: Verdict| grounds.iter().any(|f| f.verdict == v);
    let reason_supports = california_reasons
        .iter()
        .any(|f| matches!(f.verdict, Verdict::Applies | Verdict::MayApply));
    if any(Verdict::Applies) {
        Some(Strength::Strong)
    } else if any(Verdict::MayApply) {
        Some(Strength::Possible)
    } else if any(Verdict::NotEnoughInformation) {
        if reason_supports {
            Some(Strength::Possible)
        } else if any(Verdict::DoesNotApply) {
            Some(Strength::Weak)
        } else {
            None
        }
    } else {
        Some(Strength::Weak)
    }
}

/// The whole assessment for a case.
pub fn assess(plan: &PlanAnswers, details: &CaseDetails) -> Eligibility {
    let grounds = vec![
        expertise_finding(plan, details),
        delay_finding(plan, details),
        travel_finding(plan, details),
    ];
    let california_reasons = california_reasons(plan, details);
    let strength = strength(&grounds, &california_reasons);

    let open = |f: &Finding| {
        matches!(
            f.verdict,
            Verdict::Applies | Verdict::MayApply | Verdict::NotEnoughInformation
        )
    };
    let mut evidence = vec![Evidence::WrittenRequestAndReplies];
    if open(&grounds[0]) {
        evidence.push(Evidence::NoQualifiedSpecialistStatement);
        evidence.push(Evidence::OutsideSpecialistExpertise);
    }
    if open(&grounds[1]) {
        evidence.push(Evidence::AppointmentOfferInWriting);
    }
    if open(&grounds[2]) {
        evidence.push(Evidence::TravelDistanceAndTime);
    }
    if !details.reasons.ticked().is_empty() {
        evidence.push(Evidence::RecordsShowingReason);
    }
    let outcome = details.referral.outcome;
    let denied = outcome == Some(ReferralOutcome::Denied);
    if denied {
        evidence.push(Evidence::DenialLetter);
        evidence.push(Evidence::OutsideDoctorSupportLetter);
    }

    let mut next_actions = vec![
        Action {
            kind: ActionKind::TalkToKaiserDoctor,
            done: details.reasons.kaiser_doctor_asked == Some(true),
        },
        Action {
            kind: ActionKind::PutRequestInWriting,
            done: details.referral.requested_on.is_some(),
        },
    ];
    if plan.urgency == Some(Urgency::Urgent) {
        next_actions.push(Action {
            kind: ActionKind::AskForUrgentDecision,
            done: false,
        });
    }
    if !california_reasons.is_empty()
        && details.reasons.in_network_second_opinion != Some(InNetworkSecondOpinion::Had)
        && grounds[0].verdict != Verdict::Applies
    {
        next_actions.push(Action {
            kind: ActionKind::AskForInNetworkSecondOpinion,
            done: details.reasons.in_network_second_opinion
                == Some(InNetworkSecondOpinion::Offered),
        });
    }
    next_actions.push(Action {
        kind: ActionKind::KeepCopies,
        done: false,
    });
    next_actions.push(Action {
        kind: ActionKind::GatherEvidence,
        done: false,
    });
    // A denial that Kaiser reversed, or a reviewer overturned, ends like an approval.
    let approved = outcome == Some(ReferralOutcome::Approved) || details.appeal.denial_lifted();
    match outcome {
        _ if approved => {
            next_actions.push(Action {
                kind: ActionKind::GetWrittenAuthorization,
                done: false,
            });
            next_actions.push(Action {
                kind: ActionKind::RequestRecords,
                done: details.appointment.records_requested_on.is_some(),
            });
        }
        Some(ReferralOutcome::Denied) => next_actions.push(Action {
            kind: ActionKind::FileGrievanceOrAppeal,
            done: details.appeal.grievance_filed.is_some(),
        }),
        _ => {}
    }

    Eligibility {
        grounds,
        california_reasons,
        strength,
        evidence,
        next_actions,
    }
}
