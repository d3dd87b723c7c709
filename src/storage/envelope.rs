//! The envelope around a saved case: `{"app", "schema", "revision", "case"}`. Decoding checks the
//! envelope, refuses newer versions unread, and runs older versions through the migrations.

use super::error::DecodeError;
use super::problems::{Expected, Reader};
use super::v2::CaseV2;
use super::{v1, v2_read, APP_ID, SCHEMA_VERSION};
use crate::domain::Case;
use serde::Serialize;
use serde_json::Value;

/// A decoded envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The case, migrated to the current version.
    pub case: Case,
    /// How many times it has been saved (0 for version 1, which had no counter).
    pub revision: u64,
    /// The schema version it was written in; older than [`SCHEMA_VERSION`] means it was migrated.
    pub schema: u64,
}

impl Decoded {
    /// Whether it was written by an older version (and should be saved back at this one).
    pub fn was_migrated(&self) -> bool {
        self.schema < SCHEMA_VERSION
    }
}

/// Field order is the order a person reading an exported file wants: whose, what, then the case.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct EnvelopeOut<'a> {
    pub(super) app: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) exported_by: Option<&'a str>,
    pub(super) schema: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) revision: Option<u64>,
    pub(super) case: CaseV2,
}

/// The envelope text for `case` at the current schema version and the given revision.
pub fn encode(case: &Case, revision: u64) -> String {
    let out = EnvelopeOut {
        app: APP_ID,
        kind: None,
        exported_by: None,
        schema: SCHEMA_VERSION,
        revision: Some(revision),
        case: CaseV2::from_domain(case),
    };
    // Serialising plain structs with string keys cannot fail; an empty string would read back as
    // "not JSON", never as a wrong case.
    serde_json::to_string(&out).unwrap_or_default()
}

/// The case in a saved envelope, migrated to the current version. Never panics, whatever `raw`
/// holds.
pub fn decode(raw: &str) -> Result<Decoded, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(|e| DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    decode_value(&value)
}

/// [`decode`] for already-parsed JSON.
pub(super) fn decode_value(value: &Value) -> Result<Decoded, DecodeError> {
    let envelope = value.as_object().ok_or(DecodeError::NotAnEnvelope)?;
    if envelope.get("app").and_then(Value::as_str) != Some(APP_ID) {
        return Err(DecodeError::NotAnEnvelope);
    }
    let mut r = Reader::new("");
    let whole = |r: &mut Reader, name: &str, min: u64| {
        r.field(Some(envelope), name, |r, v| {
            r.whole(v, i128::from(min), i128::from(u64::MAX))
        })
        .and_then(|n| u64::try_from(n).ok())
    };
    let Some(schema) = whole(&mut r, "schema", 1) else {
        if envelope.get("schema").is_none_or(Value::is_null) {
            r.problem_at(
                "schema",
                Expected::WholeNumber {
                    min: 1,
                    max: u64::MAX.into(),
                },
            );
        }
        return Err(DecodeError::Invalid(r.into_problems()));
    };
    // A newer version may have changed anything else, so nothing more is read.
    if schema > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion { schema });
    }
    let revision = whole(&mut r, "revision", 0).unwrap_or(0);
    let Some(case_value) = envelope.get("case") else {
        r.problem_at("case", Expected::Object);
        return Err(DecodeError::Invalid(r.into_problems()));
    };
    let case = r.at("case".to_owned(), |r| match schema {
        1 => {
            let v2 = v1::migrate(v1::read(r, case_value));
            // Re-read the migrated case with the current reader, so codes are checked once.
            let migrated = serde_json::to_value(v2).unwrap_or(Value::Null);
            v2_read::read_case(r, &migrated)
        }
        _ => v2_read::read_case(r, case_value),
    });
    let problems = r.into_problems();
    if problems.is_empty() {
        Ok(Decoded {
            case,
            revision,
            schema,
        })
    } else {
        Err(DecodeError::Invalid(problems))
    }
}
