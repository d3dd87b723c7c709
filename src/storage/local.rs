//! The thin localStorage adapter (wasm32 only). Every browser call that can throw (storage
//! disabled, blocked in a sandboxed iframe, quota full) becomes a [`StoreError`]; nothing here
//! panics, and nothing the member wrote is ever removed without their say.

use super::{
    decode, encode, kept_aside_key, storage_change, DecodeError, StorageChange, CASE_KEY,
    KEPT_ASIDE_SLOTS, KEY_PREFIX, PROBE_KEY,
};
use crate::domain::Case;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};

/// A storage call that did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No usable localStorage (disabled, blocked, a `SecurityError`).
    Unavailable,
    /// The browser refused a write because storage is full (`QuotaExceededError`).
    QuotaExceeded,
    /// The browser refused a write for another reason; `name` is the exception's name.
    WriteFailed {
        /// The `DOMException` name, or `"unknown"`.
        name: String,
    },
    /// Another tab saved a newer revision since this tab last saw one. Nothing was written: show
    /// `case`, call [`LocalStore::mark_seen`] with `revision`, and tell the member.
    Conflict {
        /// The newer case in storage.
        case: Box<Case>,
        /// Its revision.
        revision: u64,
    },
    /// Storage holds a case of a newer version, which this version never overwrites.
    NewerVersionPresent {
        /// Its schema version.
        schema: u64,
    },
    /// Storage holds an unreadable value the member has not yet chosen to set aside
    /// ([`LocalStore::start_fresh`]); it is not overwritten.
    UnreadablePresent,
    /// The saved case was removed (another tab's "delete everything", or the browser) since this
    /// tab last saved; nothing was written. Saving with revision 0 writes it again.
    Removed,
    /// [`LocalStore::start_fresh`] could not keep a copy of the unreadable value (storage full or
    /// every kept-aside slot taken), so it left it in place.
    NotKeptAside,
}

/// What was found under the case key at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing saved: a fresh start.
    Nothing,
    /// A case saved by this version.
    Found {
        /// The case.
        case: Case,
        /// Its revision (what this tab has now seen).
        revision: u64,
    },
    /// A case saved by an older version, migrated and saved back at this one.
    Migrated {
        /// The migrated case.
        case: Case,
        /// Its revision after saving back (unchanged if saving back failed).
        revision: u64,
        /// The schema version it was written in.
        from_schema: u64,
        /// Whether saving back worked; if not, the old value is still there, intact.
        saved_back: Result<(), StoreError>,
    },
    /// Saved by a newer version: left untouched, and every save refuses while it is there.
    Newer {
        /// Its schema version.
        schema: u64,
        /// The saved text, to offer for download.
        raw: String,
    },
    /// Unreadable. It stays under the case key (and saves refuse) until the member chooses
    /// [`LocalStore::start_fresh`].
    Unreadable {
        /// The saved text, to offer for download.
        raw: String,
        /// Why it could not be read.
        error: DecodeError,
        /// The key where a copy was kept aside, if one could be.
        kept_aside: Option<String>,
    },
    /// localStorage could not be read (blocked, disabled, `SecurityError`).
    Unavailable,
}

/// One unreadable value kept aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptCopy {
    /// Its key.
    pub key: String,
    /// The text as it was found.
    pub raw: String,
}

/// localStorage, and the revision of the case this tab last saw.
pub struct LocalStore {
    storage: web_sys::Storage,
    seen: Cell<u64>,
    /// The text this tab last wrote, and its revision: while storage still holds exactly that,
    /// a save needs no decoding to know no other tab wrote since (every keystroke saves).
    written: RefCell<Option<(String, u64)>>,
}

impl LocalStore {
    /// Opens localStorage. Fails only if there is none or it refuses to be used; a storage that is
    /// merely full still opens, so a saved case can be read even when nothing can be written.
    pub fn open() -> Result<LocalStore, StoreError> {
        let storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StoreError::Unavailable)?;
        let store = LocalStore {
            storage,
            seen: Cell::new(0),
            written: RefCell::new(None),
        };
        // Some blocked-storage settings expose an object that refuses every call.
        store.read(PROBE_KEY)?;
        match store.write(PROBE_KEY, "1") {
            Ok(()) | Err(StoreError::QuotaExceeded) => {}
            Err(_) => return Err(StoreError::Unavailable),
        }
        store.remove(PROBE_KEY)?;
        Ok(store)
    }

    /// The revision this tab last saw (loaded, saved, or marked seen); 0 if none.
    pub fn revision(&self) -> u64 {
        self.seen.get()
    }

    /// Records that this tab now shows the case of `revision` (after a conflict or another tab's
    /// change), so the next [`save`](Self::save) may replace it.
    pub fn mark_seen(&self, revision: u64) {
        self.seen.set(revision);
    }

    /// Reads the saved case. Never removes anything: an older version is migrated and saved back,
    /// an unreadable value is also copied aside (never over an earlier copy) but stays in place.
    pub fn load(&self) -> Loaded {
        let raw = match self.read(CASE_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Loaded::Nothing,
            Err(_) => return Loaded::Unavailable,
        };
        match decode(&raw) {
            Ok(d) if d.was_migrated() => {
                let next = d.revision.saturating_add(1);
                let saved_back = self.write(CASE_KEY, &encode(&d.case, next));
                let revision = if saved_back.is_ok() { next } else { d.revision };
                self.seen.set(revision);
                Loaded::Migrated {
                    case: d.case,
                    revision,
                    from_schema: d.schema,
                    saved_back,
                }
            }
            Ok(d) => {
                self.seen.set(d.revision);
                Loaded::Found {
                    case: d.case,
                    revision: d.revision,
                }
            }
            Err(DecodeError::NewerVersion { schema }) => Loaded::Newer { schema, raw },
            Err(error) => Loaded::Unreadable {
                kept_aside: self.keep_aside(&raw),
                raw,
                error,
            },
        }
    }

    /// Saves `case` if storage holds no revision newer than `expected_revision` (the one this tab
    /// last saw, see [`revision`](Self::revision)); returns the new revision. Refuses, writing
    /// nothing, when another tab saved since ([`StoreError::Conflict`]), when a newer version's or
    /// an unreadable value is there, or when the case was removed since.
    pub fn save(&self, case: &Case, expected_revision: u64) -> Result<u64, StoreError> {
        // This tab's own last write, still in place: no other tab wrote since.
        let ours = |raw: &str| match &*self.written.borrow() {
            Some((text, revision)) if text == raw && *revision <= expected_revision => {
                Some(*revision)
            }
            _ => None,
        };
        let stored = match self.read(CASE_KEY)? {
            None if expected_revision > 0 => return Err(StoreError::Removed),
            None => 0,
            Some(raw) => match ours(&raw) {
                Some(revision) => revision,
                None => match decode(&raw) {
                    Ok(d) if d.revision > expected_revision => {
                        return Err(StoreError::Conflict {
                            case: Box::new(d.case),
                            revision: d.revision,
                        })
                    }
                    Ok(d) => d.revision,
                    Err(DecodeError::NewerVersion { schema }) => {
                        return Err(StoreError::NewerVersionPresent { schema })
                    }
                    Err(_) => return Err(StoreError::UnreadablePresent),
                },
            },
        };
        let revision = stored.max(expected_revision).saturating_add(1);
        let text = encode(case, revision);
        self.write(CASE_KEY, &text)?;
        self.seen.set(revision);
        *self.written.borrow_mut() = Some((text, revision));
        Ok(revision)
    }

    /// Every unreadable value kept aside, to offer for download.
    pub fn kept_aside(&self) -> Vec<KeptCopy> {
        (0..KEPT_ASIDE_SLOTS)
            .map(kept_aside_key)
            .filter_map(|key| match self.read(&key) {
                Ok(Some(raw)) => Some(KeptCopy { key, raw }),
                _ => None,
            })
            .collect()
    }

    /// The member chose to start fresh after an unreadable value: keeps a copy aside (if not kept
    /// already), then frees the case key. Refuses with [`StoreError::NotKeptAside`] if no copy
    /// could be kept. Leaves a readable or newer case alone (another tab may have saved one).
    pub fn start_fresh(&self) -> Result<(), StoreError> {
        let Some(raw) = self.read(CASE_KEY)? else {
            return Ok(());
        };
        match decode(&raw) {
            Ok(_) => Ok(()),
            Err(DecodeError::NewerVersion { schema }) => {
                Err(StoreError::NewerVersionPresent { schema })
            }
            Err(_) => {
                self.keep_aside(&raw).ok_or(StoreError::NotKeptAside)?;
                self.free_case_key()
            }
        }
    }

    /// Frees the case key of an unreadable value without keeping a copy: only after the member
    /// downloaded it or confirmed losing it, when [`start_fresh`](Self::start_fresh) could not
    /// keep one. Leaves a readable or newer case alone.
    pub fn discard_unreadable(&self) -> Result<(), StoreError> {
        match self.read(CASE_KEY)?.map(|raw| decode(&raw)) {
            Some(Err(DecodeError::NewerVersion { schema })) => {
                Err(StoreError::NewerVersionPresent { schema })
            }
            Some(Err(_)) => self.free_case_key(),
            None | Some(Ok(_)) => Ok(()),
        }
    }

    /// Deletes everything: every key under [`KEY_PREFIX`] (the case, kept-aside copies, the probe)
    /// and nothing else; then checks that none is left.
    pub fn clear(&self) -> Result<(), StoreError> {
        for key in self.our_keys()? {
            self.remove(&key)?;
        }
        self.seen.set(0);
        if self.our_keys()?.is_empty() {
            Ok(())
        } else {
            Err(StoreError::WriteFailed {
                name: "KeysRemain".to_owned(),
            })
        }
    }

    fn our_keys(&self) -> Result<Vec<String>, StoreError> {
        let len = self.storage.length().map_err(|_| StoreError::Unavailable)?;
        let mut keys = Vec::new();
        for i in 0..len {
            match self.storage.key(i) {
                Ok(Some(key)) if key.starts_with(KEY_PREFIX) => keys.push(key),
                Ok(_) => {}
                Err(_) => return Err(StoreError::Unavailable),
            }
        }
        Ok(keys)
    }

    fn free_case_key(&self) -> Result<(), StoreError> {
        self.remove(CASE_KEY)?;
        self.seen.set(0);
        Ok(())
    }

    /// The kept-aside key now holding `raw`: an existing copy, or a free slot. Never overwrites.
    fn keep_aside(&self, raw: &str) -> Option<String> {
        let mut free = None;
        for key in (0..KEPT_ASIDE_SLOTS).map(kept_aside_key) {
            match self.read(&key) {
                Ok(Some(kept)) if kept == raw => return Some(key),
                Ok(None) if free.is_none() => free = Some(key),
                _ => {}
            }
        }
        let key = free?;
        self.write(&key, raw).ok().map(|()| key)
    }

    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage
            .get_item(key)
            .map_err(|_| StoreError::Unavailable)
    }

    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage
            .set_item(key, value)
            .map_err(|e| write_error(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(|e| write_error(&e))
    }
}

/// Tells a full storage (which the member can fix by exporting and clearing space) from other
/// refusals. Firefox used its own name and code 1014 before adopting the standard one.
fn write_error(error: &JsValue) -> StoreError {
    let Some(exception) = error.dyn_ref::<web_sys::DomException>() else {
        return StoreError::WriteFailed {
            name: "unknown".to_owned(),
        };
    };
    let name = exception.name();
    match (name.as_str(), exception.code()) {
        ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22 | 1014) => {
            StoreError::QuotaExceeded
        }
        ("SecurityError", _) => StoreError::Unavailable,
        _ => StoreError::WriteFailed { name },
    }
}

/// What a `storage` event means for the case (see [`storage_change`]); `None` if it is about
/// another key.
pub fn change_from_event(event: &web_sys::StorageEvent) -> Option<StorageChange> {
    storage_change(event.key().as_deref(), event.new_value().as_deref())
}
