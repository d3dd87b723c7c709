//! Why a saved value or an imported file could not be read. Every variant is typed so the
//! interface can explain it in the member's language; `Display` is for developers and logs.

use super::problems::Problems;
use std::fmt;

/// Why a saved value could not be turned into a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (for example, cut short); where the reading stopped.
    NotJson {
        /// The line (from 1) where the JSON went wrong.
        line: usize,
        /// The column (from 1) where the JSON went wrong.
        column: usize,
    },
    /// JSON, but not an envelope written by this app (no `"app": "second-opinion-navigator"`).
    NotAnEnvelope,
    /// Written by a newer version of the app, which this version must neither read nor overwrite.
    NewerVersion {
        /// The schema version it was written in.
        schema: u64,
    },
    /// An envelope of this app whose content is wrong: every problem, each with its path.
    Invalid(Problems),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson { line, column } => {
                write!(f, "not JSON (line {line}, column {column})")
            }
            DecodeError::NotAnEnvelope => write!(f, "not a saved case of this app"),
            DecodeError::NewerVersion { schema } => {
                write!(f, "saved by a newer version (schema {schema})")
            }
            DecodeError::Invalid(problems) => write!(f, "{problems}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Why a file could not be imported. Importing never touches storage or the current case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`](super::MAX_IMPORT_BYTES); checked before reading it.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The largest size accepted.
        limit: usize,
    },
    /// Not JSON (for example, a PDF or a cut-short file); where the reading stopped.
    NotJson {
        /// The line (from 1) where the JSON went wrong.
        line: usize,
        /// The column (from 1) where the JSON went wrong.
        column: usize,
    },
    /// JSON, but not a case file of this app.
    NotACaseFile,
    /// Exported by a newer version of the app; update the app to import it.
    NewerVersion {
        /// The schema version it was written in.
        schema: u64,
    },
    /// A case file whose content is wrong: every problem, each with its path.
    Invalid(Problems),
}

impl From<DecodeError> for ImportError {
    fn from(e: DecodeError) -> ImportError {
        match e {
            DecodeError::NotJson { line, column } => ImportError::NotJson { line, column },
            DecodeError::NotAnEnvelope => ImportError::NotACaseFile,
            DecodeError::NewerVersion { schema } => ImportError::NewerVersion { schema },
            DecodeError::Invalid(problems) => ImportError::Invalid(problems),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes, limit } => {
                write!(f, "file too large ({bytes} bytes; the limit is {limit})")
            }
            ImportError::NotJson { line, column } => {
                write!(f, "not a JSON file (line {line}, column {column})")
            }
            ImportError::NotACaseFile => write!(f, "not a case file of this app"),
            ImportError::NewerVersion { schema } => {
                write!(f, "exported by a newer version (schema {schema})")
            }
            ImportError::Invalid(problems) => write!(f, "{problems}"),
        }
    }
}

impl std::error::Error for ImportError {}
