//! Helpers shared by the native domain and state tests.
#![allow(dead_code)] // each test file uses a different part

use chrono::NaiveDate;
use second_opinion_navigator::domain::{Case, PlanAnswers, PlanType, Region, Urgency};

/// A calendar date; the tests only write valid ones.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// A case with every "Your plan" answer given and nothing else.
pub fn case(region: Region, plan: PlanType, urgency: Urgency) -> Case {
    Case {
        plan: PlanAnswers {
            region: Some(region),
            plan_type: Some(plan),
            urgency: Some(urgency),
        },
        ..Case::default()
    }
}
