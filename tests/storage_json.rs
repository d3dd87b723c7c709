//! The app's own JSON (storage/json.rs) against a reference implementation, serde_json: the
//! same texts accepted, errors at the same line and column, the same values read, and strings
//! written with the same escapes.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use second_opinion_navigator::storage::json::{parse, Json, JsonError, JsonWriter};
use serde_json::Value;

/// Our value as serde_json's, for comparing what was read.
fn to_serde(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        Json::Object(object) => Value::Object(
            object
                .0
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}

fn reference(text: &str) -> Result<Value, JsonError> {
    serde_json::from_str(text).map_err(|e| JsonError {
        line: e.line(),
        column: e.column(),
    })
}

#[test]
fn errors_are_reported_where_serde_json_reports_them() {
    for text in [
        "",
        " ",
        "{",
        "nul",
        "%PDF-1.7\n",
        "{\n  \"a\": 1,\n  x",
        "[1,]",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "\"unterminated",
        "\"tab\there\"",
        "\"bad \\q escape\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"\\u12\"",
        "\"\\u}a",
        "\"\\u12\"x",
        "\"\\u1\n23\"",
        "\"\\ud800\\u12",
        "01",
        "-",
        "1.",
        "1e",
        "1e+",
        "[1] 2",
        "{\"app\":",
        "truth",
        "\u{0}",
        "[\n\n  tru\n]",
    ] {
        let ours = parse(text).map(|v| to_serde(&v));
        assert_eq!(ours, reference(text), "{text:?}");
    }
}

#[test]
fn values_are_read_as_serde_json_reads_them() {
    for text in [
        "null",
        " true ",
        "false",
        "0",
        "-12",
        "18446744073709551615",
        "1.5",
        "-0.25e+3",
        "\"\"",
        "\"caf\\u00e9 \\ud83d\\ude00 \\\" \\\\ \\/ \\b\\f\\n\\r\\t\"",
        "\"Ñandú 📝\"",
        "[]",
        "{}",
        "[1,[2,[3,{}]],\"x\"]",
        "{\"a\":1,\"b\":{\"c\":[null,false]}}",
        "{\"dup\":1,\"dup\":2}",
        "\r\n\t{ \"spaced\" :  [ 1 , 2 ] }\n",
    ] {
        let ours = parse(text).map(|v| to_serde(&v));
        assert_eq!(ours, reference(text), "{text:?}");
    }
    // A repeated member: the last one counts, as in serde_json.
    assert_eq!(
        parse("{\"dup\":1,\"dup\":2}").unwrap().get("dup"),
        Some(&Json::Number("2".into()))
    );
}

#[test]
fn whole_numbers_and_nothing_else_read_as_whole() {
    let whole = |text: &str| parse(text).unwrap().as_whole();
    assert_eq!(whole("42"), Some(42));
    assert_eq!(whole("-7"), Some(-7));
    assert_eq!(whole("18446744073709551615"), Some(i128::from(u64::MAX)));
    assert_eq!(whole("1.0"), None);
    assert_eq!(whole("1e3"), None);
    assert_eq!(whole("\"42\""), None);
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    assert!(parse(&deep).is_err());
    let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(parse(&ok).is_ok());
}

#[test]
fn the_writer_writes_what_serde_json_writes() {
    let mut w = JsonWriter::default();
    w.open_object();
    w.key("text");
    w.string("quote \" backslash \\ newline \n tab \t bell \u{7} café 📝");
    w.key("n");
    w.int(-123);
    w.key("big");
    w.uint(u64::MAX);
    w.key("yes");
    w.bool(true);
    w.key("list");
    w.open_list();
    w.int(1);
    w.open_object();
    w.close_object();
    w.open_list();
    w.close_list();
    w.string("x");
    w.close_list();
    w.key("empty");
    w.open_object();
    w.close_object();
    w.close_object();
    let ours = w.finish();
    let value = serde_json::json!({
        "text": "quote \" backslash \\ newline \n tab \t bell \u{7} café 📝",
        "n": -123,
        "big": u64::MAX,
        "yes": true,
        "list": [1, {}, [], "x"],
        "empty": {},
    });
    assert_eq!(serde_json::from_str::<Value>(&ours).unwrap(), value);
    assert_eq!(
        ours,
        r#"{"text":"quote \" backslash \\ newline \n tab \t bell \u0007 café 📝","n":-123,"big":18446744073709551615,"yes":true,"list":[1,{},[],"x"],"empty":{}}"#
    );
}

proptest! {
    /// Any text: accepted by both or refused by both at the same place, reading the same value.
    /// (Numbers too large for a float, which serde_json refuses and this app reads as text, are
    /// left out.)
    #[test]
    fn any_text_parses_as_serde_json_parses_it(text in "[\\[\\]{}\",:0-9a-z\\\\. \\n\\-]{0,24}") {
        let reference = reference(&text);
        let ours = parse(&text);
        match (&ours, &reference) {
            (Ok(_), Err(_)) if text.contains('e') => {}
            _ => prop_assert_eq!(ours.map(|v| to_serde(&v)), reference, "{:?}", text),
        }
    }

    /// Any string is written with serde_json's escapes and reads back the same.
    #[test]
    fn any_string_is_written_and_read_back(text in "\\PC{0,30}|[\\x00-\\x1f\"\\\\]{0,8}") {
        let mut w = JsonWriter::default();
        w.string(&text);
        let written = w.finish();
        prop_assert_eq!(&written, &serde_json::to_string(&text).unwrap());
        prop_assert_eq!(parse(&written).unwrap(), Json::String(text));
    }
}
