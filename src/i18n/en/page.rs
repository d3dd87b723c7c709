//! English: the words only the static page carries.

use crate::i18n::keys::PageT;

pub(in crate::i18n) fn text(key: PageT) -> &'static str {
    match key {
        PageT::Description => "A private, step-by-step guide to getting a second opinion from a doctor outside Kaiser Permanente. Everything stays on your device.",
        PageT::NoScript => "This guide needs JavaScript, which is turned off in this browser. Turn it on to use the guide. It runs only on your device and sends nothing anywhere.",
        PageT::BootFailed => "This guide could not start in this browser. It needs a recent browser that can run WebAssembly; some older phones, content filters or data-saving modes block it. Try updating your browser, or open this page in another one. Nothing you typed is lost or sent anywhere.",
        PageT::BootSlow => "The guide is still loading. On a slow connection this can take a minute.",
        PageT::Starting => "Starting…",
        PageT::UpdateReady => "A new version of this guide is ready.",
        PageT::Reload => "Reload",
        PageT::ShareIntro => "Make a link that opens this guide already set up for a member's region, plan and language, or the code that puts the guide on your organization's website. A link holds only the choices below, never anyone's answers.",
        PageT::ShareNoScript => "This page needs JavaScript to make the link. Without it, you can share the guide's own address.",
        PageT::ShareNone => "Not set: the member chooses",
        PageT::ShareLangLegend => "Language of the guide",
        PageT::ShareStartLegend => "Where the guide opens",
        PageT::ShareStartWelcome => "At its start page",
        PageT::ShareStartStep => "At the first step",
        PageT::ShareUseLegend => "How you will use it",
        PageT::ShareUseLink => "A link to send or post",
        PageT::ShareUseEmbed => "In a frame on your website",
        PageT::ShareLinkTitle => "Your link",
        PageT::ShareLinkLabel => "The link, with your choices",
        PageT::ShareCopyLink => "Copy the link",
        PageT::ShareShareLink => "Share the link",
        PageT::ShareLinkNote => "It opens the guide with these choices made, on any device. The member can change any of them, and answers they have already saved are never replaced without asking.",
        PageT::ShareEmbedTitle => "Code for your website",
        PageT::ShareEmbedLabel => "Paste this into your page where the guide should appear",
        PageT::ShareCopyCode => "Copy the code",
        PageT::ShareEmbedNote => "The script is optional: it lets the frame fit the guide as the member moves through it. Without it, give the frame a height. The guide tells your page its height and nothing else; each member's answers stay in their own browser.",
        PageT::SharePreviewTitle => "Preview",
        PageT::SharePreviewFrame => "Preview of the guide as your website will show it",
        PageT::ShareCopied => "Copied.",
        PageT::ShareCopyFallback => "This browser did not let the page copy. The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.",
        PageT::ShareBack => "Back to the guide",
        PageT::FrameTitle => "Second Opinion Navigator: getting a second opinion outside Kaiser",
    }
}
