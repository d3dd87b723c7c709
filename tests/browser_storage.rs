//! The localStorage adapter in a real browser (headless Chromium via wasm-bindgen-test-runner):
//! every start-up outcome, revisions between two "tabs" (two handles), start fresh, delete
//! everything. All tests of this file share one page, so each starts by clearing storage.
#![cfg(target_arch = "wasm32")]

use second_opinion_navigator::domain::{Case, PlanType, Region, Urgency};
use second_opinion_navigator::storage::local::{
    change_from_event, KeptCopy, Loaded, LocalStore, StoreError,
};
use second_opinion_navigator::storage::{
    encode, kept_aside_key, DecodeError, StorageChange, CASE_KEY, KEY_PREFIX, UNREADABLE_KEY,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const V1: &str = include_str!("fixtures/schema-v1.json");

fn raw_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn get(key: &str) -> Option<String> {
    raw_storage().get_item(key).expect("getItem")
}

fn set(key: &str, value: &str) {
    raw_storage().set_item(key, value).expect("setItem");
}

fn all_keys() -> Vec<String> {
    let s = raw_storage();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .collect()
}

fn fresh_store() -> LocalStore {
    raw_storage().clear().expect("clear storage");
    LocalStore::open().expect("localStorage works in the test browser")
}

fn case(region: Region) -> Case {
    let mut case = Case::default();
    case.plan.region = Some(region);
    case.plan.plan_type = Some(PlanType::SelfFundedEmployer);
    case.plan.urgency = Some(Urgency::NotUrgent);
    case.details.letter.member_name = Some("Ana".to_owned());
    case
}

#[wasm_bindgen_test]
fn nothing_saved_loads_as_nothing_and_opening_leaves_no_key() {
    let store = fresh_store();
    assert_eq!(store.load(), Loaded::Nothing);
    assert_eq!(store.revision(), 0);
    assert!(all_keys().is_empty(), "the write probe is removed");
}

#[wasm_bindgen_test]
fn a_saved_case_loads_back_with_its_revision() {
    let store = fresh_store();
    assert_eq!(store.save(&case(Region::Washington), 0), Ok(1));
    assert_eq!(store.save(&case(Region::Hawaii), 1), Ok(2));
    assert_eq!(get(CASE_KEY), Some(encode(&case(Region::Hawaii), 2)));
    assert_eq!(all_keys(), vec![CASE_KEY.to_owned()], "exactly one key");
    let again = LocalStore::open().unwrap();
    assert_eq!(
        again.load(),
        Loaded::Found {
            case: case(Region::Hawaii),
            revision: 2
        }
    );
    assert_eq!(again.revision(), 2);
}

#[wasm_bindgen_test]
fn an_older_version_is_migrated_and_saved_back() {
    let store = fresh_store();
    set(CASE_KEY, V1.trim());
    let Loaded::Migrated {
        case,
        revision,
        from_schema,
        saved_back,
    } = store.load()
    else {
        panic!("expected a migration");
    };
    assert_eq!((revision, from_schema, saved_back), (1, 1, Ok(())));
    assert_eq!(case.plan.region, Some(Region::NorthernCalifornia));
    assert_eq!(
        get(CASE_KEY),
        Some(encode(&case, 1)),
        "saved back at the current version"
    );
    assert_eq!(store.load(), Loaded::Found { case, revision: 1 });
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_kept_aside_and_stays_until_the_member_starts_fresh() {
    let store = fresh_store();
    set(CASE_KEY, "{not json");
    let Loaded::Unreadable {
        raw,
        error,
        kept_aside,
    } = store.load()
    else {
        panic!("expected unreadable");
    };
    assert_eq!(raw, "{not json", "the raw text is there to download");
    assert!(matches!(error, DecodeError::NotJson { .. }));
    assert_eq!(kept_aside.as_deref(), Some(UNREADABLE_KEY));
    assert_eq!(get(UNREADABLE_KEY).as_deref(), Some("{not json"));
    assert_eq!(
        get(CASE_KEY).as_deref(),
        Some("{not json"),
        "not freed on load"
    );

    // Loading again does not make a second copy; saving refuses to overwrite it.
    assert!(
        matches!(store.load(), Loaded::Unreadable { kept_aside: Some(k), .. } if k == UNREADABLE_KEY)
    );
    assert_eq!(
        store.save(&case(Region::Georgia), 0),
        Err(StoreError::UnreadablePresent)
    );
    assert_eq!(store.kept_aside().len(), 1);

    // The member chooses to start fresh: the case key is freed, the copy stays.
    assert_eq!(store.start_fresh(), Ok(()));
    assert_eq!(get(CASE_KEY), None);
    assert_eq!(
        store.kept_aside(),
        vec![KeptCopy {
            key: UNREADABLE_KEY.to_owned(),
            raw: "{not json".to_owned()
        }]
    );
    assert_eq!(store.save(&case(Region::Georgia), store.revision()), Ok(1));
}

#[wasm_bindgen_test]
fn a_second_unreadable_value_never_overwrites_the_first_copy() {
    let store = fresh_store();
    set(UNREADABLE_KEY, "first");
    set(
        CASE_KEY,
        r#"{"app":"second-opinion-navigator","schema":2,"case":{"plan":7}}"#,
    );
    let loaded = store.load();
    let kept = kept_aside_key(1);
    assert!(
        matches!(&loaded, Loaded::Unreadable { kept_aside: Some(k), error: DecodeError::Invalid(_), .. } if *k == kept),
        "{loaded:?}"
    );
    assert_eq!(get(UNREADABLE_KEY).as_deref(), Some("first"));
    assert_eq!(store.kept_aside().len(), 2);
    assert_eq!(store.start_fresh(), Ok(()));
    assert_eq!(get(UNREADABLE_KEY).as_deref(), Some("first"));
}

#[wasm_bindgen_test]
fn start_fresh_leaves_a_readable_case_alone() {
    let store = fresh_store();
    store.save(&case(Region::Colorado), 0).unwrap();
    assert_eq!(store.start_fresh(), Ok(()));
    assert_eq!(store.discard_unreadable(), Ok(()));
    assert!(get(CASE_KEY).is_some());
}

#[wasm_bindgen_test]
fn a_newer_versions_value_is_reported_and_never_overwritten() {
    let store = fresh_store();
    let newer = r#"{"app":"second-opinion-navigator","schema":99,"revision":3,"case":{}}"#;
    set(CASE_KEY, newer);
    assert_eq!(
        store.load(),
        Loaded::Newer {
            schema: 99,
            raw: newer.to_owned()
        }
    );
    let refused = Err(StoreError::NewerVersionPresent { schema: 99 });
    assert_eq!(
        store.save(&case(Region::Hawaii), 0),
        refused.clone().map(|()| 0)
    );
    assert_eq!(
        store.save(&case(Region::Hawaii), u64::MAX),
        refused.clone().map(|()| 0)
    );
    assert_eq!(store.start_fresh(), refused.clone());
    assert_eq!(store.discard_unreadable(), refused);
    assert_eq!(get(CASE_KEY).as_deref(), Some(newer));
    assert_eq!(
        get(UNREADABLE_KEY),
        None,
        "a newer case is not 'unreadable'"
    );
}

#[wasm_bindgen_test]
fn two_tabs_never_silently_overwrite_each_others_newer_answers() {
    let _ = fresh_store();
    let (tab_a, tab_b) = (LocalStore::open().unwrap(), LocalStore::open().unwrap());
    assert_eq!(tab_a.load(), Loaded::Nothing);
    assert_eq!(tab_b.load(), Loaded::Nothing);

    assert_eq!(tab_a.save(&case(Region::Colorado), tab_a.revision()), Ok(1));
    // Tab B still thinks nothing is saved: its write is refused and it is handed A's case.
    assert_eq!(
        tab_b.save(&case(Region::Hawaii), tab_b.revision()),
        Err(StoreError::Conflict {
            case: Box::new(case(Region::Colorado)),
            revision: 1
        })
    );
    assert_eq!(get(CASE_KEY), Some(encode(&case(Region::Colorado), 1)));

    // B shows A's case, then edits it: now B's write is the newer one, and A is refused.
    tab_b.mark_seen(1);
    assert_eq!(tab_b.save(&case(Region::Hawaii), tab_b.revision()), Ok(2));
    assert!(matches!(
        tab_a.save(&case(Region::Georgia), tab_a.revision()),
        Err(StoreError::Conflict { revision: 2, .. })
    ));
    assert_eq!(get(CASE_KEY), Some(encode(&case(Region::Hawaii), 2)));
}

#[wasm_bindgen_test]
fn a_tab_does_not_bring_back_a_case_deleted_in_another() {
    let _ = fresh_store();
    let (tab_a, tab_b) = (LocalStore::open().unwrap(), LocalStore::open().unwrap());
    tab_a.save(&case(Region::Colorado), 0).unwrap();
    assert!(matches!(tab_b.load(), Loaded::Found { revision: 1, .. }));
    tab_a.clear().unwrap();
    assert_eq!(
        tab_b.save(&case(Region::Hawaii), tab_b.revision()),
        Err(StoreError::Removed)
    );
    assert_eq!(get(CASE_KEY), None);
    // Deleting in this tab resets its own revision, so it saves again normally.
    assert_eq!(tab_a.revision(), 0);
    assert_eq!(tab_a.save(&case(Region::Hawaii), tab_a.revision()), Ok(1));
}

#[wasm_bindgen_test]
fn delete_everything_removes_every_key_of_ours_and_nothing_else() {
    let store = fresh_store();
    store.save(&case(Region::Washington), 0).unwrap();
    set(UNREADABLE_KEY, "junk");
    set(&kept_aside_key(4), "more junk");
    set(&format!("{KEY_PREFIX}cache"), "a cache");
    set(&format!("{KEY_PREFIX}probe"), "1");
    set("another-app", "keep me");
    assert_eq!(store.clear(), Ok(()));
    assert_eq!(all_keys(), vec!["another-app".to_owned()]);
    assert!(all_keys().iter().all(|k| !k.starts_with(KEY_PREFIX)));
    assert_eq!(store.load(), Loaded::Nothing);
}

#[wasm_bindgen_test]
fn a_storage_event_is_read_as_a_change_of_the_case() {
    let _ = fresh_store();
    let event = |key: &str, new_value: Option<&str>| {
        let init = web_sys::StorageEventInit::new();
        init.set_key(Some(key));
        init.set_new_value(new_value);
        web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap()
    };
    let saved = encode(&case(Region::Hawaii), 4);
    match change_from_event(&event(CASE_KEY, Some(&saved))) {
        Some(StorageChange::Saved(d)) => {
            assert_eq!((d.case, d.revision), (case(Region::Hawaii), 4))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        change_from_event(&event(CASE_KEY, None)),
        Some(StorageChange::Removed)
    );
    assert_eq!(change_from_event(&event("another-app", Some("x"))), None);
}

#[wasm_bindgen_test]
fn a_tabs_own_last_write_is_trusted_only_while_storage_still_holds_it() {
    // Every keystroke saves, so a save skips decoding when storage holds exactly this tab's last
    // write; anything else written there since is still read and checked.
    let store = fresh_store();
    assert_eq!(store.save(&case(Region::Colorado), store.revision()), Ok(1));
    assert_eq!(store.save(&case(Region::Hawaii), store.revision()), Ok(2));
    assert_eq!(get(CASE_KEY), Some(encode(&case(Region::Hawaii), 2)));
    let newer = r#"{"app":"second-opinion-navigator","schema":99,"revision":3,"case":{}}"#;
    set(CASE_KEY, newer);
    assert_eq!(
        store.save(&case(Region::Georgia), store.revision()),
        Err(StoreError::NewerVersionPresent { schema: 99 })
    );
    assert_eq!(get(CASE_KEY).as_deref(), Some(newer));
    // Another tab's write of revision 5, then this tab's: refused as a conflict.
    set(CASE_KEY, &encode(&case(Region::Colorado), 5));
    assert!(matches!(
        store.save(&case(Region::Georgia), store.revision()),
        Err(StoreError::Conflict { revision: 5, .. })
    ));
}
