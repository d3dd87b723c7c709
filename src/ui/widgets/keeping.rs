//! Keeping the case for months: the offer to save a copy at the moments that matter (never a
//! modal: a polite live region after the step, always mounted), and, in "Your saved case", when
//! the last copy was made and what this browser does with saved answers.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::keeping::{CopyReminder, Milestone};
use crate::i18n::{date, document_words, fill, t, Code, Lang, SafetyT, Text};
use crate::state::{Device, KeepAnswer};

/// What the member chose to do about keeping the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepChoice {
    /// Save a copy of the case file (perhaps from a reminder's offer).
    SaveCopy(Option<CopyReminder>),
    /// Put off a reminder.
    NotNow(CopyReminder),
    /// Dismiss the note on how this browser clears saved answers.
    NoteSeen,
    /// Ask the browser to keep the case (where it asks the member first).
    AskToKeep,
    /// Install the guide (the browser's own dialog).
    Install,
}

/// The offer to save a copy now, or else (once) how Safari may clear saved answers.
pub fn copy_reminder(
    lang: Lang,
    reminder: Option<CopyReminder>,
    clearing_note: bool,
    choose: &Callback<KeepChoice>,
) -> Html {
    // Its words come with the documents' (i18n::document_words): until they are here, it waits.
    let (reminder, clearing_note) = match document_words::ready() {
        true => (reminder, clearing_note),
        false => (None, false),
    };
    let text = match reminder {
        Some(CopyReminder::Milestone(milestone)) => t(
            lang,
            match milestone {
                Milestone::ReferralRequested => SafetyT::RemindReferral,
                Milestone::Denied => SafetyT::RemindDenied,
                Milestone::AppealFiled => SafetyT::RemindAppeal,
            },
        )
        .to_owned(),
        Some(CopyReminder::DeadlineNear { kind, date: on }) => fill(
            t(lang, SafetyT::RemindDeadline),
            &[
                ("what", t(lang, Code::Item(kind))),
                ("date", &date(lang, on)),
            ],
        ),
        None if clearing_note => t(lang, SafetyT::Clears).to_owned(),
        None => String::new(),
    };
    let pick = |choice: KeepChoice| choose.reform(move |_: MouseEvent| choice);
    html! {
        <div role="status" class="notice-slot" data-testid="copy-reminder">
            if !text.is_empty() {
                <div class="notice notice-info">
                    <p>{ text }</p>
                    <div class="notice-actions">
                        if let Some(reminder) = reminder {
                            <button type="button" class="secondary"
                                onclick={pick(KeepChoice::SaveCopy(Some(reminder)))}>
                                { t(lang, SafetyT::SaveCopy) }
                            </button>
                            <button type="button" class="link-button"
                                onclick={pick(KeepChoice::NotNow(reminder))}>
                                { t(lang, SafetyT::NotNow) }
                            </button>
                        } else {
                            <button type="button" class="link-button" onclick={pick(KeepChoice::NoteSeen)}>
                                { t(lang, Text::DismissNotice) }
                            </button>
                        }
                    </div>
                </div>
            }
        </div>
    }
}

/// In "Your saved case": when a copy was last saved to a file, and what this browser does with
/// saved answers (only what it said: nothing where it cannot say), with what the member can do.
/// The browser's part is told in words that come with the documents' (i18n::document_words),
/// once they are here.
pub fn keeping_status(
    lang: Lang,
    last_copy: Option<NaiveDate>,
    device: Device,
    choose: &Callback<KeepChoice>,
) -> Html {
    let last = match last_copy {
        Some(on) => fill(t(lang, SafetyT::LastCopyOn), &[("date", &date(lang, on))]),
        None => t(lang, SafetyT::LastCopyNever).to_owned(),
    };
    let words = document_words::ready();
    let keep = match device.keep {
        _ if !words => None,
        KeepAnswer::Unknown => None,
        KeepAnswer::Kept => Some(SafetyT::KeepKept),
        KeepAnswer::NotAskedYet | KeepAnswer::Asking | KeepAnswer::MayClear => {
            Some(SafetyT::KeepMayClear)
        }
        KeepAnswer::AskMember => Some(SafetyT::KeepAskHint),
    };
    // Each button is described by the sentence before it.
    let button = |choice: KeepChoice, label: SafetyT, hint: &'static str| {
        html! {
            <button type="button" class="secondary" aria-describedby={hint}
                onclick={choose.reform(move |_: MouseEvent| choice)}>
                { t(lang, label) }
            </button>
        }
    };
    html! {
        <div class="keeping">
            <p data-testid="last-copy">{ last }</p>
            <div role="status" data-testid="keep-status">
                if let Some(keep) = keep {
                    <p id="keep-hint">{ t(lang, keep) }</p>
                }
                if words && device.keep == KeepAnswer::AskMember {
                    { button(KeepChoice::AskToKeep, SafetyT::KeepAsk, "keep-hint") }
                }
            </div>
            if words && device.clears_unvisited {
                <p>{ t(lang, SafetyT::Clears) }</p>
                <p>{ t(lang, SafetyT::AddSteps) }</p>
            }
            if words && device.installable {
                <p id="install-hint">{ t(lang, SafetyT::InstallHint) }</p>
                { button(KeepChoice::Install, SafetyT::Install, "install-hint") }
            }
        </div>
    }
}
