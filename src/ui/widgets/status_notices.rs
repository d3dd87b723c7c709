//! Notices about saved answers: a standing one while answers are not being kept, and a one-off
//! one after something happened (a delete, an unreadable save). Both sit in live regions that
//! are always present, so screen readers announce changes.

use yew::prelude::*;

use crate::i18n::{t, Lang, Text};
use crate::state::{Notice, Persistence};

#[derive(Properties, PartialEq)]
pub struct StatusNoticesProps {
    pub lang: Lang,
    pub persistence: Persistence,
    pub notice: Option<Notice>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn StatusNotices(props: &StatusNoticesProps) -> Html {
    let lang = props.lang;
    let standing = match props.persistence {
        Persistence::Saving => None,
        Persistence::Unavailable => Some(Text::StorageUnavailable),
        Persistence::WriteFailed => Some(Text::StorageWriteFailed),
        Persistence::ReadOnlyNewer => Some(Text::StorageNewerVersion),
        Persistence::ReadOnlyUnreadable => Some(Text::StorageUnreadable),
    };
    let one_off = props.notice.map(|notice| match notice {
        Notice::UnreadableKeptAside => Text::StorageUnreadable,
        Notice::DeleteDone => Text::DeleteDone,
        Notice::DeleteFailed => Text::DeleteFailed,
    });
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notices">
            <div role="status" class="notice-slot">
                if let Some(text) = standing {
                    <p class="notice notice-warning" data-testid="storage-notice">{ t(lang, text) }</p>
                }
            </div>
            <div role="status" class="notice-slot">
                if let Some(text) = one_off {
                    <div class="notice notice-info" data-testid="one-off-notice">
                        <p>{ t(lang, text) }</p>
                        <button type="button" class="link-button" onclick={dismiss}>
                            { t(lang, Text::DismissNotice) }
                        </button>
                    </div>
                }
            </div>
        </div>
    }
}
