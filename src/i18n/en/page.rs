//! English: the words only the static page carries.

use crate::i18n::keys::PageT;

pub(in crate::i18n) fn text(key: PageT) -> &'static str {
    match key {
        PageT::Description => "A private, step-by-step guide to getting a second opinion from a doctor outside Kaiser Permanente. Everything stays on your device.",
        PageT::NoScript => "This guide needs JavaScript, which is turned off in this browser. Turn it on to use the guide. It runs only on your device and sends nothing anywhere.",
        PageT::BootFailed => "This guide could not start in this browser. It needs a recent browser that can run WebAssembly; some older phones, content filters or data-saving modes block it. Try updating your browser, or open this page in another one. Nothing you typed is lost or sent anywhere.",
        PageT::BootSlow => "The guide is still loading. On a slow connection this can take a minute.",
        PageT::Starting => "Starting…",
    }
}
