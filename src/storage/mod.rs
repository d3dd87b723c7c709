//! Saved state: one localStorage key holding an envelope `{"app", "schema", "case"}`.
//!
//! The envelope and its decoding are pure (tested natively); `local` (wasm32 only) is the thin browser
//! adapter. Persisted shapes (DTOs, in `v1`) are separate from domain types so the domain can
//! change without breaking cases saved on members' devices.

mod v1;

#[cfg(target_arch = "wasm32")]
pub mod local;

use crate::domain::Case;
use std::fmt;

/// The schema version this build writes. Bump it with a new DTO module and a migration.
pub const SCHEMA_VERSION: u64 = 1;

/// Marks an envelope as ours, so a stranger's value under our key is not mistaken for a case.
pub const APP_ID: &str = "second-opinion-navigator";

/// Every key this app writes starts with this, so "delete everything" can find them all.
pub const KEY_PREFIX: &str = "second-opinion-navigator/";

/// The key holding the saved case.
pub const CASE_KEY: &str = "second-opinion-navigator/case";

/// Where an unreadable saved value is kept aside instead of being thrown away.
pub const UNREADABLE_KEY: &str = "second-opinion-navigator/case-unreadable";

/// Why a saved value could not be turned into a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (for example, cut short).
    NotJson(String),
    /// JSON, but not an envelope written by this app.
    NotAnEnvelope,
    /// Written by a newer version of the app, which this version must not overwrite.
    NewerVersion(u64),
    /// An envelope of a known version whose content is wrong.
    InvalidField { field: String, problem: String },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(why) => write!(f, "not JSON: {why}"),
            DecodeError::NotAnEnvelope => write!(f, "not a saved case of this app"),
            DecodeError::NewerVersion(v) => write!(f, "saved by a newer version (schema {v})"),
            DecodeError::InvalidField { field, problem } => write!(f, "{field}: {problem}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The envelope text for `case`, at the current schema version.
pub fn encode(case: &Case) -> String {
    let envelope = serde_json::json!({
        "app": APP_ID,
        "schema": SCHEMA_VERSION,
        "case": v1::CaseV1::from_domain(case),
    });
    envelope.to_string()
}

/// The case in a saved envelope. Never panics, whatever `raw` holds.
pub fn decode(raw: &str) -> Result<Case, DecodeError> {
    let value: serde_json::Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let envelope = value.as_object().ok_or(DecodeError::NotAnEnvelope)?;
    if envelope.get("app").and_then(|a| a.as_str()) != Some(APP_ID) {
        return Err(DecodeError::NotAnEnvelope);
    }
    let schema = envelope
        .get("schema")
        .and_then(|s| s.as_u64())
        .ok_or(DecodeError::NotAnEnvelope)?;
    let case = || {
        envelope
            .get("case")
            .cloned()
            .ok_or_else(|| DecodeError::InvalidField {
                field: "case".to_owned(),
                problem: "missing".to_owned(),
            })
    };
    match schema {
        1 => v1::CaseV1::from_json(case()?)?.into_domain(),
        newer if newer > SCHEMA_VERSION => Err(DecodeError::NewerVersion(newer)),
        _ => Err(DecodeError::NotAnEnvelope),
    }
}
