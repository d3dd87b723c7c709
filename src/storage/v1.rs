//! Schema version 1 of the saved case: the plan answers only. Frozen: its shape never changes, and
//! `tests/fixtures/schema-v1.json` must keep decoding. [`migrate`] carries it to version 2, and
//! [`super::v2::migrate`] on to version 3.

use super::json::{Json, JsonObject};
use super::problems::Reader;

/// A schema-1 case as written: `{"plan": {"region", "planType", "urgency"}}`, each an optional
/// code. Codes are checked after migration, by the current reader, with the same paths.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct CaseV1 {
    region: Option<String>,
    plan_type: Option<String>,
    urgency: Option<String>,
}

/// Reads the shape of a schema-1 case, noting each problem in `r`.
pub(super) fn read(r: &mut Reader, value: &Json) -> CaseV1 {
    let case = r.object(value);
    let plan = r.section(case, "plan");
    r.at("plan".to_owned(), |r| CaseV1 {
        region: r.field(plan, "region", Reader::text),
        plan_type: r.field(plan, "planType", Reader::text),
        urgency: r.field(plan, "urgency", Reader::text),
    })
}

/// Version 1 → version 2: the plan carries over unchanged; the details (new in version 2) start
/// unanswered, so they are left out. Built as JSON directly (no serialiser for it), and pure, so
/// it is tested on the frozen fixture.
pub(super) fn migrate(v1: CaseV1) -> Json {
    let mut plan = JsonObject::default();
    for (name, value) in [
        ("region", v1.region),
        ("planType", v1.plan_type),
        ("urgency", v1.urgency),
    ] {
        if let Some(value) = value {
            plan.insert(name, Json::String(value));
        }
    }
    let mut case = JsonObject::default();
    case.insert("plan", Json::Object(plan));
    Json::Object(case)
}
