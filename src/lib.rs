//! Second Opinion Navigator: helps a Kaiser Permanente member get a second opinion from a doctor
//! outside Kaiser, entirely inside the browser.
//!
//! - [`domain`]: the pure rules (no browser crates, no clock, no storage), tested natively.
//! - [`export`]: files to take away (the calendar), pure.
//! - [`lang`]: the languages, on their own (both state and i18n name them); one build each.
//! - [`link`]: the address fragment (screen and language), pure.
//! - [`i18n`]: every user-visible string, one table per language.
//! - [`state`]: the app state and its pure reducer.
//! - [`storage`]: the saved-state envelope (pure) and, on wasm32, the localStorage adapter.
//! - `ui`: Yew components; compiled only for wasm32.

pub mod domain;
pub mod export;
pub mod i18n;
pub mod lang;
pub mod link;
pub mod state;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;
