//! The envelope around a saved case: `{"app", "schema", "revision", "case"}`. Decoding checks the
//! envelope, refuses newer versions unread, and runs older versions through the migrations.

use super::error::DecodeError;
use super::json::{self, Json, JsonWriter};
use super::problems::{Expected, Reader};
use super::{v1, v2, v3_read, v4, v5, APP_ID, SCHEMA_VERSION};
use crate::domain::Case;

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

/// The envelope's text at the current schema version. Members come in the order a person
/// reading an exported file wants: whose, what (`kind` and `exportedBy`, for an export), the
/// version, the revision (for a saved value), then the case.
pub(super) fn envelope_text(
    case: &Case,
    export: Option<(&str, &str)>,
    revision: Option<u64>,
) -> String {
    let mut w = JsonWriter::default();
    w.open_object();
    w.key("app");
    w.string(APP_ID);
    if let Some((kind, exported_by)) = export {
        w.key("kind");
        w.string(kind);
        w.key("exportedBy");
        w.string(exported_by);
    }
    w.key("schema");
    w.uint(SCHEMA_VERSION);
    if let Some(revision) = revision {
        w.key("revision");
        w.uint(revision);
    }
    w.key("case");
    v5::write_case(&mut w, case);
    w.close_object();
    w.finish()
}

/// The envelope text for `case` at the current schema version and the given revision.
pub fn encode(case: &Case, revision: u64) -> String {
    envelope_text(case, None, Some(revision))
}

/// The case in a saved envelope, migrated to the current version. Never panics, whatever `raw`
/// holds.
pub fn decode(raw: &str) -> Result<Decoded, DecodeError> {
    let value = json::parse(raw).map_err(|e| DecodeError::NotJson {
        line: e.line,
        column: e.column,
    })?;
    decode_value(&value)
}

/// [`decode`] for already-parsed JSON.
pub(super) fn decode_value(value: &Json) -> Result<Decoded, DecodeError> {
    let Json::Object(envelope) = value else {
        return Err(DecodeError::NotAnEnvelope);
    };
    if envelope.get("app").and_then(Json::as_str) != Some(APP_ID) {
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
        if envelope.get("schema").is_none_or(Json::is_null) {
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
            // Re-read the migrated case with the current reader, so codes are checked once.
            let v2 = v1::migrate(v1::read(r, case_value));
            v3_read::read_case(r, &v2::migrate(&v2))
        }
        2 => v3_read::read_case(r, &v2::migrate(case_value)),
        3 => v3_read::read_case(r, case_value),
        4 => v4::read_case(r, case_value),
        _ => v5::read_case(r, case_value),
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
