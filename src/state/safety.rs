//! Data-safety transitions: starting fresh after an unreadable save, importing a file (only
//! after the member confirms), other tabs' saves and deletes, and the embedded notice. Pure, like
//! the rest of the reducer; the root does the storage I/O and dispatches what happened.

use super::{Action, AppState, Notice, Persistence, Screen, Step};
use crate::domain::Case;
use crate::storage::ImportError;

/// Why a chosen file was not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// The browser could not read the file.
    CouldNotRead,
    /// The file was read but refused.
    Rejected(ImportError),
}

impl AppState {
    /// Clears the case and everything typed, after a delete here or in another tab.
    pub(super) fn reset(&mut self, notice: Notice) {
        self.case = Case::default();
        self.drafts.clear();
        self.share_kinds = [None; 2];
        self.specialist_unsure = false;
        self.restored_progress = false;
        self.confirming_delete = false;
        self.saved_raw = None;
        self.pending_import = None;
        self.import_problem = None;
        // A link's offer was about the answers now gone.
        self.link_offer = None;
        self.notice = Some(notice);
        // Everything of ours is gone, so nothing is left that a write could overwrite.
        if self.persistence != Persistence::Unavailable {
            self.persistence = Persistence::Saving;
        }
    }

    /// Shows `case` as it is in storage now (saved by another tab), without counting an edit:
    /// it is already saved.
    fn adopt(&mut self, case: Case, notice: Notice) {
        self.restored_progress = !case.is_empty();
        self.case = case;
        self.drafts.clear();
        self.share_kinds = [None; 2];
        self.specialist_unsure = false;
        self.notice = Some(notice);
    }

    pub(super) fn data_safety(&mut self, action: Action) {
        match action {
            Action::StartedFresh => {
                self.persistence = Persistence::Saving;
                self.saved_raw = None;
                self.notice = Some(Notice::StartedFresh);
                // Whatever was typed while read-only is saved now.
                if !self.case.is_empty() {
                    self.edits += 1;
                }
            }
            Action::StartFreshFailed => self.notice = Some(Notice::StartFreshFailed),
            Action::ImportRead(case) => {
                self.pending_import = Some(case);
                self.import_problem = None;
            }
            Action::ImportRejected(problem) => {
                self.pending_import = None;
                self.import_problem = Some(problem);
            }
            Action::ConfirmImport => {
                if let Some(case) = self.pending_import.take() {
                    self.adopt(*case, Notice::Imported);
                    self.edits += 1;
                    // Opened from the welcome screen ("Open my case file", for a member whose
                    // browser cleared the case): go on where the case left off.
                    if self.screen == Screen::Welcome {
                        self.screen = Screen::Step(Step::resume_point(&self.case));
                    }
                }
            }
            Action::CancelImport => {
                self.pending_import = None;
                self.import_problem = None;
            }
            Action::OtherTabSaved(case) => {
                self.adopt(*case, Notice::OtherTabSaved);
                // A readable case replaced what blocked writing here (another tab started fresh).
                if matches!(
                    self.persistence,
                    Persistence::ReadOnlyNewer | Persistence::ReadOnlyUnreadable
                ) {
                    self.persistence = Persistence::Saving;
                    self.saved_raw = None;
                }
            }
            Action::Conflict(case) => self.adopt(*case, Notice::ConflictKeptNewer),
            Action::RemovedElsewhere => self.reset(Notice::RemovedElsewhere),
            Action::StoredUnusable { newer, raw } => {
                self.persistence = if newer {
                    Persistence::ReadOnlyNewer
                } else {
                    Persistence::ReadOnlyUnreadable
                };
                if raw.is_some() {
                    self.saved_raw = raw;
                }
            }
            Action::DismissEmbedded => self.embedded_notice = false,
            // The rest are handled in `AppState::reduce`.
            _ => {}
        }
    }
}
