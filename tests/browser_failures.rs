//! The localStorage adapter when the browser refuses: a full storage (simulated by a throwing
//! `setItem`, and for real by filling it), other write failures, and storage that is blocked
//! altogether. Each simulation is undone at the start and end of every test, since the tests of
//! this file share one page.
#![cfg(target_arch = "wasm32")]

use second_opinion_navigator::domain::{Case, Region};
use second_opinion_navigator::storage::local::{Loaded, LocalStore, StoreError};
use second_opinion_navigator::storage::{encode, CASE_KEY, UNREADABLE_KEY};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
const originals = {};
function keep(name) {
  if (!(name in originals)) originals[name] = Storage.prototype[name];
}
export function storage_method_throws(method, name) {
  keep(method);
  Storage.prototype[method] = function () { throw new DOMException("simulated", name); };
}
let hidden = null;
export function hide_local_storage() {
  if (hidden) return;
  hidden = Object.getOwnPropertyDescriptor(window, "localStorage") || "inherited";
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
  });
}
export function undo_simulations() {
  for (const name of Object.keys(originals)) {
    Storage.prototype[name] = originals[name];
    delete originals[name];
  }
  if (hidden === "inherited") delete window.localStorage;
  else if (hidden) Object.defineProperty(window, "localStorage", hidden);
  hidden = null;
}
"#)]
extern "C" {
    fn storage_method_throws(method: &str, name: &str);
    fn hide_local_storage();
    fn undo_simulations();
}

/// Undoes every simulation when dropped (and at creation, in case an earlier test failed).
struct Simulation;

impl Simulation {
    fn start() -> Simulation {
        undo_simulations();
        raw_storage().clear().expect("clear storage");
        Simulation
    }
}

impl Drop for Simulation {
    fn drop(&mut self) {
        undo_simulations();
    }
}

const V1: &str = include_str!("fixtures/schema-v1.json");

fn raw_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn get(key: &str) -> Option<String> {
    raw_storage().get_item(key).expect("getItem")
}

fn case(region: Region) -> Case {
    let mut case = Case::default();
    case.plan.region = Some(region);
    case
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_quota_and_the_saved_case_is_intact() {
    let _sim = Simulation::start();
    let store = LocalStore::open().unwrap();
    store.save(&case(Region::Colorado), 0).unwrap();
    storage_method_throws("setItem", "QuotaExceededError");
    // A full storage still opens, so the saved case can be read.
    let full = LocalStore::open().expect("a full storage still opens");
    assert!(matches!(full.load(), Loaded::Found { revision: 1, .. }));
    assert_eq!(
        full.save(&case(Region::Hawaii), 1),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(full.revision(), 1, "a failed save is not a seen revision");
    undo_simulations();
    assert_eq!(get(CASE_KEY), Some(encode(&case(Region::Colorado), 1)));
    assert_eq!(
        full.save(&case(Region::Hawaii), 1),
        Ok(2),
        "works again once space is freed"
    );
}

#[wasm_bindgen_test]
fn a_really_full_storage_is_reported_as_quota() {
    let _sim = Simulation::start();
    let store = LocalStore::open().unwrap();
    // Fill the origin's quota (about 5 MB in Chromium) with another app's data.
    let chunk = "x".repeat(256 * 1024);
    let mut filled = false;
    for i in 0..200 {
        if raw_storage()
            .set_item(&format!("filler-{i}"), &chunk)
            .is_err()
        {
            filled = true;
            break;
        }
    }
    assert!(filled, "storage never filled up");
    let mut big = case(Region::Hawaii);
    big.details.letter.own_words = Some(chunk.clone());
    assert_eq!(store.save(&big, 0), Err(StoreError::QuotaExceeded));
    assert_eq!(get(CASE_KEY), None);
    raw_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn another_write_failure_is_told_apart_from_quota() {
    let _sim = Simulation::start();
    let store = LocalStore::open().unwrap();
    storage_method_throws("setItem", "InvalidStateError");
    assert_eq!(
        store.save(&case(Region::Colorado), 0),
        Err(StoreError::WriteFailed {
            name: "InvalidStateError".to_owned()
        })
    );
}

#[wasm_bindgen_test]
fn blocked_storage_does_not_open() {
    let _sim = Simulation::start();
    hide_local_storage();
    assert!(matches!(LocalStore::open(), Err(StoreError::Unavailable)));
    undo_simulations();
    assert!(LocalStore::open().is_ok(), "the simulation is undone");
}

#[wasm_bindgen_test]
fn storage_that_refuses_every_call_is_unavailable() {
    let _sim = Simulation::start();
    storage_method_throws("setItem", "SecurityError");
    assert!(matches!(LocalStore::open(), Err(StoreError::Unavailable)));
    undo_simulations();
    let store = LocalStore::open().unwrap();
    storage_method_throws("getItem", "SecurityError");
    storage_method_throws("setItem", "SecurityError");
    assert_eq!(store.load(), Loaded::Unavailable);
    assert_eq!(
        store.save(&case(Region::Colorado), 0),
        Err(StoreError::Unavailable)
    );
}

#[wasm_bindgen_test]
fn a_migration_that_cannot_be_saved_back_leaves_the_old_value_intact() {
    let _sim = Simulation::start();
    raw_storage().set_item(CASE_KEY, V1).unwrap();
    let store = LocalStore::open().unwrap();
    storage_method_throws("setItem", "QuotaExceededError");
    let Loaded::Migrated {
        revision,
        saved_back,
        ..
    } = store.load()
    else {
        panic!("expected a migration");
    };
    assert_eq!((revision, saved_back), (0, Err(StoreError::QuotaExceeded)));
    assert_eq!(get(CASE_KEY).as_deref(), Some(V1));
}

#[wasm_bindgen_test]
fn an_unreadable_value_that_cannot_be_kept_aside_stays_in_place() {
    let _sim = Simulation::start();
    raw_storage().set_item(CASE_KEY, "corrupt").unwrap();
    let store = LocalStore::open().unwrap();
    storage_method_throws("setItem", "QuotaExceededError");
    assert!(matches!(
        store.load(),
        Loaded::Unreadable {
            kept_aside: None,
            ..
        }
    ));
    assert_eq!(store.start_fresh(), Err(StoreError::NotKeptAside));
    assert_eq!(get(CASE_KEY).as_deref(), Some("corrupt"));
    assert_eq!(get(UNREADABLE_KEY), None);
    // Only when the member explicitly gives it up (after downloading it) is it freed.
    assert_eq!(store.discard_unreadable(), Ok(()));
    assert_eq!(get(CASE_KEY), None);
}

#[wasm_bindgen_test]
fn a_delete_that_fails_is_reported() {
    let _sim = Simulation::start();
    let store = LocalStore::open().unwrap();
    store.save(&case(Region::Colorado), 0).unwrap();
    storage_method_throws("removeItem", "InvalidStateError");
    assert!(store.clear().is_err());
    undo_simulations();
    assert_eq!(store.clear(), Ok(()));
    assert_eq!(raw_storage().length().unwrap(), 0);
}
