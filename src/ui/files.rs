//! Files in and out, without the network: a download made from a Blob and an object URL, the
//! clipboard, a print of one piece of text, and reading a chosen file's text.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Reflect};

/// How long an object URL outlives its download's click. Revoking it at once loses downloads
/// in Firefox and Safari, which start reading the URL after `click()` has returned.
const REVOKE_AFTER_MS: i32 = 60_000;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Offers `text` as a file called `name` to download, for .txt, .ics and the case file alike.
/// The link is attached to the document while it is clicked, and the URL is revoked only a
/// minute later. Returns whether the browser took it.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let clicked = (|| {
        let document = document()?;
        let body = document.body()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        body.append_child(&link).ok()?;
        link.click();
        link.remove();
        Some(())
    })()
    .is_some();
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            REVOKE_AFTER_MS,
        );
    }
    clicked
}

/// Starts putting `text` on the clipboard, inside the click that asked (Safari accepts the write
/// only during the gesture); `await` the result afterwards. `None` where the Clipboard API is
/// missing (not a secure context).
pub fn start_copy(text: &str) -> Option<web_sys::js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; the binding assumes it exists.
    let present = Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    present.then(|| navigator.clipboard().write_text(text))
}

/// Whether a started copy went through (`false`: refused, as in a frame without permission).
pub async fn copied(started: Option<web_sys::js_sys::Promise>) -> bool {
    match started {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// Focuses the element `id` once the current render is on screen (a zero timeout runs after
/// Yew's render, which is a microtask).
pub fn focus_after_render(id: &'static str) {
    let focus = Closure::once_into_js(move || {
        let element = document()
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), 0);
    }
}

/// Removes a letter's print sheet left behind (a print that was blocked, so `afterprint` never
/// came), so the next print is of the page.
pub fn clear_print_sheet() {
    if let Some(document) = document() {
        if let Some(old) = document.get_element_by_id("print-sheet") {
            old.remove();
        }
        if let Some(root) = document.document_element() {
            let _ = root.remove_attribute("data-print-sheet");
        }
    }
}

/// Prints only `text`: a sheet of its own, shown by the print style sheet in place of the page
/// (`html[data-print-sheet]`), removed once the print dialog has closed (`afterprint`).
pub fn print_text(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    clear_print_sheet();
    let (Some(body), Some(root), Ok(sheet)) = (
        document.body(),
        document.document_element(),
        document.create_element("pre"),
    ) else {
        return;
    };
    sheet.set_id("print-sheet");
    // Text, never markup: the member's words print as they are.
    sheet.set_text_content(Some(text));
    if body.append_child(&sheet).is_err() {
        return;
    }
    let _ = root.set_attribute("data-print-sheet", "");
    let done = Closure::once_into_js({
        let window = window.clone();
        move || {
            sheet.remove();
            let _ = root.remove_attribute("data-print-sheet");
            window.set_onafterprint(None);
        }
    });
    window.set_onafterprint(Some(done.unchecked_ref()));
    let _ = window.print();
}

/// The text of a chosen file, if the browser can read it.
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}
