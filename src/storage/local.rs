//! The thin localStorage adapter. Every browser call that can throw (storage disabled, blocked
//! in a sandboxed iframe, quota full) becomes a [`StoreError`]; nothing here panics.

use super::{decode, encode, DecodeError, CASE_KEY, KEY_PREFIX, UNREADABLE_KEY};
use crate::domain::Case;

/// A storage call the browser refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// There is no usable localStorage (disabled, blocked, or private mode refusing writes).
    Unavailable,
    /// A write was refused, usually because storage is full.
    WriteFailed,
}

/// What was found under the case key when the app started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing saved: a fresh start.
    Nothing,
    /// A readable case.
    Found(Case),
    /// Saved by a newer version: leave it untouched.
    Newer { schema: u64 },
    /// Unreadable. `kept_aside` says whether the raw value was copied to [`UNREADABLE_KEY`]
    /// (and the case key freed); if not, the value stays where it was, untouched.
    Unreadable { kept_aside: bool },
}

/// localStorage, once it has been shown to accept writes.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// Opens localStorage and checks it accepts a write (Safari's private mode and some
    /// blocked-storage settings expose a storage object that refuses every write).
    pub fn open() -> Result<LocalStore, StoreError> {
        let storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StoreError::Unavailable)?;
        let probe = format!("{KEY_PREFIX}probe");
        storage
            .set_item(&probe, "1")
            .map_err(|_| StoreError::Unavailable)?;
        storage
            .remove_item(&probe)
            .map_err(|_| StoreError::Unavailable)?;
        Ok(LocalStore { storage })
    }

    /// Reads the saved case. An unreadable value is moved aside (never over an earlier copy).
    pub fn load(&self) -> Loaded {
        let raw = match self.storage.get_item(CASE_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Loaded::Nothing,
            Err(_) => return Loaded::Unreadable { kept_aside: false },
        };
        match decode(&raw) {
            Ok(case) => Loaded::Found(case),
            Err(DecodeError::NewerVersion(schema)) => Loaded::Newer { schema },
            Err(_) => Loaded::Unreadable {
                kept_aside: self.keep_aside(&raw),
            },
        }
    }

    fn keep_aside(&self, raw: &str) -> bool {
        let free = matches!(self.storage.get_item(UNREADABLE_KEY), Ok(None));
        free && self.storage.set_item(UNREADABLE_KEY, raw).is_ok()
            && self.storage.remove_item(CASE_KEY).is_ok()
    }

    /// Saves `case` under the case key.
    pub fn save(&self, case: &Case) -> Result<(), StoreError> {
        self.storage
            .set_item(CASE_KEY, &encode(case))
            .map_err(|_| StoreError::WriteFailed)
    }

    /// Removes every key this app wrote: the case, the kept-aside copy, anything under our prefix.
    pub fn clear(&self) -> Result<(), StoreError> {
        let len = self.storage.length().map_err(|_| StoreError::Unavailable)?;
        let ours: Vec<String> = (0..len)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(KEY_PREFIX))
            .collect();
        for key in ours {
            self.storage
                .remove_item(&key)
                .map_err(|_| StoreError::WriteFailed)?;
        }
        Ok(())
    }
}
