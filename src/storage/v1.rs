//! Schema version 1 of the saved case. Frozen: once released, its shape never changes;
//! a later version adds its own module and a migration from this one.

use super::DecodeError;
use crate::domain::{Case, PlanAnswers, PlanType, Region, Urgency};
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct CaseV1 {
    #[serde(default)]
    plan: PlanV1,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlanV1 {
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    plan_type: Option<String>,
    #[serde(default)]
    urgency: Option<String>,
}

impl CaseV1 {
    pub(super) fn from_domain(case: &Case) -> CaseV1 {
        CaseV1 {
            plan: PlanV1 {
                region: case.plan.region.map(|r| r.code().to_owned()),
                plan_type: case.plan.plan_type.map(|p| p.code().to_owned()),
                urgency: case.plan.urgency.map(|u| u.code().to_owned()),
            },
        }
    }

    pub(super) fn from_json(value: serde_json::Value) -> Result<CaseV1, DecodeError> {
        serde_json::from_value(value).map_err(|e| DecodeError::InvalidField {
            field: "case".to_owned(),
            problem: e.to_string(),
        })
    }

    pub(super) fn into_domain(self) -> Result<Case, DecodeError> {
        Ok(Case {
            plan: PlanAnswers {
                region: parse_code(self.plan.region, "plan.region", Region::from_code)?,
                plan_type: parse_code(self.plan.plan_type, "plan.planType", PlanType::from_code)?,
                urgency: parse_code(self.plan.urgency, "plan.urgency", Urgency::from_code)?,
            },
        })
    }
}

fn parse_code<T>(
    code: Option<String>,
    field: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, DecodeError> {
    code.map(|c| {
        parse(&c).ok_or_else(|| DecodeError::InvalidField {
            field: field.to_owned(),
            problem: format!("unknown value {c:?}"),
        })
    })
    .transpose()
}
