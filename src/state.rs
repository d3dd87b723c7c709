//! The app's state and its pure reducer. Components dispatch [`Action`]s; storage I/O happens at
//! the edge (the app root), never in here, so every transition is tested natively.

use chrono::NaiveDate;

use crate::domain::case::ReferralOutcome;
use crate::domain::keeping::CopyReminder;
use crate::domain::letters::LetterKind;
use crate::domain::money::ParseError;
use crate::domain::Case;
use crate::lang::Lang;
use crate::link::Fragment;

pub mod edit;
mod keep;
mod presets;
mod safety;

pub use keep::{Device, KeepAnswer};
pub use presets::LinkOffer;
pub use safety::ImportProblem;

use edit::{number_kind, parse_number, saved_share_kind, Edit, NumberField, ShareKind, Terms};

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Step(Step),
    /// The printable case summary.
    Summary,
}

/// The steps of the journey, in order. Every step can be opened at any time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Plan,
    Reason,
    Case,
    Ask,
    Costs,
    Records,
    IfDenied,
    Timeline,
}

impl Step {
    /// Every step, in journey order.
    pub const ALL: [Step; 8] = [
        Step::Plan,
        Step::Reason,
        Step::Case,
        Step::Ask,
        Step::Costs,
        Step::Records,
        Step::IfDenied,
        Step::Timeline,
    ];

    /// The step's number, from 1.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Step> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// A stable code for element ids and test hooks; never shown to the user.
    pub fn code(self) -> &'static str {
        match self {
            Step::Plan => "plan",
            Step::Reason => "reason",
            Step::Case => "case",
            Step::Ask => "ask",
            Step::Costs => "costs",
            Step::Records => "records",
            Step::IfDenied => "if-denied",
            Step::Timeline => "timeline",
        }
    }

    /// Where "Continue where you left off" goes: the first step not yet done, in order. "If the
    /// referral is denied" counts only once Kaiser has said no; when all else is done, the
    /// timeline.
    pub fn resume_point(case: &Case) -> Step {
        let denied = case.details.referral.outcome == Some(ReferralOutcome::Denied);
        Step::ALL
            .into_iter()
            .filter(|step| *step != Step::IfDenied || denied)
            .find(|step| !step.is_done(case))
            .unwrap_or(Step::Timeline)
    }

    /// Whether the case shows this step done, for the progress marks.
    pub fn is_done(self, case: &Case) -> bool {
        let d = &case.details;
        match self {
            Step::Plan => case.plan.is_complete(),
            Step::Reason => {
                !d.reasons.ticked().is_empty() && d.reasons.kaiser_doctor_asked.is_some()
            }
            Step::Case => {
                d.access.qualified_specialist_in_network.is_some()
                    || (d.access.appointment_requested_on.is_some()
                        && d.access.earliest_in_network_appointment.is_some())
            }
            Step::Ask => d.referral.requested_on.is_some() && d.referral.outcome.is_some(),
            Step::Costs => d.costs != Default::default(),
            Step::Records => d.appointment.records_requested_on.is_some(),
            Step::IfDenied => d.appeal.grievance_filed.is_some(),
            Step::Timeline => false,
        }
    }
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
    DeleteDone,
    DeleteFailed,
    /// The member chose to start fresh; the unreadable answers stay kept aside.
    StartedFresh,
    /// Starting fresh failed: no copy could be kept aside, so the unreadable value stays.
    StartFreshFailed,
    /// An imported file replaced the answers.
    Imported,
    /// Another tab saved; this one now shows its answers.
    OtherTabSaved,
    /// This tab's save met a newer one from another tab; the newer one is shown.
    ConflictKeptNewer,
    /// Another tab deleted everything; this one was cleared too.
    RemovedElsewhere,
    /// The language switch would open the other page without the answers only this one holds.
    SwitchLosesAnswers,
    /// A link's presets differ from the saved answers (see [`AppState::link_offer`]).
    LinkDiffers,
}

/// What the app found in storage at start-up, in storage-independent terms.
// Made once at start-up, so the size of the restored case does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartUp {
    Fresh,
    Restored(Case),
    /// Saved by an older version and migrated; `saved_back` says whether writing it back worked.
    Migrated {
        case: Case,
        saved_back: bool,
    },
    StorageUnavailable,
    /// Saved by a newer version; `raw` is the saved text, offered for download.
    NewerVersion {
        raw: String,
    },
    /// Unreadable; `raw` is the saved text, offered for download until the member starts fresh.
    Unreadable {
        raw: String,
    },
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
    /// Numbers exactly as typed, so a bad entry is never lost (not saved).
    pub drafts: Vec<(NumberField, String)>,
    /// Copay or coinsurance, once chosen, for in-network and out-of-network terms.
    pub share_kinds: [Option<ShareKind>; 2],
    /// The member answered "not sure" to whether a qualified in-network specialist exists.
    pub specialist_unsure: bool,
    /// The saved text of a newer version's or an unreadable case, offered for download.
    pub saved_raw: Option<String>,
    /// A case read from a file, waiting for the member to confirm replacing theirs.
    pub pending_import: Option<Box<Case>>,
    /// Why the last file could not be imported.
    pub import_problem: Option<ImportProblem>,
    /// Running inside another site's frame, and the member has not dismissed the notice.
    pub embedded_notice: bool,
    /// What the last Copy or Download of a letter said, and which letter (not saved).
    pub letter_said: Option<(LetterKind, LetterSaid)>,
    /// A link's presets that differ from the saved answers, until the member chooses.
    pub link_offer: Option<LinkOffer>,
    /// What the opening address said ([`crate::link`]); each address the app writes keeps its
    /// look.
    pub opened: Fragment,
    /// The sources file (titles and addresses, [`crate::domain::cited`]) has been read, so
    /// every "Why?" and the summary can name their sources.
    pub sources_read: bool,
    /// The letters' words ([`crate::i18n::document_words`]) have been read, so every letter can
    /// be written.
    pub document_words_read: bool,
    /// What this browser does with saved answers, and whether it offers to install the guide.
    pub device: Device,
}

/// What a letter's Copy or Download said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterSaid {
    /// On the clipboard.
    Copied,
    /// The Clipboard API was missing or refused: the text is selected, copy it by hand.
    SelectToCopy,
    /// The browser did not allow the download.
    DownloadFailed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Show(Screen),
    /// "Start" or "Continue where you left off": the first step not yet done.
    Continue,
    /// A change to the case.
    Edit(Edit),
    /// A number field's text, as typed.
    Number(NumberField, String),
    /// Copay or coinsurance for a set of terms.
    ShareKind(Terms, ShareKind),
    AskDelete,
    CancelDelete,
    Deleted,
    DeleteFailed,
    SaveFailed,
    Saved,
    DismissNotice,
    /// The member chose to start fresh after an unreadable save, and it worked (or not).
    StartedFresh,
    StartFreshFailed,
    /// A file was read and is a valid case: ask before replacing.
    ImportRead(Box<Case>),
    /// A file could not be imported.
    ImportRejected(ImportProblem),
    ConfirmImport,
    CancelImport,
    /// Another tab saved this case.
    OtherTabSaved(Box<Case>),
    /// A save was refused because another tab saved a newer case, which is this one.
    Conflict(Box<Case>),
    /// The saved case was removed elsewhere (another tab's delete).
    RemovedElsewhere,
    /// Storage now holds a newer version's (`newer`) or an unreadable value: stop writing.
    StoredUnusable {
        newer: bool,
        raw: Option<String>,
    },
    DismissEmbedded,
    /// A letter's Copy or Download finished, and what it says.
    LetterSaid(LetterKind, LetterSaid),
    /// A letter's Copy began: the last message goes, so the next one is announced afresh.
    LetterSaidCleared,
    /// The language switch was used with answers that only this page holds: warn first.
    WarnSwitch,
    /// What the opening address asked for: its presets fill empty answers only, and its look
    /// (language, embed, accent) is kept.
    Opened(Fragment),
    /// The member chose the link's presets over the saved answers.
    UseLinkOffer,
    /// The sources file arrived and is this build's.
    SourcesRead,
    /// The letters' words arrived and are this build's.
    DocumentWordsRead,
    /// What the browser said about keeping this site's data.
    KeepAnswered(KeepAnswer),
    /// The browser offers to install the guide (`true`), or no longer does.
    Installable(bool),
    /// A copy of the case was saved to a file on this day, perhaps from a reminder's offer.
    CopySaved {
        on: NaiveDate,
        reminder: Option<CopyReminder>,
    },
    /// The member put off a reminder to save a copy.
    DismissReminder(CopyReminder),
    /// The member dismissed the note on how this browser may clear saved answers.
    ClearingNoteSeen,
}

impl AppState {
    /// The state the app opens in, given what storage held.
    pub fn start(start: StartUp) -> AppState {
        let mut state = AppState {
            lang: crate::lang::PAGE,
            screen: Screen::Welcome,
            case: Case::default(),
            restored_progress: false,
            persistence: Persistence::Saving,
            notice: None,
            confirming_delete: false,
            edits: 0,
            drafts: Vec::new(),
            share_kinds: [None; 2],
            specialist_unsure: false,
            saved_raw: None,
            pending_import: None,
            import_problem: None,
            embedded_notice: false,
            letter_said: None,
            link_offer: None,
            opened: Fragment::default(),
            sources_read: false,
            document_words_read: false,
            device: Device::default(),
        };
        match start {
            StartUp::Fresh => {}
            StartUp::Restored(case)
            | StartUp::Migrated {
                case,
                saved_back: true,
            } => {
                state.restored_progress = !case.is_empty();
                state.case = case;
            }
            StartUp::Migrated {
                case,
                saved_back: false,
            } => {
                state.restored_progress = !case.is_empty();
                state.case = case;
                state.persistence = Persistence::WriteFailed;
            }
            StartUp::StorageUnavailable => state.persistence = Persistence::Unavailable,
            StartUp::NewerVersion { raw } => {
                state.persistence = Persistence::ReadOnlyNewer;
                state.saved_raw = Some(raw);
            }
            StartUp::Unreadable { raw } => {
                state.persistence = Persistence::ReadOnlyUnreadable;
                state.saved_raw = Some(raw);
            }
        }
        state
    }

    /// Whether `action` leaves this state as it is, so the interface need not re-render: a
    /// save that went through while saving works.
    pub fn is_no_op(&self, action: &Action) -> bool {
        matches!(action, Action::Saved) && self.persistence != Persistence::WriteFailed
    }

    /// The state after `action`.
    pub fn reduce(&self, action: Action) -> AppState {
        let mut next = self.clone();
        // What Copy or Download said is about the letter as it was: anything else forgets it
        // (a save is not a change).
        if !matches!(action, Action::Saved | Action::SaveFailed) {
            next.letter_said = None;
        }
        match action {
            Action::Show(screen) => {
                next.screen = screen;
                next.confirming_delete = false;
            }
            Action::Continue => {
                next.screen = Screen::Step(Step::resume_point(&next.case));
                next.confirming_delete = false;
            }
            Action::Edit(change) => {
                if let Edit::Specialist(answer) = change {
                    next.specialist_unsure = answer.is_none();
                }
                next.edit(|case| edit::apply(case, change));
            }
            Action::Number(field, text) => {
                let value = parse_number(next.number_kind(field), &text).unwrap_or(None);
                next.set_draft(field, text);
                next.edit(|case| edit::set_number(case, field, value));
            }
            Action::ShareKind(terms, kind) => {
                next.share_kinds[terms as usize] = Some(kind);
                // Read what was typed again under the new kind (a copay "$30" is no percentage).
                let field = NumberField::Share(terms);
                let text = next.draft(field).map(str::to_owned).unwrap_or_default();
                let value = parse_number(next.number_kind(field), &text).unwrap_or(None);
                next.edit(|case| edit::set_number(case, field, value));
            }
            Action::AskDelete => {
                next.confirming_delete = true;
                next.notice = None;
            }
            Action::CancelDelete => next.confirming_delete = false,
            Action::Deleted => next.reset(Notice::DeleteDone),
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
            Action::DismissNotice => next.dismiss_notice(),
            Action::LetterSaid(kind, said) => next.letter_said = Some((kind, said)),
            Action::LetterSaidCleared => {}
            Action::WarnSwitch => next.notice = Some(Notice::SwitchLosesAnswers),
            Action::Opened(opened) => {
                next.opened = opened;
                next.link_presets(opened.region, opened.plan);
            }
            Action::UseLinkOffer => next.use_link_offer(),
            Action::SourcesRead => next.sources_read = true,
            Action::DocumentWordsRead => next.document_words_read = true,
            Action::KeepAnswered(answer) => next.device.keep = answer,
            Action::Installable(offered) => next.device.installable = offered,
            Action::CopySaved { on, reminder } => next.copy_saved(on, reminder),
            Action::DismissReminder(reminder) => next.dismiss_reminder(reminder),
            Action::ClearingNoteSeen => next.clearing_note_seen(),
            other => next.data_safety(other),
        }
        next
    }

    /// Whether switching to another language's page now would lose answers without a word:
    /// there are some, storage is not saving them (unavailable, failing or read-only), so only
    /// this page holds them, and the member has not been told yet (once told, the switch goes).
    pub fn switch_loses_answers(&self) -> bool {
        self.persistence != Persistence::Saving
            && !self.case.is_empty()
            && self.notice != Some(Notice::SwitchLosesAnswers)
    }

    /// The text typed into a number field, if the member has typed in it this visit.
    pub fn draft(&self, field: NumberField) -> Option<&str> {
        self.drafts
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, text)| text.as_str())
    }

    fn set_draft(&mut self, field: NumberField, text: String) {
        match self.drafts.iter_mut().find(|(f, _)| *f == field) {
            Some(slot) => slot.1 = text,
            None => self.drafts.push((field, text)),
        }
    }

    /// The text a number field shows: what was typed, or else the saved value.
    pub fn number_text(&self, field: NumberField) -> String {
        match self.draft(field) {
            Some(text) => text.to_owned(),
            None => edit::number_text(&self.case, field),
        }
    }

    /// Why a number field's text cannot be read, if it cannot.
    pub fn number_error(&self, field: NumberField) -> Option<ParseError> {
        let text = self.draft(field)?;
        parse_number(self.number_kind(field), text).err()
    }

    /// Copay or coinsurance for `terms`: as chosen, or as the saved case implies.
    pub fn share_kind(&self, terms: Terms) -> Option<ShareKind> {
        self.share_kinds[terms as usize].or_else(|| saved_share_kind(&self.case, terms))
    }

    /// The kind of number `field` takes now (a share is money or a percentage, as chosen).
    pub fn number_kind(&self, field: NumberField) -> edit::NumberKind {
        let share = match field {
            NumberField::Share(terms) => self.share_kind(terms),
            _ => None,
        };
        number_kind(field, share)
    }

    fn edit(&mut self, change: impl FnOnce(&mut Case)) {
        change(&mut self.case);
        // The member's own copy no longer holds everything (domain::keeping).
        self.case.details.keeping.changed_since_copy = true;
        self.edits += 1;
        if self.notice == Some(Notice::DeleteDone) {
            self.notice = None;
        }
    }
}
