//! The saved-state envelope: frozen fixtures of every past version, migrations, revisions, and
//! every way a saved value can be bad.
#![cfg(not(target_arch = "wasm32"))]

mod storage_support;

use second_opinion_navigator::domain::case::Documents;
use second_opinion_navigator::domain::keeping::{Keeping, Milestone, Offer};
use second_opinion_navigator::domain::{Case, PlanType, Region};
use second_opinion_navigator::storage::{
    decode, encode, kept_aside_key, DecodeError, Decoded, Expected, Found, KEY_PREFIX,
    MAX_LISTED_PROBLEMS, SCHEMA_VERSION, UNREADABLE_KEY,
};
use serde_json::Value;
use storage_support::{
    v1_fixture_case, v2_fixture_case, v3_fixture_case, v4_fixture_case, v5_fixture_case,
};

const V1: &str = include_str!("fixtures/schema-v1.json");
const V2: &str = include_str!("fixtures/schema-v2.json");
const V3: &str = include_str!("fixtures/schema-v3.json");
const V4: &str = include_str!("fixtures/schema-v4.json");
const V5: &str = include_str!("fixtures/schema-v5.json");

fn envelope(schema: u64, case: &str) -> String {
    format!(r#"{{"app":"second-opinion-navigator","schema":{schema},"case":{case}}}"#)
}

/// The problems of an invalid value, as (path, expected, found).
fn problems(raw: &str) -> Vec<(String, Expected, Found)> {
    match decode(raw) {
        Err(DecodeError::Invalid(p)) => p
            .listed
            .into_iter()
            .map(|p| (p.path, p.expected, p.found))
            .collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn a_case_survives_encode_then_decode_with_its_revision() {
    for (case, revision) in [
        (Case::default(), 0),
        (v2_fixture_case(), 41),
        (v3_fixture_case(), 2),
        (v1_fixture_case(), u64::MAX),
    ] {
        let decoded = decode(&encode(&case, revision)).unwrap();
        assert_eq!(
            decoded,
            Decoded {
                case,
                revision,
                schema: SCHEMA_VERSION
            }
        );
        assert!(!decoded.was_migrated());
    }
}

#[test]
fn the_envelope_names_the_app_the_schema_and_the_revision() {
    let value: Value = serde_json::from_str(&encode(&v2_fixture_case(), 3)).unwrap();
    assert_eq!(value["app"], "second-opinion-navigator");
    assert_eq!(value["schema"], 5);
    assert_eq!(SCHEMA_VERSION, 5);
    assert_eq!(value["revision"], 3);
    assert_eq!(value["case"]["plan"]["region"], "mid-atlantic");
    assert_eq!(
        value["case"]["details"]["costs"]["inNetwork"]["allowedCents"],
        31_250
    );
    assert_eq!(
        value["case"]["details"]["access"]["appointmentRequestedOn"],
        "2026-01-05"
    );
}

#[test]
fn the_frozen_v1_fixture_migrates_to_the_expected_case() {
    let decoded = decode(V1).unwrap();
    assert_eq!(decoded.case, v1_fixture_case());
    assert_eq!(decoded.schema, 1);
    assert_eq!(decoded.revision, 0, "version 1 had no revision counter");
    assert!(decoded.was_migrated());
}

#[test]
fn the_frozen_v2_fixture_migrates_to_the_expected_case() {
    let decoded = decode(V2).unwrap();
    assert_eq!(decoded.case, v2_fixture_case());
    assert_eq!((decoded.schema, decoded.revision), (2, 7));
    assert!(decoded.was_migrated());
}

#[test]
fn version_2s_medi_cal_is_version_3s_medicaid() {
    let v2 = envelope(2, r#"{"plan":{"region":"ca-south","planType":"medi-cal"}}"#);
    let case = decode(&v2).unwrap().case;
    assert_eq!(case.plan.plan_type, Some(PlanType::Medicaid));
    // Saved back, it is written with version 3's code.
    let value: Value = serde_json::from_str(&encode(&case, 1)).unwrap();
    assert_eq!(value["case"]["plan"]["planType"], "medicaid");
    // Version 3 has no "medi-cal": a stray one is a problem, named with the codes it allows.
    let v3 = envelope(3, r#"{"plan":{"planType":"medi-cal"}}"#);
    let listed = problems(&v3);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].0, "case.plan.planType");
    assert!(matches!(&listed[0].1, Expected::OneOf(codes) if codes.contains(&"medicaid")));
}

#[test]
fn the_frozen_v3_fixture_decodes_to_the_expected_case_with_no_documents() {
    let decoded = decode(V3).unwrap();
    assert_eq!(decoded.case, v3_fixture_case());
    assert_eq!(decoded.case.details.documents, Documents::default());
    assert_eq!((decoded.schema, decoded.revision), (3, 9));
    assert!(decoded.was_migrated());
    // Saved back, it is the current version: the same case, and an empty documents section.
    let value: Value = serde_json::from_str(&encode(&decoded.case, 10)).unwrap();
    assert_eq!(value["schema"], SCHEMA_VERSION);
    assert_eq!(
        value["case"]["details"]["documents"],
        serde_json::json!({"edited": {}})
    );
}

#[test]
fn the_frozen_v4_fixture_decodes_to_the_expected_case_with_nothing_copied() {
    let decoded = decode(V4).unwrap();
    assert_eq!(decoded.case, v4_fixture_case());
    assert_eq!(decoded.case.details.keeping, Keeping::default());
    assert_eq!((decoded.schema, decoded.revision), (4, 9));
    assert!(decoded.was_migrated());
    // Saved back, it is version 5: version 4's members as they were, and an empty record of
    // copies.
    let mut written: Value = serde_json::from_str(&encode(&decoded.case, 9)).unwrap();
    assert_eq!(written["schema"], 5);
    let keeping = written["case"]["details"]
        .as_object_mut()
        .unwrap()
        .remove("keeping");
    assert_eq!(keeping, Some(serde_json::json!({"offered": []})));
    written["schema"] = 4.into();
    assert_eq!(written, serde_json::from_str::<Value>(V4).unwrap());
}

#[test]
fn the_frozen_v5_fixture_decodes_to_the_expected_case() {
    let decoded = decode(V5).unwrap();
    assert_eq!(decoded.case, v5_fixture_case());
    assert_eq!((decoded.schema, decoded.revision), (5, 9));
    assert!(!decoded.was_migrated());
}

#[test]
fn the_writer_still_writes_the_frozen_v5_shape() {
    // If this fails, the format changed: add schema 6 with a migration instead.
    let written: Value = serde_json::from_str(&encode(&v5_fixture_case(), 9)).unwrap();
    let frozen: Value = serde_json::from_str(V5).unwrap();
    assert_eq!(written, frozen);
}

#[test]
fn a_version_4_file_with_a_record_of_copies_ignores_it() {
    // Version 4 had none: a stray section is an unknown field, as for any other.
    let raw = envelope(4, r#"{"details":{"keeping":{"lastCopy":"2026-01-01"}}}"#);
    assert_eq!(decode(&raw).unwrap().case, Case::default());
}

#[test]
fn a_bad_record_of_copies_is_named_by_path_and_each_offer_is_kept_once() {
    let raw = envelope(
        5,
        r#"{"details":{"keeping":{"lastCopy":"2026-1-1","changedSinceCopy":"yes","offered":["denied","later","denied"]}}}"#,
    );
    let listed: Vec<String> = problems(&raw).into_iter().map(|p| p.0).collect();
    assert_eq!(
        listed,
        vec![
            "case.details.keeping.lastCopy".to_owned(),
            "case.details.keeping.changedSinceCopy".to_owned(),
            "case.details.keeping.offered[1]".to_owned(),
        ]
    );
    let good = envelope(
        5,
        r#"{"details":{"keeping":{"offered":["denied","denied"]}}}"#,
    );
    assert_eq!(
        decode(&good).unwrap().case.details.keeping.offered,
        vec![Offer::After(Milestone::Denied)]
    );
}

#[test]
fn a_version_3_file_with_documents_ignores_them() {
    // Version 3 had no documents: a stray section is an unknown field, as for any other.
    let raw = envelope(3, r#"{"details":{"documents":{"calendarId":"x"}}}"#);
    assert_eq!(decode(&raw).unwrap().case, Case::default());
}

#[test]
fn bad_documents_are_named_by_path() {
    let raw = envelope(
        4,
        r#"{"details":{"documents":{"calendarId":7,"edited":{"appeal":["x"]}}}}"#,
    );
    let listed: Vec<String> = problems(&raw).into_iter().map(|p| p.0).collect();
    assert_eq!(
        listed,
        vec![
            "case.details.documents.calendarId".to_owned(),
            "case.details.documents.edited.appeal".to_owned()
        ]
    );
}

#[test]
fn a_migrated_case_saved_back_is_current_and_identical() {
    let migrated = decode(V1).unwrap();
    let again = decode(&encode(&migrated.case, 1)).unwrap();
    assert_eq!(again.case, v1_fixture_case());
    assert_eq!(again.schema, SCHEMA_VERSION);
}

#[test]
fn missing_parts_of_a_known_version_mean_unanswered() {
    let case = decode(&envelope(1, r#"{"plan":{"region":"hi"}}"#))
        .unwrap()
        .case;
    assert_eq!(case.plan.region, Some(Region::Hawaii));
    assert_eq!(case.plan.plan_type, None);
    for schema in [1, 2, 3, 4, 5] {
        assert_eq!(
            decode(&envelope(schema, "{}")).unwrap().case,
            Case::default()
        );
        let nulls = r#"{"plan":null,"details":{"reasons":null,"contacts":null,"state":null}}"#;
        assert_eq!(
            decode(&envelope(schema, nulls)).unwrap().case,
            Case::default()
        );
    }
}

#[test]
fn unknown_extra_fields_are_ignored() {
    let raw = envelope(
        2,
        r#"{"plan":{"region":"co","colour":"blue"},"later":[1,2]}"#,
    );
    assert_eq!(
        decode(&raw).unwrap().case.plan.region,
        Some(Region::Colorado)
    );
}

#[test]
fn an_envelope_without_a_case_names_the_missing_field() {
    let raw = r#"{"app":"second-opinion-navigator","schema":2}"#;
    assert_eq!(
        problems(raw),
        vec![("case".into(), Expected::Object, Found::Missing)]
    );
}

#[test]
fn a_newer_version_is_reported_not_read() {
    let raw = envelope(7, r#"{"whatever":true}"#);
    assert_eq!(decode(&raw), Err(DecodeError::NewerVersion { schema: 7 }));
    // Nothing else of a newer envelope is looked at, not even a broken revision or case.
    let raw = r#"{"app":"second-opinion-navigator","schema":6,"revision":"x"}"#;
    assert_eq!(decode(raw), Err(DecodeError::NewerVersion { schema: 6 }));
}

#[test]
fn garbage_is_a_typed_error_never_a_panic() {
    for raw in ["", "{", "nul", "\u{0}\u{ffff}", "{\"app\":"] {
        assert!(
            matches!(decode(raw), Err(DecodeError::NotJson { .. })),
            "{raw:?}"
        );
    }
    for raw in [
        "null",
        "42",
        "[]",
        "\"text\"",
        "{}",
        r#"{"schema":2}"#,
        r#"{"app":"other","schema":2}"#,
    ] {
        assert_eq!(decode(raw), Err(DecodeError::NotAnEnvelope), "{raw:?}");
    }
    assert_eq!(
        decode("{\n  \"a\": 1,\n  x"),
        Err(DecodeError::NotJson { line: 3, column: 3 })
    );
}

#[test]
fn a_bad_schema_or_revision_is_named() {
    let whole = |min: i128| Expected::WholeNumber {
        min,
        max: u64::MAX.into(),
    };
    let raw = r#"{"app":"second-opinion-navigator","schema":0,"case":{}}"#;
    assert_eq!(
        problems(raw),
        vec![("schema".into(), whole(1), Found::Number("0".into()))]
    );
    let raw = r#"{"app":"second-opinion-navigator","schema":"2","case":{}}"#;
    assert_eq!(
        problems(raw),
        vec![("schema".into(), whole(1), Found::Text("2".into()))]
    );
    let raw = r#"{"app":"second-opinion-navigator","case":{}}"#;
    assert_eq!(
        problems(raw),
        vec![("schema".into(), whole(1), Found::Missing)]
    );
    let raw = r#"{"app":"second-opinion-navigator","schema":2,"revision":-1,"case":{}}"#;
    assert_eq!(
        problems(raw),
        vec![("revision".into(), whole(0), Found::Number("-1".into()))]
    );
    let raw = r#"{"app":"second-opinion-navigator","schema":2,"revision":1.5,"case":{}}"#;
    assert_eq!(problems(raw)[0].0, "revision");
}

#[test]
fn an_unknown_code_names_its_field_and_the_codes_expected() {
    let found = problems(&envelope(1, r#"{"plan":{"planType":"ppo"}}"#));
    assert_eq!(found.len(), 1);
    let (path, expected, value) = &found[0];
    assert_eq!(path, "case.plan.planType");
    // The codes are the current version's, into which older files are migrated.
    assert!(matches!(expected, Expected::OneOf(codes) if codes.contains(&"medicaid")));
    assert_eq!(value, &Found::Text("ppo".into()));
}

#[test]
fn every_problem_is_listed_with_its_path() {
    let case = r#"{
        "plan": {"region": 5, "urgency": "soon"},
        "details": {
            "state": "tx",
            "reasons": {"questionedSurgery": "yes"},
            "access": {"travelMiles": -3, "appointmentRequestedOn": "2026-1-5"},
            "referral": [],
            "costs": {"inNetwork": {"share": {"kind": "copay"}},
                      "outOfNetwork": {"share": {"kind": "coinsurance", "basisPoints": 10001}},
                      "selfPay": {"travelCents": 1.5}},
            "letter": {"memberName": 7},
            "contacts": [{}, {"date": "2026-02-30", "channel": "fax", "who": null}, 3]
        }
    }"#;
    let paths: Vec<String> = problems(&envelope(2, case))
        .into_iter()
        .map(|p| p.0)
        .collect();
    assert_eq!(
        paths,
        [
            "case.plan.region",
            "case.plan.urgency",
            "case.details.referral",
            "case.details.state",
            "case.details.reasons.questionedSurgery",
            "case.details.access.appointmentRequestedOn",
            "case.details.access.travelMiles",
            "case.details.costs.inNetwork.share.cents",
            "case.details.costs.outOfNetwork.share.basisPoints",
            "case.details.costs.selfPay.travelCents",
            "case.details.letter.memberName",
            "case.details.contacts[1].date",
            "case.details.contacts[1].channel",
            "case.details.contacts[2]",
        ]
    );
}

#[test]
fn dates_are_strict_but_every_domain_date_round_trips() {
    for bad in [
        "2026-1-5",
        "2026-02-30",
        "26-01-05",
        "2026/01/05",
        "2026-01-05T00:00",
        "",
        "+-2026-01-05",
    ] {
        let raw = envelope(
            2,
            &format!(r#"{{"details":{{"appointment":{{"date":"{bad}"}}}}}}"#),
        );
        let found = problems(&raw);
        assert_eq!(found[0].1, Expected::Date, "{bad:?}");
    }
    let mut case = Case::default();
    for date in [
        chrono::NaiveDate::MIN,
        chrono::NaiveDate::MAX,
        storage_support::d(0, 1, 1),
        storage_support::d(10_000, 1, 1),
    ] {
        case.details.appointment.date = Some(date);
        assert_eq!(decode(&encode(&case, 1)).unwrap().case, case, "{date}");
    }
    let value: Value = serde_json::from_str(&encode(&case, 1)).unwrap();
    assert_eq!(
        value["case"]["details"]["appointment"]["date"],
        "+10000-01-01"
    );
}

#[test]
fn a_flood_of_problems_is_listed_up_to_a_limit_and_counted() {
    let contacts = vec![r#"{"date":1}"#; 200].join(",");
    let raw = envelope(2, &format!(r#"{{"details":{{"contacts":[{contacts}]}}}}"#));
    match decode(&raw) {
        Err(DecodeError::Invalid(p)) => {
            assert_eq!(p.listed.len(), MAX_LISTED_PROBLEMS);
            assert_eq!(p.unlisted, 200 - MAX_LISTED_PROBLEMS);
            assert!(p.to_string().ends_with("and 150 more"), "{p}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_key_is_under_the_prefix() {
    assert!(UNREADABLE_KEY.starts_with(KEY_PREFIX));
    assert_eq!(kept_aside_key(0), UNREADABLE_KEY);
    assert_eq!(kept_aside_key(3), format!("{UNREADABLE_KEY}-3"));
}

#[test]
fn a_wrong_type_in_a_v1_case_names_its_field() {
    assert_eq!(
        problems(&envelope(1, r#"{"plan":{"urgency":true}}"#)),
        vec![(
            "case.plan.urgency".into(),
            Expected::Text,
            Found::YesOrNo(true)
        )]
    );
    assert_eq!(
        problems(&envelope(1, "[]")),
        vec![("case".into(), Expected::Object, Found::List)]
    );
}
