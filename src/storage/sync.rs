//! Keeping several tabs in step. The browser fires a `storage` event in every other tab of the
//! same site when one tab writes; [`storage_change`] says what such an event means for the case.

use super::envelope::{decode, Decoded};
use super::error::DecodeError;
use super::CASE_KEY;

/// What another tab did to the saved case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageChange {
    /// It saved a case: show it here and remember its revision (`LocalStore::mark_seen`), so this
    /// tab's next save does not conflict with it.
    Saved(Box<Decoded>),
    /// It removed the case ("delete everything", "start fresh", or the browser's own clearing):
    /// clear this tab's case too, or the next save would bring it back.
    Removed,
    /// A newer version of the app saved it: stop writing here (read-only).
    Newer {
        /// The schema version it was written in.
        schema: u64,
    },
    /// What is there cannot be read: stop writing here and tell the member.
    Unreadable(DecodeError),
}

/// What a `storage` event with this `key` and `new_value` means, or `None` if it is not about
/// the case. `key` is `None` when the whole storage was cleared.
pub fn storage_change(key: Option<&str>, new_value: Option<&str>) -> Option<StorageChange> {
    match (key, new_value) {
        (None, _) | (Some(CASE_KEY), None) => Some(StorageChange::Removed),
        (Some(CASE_KEY), Some(raw)) => Some(match decode(raw) {
            Ok(decoded) => StorageChange::Saved(Box::new(decoded)),
            Err(DecodeError::NewerVersion { schema }) => StorageChange::Newer { schema },
            Err(error) => StorageChange::Unreadable(error),
        }),
        (Some(_), _) => None,
    }
}
