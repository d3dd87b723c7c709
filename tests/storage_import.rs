//! Export and import of the case file: the marker, every earlier version accepted, and a precise
//! error for every kind of wrong file.
#![cfg(not(target_arch = "wasm32"))]

mod storage_support;

use second_opinion_navigator::domain::Case;
use second_opinion_navigator::storage::{
    encode, export_case, import_case, indent, Expected, Found, ImportError, EXPORTED_BY,
    EXPORT_KIND, MAX_IMPORT_BYTES,
};
use serde_json::Value;
use storage_support::{v1_fixture_case, v2_fixture_case, v3_fixture_case};

#[test]
fn an_export_is_a_recognisable_pretty_envelope() {
    let text = export_case(&v2_fixture_case());
    assert!(
        text.contains("\n  \"app\": \"second-opinion-navigator\""),
        "{text}"
    );
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["kind"], EXPORT_KIND);
    assert_eq!(value["exportedBy"], EXPORTED_BY);
    assert!(EXPORTED_BY.starts_with("Second Opinion Navigator "));
    assert_eq!(value["schema"], 5);
    assert!(
        value.get("revision").is_none(),
        "a revision counts saves on one device only"
    );
    assert_eq!(
        value["case"]["details"]["contacts"][0]["reference"],
        "REF#88-1"
    );
}

#[test]
fn an_export_imports_back_identically() {
    for case in [
        Case::default(),
        v1_fixture_case(),
        v2_fixture_case(),
        v3_fixture_case(),
    ] {
        assert_eq!(import_case(&export_case(&case)), Ok(case));
    }
}

#[test]
fn files_of_every_earlier_version_import_through_the_migrations() {
    let v1 = include_str!("fixtures/schema-v1.json");
    assert_eq!(import_case(v1), Ok(v1_fixture_case()));
    let v2 = include_str!("fixtures/schema-v2.json");
    assert_eq!(import_case(v2), Ok(v2_fixture_case()));
    let v3 = include_str!("fixtures/schema-v3.json");
    assert_eq!(import_case(v3), Ok(v3_fixture_case()));
    // A saved value copied out of storage (no export marker) is a case file too.
    assert_eq!(
        import_case(&encode(&v2_fixture_case(), 9)),
        Ok(v2_fixture_case())
    );
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let text = format!("\u{feff}{}", export_case(&v1_fixture_case()));
    assert_eq!(import_case(&text), Ok(v1_fixture_case()));
}

#[test]
fn a_newer_versions_file_is_refused_with_its_version() {
    let text =
        r#"{"app":"second-opinion-navigator","kind":"case-export","schema":6,"case":{"x":1}}"#;
    assert_eq!(
        import_case(text),
        Err(ImportError::NewerVersion { schema: 6 })
    );
}

#[test]
fn a_file_that_is_not_json_says_where_it_went_wrong() {
    assert_eq!(
        import_case(""),
        Err(ImportError::NotJson { line: 1, column: 0 })
    );
    assert_eq!(
        import_case("%PDF-1.7\n"),
        Err(ImportError::NotJson { line: 1, column: 1 })
    );
    let cut = export_case(&v2_fixture_case());
    let cut = &cut[..cut.len() / 2];
    assert!(matches!(import_case(cut), Err(ImportError::NotJson { line, .. }) if line > 1));
}

#[test]
fn json_that_is_not_our_case_file_is_refused() {
    for text in [
        "[]",
        "{}",
        r#"{"name":"my notes"}"#,
        r#"{"app":"another-app","schema":1,"case":{}}"#,
        r#"{"app":"second-opinion-navigator","kind":"settings","schema":2,"case":{}}"#,
    ] {
        assert_eq!(import_case(text), Err(ImportError::NotACaseFile), "{text}");
    }
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let huge = format!("{{\"padding\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
    assert_eq!(
        import_case(&huge),
        Err(ImportError::TooLarge {
            bytes: huge.len(),
            limit: MAX_IMPORT_BYTES
        })
    );
    assert_eq!(MAX_IMPORT_BYTES, 1 << 20);
    // Exactly at the limit is still read (and here refused only for what it is).
    let at_limit = " ".repeat(MAX_IMPORT_BYTES - 2) + "[]";
    assert_eq!(import_case(&at_limit), Err(ImportError::NotACaseFile));
}

#[test]
fn a_wrong_shape_lists_every_problem_with_what_was_expected() {
    let text = r#"{
      "app": "second-opinion-navigator", "kind": "case-export", "schema": 2,
      "case": {
        "plan": {"region": "california"},
        "details": {
          "access": {"travelMinutes": "ninety"},
          "costs": {"inNetwork": {"share": {"kind": "percent", "cents": 5}}},
          "contacts": {"date": "2026-01-01"}
        }
      }
    }"#;
    let Err(ImportError::Invalid(problems)) = import_case(text) else {
        panic!("expected problems");
    };
    let listed: Vec<_> = problems
        .listed
        .iter()
        .map(|p| (p.path.as_str(), &p.expected, &p.found))
        .collect();
    assert_eq!(listed.len(), 4, "{problems}");
    assert_eq!(listed[0].0, "case.plan.region");
    assert!(matches!(listed[0].1, Expected::OneOf(codes) if codes.contains(&"ca-north")));
    assert_eq!(listed[0].2, &Found::Text("california".into()));
    assert_eq!(
        listed[1],
        (
            "case.details.access.travelMinutes",
            &Expected::WholeNumber {
                min: 0,
                max: u32::MAX.into()
            },
            &Found::Text("ninety".into())
        )
    );
    assert_eq!(listed[2].0, "case.details.costs.inNetwork.share.kind");
    assert_eq!(listed[2].1, &Expected::OneOf(vec!["copay", "coinsurance"]));
    assert_eq!(
        listed[3],
        ("case.details.contacts", &Expected::List, &Found::Object)
    );
    let message = problems.to_string();
    assert!(
        message.contains("case.details.access.travelMinutes: expected a whole number from 0 to 4294967295, found the text \"ninety\""),
        "{message}"
    );
}

#[test]
fn long_text_in_a_problem_is_cut_short() {
    let long = "y".repeat(10_000);
    let text = format!(
        r#"{{"app":"second-opinion-navigator","schema":2,"case":{{"plan":{{"urgency":"{long}"}}}}}}"#
    );
    let Err(ImportError::Invalid(problems)) = import_case(&text) else {
        panic!("expected problems");
    };
    assert_eq!(problems.listed[0].found, Found::Text("y".repeat(40)));
}

/// The export is laid out by hand (to keep a second serialiser out of the bundle); it must be
/// exactly serde_json's own pretty layout, whatever the strings hold.
#[test]
fn the_export_layout_is_serde_jsons_pretty_layout() {
    let tricky =
        r#"{"a":"{[,:\"\\]}","b":[],"c":{},"d":[1,{"e":null,"f":true}],"g":"tab\tnew\nline"}"#;
    for text in [
        include_str!("fixtures/schema-v1.json"),
        include_str!("fixtures/schema-v2.json"),
        include_str!("fixtures/schema-v3.json"),
        tricky,
    ] {
        let value: Value = serde_json::from_str(text).unwrap();
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(
            indent(&compact),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
    let exported = export_case(&v3_fixture_case());
    let value: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(import_case(&exported), Ok(v3_fixture_case()));
    assert!(exported.lines().count() > 40, "one member per line");
    assert_eq!(value["case"]["plan"]["planType"], "medicaid");
}

proptest::proptest! {
    #[test]
    fn any_json_is_indented_as_serde_json_would(text in "\\PC{0,40}", n in proptest::num::i64::ANY) {
        let value = serde_json::json!({"s": text, "list": [n, [], {}, {"k": [text]}], "empty": {}});
        let compact = serde_json::to_string(&value).unwrap();
        proptest::prop_assert_eq!(indent(&compact), serde_json::to_string_pretty(&value).unwrap());
    }
}
