//! Keeping the case for as long as the appeal lasts. A browser may clear what a site saved
//! (Safari after about a week without a visit; any browser when the device runs short of
//! space), so the member's own copy, the case file, matters. This module says when that copy
//! was last made and when the guide offers to make one: once after each moment that matters,
//! and when a deadline is near and the answers have changed since the last copy.

use chrono::{Datelike, NaiveDate};

use super::case::{Case, ReferralOutcome};
use super::timeline::{ItemKind, Status, TimelineItem};

/// How near a deadline is (in calendar days) when the guide offers a copy before it.
pub const DEADLINE_NEAR_DAYS: i64 = 14;

/// What the case remembers about its copies; saved with the case (schema 5).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keeping {
    /// The day a copy was last saved to a file, if ever (the device's date).
    pub last_copy: Option<NaiveDate>,
    /// Whether the answers changed after that copy was made (with no copy: since they began).
    pub changed_since_copy: bool,
    /// What has been offered and answered (saved or dismissed): each is offered once.
    pub offered: Vec<Offer>,
}

/// Something the guide offers once: a copy after a moment that matters, or before a deadline,
/// or the note on how this browser may clear saved answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Offer {
    /// A copy after a moment that matters.
    After(Milestone),
    /// A copy before one of the member's deadlines, by kind.
    Before(ItemKind),
    /// The note that Safari clears unvisited sites' saved answers.
    ClearingNote,
}

impl Offer {
    /// Every offer, for reading codes back.
    pub const ALL: [Offer; 17] = [
        Offer::After(Milestone::ReferralRequested),
        Offer::After(Milestone::Denied),
        Offer::After(Milestone::AppealFiled),
        Offer::Before(ItemKind::ReferralDecisionExpected),
        Offer::Before(ItemKind::ReferralFollowUp),
        Offer::Before(ItemKind::InNetworkAppointmentDue),
        Offer::Before(ItemKind::GrievanceFilingDeadline),
        Offer::Before(ItemKind::PlanDecisionExpected),
        Offer::Before(ItemKind::MayEscalateFrom),
        Offer::Before(ItemKind::ReviewFilingDeadline),
        Offer::Before(ItemKind::AlternativeReviewFilingDeadline),
        Offer::Before(ItemKind::ReviewDecisionExpected),
        Offer::Before(ItemKind::AuthorizationAfterReview),
        Offer::Before(ItemKind::RecordsLegalMaxRequestBy),
        Offer::Before(ItemKind::RecordsRequestBy),
        Offer::Before(ItemKind::Appointment),
        Offer::ClearingNote,
    ];

    /// A stable code, saved with the case (schema 5): a deadline's is its item's own code, which
    /// no milestone's equals. Never renamed.
    pub fn code(self) -> &'static str {
        match self {
            Offer::After(Milestone::ReferralRequested) => "referral-requested",
            Offer::After(Milestone::Denied) => "denied",
            Offer::After(Milestone::AppealFiled) => "appeal-filed",
            Offer::Before(kind) => kind.code(),
            Offer::ClearingNote => "clearing-note",
        }
    }
}

impl Keeping {
    /// Whether the case holds something the last copy does not (or there is no copy).
    pub fn copy_is_behind(&self) -> bool {
        self.last_copy.is_none() || self.changed_since_copy
    }

    /// Whether `offer` has been made and answered.
    pub fn was_offered(&self, offer: Offer) -> bool {
        self.offered.contains(&offer)
    }

    /// Marks `offer` as made and answered.
    pub fn answer(&mut self, offer: Offer) {
        if !self.was_offered(offer) {
            self.offered.push(offer);
        }
    }

    /// A copy was saved to a file `on` this day, perhaps from `reminder`'s offer: it holds
    /// every moment reached so far. The file itself is written after this, so it says so too.
    pub fn copied(&mut self, case: &Case, on: NaiveDate, reminder: Option<CopyReminder>) {
        self.last_copy = Some(on);
        self.changed_since_copy = false;
        self.answer_milestones(case);
        if let Some(reminder) = reminder {
            self.answered(case, reminder);
        }
    }

    /// The member answered `reminder` (saved a copy or dismissed it): it is not offered again.
    pub fn answered(&mut self, case: &Case, reminder: CopyReminder) {
        match reminder {
            // One offer covers every moment reached so far, so a case that reached two at once
            // (an imported file, say) is not offered twice.
            CopyReminder::Milestone(_) => self.answer_milestones(case),
            CopyReminder::DeadlineNear { kind, .. } => self.answer(Offer::Before(kind)),
        }
    }

    fn answer_milestones(&mut self, case: &Case) {
        for milestone in Milestone::ALL {
            if milestone.reached(case) {
                self.answer(Offer::After(milestone));
            }
        }
    }
}

/// The moments after which a copy of the case is worth having.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Milestone {
    /// The referral request is logged (its date is entered).
    ReferralRequested,
    /// A denial is logged (the outcome "denied", or the denial letter's date).
    Denied,
    /// The grievance, appeal or reconsideration is filed (its date is entered).
    AppealFiled,
}

impl Milestone {
    /// Every milestone, in the order a case reaches them.
    pub const ALL: [Milestone; 3] = [
        Milestone::ReferralRequested,
        Milestone::Denied,
        Milestone::AppealFiled,
    ];

    /// Whether the case has reached this moment.
    pub fn reached(self, case: &Case) -> bool {
        let d = &case.details;
        match self {
            Milestone::ReferralRequested => d.referral.requested_on.is_some(),
            Milestone::Denied => {
                d.referral.outcome == Some(ReferralOutcome::Denied)
                    || d.appeal.denial_letter.is_some()
            }
            Milestone::AppealFiled => d.appeal.grievance_filed.is_some(),
        }
    }
}

/// The guide's offer to save a copy of the case file now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyReminder {
    /// After a moment that matters.
    Milestone(Milestone),
    /// A deadline of the member's is near (within [`DEADLINE_NEAR_DAYS`]).
    DeadlineNear {
        /// Which deadline.
        kind: ItemKind,
        /// Its date.
        date: NaiveDate,
    },
}

/// The offer to make now, if any, given the case and its timeline (evaluated today). None while
/// the last copy holds everything. Otherwise the latest moment reached and not yet offered; else
/// the nearest of the member's deadlines within [`DEADLINE_NEAR_DAYS`] not yet offered.
pub fn copy_reminder(case: &Case, timeline: &[TimelineItem]) -> Option<CopyReminder> {
    let keeping = &case.details.keeping;
    if !keeping.copy_is_behind() {
        return None;
    }
    let milestone = Milestone::ALL
        .into_iter()
        .rev()
        .find(|m| m.reached(case) && !keeping.was_offered(Offer::After(*m)));
    if let Some(milestone) = milestone {
        return Some(CopyReminder::Milestone(milestone));
    }
    // The timeline is sorted by date, so the first one found is the nearest.
    timeline.iter().find_map(|item| {
        let near = match item.status {
            Status::DueToday => true,
            Status::Upcoming { days } => days <= DEADLINE_NEAR_DAYS,
            _ => false,
        };
        let kind = item.kind;
        (near && kind.is_deadline() && !keeping.was_offered(Offer::Before(kind))).then_some(
            CopyReminder::DeadlineNear {
                kind,
                date: item.date?,
            },
        )
    })
}

/// The name of the case file saved `on` a day: the date says which copy is the newest.
pub fn case_file_name(on: NaiveDate) -> String {
    let (y, m, d) = (on.year(), on.month(), on.day());
    format!("second-opinion-case-{y:04}-{m:02}-{d:02}.json")
}
