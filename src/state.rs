//! The app's state and its pure reducer. Components dispatch [`Action`]s; storage I/O happens at
//! the edge (the app root), never in here, so every transition is tested natively.

use crate::domain::{Case, PlanType, Region, Urgency};
use crate::i18n::Lang;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Plan,
}

/// Whether answers are being kept on this device, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Every change is saved.
    Saving,
    /// There is no usable storage: answers live only in this page.
    Unavailable,
    /// Storage works but the last write failed (e.g. quota).
    WriteFailed,
    /// A newer version's case is in storage: never overwrite it.
    ReadOnlyNewer,
    /// An unreadable value could not be kept aside, so it must not be overwritten either.
    ReadOnlyUnreadable,
}

impl Persistence {
    /// Whether the app may write the case to storage.
    pub fn may_write(self) -> bool {
        matches!(self, Persistence::Saving | Persistence::WriteFailed)
    }
}

/// A one-off message about something that just happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saved answers could not be read; a copy was kept aside.
    UnreadableKeptAside,
    DeleteDone,
    DeleteFailed,
}

/// What the app found in storage at start-up, in storage-independent terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartUp {
    Fresh,
    Restored(Case),
    StorageUnavailable,
    NewerVersion,
    Unreadable { kept_aside: bool },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    pub screen: Screen,
    pub case: Case,
    /// Whether progress from an earlier visit was restored (offers "Continue").
    pub restored_progress: bool,
    pub persistence: Persistence,
    pub notice: Option<Notice>,
    pub confirming_delete: bool,
    /// Counts the member's edits; the root saves after each one (and never for edit 0, so
    /// opening the app or deleting does not write an empty case back).
    pub edits: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Show(Screen),
    SetRegion(Option<Region>),
    SetPlanType(PlanType),
    SetUrgency(Urgency),
    AskDelete,
    CancelDelete,
    Deleted,
    DeleteFailed,
    SaveFailed,
    Saved,
    DismissNotice,
}

impl AppState {
    /// The state the app opens in, given what storage held.
    pub fn start(start: StartUp) -> AppState {
        let mut state = AppState {
            lang: Lang::default(),
            screen: Screen::Welcome,
            case: Case::default(),
            restored_progress: false,
            persistence: Persistence::Saving,
            notice: None,
            confirming_delete: false,
            edits: 0,
        };
        match start {
            StartUp::Fresh => {}
            StartUp::Restored(case) => {
                state.restored_progress = !case.is_empty();
                state.case = case;
            }
            StartUp::StorageUnavailable => state.persistence = Persistence::Unavailable,
            StartUp::NewerVersion => state.persistence = Persistence::ReadOnlyNewer,
            StartUp::Unreadable { kept_aside: true } => {
                state.notice = Some(Notice::UnreadableKeptAside)
            }
            StartUp::Unreadable { kept_aside: false } => {
                state.persistence = Persistence::ReadOnlyUnreadable
            }
        }
        state
    }

    /// The state after `action`.
    pub fn reduce(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Show(screen) => {
                next.screen = screen;
                next.confirming_delete = false;
            }
            Action::SetRegion(region) => next.edit(|case| case.plan.region = region),
            Action::SetPlanType(plan) => next.edit(|case| case.plan.plan_type = Some(plan)),
            Action::SetUrgency(urgency) => next.edit(|case| case.plan.urgency = Some(urgency)),
            Action::AskDelete => {
                next.confirming_delete = true;
                next.notice = None;
            }
            Action::CancelDelete => next.confirming_delete = false,
            Action::Deleted => {
                next.case = Case::default();
                next.restored_progress = false;
                next.confirming_delete = false;
                next.notice = Some(Notice::DeleteDone);
                // Everything of ours is gone, so nothing is left that a write could overwrite.
                if next.persistence != Persistence::Unavailable {
                    next.persistence = Persistence::Saving;
                }
            }
            Action::DeleteFailed => {
                next.confirming_delete = false;
                next.notice = Some(Notice::DeleteFailed);
            }
            Action::SaveFailed => next.persistence = Persistence::WriteFailed,
            Action::Saved => {
                if next.persistence == Persistence::WriteFailed {
                    next.persistence = Persistence::Saving;
                }
            }
            Action::DismissNotice => next.notice = None,
        }
        next
    }

    fn edit(&mut self, change: impl FnOnce(&mut Case)) {
        change(&mut self.case);
        self.edits += 1;
        if self.notice == Some(Notice::DeleteDone) {
            self.notice = None;
        }
    }
}
