//! Property tests: whatever text reaches the decoder or the importer, the answer is a case or a
//! typed error, never a panic; and every case the domain can hold survives saving and exporting.
#![cfg(not(target_arch = "wasm32"))]

mod storage_support;

use proptest::prelude::*;
use second_opinion_navigator::storage::{
    decode, encode, export_case, import_case, storage_change, DecodeError, ImportError,
    SCHEMA_VERSION,
};
use serde_json::{json, Value};
use storage_support::any_case;

/// Arbitrary JSON, so the reader (not just the JSON parser) meets every shape.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "[a-z0-9+-]{0,12}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(field_name(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Names the reader looks for, so random objects hit real fields.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec![
            "plan",
            "details",
            "region",
            "planType",
            "urgency",
            "state",
            "reasons",
            "access",
            "referral",
            "appeal",
            "appointment",
            "costs",
            "letter",
            "contacts",
            "date",
            "channel",
            "inNetwork",
            "share",
            "kind",
            "cents",
            "basisPoints",
            "selfPay",
            "travelMiles",
            "outcome",
            "who",
            "nextStep",
            "allowedCents",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z]{1,8}",
    ]
}

/// A case envelope around arbitrary JSON, at a known, newer or odd schema version.
fn any_envelope() -> impl Strategy<Value = String> {
    (prop_oneof![Just(json!(1)), Just(json!(2)), Just(json!(3)), any_json()], any_json(), any_json())
        .prop_map(|(schema, revision, case)| {
            json!({"app": "second-opinion-navigator", "schema": schema, "revision": revision, "case": case})
                .to_string()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_decodes_or_fails_with_a_typed_error(raw in any::<String>()) {
        let _ = decode(&raw);
        let _ = import_case(&raw);
        let _ = storage_change(Some("second-opinion-navigator/case"), Some(&raw));
    }

    #[test]
    fn any_envelope_decodes_or_lists_its_problems(raw in any_envelope()) {
        match decode(&raw) {
            Ok(d) => prop_assert!(d.schema <= SCHEMA_VERSION),
            Err(DecodeError::Invalid(p)) => {
                prop_assert!(!p.is_empty());
                prop_assert!(p.listed.iter().all(|p| !p.path.is_empty()));
            }
            Err(DecodeError::NewerVersion { schema }) => prop_assert!(schema > SCHEMA_VERSION),
            Err(other) => prop_assert!(false, "an envelope of ours gave {:?}", other),
        }
        let _ = import_case(&raw);
    }

    #[test]
    fn any_case_survives_encode_then_decode(case in any_case(), revision in any::<u64>()) {
        let decoded = decode(&encode(&case, revision)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(decoded.case, case);
        prop_assert_eq!(decoded.revision, revision);
    }

    #[test]
    fn any_case_survives_export_then_import(case in any_case()) {
        prop_assert_eq!(import_case(&export_case(&case)), Ok(case));
    }

    #[test]
    fn a_damaged_saved_case_never_panics(case in any_case(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let raw = encode(&case, 1);
        let at = cut.index(raw.len());
        // Cut short (a write interrupted) and one byte changed (a flipped bit).
        let _ = decode(raw.get(..at).unwrap_or(""));
        let mut bytes = raw.into_bytes();
        bytes[at] = byte;
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn oversized_text_is_refused_before_reading(extra in 1usize..64) {
        let text = " ".repeat(second_opinion_navigator::storage::MAX_IMPORT_BYTES + extra);
        let refused = matches!(import_case(&text), Err(ImportError::TooLarge { .. }));
        prop_assert!(refused);
    }
}
