//! Keeping the case for months: what this browser does with saved answers (as far as the page
//! can tell), whether it offers to install the guide, and the member's own copies. Pure, like
//! the rest of the reducer; the root asks the browser and dispatches what it said.

use chrono::NaiveDate;

use super::AppState;
use crate::domain::keeping::{CopyReminder, Offer};

/// What the browser does with this site's saved data, as far as the page can tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Device {
    /// Inside another site's frame: nothing is asked of the browser there, and the frame's own
    /// notice says whether answers can be saved.
    pub framed: bool,
    /// Apple's WebKit outside a Home Screen (or Dock) app: Safari, and every browser on iPhone
    /// and iPad. It deletes a site's saved data after about seven days of use without a visit.
    pub clears_unvisited: bool,
    /// Whether the browser keeps this site's data, as it last said.
    pub keep: KeepAnswer,
    /// The browser has offered to install the guide (Chromium's `beforeinstallprompt`), and it
    /// is not installed yet.
    pub installable: bool,
}

/// What the browser said about keeping this site's data until the member deletes it
/// (`navigator.storage.persisted()` and `persist()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KeepAnswer {
    /// No answer to give: the API is missing, or the guide runs in another site's frame. The
    /// guide says nothing about it.
    #[default]
    Unknown,
    /// Not kept yet, and this browser decides by itself when asked: the guide asks once the
    /// member has saved a first answer.
    NotAskedYet,
    /// Not kept yet, and asking would put a permission prompt in front of the member (Firefox):
    /// asked only when they choose "Keep my case on this device".
    AskMember,
    /// The request is on its way.
    Asking,
    /// Kept until the member deletes it.
    Kept,
    /// Not kept: the browser may clear it (when the device runs short of space, say).
    MayClear,
}

impl KeepAnswer {
    /// What to say as the page opens, from `persisted()` (`None`: the API is missing, or it
    /// failed) and whether this browser decides a request by itself, without a prompt.
    pub fn at_start(persisted: Option<bool>, decides_quietly: bool) -> KeepAnswer {
        match persisted {
            None => KeepAnswer::Unknown,
            Some(true) => KeepAnswer::Kept,
            Some(false) if decides_quietly => KeepAnswer::NotAskedYet,
            Some(false) => KeepAnswer::AskMember,
        }
    }

    /// What `persist()` answered (`None`: it failed, so nothing changed: still not kept).
    pub fn from_request(granted: Option<bool>) -> KeepAnswer {
        if granted == Some(true) {
            KeepAnswer::Kept
        } else {
            KeepAnswer::MayClear
        }
    }

    /// Whether the guide should ask the browser now, without the member: after a save of real
    /// answers, once per visit, and only where the browser decides without asking them.
    pub fn ask_quietly(self) -> bool {
        self == KeepAnswer::NotAskedYet
    }
}

impl AppState {
    /// A copy of the case was saved to a file `on` this day, perhaps from `reminder`'s offer.
    /// Saved with the case, but not a change of the answers.
    pub(super) fn copy_saved(&mut self, on: NaiveDate, reminder: Option<CopyReminder>) {
        let case = self.case.clone();
        self.case.details.keeping.copied(&case, on, reminder);
        self.edits += 1;
    }

    /// The member put off `reminder`'s offer: it is not made again.
    pub(super) fn dismiss_reminder(&mut self, reminder: CopyReminder) {
        let case = self.case.clone();
        self.case.details.keeping.answered(&case, reminder);
        self.edits += 1;
    }

    /// The member has read how this browser may clear saved answers.
    pub(super) fn clearing_note_seen(&mut self) {
        self.case.details.keeping.answer(Offer::ClearingNote);
        self.edits += 1;
    }

    /// Whether to show, once, how this browser may clear saved answers: in Safari, once there
    /// are answers to lose, until the member dismisses it.
    pub fn shows_clearing_note(&self) -> bool {
        self.device.clears_unvisited
            && !self.case.is_empty()
            && !self.case.details.keeping.was_offered(Offer::ClearingNote)
    }
}
