//! Files in and out, without the network: a download made from a Blob and an object URL, and
//! reading a chosen file's text.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::Array;

/// Offers `text` as a file called `name` to download. Returns whether the browser took it.
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
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = &link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The download has started from the click; the URL is not needed any more.
    let _ = web_sys::Url::revoke_object_url(&url);
    link.is_some()
}

/// The text of a chosen file, if the browser can read it.
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}
