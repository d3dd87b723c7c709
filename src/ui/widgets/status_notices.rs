//! Notices about saved answers: a standing one while answers are not being kept (with what the
//! member can do about it), a one-off one after something happened, and the embedded notice. Each
//! sits in a live region that is always present, so screen readers announce changes.

use yew::prelude::*;

use crate::i18n::{t, Lang, SafetyT, Text};
use crate::state::{Notice, Persistence};

pub struct StatusNoticesProps {
    pub lang: Lang,
    pub persistence: Persistence,
    pub notice: Option<Notice>,
    /// The saved text of a newer version's or an unreadable case can be downloaded.
    pub has_raw: bool,
    /// Inside another site's frame.
    pub framed: bool,
    /// The frame's notice that progress is saved for that website only, until dismissed.
    pub embedded: bool,
    /// The address that opens this screen in a tab of its own (not embedded).
    pub own_tab: String,
    pub on_dismiss: Callback<()>,
    pub on_use_link: Callback<()>,
    pub on_download_raw: Callback<()>,
    pub on_start_fresh: Callback<()>,
    pub on_dismiss_embedded: Callback<()>,
}

/// A function, not a component: it has no hooks, and each component type costs about 0.7 KB
/// gzip of wasm.
pub fn status_notices(props: &StatusNoticesProps) -> Html {
    let lang = props.lang;
    // In another site's frame, where this browser keeps nothing: one notice, with the way to a
    // tab of the guide's own, where saving works (and not the frame's "saved for this website").
    let frame_cannot_save = props.framed && props.persistence == Persistence::Unavailable;
    let standing = match props.persistence {
        Persistence::Saving => None,
        Persistence::Unavailable if frame_cannot_save => Some(SafetyT::FrameCannotSave.into()),
        Persistence::Unavailable => Some(Text::StorageUnavailable),
        Persistence::WriteFailed => Some(Text::StorageWriteFailed),
        Persistence::ReadOnlyNewer => Some(Text::StorageNewerVersion),
        Persistence::ReadOnlyUnreadable => Some(Text::StorageUnreadable),
    };
    let one_off = props.notice.map(|notice| -> Text {
        match notice {
            Notice::LinkDiffers => SafetyT::LinkDiffers.into(),
            Notice::DeleteDone => Text::DeleteDone,
            Notice::DeleteFailed => Text::DeleteFailed,
            Notice::StartedFresh => SafetyT::StartedFresh.into(),
            Notice::StartFreshFailed => SafetyT::StartFreshFailed.into(),
            Notice::Imported => SafetyT::Imported.into(),
            Notice::OtherTabSaved => SafetyT::OtherTabSaved.into(),
            Notice::ConflictKeptNewer => SafetyT::ConflictKeptNewer.into(),
            Notice::RemovedElsewhere => SafetyT::RemovedElsewhere.into(),
            Notice::SwitchLosesAnswers => SafetyT::SwitchLosesAnswers.into(),
        }
    });
    // A link's presets that differ from the saved answers: the member chooses.
    let offer = props.notice == Some(Notice::LinkDiffers);
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let raw_actions = match props.persistence {
        _ if !props.has_raw => html! {},
        Persistence::ReadOnlyNewer => html! {
            <div class="notice-actions">
                <button type="button" class="secondary" onclick={click(&props.on_download_raw)}>
                    { t(lang, SafetyT::DownloadNewer) }
                </button>
            </div>
        },
        Persistence::ReadOnlyUnreadable => html! {
            <div class="notice-actions">
                <button type="button" class="secondary" onclick={click(&props.on_download_raw)}>
                    { t(lang, SafetyT::DownloadUnreadable) }
                </button>
                <button type="button" class="secondary" onclick={click(&props.on_start_fresh)}>
                    { t(lang, SafetyT::StartFresh) }
                </button>
            </div>
        },
        _ => html! {},
    };
    html! {
        <div class="notices">
            <div role="status" class="notice-slot">
                if let Some(text) = standing {
                    <div class="notice notice-warning" data-testid="storage-notice">
                        <p>{ t(lang, text) }</p>
                        if frame_cannot_save {
                            <p><a href={props.own_tab.clone()} target="_blank" rel="noopener">
                                { t(lang, SafetyT::OpenOwnTab) }
                            </a></p>
                        }
                        { raw_actions }
                    </div>
                }
            </div>
            <div role="status" class="notice-slot">
                if let Some(text) = one_off {
                    <div class="notice notice-info" data-testid="one-off-notice">
                        <p>{ t(lang, text) }</p>
                        if offer {
                            <button type="button" class="secondary" onclick={click(&props.on_use_link)}>
                                { t(lang, SafetyT::UseLinkAnswers) }
                            </button>
                        }
                        <button type="button" class="link-button" onclick={click(&props.on_dismiss)}>
                            { t(lang, if offer { SafetyT::KeepMyAnswers.into() } else { Text::DismissNotice }) }
                        </button>
                    </div>
                }
            </div>
            <div role="status" class="notice-slot">
                if props.embedded && !frame_cannot_save {
                    <div class="notice notice-info" data-testid="embedded-notice">
                        <p>{ t(lang, SafetyT::Embedded) }</p>
                        <button type="button" class="link-button"
                            onclick={click(&props.on_dismiss_embedded)}>
                            { t(lang, Text::DismissNotice) }
                        </button>
                    </div>
                }
            </div>
        </div>
    }
}
