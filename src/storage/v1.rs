//! Schema version 1 of the saved case: the plan answers only. Frozen: its shape never changes, and
//! `tests/fixtures/schema-v1.json` must keep decoding. [`migrate`] carries it to version 2.

use super::problems::Reader;
use super::v2::{CaseV2, PlanV2};
use serde_json::Value;

/// A schema-1 case as written: `{"plan": {"region", "planType", "urgency"}}`, each an optional
/// code. Codes are checked after migration, by the current reader, with the same paths.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct CaseV1 {
    region: Option<String>,
    plan_type: Option<String>,
    urgency: Option<String>,
}

/// Reads the shape of a schema-1 case, noting each problem in `r`.
pub(super) fn read(r: &mut Reader, value: &Value) -> CaseV1 {
    let case = r.object(value);
    let plan = r.section(case, "plan");
    r.at("plan".to_owned(), |r| CaseV1 {
        region: r.field(plan, "region", Reader::text),
        plan_type: r.field(plan, "planType", Reader::text),
        urgency: r.field(plan, "urgency", Reader::text),
    })
}

/// Version 1 → version 2: the plan carries over unchanged; the details (new in version 2) start
/// unanswered. Pure, so it is tested on the frozen fixture.
pub(super) fn migrate(v1: CaseV1) -> CaseV2 {
    CaseV2 {
        plan: PlanV2 {
            region: v1.region,
            plan_type: v1.plan_type,
            urgency: v1.urgency,
        },
        ..CaseV2::default()
    }
}
