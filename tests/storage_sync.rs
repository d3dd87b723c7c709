//! What another tab's `storage` event means for this tab.
#![cfg(not(target_arch = "wasm32"))]

mod storage_support;

use second_opinion_navigator::storage::{
    encode, storage_change, DecodeError, StorageChange, CASE_KEY, UNREADABLE_KEY,
};
use storage_support::v2_fixture_case;

#[test]
fn another_tabs_save_carries_its_case_and_revision() {
    let raw = encode(&v2_fixture_case(), 12);
    match storage_change(Some(CASE_KEY), Some(&raw)) {
        Some(StorageChange::Saved(d)) => {
            assert_eq!(d.case, v2_fixture_case());
            assert_eq!(d.revision, 12);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn removal_and_clearing_are_reported() {
    assert_eq!(
        storage_change(Some(CASE_KEY), None),
        Some(StorageChange::Removed)
    );
    assert_eq!(storage_change(None, None), Some(StorageChange::Removed));
}

#[test]
fn a_newer_or_unreadable_value_is_reported_not_adopted() {
    let newer = r#"{"app":"second-opinion-navigator","schema":6,"case":{}}"#;
    assert_eq!(
        storage_change(Some(CASE_KEY), Some(newer)),
        Some(StorageChange::Newer { schema: 6 })
    );
    assert!(matches!(
        storage_change(Some(CASE_KEY), Some("{oops")),
        Some(StorageChange::Unreadable(DecodeError::NotJson { .. }))
    ));
}

#[test]
fn other_keys_are_not_about_the_case() {
    assert_eq!(storage_change(Some(UNREADABLE_KEY), Some("x")), None);
    assert_eq!(storage_change(Some("another-app"), None), None);
}
