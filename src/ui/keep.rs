//! Asking the browser about keeping the case: what it is (Apple's WebKit clears unvisited sites'
//! data; an installed guide is spared), whether it keeps this site's data
//! (`navigator.storage.persisted()` / `persist()`), and its offer to install the guide (the
//! `beforeinstallprompt` event, which the page's first script keeps for the app). Read through
//! `Reflect`, since several of these exist only in some browsers.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Promise, Reflect};
use yew::Callback;

use crate::state::{Action, Device, KeepAnswer};

/// Where the page's first script keeps the browser's install offer (index.html), and the event
/// it fires when that changes.
const INSTALL_OFFER: &str = "installOffer";
const INSTALL_EVENT: &str = "second-opinion-navigator:install";

fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Whether `target` has a property `name` (one the browser defines, as `name in target`).
fn has(target: &JsValue, name: &str) -> bool {
    !get(target, name).is_undefined()
}

/// Calls the method `name` of `target` with `arg`, if it has one.
fn call(target: &JsValue, name: &str, arg: &JsValue) -> Option<JsValue> {
    let method = get(target, name).dyn_into::<Function>().ok()?;
    method.call1(target, arg).ok()
}

fn navigator() -> JsValue {
    web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .unwrap_or(JsValue::UNDEFINED)
}

/// What the page can tell about this browser as the app starts. Inside another site's frame
/// nothing is asked: the frame's own notice covers saving there.
pub fn device(framed: bool) -> Device {
    let window = web_sys::window().map(JsValue::from).unwrap_or_default();
    let navigator = navigator();
    // `navigator.standalone` exists in every Apple build of WebKit (Safari on iPhone, iPad and
    // Mac, and every other browser on iPhone and iPad) and nowhere else: a feature check that
    // finds the engine with the seven-day limit, where the user agent string cannot be trusted
    // (an iPad's says "Macintosh"). It is `true` in a Home Screen app, which the limit spares;
    // a Dock app on a Mac shows as a standalone display.
    let installed = get(&navigator, "standalone").as_bool() == Some(true)
        || call(&window, "matchMedia", &"(display-mode: standalone)".into())
            .is_some_and(|query| get(&query, "matches").as_bool() == Some(true));
    Device {
        framed,
        clears_unvisited: !framed && has(&navigator, "standalone") && !installed,
        keep: KeepAnswer::Unknown,
        installable: !framed && !get(&window, INSTALL_OFFER).is_falsy(),
    }
}

/// As the app starts (not inside another site's frame): follows the browser's install offer
/// and, where answers can be saved, asks with no prompt whether the browser already keeps them.
pub fn start(framed: bool, saving: bool, dispatch: Callback<Action>) {
    if framed {
        return;
    }
    follow_install_offer(dispatch.clone());
    if saving {
        storage_answer("persisted", dispatch, |kept| {
            KeepAnswer::at_start(kept, decides_quietly())
        });
    }
}

/// Asks the browser to keep this site's data, and tells the reducer what it said.
pub fn ask_to_keep(dispatch: Callback<Action>) {
    dispatch.emit(Action::KeepAnswered(KeepAnswer::Asking));
    storage_answer("persist", dispatch, KeepAnswer::from_request);
}

/// Calls `navigator.storage[method]()` and tells the reducer what its answer means (`None`:
/// there is no such method, or it failed).
fn storage_answer(
    method: &'static str,
    dispatch: Callback<Action>,
    meaning: impl FnOnce(Option<bool>) -> KeepAnswer + 'static,
) {
    let storage = get(&navigator(), "storage");
    wasm_bindgen_futures::spawn_local(async move {
        let promise =
            call(&storage, method, &JsValue::UNDEFINED).and_then(|p| p.dyn_into::<Promise>().ok());
        let answer = match promise {
            Some(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
            None => None,
        };
        dispatch.emit(Action::KeepAnswered(meaning(answer)));
    });
}

/// Whether `persist()` is answered without a prompt. Chromium decides by itself (from how the
/// site is used, and whether it is installed), and so does Apple's WebKit; Firefox asks the
/// member. The two quiet engines are told by features only they have (`userAgentData`,
/// Chromium's; `standalone`, Apple's), so an engine we cannot tell is treated as one that asks.
fn decides_quietly() -> bool {
    let navigator = navigator();
    has(&navigator, "userAgentData") || has(&navigator, "standalone")
}

/// Follows the page's first script's news of the install offer, for the page's lifetime.
fn follow_install_offer(dispatch: Callback<Action>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_change = Closure::<dyn Fn()>::new({
        let window = JsValue::from(&window);
        move || dispatch.emit(Action::Installable(!get(&window, INSTALL_OFFER).is_falsy()))
    });
    let _ =
        window.add_event_listener_with_callback(INSTALL_EVENT, on_change.as_ref().unchecked_ref());
    // The app lives as long as the page.
    on_change.forget();
}

/// Shows the browser's own install dialog (Chromium), inside the member's click as the browser
/// requires. An offer can be used once: the page's first script keeps the next one, if any.
pub fn install(dispatch: Callback<Action>) {
    let window = web_sys::window().map(JsValue::from).unwrap_or_default();
    let offer = get(&window, INSTALL_OFFER);
    let _ = Reflect::set(&window, &JsValue::from_str(INSTALL_OFFER), &JsValue::NULL);
    let _ = call(&offer, "prompt", &JsValue::UNDEFINED);
    dispatch.emit(Action::Installable(false));
}
