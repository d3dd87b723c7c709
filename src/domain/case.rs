//! The member's whole case: everything they have told the guide so far.

use super::PlanAnswers;

/// Everything the member has entered. Each step owns one part; every part may be incomplete.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Case {
    pub plan: PlanAnswers,
}

impl Case {
    /// Whether nothing at all has been entered.
    pub fn is_empty(&self) -> bool {
        self.plan.is_empty()
    }
}
