//! Schema version 2 of the saved case, frozen: the shape of version 3 (see [`super::v3`]) without
//! the appeal's outcomes, the review's decision, the letters' contact and representative fields or
//! the "no cost" referral basis, and with the plan type `medi-cal` for what version 3 calls
//! `medicaid` (version 2 had Medicaid only in California). `tests/fixtures/schema-v2.json` must
//! keep decoding to the same case.

use super::json::Json;

/// The plan-type code version 2 wrote for Medicaid (Medi-Cal).
const MEDI_CAL: &str = "medi-cal";

/// Version 2 → version 3: the plan type `medi-cal` becomes `medicaid`; everything else reads as
/// it is, and the fields new in version 3 start unanswered. Pure, so it is tested on the frozen
/// fixture. A value of the wrong shape is passed on unchanged for the reader to report.
pub(super) fn migrate(case: &Json) -> Json {
    let mut case = case.clone();
    if let Json::Object(case) = &mut case {
        for (name, plan) in &mut case.0 {
            if let (true, Json::Object(plan)) = (name == "plan", plan) {
                for (name, plan_type) in &mut plan.0 {
                    if name == "planType" && plan_type.as_str() == Some(MEDI_CAL) {
                        *plan_type =
                            Json::String(crate::domain::PlanType::Medicaid.code().to_owned());
                    }
                }
            }
        }
    }
    case
}
