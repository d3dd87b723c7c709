//! Export and import of the whole case as a JSON file. Pure: importing never touches storage or
//! the current case; the interface shows the result and replaces the case only once the member
//! confirms.

use super::envelope::{decode_value, envelope_text};
use super::error::ImportError;
use super::json::{self, Json};
use crate::domain::Case;

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
    indent(&envelope_text(case, Some((EXPORT_KIND, EXPORTED_BY)), None))
}

/// Compact JSON laid out for a person: one member per line, two spaces per level, `": "` after
/// each key; empty objects and lists stay `{}` and `[]`. Text inside strings is untouched.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', depth * 2));
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
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
    let value: Json = json::parse(text).map_err(|e| ImportError::NotJson {
        line: e.line,
        column: e.column,
    })?;
    if let Some(kind) = value.get("kind") {
        if kind.as_str() != Some(EXPORT_KIND) {
            return Err(ImportError::NotACaseFile);
        }
    }
    Ok(decode_value(&value)?.case)
}
