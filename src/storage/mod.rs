//! Saved state: one localStorage key holding an envelope
//! `{"app", "schema", "revision", "case"}`, plus export/import of the same envelope as a file.
//!
//! Everything here is pure and tested natively, except `local` (wasm32 only), the thin browser
//! adapter. Persisted shapes (DTOs, one frozen module per schema version: `v1` to `v5`) are
//! separate from domain types, so the domain can change without breaking cases saved on members'
//! devices; an older version is carried to the current one by pure migrations.
//!
//! - [`encode`] / [`decode`]: the envelope (decoding never panics; errors name each field).
//! - [`export_case`] / [`import_case`]: the case file.
//! - [`storage_change`]: what another tab's `storage` event means.
//! - `local::LocalStore` (wasm32): load (with every start-up outcome), save with a revision check,
//!   start fresh, delete everything.

mod envelope;
mod error;
pub mod json;
mod problems;
mod sync;
mod transfer;
mod v1;
mod v2;
mod v3;
mod v3_read;
mod v4;
mod v5;

#[cfg(target_arch = "wasm32")]
pub mod local;

pub use envelope::{decode, encode, Decoded};
pub use error::{DecodeError, ImportError};
pub use problems::{Expected, FieldProblem, Found, Problems, MAX_LISTED_PROBLEMS};
pub use sync::{storage_change, StorageChange};
pub use transfer::{export_case, import_case, indent, EXPORTED_BY, EXPORT_KIND, MAX_IMPORT_BYTES};

/// The schema version this build writes. Bump it with a new DTO module and a migration.
pub const SCHEMA_VERSION: u64 = 5;

/// Marks an envelope as ours, so a stranger's value under our key is not mistaken for a case.
pub const APP_ID: &str = "second-opinion-navigator";

/// Every key this app writes starts with this, so "delete everything" can find them all.
pub const KEY_PREFIX: &str = "second-opinion-navigator/";

/// The key holding the saved case.
pub const CASE_KEY: &str = "second-opinion-navigator/case";

/// The member's choice of language ("en", "es"). Written and read by the pages' own first
/// script (index.html), before the app starts, so the right language's page opens at once; it
/// starts with [`KEY_PREFIX`], so "Delete everything" removes it with the case.
pub const LANG_KEY: &str = "second-opinion-navigator/lang";

/// Where the first unreadable saved value is kept aside instead of being thrown away; later ones
/// go to [`kept_aside_key`] 1, 2, … (`…-unreadable-1`, …) so no copy is written over another.
pub const UNREADABLE_KEY: &str = "second-opinion-navigator/case-unreadable";

/// How many unreadable values can be kept aside at once.
pub const KEPT_ASIDE_SLOTS: usize = 10;

/// The key of kept-aside slot `slot` (0 is [`UNREADABLE_KEY`]).
pub fn kept_aside_key(slot: usize) -> String {
    match slot {
        0 => UNREADABLE_KEY.to_owned(),
        n => format!("{UNREADABLE_KEY}-{n}"),
    }
}

/// The key written and removed to check that storage accepts writes.
pub const PROBE_KEY: &str = "second-opinion-navigator/probe";
