//! Export and import of the whole case as a JSON file. Pure: importing never touches storage or
//! the current case; the interface shows the result and replaces the case only once the member
//! confirms.

use super::envelope::{decode_value, EnvelopeOut};
use super::error::ImportError;
use super::v2::CaseV2;
use super::{APP_ID, SCHEMA_VERSION};
use crate::domain::Case;
use serde_json::Value;

/// The `kind` an exported file carries, so it is recognisable as a case file (a saved value
/// copied out of storage, which has no `kind`, is accepted too).
pub const EXPORT_KIND: &str = "case-export";

/// Who wrote an exported file, for a person opening it in a text editor.
pub const EXPORTED_BY: &str = concat!("Second Opinion Navigator ", env!("CARGO_PKG_VERSION"));

/// The largest file [`import_case`] reads: a real case is a few kilobytes, so 1 MiB is generous
/// and keeps a wrong file (a video, a disk image) from freezing the page.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// The whole case as an exported file: the saved envelope, pretty-printed, marked with
/// [`EXPORT_KIND`] and [`EXPORTED_BY`]. No revision: that counts saves on one device only.
pub fn export_case(case: &Case) -> String {
    let out = EnvelopeOut {
        app: APP_ID,
        kind: Some(EXPORT_KIND),
        exported_by: Some(EXPORTED_BY),
        schema: SCHEMA_VERSION,
        revision: None,
        case: CaseV2::from_domain(case),
    };
    // Plain structs with string keys always serialise; an empty file would fail to import loudly.
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// The case in an exported file (of this or any earlier version, migrated). Checks the size
/// before reading, and lists every problem of a wrong file with its path. Never panics.
pub fn import_case(text: &str) -> Result<Case, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    // Some editors save a byte-order mark, which JSON does not allow.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    if let Some(kind) = value.get("kind") {
        if kind.as_str() != Some(EXPORT_KIND) {
            return Err(ImportError::NotACaseFile);
        }
    }
    Ok(decode_value(&value)?.case)
}
