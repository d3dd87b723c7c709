//! The localStorage adapter in a real browser (headless Chromium via wasm-bindgen-test-runner).
//! All tests of this file share one page, so each starts by clearing storage.
#![cfg(target_arch = "wasm32")]

use second_opinion_navigator::domain::{Case, PlanType, Region, Urgency};
use second_opinion_navigator::storage::local::{Loaded, LocalStore};
use second_opinion_navigator::storage::{encode, CASE_KEY, UNREADABLE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn fresh_store() -> LocalStore {
    raw_storage().clear().expect("clear storage");
    LocalStore::open().expect("localStorage works in the test browser")
}

fn sample_case() -> Case {
    let mut case = Case::default();
    case.plan.region = Some(Region::Washington);
    case.plan.plan_type = Some(PlanType::SelfFundedEmployer);
    case.plan.urgency = Some(Urgency::NotUrgent);
    case
}

#[wasm_bindgen_test]
fn nothing_saved_loads_as_nothing() {
    let store = fresh_store();
    assert_eq!(store.load(), Loaded::Nothing);
}

#[wasm_bindgen_test]
fn a_saved_case_loads_back() {
    let store = fresh_store();
    store.save(&sample_case()).expect("save");
    assert_eq!(store.load(), Loaded::Found(sample_case()));
    // Under exactly one key, in the envelope.
    let raw = raw_storage()
        .get_item(CASE_KEY)
        .unwrap()
        .expect("saved under the case key");
    assert_eq!(raw, encode(&sample_case()));
    assert_eq!(raw_storage().length().unwrap(), 1);
}

#[wasm_bindgen_test]
fn clear_removes_every_key_of_ours_and_nothing_else() {
    let store = fresh_store();
    store.save(&sample_case()).unwrap();
    raw_storage().set_item(UNREADABLE_KEY, "junk").unwrap();
    raw_storage().set_item("another-app", "keep me").unwrap();
    store.clear().expect("clear");
    assert_eq!(store.load(), Loaded::Nothing);
    assert_eq!(raw_storage().get_item(UNREADABLE_KEY).unwrap(), None);
    assert_eq!(
        raw_storage().get_item("another-app").unwrap().as_deref(),
        Some("keep me")
    );
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_kept_aside_not_lost() {
    let store = fresh_store();
    raw_storage().set_item(CASE_KEY, "{not json").unwrap();
    assert_eq!(store.load(), Loaded::Unreadable { kept_aside: true });
    assert_eq!(
        raw_storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some("{not json")
    );
    assert_eq!(
        raw_storage().get_item(CASE_KEY).unwrap(),
        None,
        "the case key is free again"
    );
}

#[wasm_bindgen_test]
fn a_second_unreadable_value_never_overwrites_the_first_copy() {
    let store = fresh_store();
    raw_storage().set_item(UNREADABLE_KEY, "first").unwrap();
    raw_storage().set_item(CASE_KEY, "second").unwrap();
    assert_eq!(store.load(), Loaded::Unreadable { kept_aside: false });
    assert_eq!(
        raw_storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some("first")
    );
    assert_eq!(
        raw_storage().get_item(CASE_KEY).unwrap().as_deref(),
        Some("second")
    );
}

#[wasm_bindgen_test]
fn a_newer_versions_value_is_reported_and_left_alone() {
    let store = fresh_store();
    let newer = r#"{"app":"second-opinion-navigator","schema":99,"case":{}}"#;
    raw_storage().set_item(CASE_KEY, newer).unwrap();
    assert_eq!(store.load(), Loaded::Newer { schema: 99 });
    assert_eq!(
        raw_storage().get_item(CASE_KEY).unwrap().as_deref(),
        Some(newer)
    );
}
