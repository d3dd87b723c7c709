//! The saved-state envelope: round trips, frozen fixtures, and every way a saved value can be bad.
#![cfg(not(target_arch = "wasm32"))]

use second_opinion_navigator::domain::{Case, PlanAnswers, PlanType, Region, Urgency};
use second_opinion_navigator::storage::{decode, encode, DecodeError, SCHEMA_VERSION};

fn sample_case() -> Case {
    Case {
        plan: PlanAnswers {
            region: Some(Region::NorthernCalifornia),
            plan_type: Some(PlanType::MedicareAdvantage),
            urgency: Some(Urgency::Urgent),
        },
    }
}

#[test]
fn a_case_survives_encode_then_decode() {
    for case in [Case::default(), sample_case()] {
        assert_eq!(decode(&encode(&case)), Ok(case));
    }
}

#[test]
fn the_envelope_names_the_app_and_the_schema_version() {
    let value: serde_json::Value = serde_json::from_str(&encode(&sample_case())).unwrap();
    assert_eq!(value["app"], "second-opinion-navigator");
    assert_eq!(value["schema"], SCHEMA_VERSION);
    assert_eq!(value["case"]["plan"]["region"], "ca-north");
}

#[test]
fn the_frozen_v1_fixture_still_decodes() {
    let raw = include_str!("fixtures/schema-v1.json");
    assert_eq!(decode(raw), Ok(sample_case()));
}

#[test]
fn missing_parts_of_a_known_version_mean_unanswered() {
    let raw = r#"{"app":"second-opinion-navigator","schema":1,"case":{"plan":{"region":"hi"}}}"#;
    let case = decode(raw).unwrap();
    assert_eq!(case.plan.region, Some(Region::Hawaii));
    assert_eq!(case.plan.plan_type, None);
    let raw = r#"{"app":"second-opinion-navigator","schema":1,"case":{}}"#;
    assert_eq!(decode(raw), Ok(Case::default()));
}

#[test]
fn an_envelope_without_a_case_is_invalid_not_empty() {
    let raw = r#"{"app":"second-opinion-navigator","schema":1}"#;
    assert!(matches!(decode(raw), Err(DecodeError::InvalidField { field, .. }) if field == "case"));
}

#[test]
fn a_newer_version_is_reported_not_read() {
    let raw = r#"{"app":"second-opinion-navigator","schema":7,"case":{"whatever":true}}"#;
    assert_eq!(decode(raw), Err(DecodeError::NewerVersion(7)));
}

#[test]
fn garbage_is_a_typed_error_never_a_panic() {
    for raw in [
        "",
        "{",
        "null",
        "42",
        "[]",
        "\"text\"",
        "{\"schema\":1}",
        "\u{0}\u{ffff}",
    ] {
        let result = decode(raw);
        assert!(result.is_err(), "{raw:?} decoded to {result:?}");
    }
    assert!(matches!(decode("{"), Err(DecodeError::NotJson(_))));
    assert_eq!(
        decode(r#"{"app":"other","schema":1}"#),
        Err(DecodeError::NotAnEnvelope)
    );
    assert_eq!(
        decode(r#"{"app":"second-opinion-navigator","schema":0}"#),
        Err(DecodeError::NotAnEnvelope)
    );
}

#[test]
fn an_unknown_value_names_its_field() {
    let raw = r#"{"app":"second-opinion-navigator","schema":1,"case":{"plan":{"planType":"ppo"}}}"#;
    match decode(raw) {
        Err(DecodeError::InvalidField { field, problem }) => {
            assert_eq!(field, "plan.planType");
            assert!(problem.contains("ppo"), "{problem}");
        }
        other => panic!("expected an invalid field, got {other:?}"),
    }
    let raw = r#"{"app":"second-opinion-navigator","schema":1,"case":{"plan":{"region":5}}}"#;
    assert!(matches!(decode(raw), Err(DecodeError::InvalidField { .. })));
}
