//! A link's presets for the plan step (region and plan type): they fill empty answers only.
//! Where saved answers differ, the member is told once and chooses; saved answers are never
//! overwritten unasked.

use super::{AppState, Notice};
use crate::domain::{PlanType, Region};

/// The answers a link offered that differ from the saved ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkOffer {
    pub region: Option<Region>,
    pub plan: Option<PlanType>,
}

impl AppState {
    /// Takes a link's presets: each fills its answer if empty; any that differs from a saved
    /// answer is offered instead.
    pub(super) fn link_presets(&mut self, region: Option<Region>, plan: Option<PlanType>) {
        // Set as the plan step's own edits set them (edit::apply): the field alone.
        let answers = &self.case.plan;
        let fills = (
            region.filter(|_| answers.region.is_none()),
            plan.filter(|_| answers.plan_type.is_none()),
        );
        let offer = self.differing(LinkOffer { region, plan });
        if fills != (None, None) {
            self.edit(|case| {
                case.plan.region = case.plan.region.or(fills.0);
                case.plan.plan_type = case.plan.plan_type.or(fills.1);
            });
        }
        if offer != LinkOffer::default() {
            self.link_offer = Some(offer);
            self.notice = Some(Notice::LinkDiffers);
        }
    }

    /// Of the link's answers `link`, those that differ from a saved answer.
    fn differing(&self, link: LinkOffer) -> LinkOffer {
        let answers = &self.case.plan;
        LinkOffer {
            region: link
                .region
                .filter(|l| answers.region.is_some_and(|saved| saved != *l)),
            plan: link
                .plan
                .filter(|l| answers.plan_type.is_some_and(|saved| saved != *l)),
        }
    }

    /// A notice dismissed. If it had taken the place of the link's offer before the member
    /// chose (another tab saved, say), the offer comes back, for what still differs; dismissing
    /// the offer itself is "Keep my answers".
    pub(super) fn dismiss_notice(&mut self) {
        let pending = self
            .link_offer
            .filter(|_| self.notice != Some(Notice::LinkDiffers))
            .map(|offer| self.differing(offer))
            .filter(|offer| *offer != LinkOffer::default());
        self.link_offer = pending;
        self.notice = pending.map(|_| Notice::LinkDiffers);
    }

    /// The member chose the link's answers over the saved ones.
    pub(super) fn use_link_offer(&mut self) {
        if let Some(offer) = self.link_offer.take() {
            self.edit(|case| {
                case.plan.region = offer.region.or(case.plan.region);
                case.plan.plan_type = offer.plan.or(case.plan.plan_type);
            });
        }
        if self.notice == Some(Notice::LinkDiffers) {
            self.notice = None;
        }
    }
}
