//! Keys for the journey's strings, one enum per area so each language's table can be split by
//! area and still be matched exhaustively. Variants with data name a domain value whose words
//! are wanted. Strings with `{name}` placeholders are filled by [`super::fill`].

use crate::domain::access::{CountyType, RecordsLaw};
use crate::domain::case::{
    AppealOutcome, CaReason, ContactChannel, InNetworkSecondOpinion, ReferralOutcome, ReviewOutcome,
};
use crate::domain::costs::{BasisRule, CostInput, ReferralCostBasis, ScenarioKind};
use crate::domain::eligibility::{ActionKind, Evidence, Ground, ReasonCode, Strength, Verdict};
use crate::domain::letters::{Blank, RepresentativeForm};
use crate::domain::money::ParseError;
use crate::domain::next_step::Approval;
use crate::domain::route::Program;
use crate::domain::route::{FindOut, InternalStepKind, ReviewKind, RouteKind, UsState};
use crate::domain::timeline::{DateNeeded, ItemKind, NotNeeded};
use crate::domain::{Caveat, Confidence};
use crate::state::edit::{NumberKind, SelfPayItem, ShareKind, Terms};
use crate::state::Step;

/// The journey's frame: progress, navigation, "Why?", confidence, common answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    StepName(Step),
    StepsLabel,
    /// The Back / Next buttons under each step (a landmark label distinct from the progress list).
    StepNavLabel,
    /// "Step {k} of {n}".
    StepOfN,
    /// Hidden text after a completed step in the progress list.
    StepDone,
    /// "Next: {step}".
    NextTo,
    /// "Back: {step}".
    BackTo,
    NextStepLabel,
    Why,
    /// "Source: {link} {new_tab} {confidence}" (the link is the source's title).
    SourceWithLink,
    /// "Source: {title}. … {confidence}" for a rule with no public source.
    SourceWithoutLink,
    /// "Source: not loaded yet… {confidence}": the sources file has not arrived.
    SourceNotRead,
    NewTab,
    Confidence(Confidence),
    LowConfidenceNote,
    Yes,
    No,
    NotSure,
    /// "Call: {number}".
    CallLine,
    /// "TTY …: {number}".
    TtyLine,
    /// A line with staff who speak Spanish.
    SpanishLine,
    /// "Website: {site} {new_tab}".
    WebsiteLine,
    DateHint,
    /// "{field}: {problem}".
    NumberProblem(NumberKind, ParseError),
    LetterHint,
    /// "Done: {action}" and "To do: {action}" in a checklist.
    DoneItem,
    ToDoItem,
    /// "{text} ({status})": a dated fact with its status.
    WithStatus,
    /// "About {date}": a date whose clock starts on a day the member cannot know.
    AboutDate,
    /// Words for a state.
    State(UsState),
    Caveat(Caveat),
    /// The "what to do next" templates (see `i18n::next_step`).
    Next(NextKey),
}

/// One template per kind of next step (and per kind of the plan's own review, so each language
/// writes a whole sentence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextKey {
    AnswerPlan,
    ActNowGrievance,
    ActNowReview,
    ActNowRecords,
    DueToday,
    /// "That is in {days} day(s)."
    DueInDays,
    /// "That date passed {days} day(s) ago."
    Overdue,
    FileGrievance(InternalStepKind),
    FileGrievanceNoDate(InternalStepKind),
    /// The appeal goes to the plan, or state office, named on the notice (not Kaiser itself).
    FileWithPlanOnNotice,
    FileWithPlanOnNoticeNoDate,
    AwaitPlanDecision,
    AwaitPlanDecisionNoDate,
    AskReview,
    AskReviewNoDate,
    AskReviewPartly,
    AskReviewPartlyNoDate,
    ReviewIsAutomatic,
    ReviewIsAutomaticNoDate,
    AwaitReview,
    AwaitReviewAbout,
    AwaitReviewNoDate,
    ReviewUpheld,
    TalkToDoctor,
    PutRequestInWriting,
    AwaitReferral,
    /// Expected about {date}; follow up if nothing by {follow_up}.
    AwaitReferralAbout,
    AwaitReferralLate,
    AwaitReferralNoDate,
    /// How the approval came: a referral, a reversed appeal, an overturned denial.
    BookAppointment(Approval),
    /// An overturned denial with the date Kaiser must act by.
    BookAfterReviewBy,
    RequestRecords,
    RequestRecordsNoDate,
    GoToAppointment,
    AfterAppointment,
}

/// Domain codes in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    Verdict(Verdict),
    Strength(Option<Strength>),
    Ground(Ground),
    Reason(ReasonCode),
    CaReason(CaReason),
    Evidence(Evidence),
    Action(ActionKind),
    Item(ItemKind),
    ItemExplain(ItemKind),
    /// "{what}: {date}." for a dated item in a step.
    ItemOn,
    /// "{what}: about {date}." for an approximate one.
    ItemAbout,
    /// "{what}: not known yet. {needed}"
    ItemUnknown,
    Needed(DateNeeded),
    NotNeeded(NotNeeded),
    CostInput(CostInput),
    Scenario(ScenarioKind),
    ScenarioExplain(ScenarioKind),
    Basis(ReferralCostBasis),
    FindOut(FindOut),
    Route(RouteKind),
    Internal(InternalStepKind),
    InternalExplain(InternalStepKind),
    Review(ReviewKind),
    ReviewExplain(ReviewKind),
    Channel(ContactChannel),
    County(CountyType),
    Outcome(ReferralOutcome),
    AppealOutcome(AppealOutcome),
    ReviewOutcome(ReviewOutcome),
    SecondOpinion(InNetworkSecondOpinion),
    SelfPay(SelfPayItem),
    /// "{n} business days", "{n} days", "{n} hours", "{n} months".
    PeriodBusinessDays,
    PeriodDays,
    PeriodHours,
    PeriodMonths,
    /// Timeline status words.
    StatusDone,
    StatusToday,
    StatusInDays,
    StatusInOneDay,
    StatusOverdue,
    StatusReached,
    StatusUnknown,
}

/// Steps 2 and 3: the reason, and the case for an outside referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReasonT {
    Intro,
    ReasonsLegend,
    ReasonsHint,
    DoctorAskedLegend,
    DoctorAskedHint,
    InNetworkLegend,
    InNetworkHint,
    RightsTitle,
    CaliforniaApplies,
    CaliforniaMaybe,
    CaliforniaReasonsTitle,
    NotCalifornia,
    OregonRule,
    KaiserPolicy,
    TipTitle,
    Tip,
    // Step 3
    CaseIntro,
    SpecialistLegend,
    SpecialistHint,
    WaitTitle,
    WaitHint,
    AskedOnLabel,
    OfferedOnLabel,
    TimelyAccessRule,
    NoWaitRule,
    TravelTitle,
    MilesLabel,
    MinutesLabel,
    TravelHint,
    CountyLabel,
    CountyHint,
    CountyChoose,
    MedicareRule,
    MedicaidRule,
    ResultTitle,
    GroundsTitle,
    EvidenceTitle,
    ScriptDoctorTitle,
    ScriptDoctor,
}

/// Step 4: asking for the referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AskT {
    Intro,
    ChecklistTitle,
    DetailsTitle,
    DetailsHint,
    MemberName,
    RecordNumber,
    DateOfBirth,
    KaiserDoctor,
    Condition,
    OutsideDoctor,
    OutsideDoctorContact,
    OwnWords,
    OwnWordsHint,
    MemberContact,
    RepresentativeName,
    RepresentativeRelationship,
    RepresentativeHint,
    LetterTitle,
    LetterLabel,
    LogTitle,
    RequestedOn,
    OutcomeLegend,
    DecidedOn,
    /// "Kaiser's answer is expected by {date}."
    ExpectedBy,
    /// "… expected about {date} …": the clock starts when Kaiser has what it needs.
    ExpectedAbout,
    /// "If you have heard nothing by {date}, follow up."
    FollowUpOn,
    ScriptCheckTitle,
    ScriptCheck,
    ScriptUrgentTitle,
    ScriptUrgent(Program),
    MemberServicesTitle,
}

/// Step 5: costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostT {
    Intro,
    Terms,
    InNetworkTitle,
    ShareLegend(Terms),
    ShareOption(Terms, ShareKind),
    CopayLabel(Terms),
    CoinsuranceLabel(Terms),
    ShareHint,
    AllowedLabel,
    AllowedHint,
    DeductibleLabel(Terms),
    OutOfPocketLabel(Terms),
    ReferralTitle,
    BasisLegend,
    BasisHint,
    BasisNotSure,
    BasisDefault(BasisRule),
    OutsideAllowedLabel,
    OutsideBilledLabel,
    OutsideBilledHint,
    SelfPayTitle,
    SelfPayHint,
    GoodFaithEstimate,
    GoodFaithEstimateIfInsured,
    ResultsTitle,
    TableCaption,
    ColumnOption,
    ColumnYouPay,
    ColumnPlanPays,
    ColumnHow,
    NotEnough,
    StillNeeded,
    ToFinish,
    NotCounted,
    PaidAs,
    // Arithmetic lines.
    LineAllowed,
    LineCopay,
    LineDeductible,
    LineCoinsurance,
    LineCapped,
    LineBalanceBill,
    LineSelfPayItem,
    LineNoCost,
    LineMemberTotal,
    LinePlanTotal,
    BallparkTitle,
    Ballpark,
    BallparkNote,
    EocTitle,
    EocItems,
    ScriptMemberServicesTitle,
    ScriptMemberServices,
}

/// Steps 6 to 8: records, if denied, the timeline and the contact log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaterT {
    ReviewCoverTitle,
    ReviewCoverIntro,
    RecordsIntro,
    ChooseDoctorTitle,
    ChooseDoctorList,
    ScriptOutsideOfficeTitle,
    ScriptOutsideOffice,
    RecordsListTitle,
    RecordsList,
    AppointmentLabel,
    LeadLabel,
    LeadHint,
    RecordsRequestedLabel,
    RequestBy,
    LegalMax(RecordsLaw),
    RecordsNotNeeded,
    KaiserTurnaround,
    KaiserTurnaroundDelayed,
    KaiserTurnaroundUnknown,
    HowToAskTitle,
    HowToAsk,
    RecordsLetterTitle,
    // If denied
    NotDeniedYet,
    NotDeniedStatus(Option<ReferralOutcome>),
    ComeBack,
    RouteTitle,
    FirstStep(InternalStepKind),
    /// The first step when the appeal goes to the plan named on the notice, not Kaiser.
    FirstStepPlanOnNotice,
    FilingWindow,
    DecisionTime,
    UrgentDecisionTime,
    SecondStep,
    OpensAfterWait,
    OpensAfterDecision,
    OpensAutomatically,
    OpensAtOnceIfUrgent,
    ReviewWindow,
    ReviewDecision,
    ReviewDecisionAbout,
    Binds,
    BindingNotStated,
    /// "Once the reviewer decides for you, Kaiser must act within {period}."
    ActWithin,
    Alternatives,
    /// "{review}: {window}".
    AlternativeWithWindow,
    HelpTitle,
    PossibleReviews,
    FindOutTitle,
    YourDatesTitle,
    DenialLetterLabel,
    GrievanceFiledLabel,
    GrievanceDecisionLabel,
    GrievanceOutcomeLegend,
    ReviewFiledLabel,
    ReviewDecisionLabel,
    ReviewOutcomeLegend,
    OutcomeReversed,
    OutcomePartlyReversed,
    OutcomeOverturned,
    /// Overturned, where no source says the plan must follow the decision.
    OutcomeOverturnedNotStated,
    OutcomeReviewUpheld,
    GrievanceLetterTitle,
    LetterNotNeeded,
    // Timeline
    TimelineIntro,
    /// "{count} of your dates need(s) attention now …"
    Attention,
    NothingPressing,
    WarningSoon,
    WarningLate,
    TimelineListLabel,
    UnknownTitle,
    UnknownIntro,
    ContactLogTitle,
    ContactLogIntro,
    ContactEntry,
    ContactDate,
    ContactChannel,
    ContactChannelChoose,
    ContactWho,
    ContactReference,
    ContactSummary,
    ContactNext,
    AddContact,
    RemoveContact,
    NoContacts,
}

/// Data safety: the saved-case tools (export, import, delete everything), start-up banners,
/// other tabs and the embedded notice. `{name}` placeholders are filled by [`super::fill`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SafetyT {
    ToolsTitle,
    ToolsIntro,
    Export,
    ImportLabel,
    ImportHint,
    ImportConfirmQuestion,
    ImportConfirmYes,
    ImportCancel,
    Imported,
    /// A file refused before the words that say why have arrived (`i18n::document_words`).
    ImportRefused,
    ImportCouldNotRead,
    /// "{size}", "{limit}" in KB.
    ImportTooLarge,
    /// "{line}", "{column}".
    ImportNotJson,
    ImportNotCase,
    /// "{schema}".
    ImportNewer,
    ImportInvalid,
    ImportNothingChanged,
    /// "{path}", "{expected}", "{found}".
    ProblemLine,
    /// "{count}".
    MoreProblems,
    ExpectedObject,
    ExpectedList,
    ExpectedText,
    ExpectedYesOrNo,
    ExpectedDate,
    /// "{codes}".
    ExpectedOneOf,
    /// "{min}", "{max}".
    ExpectedWholeNumber,
    FoundMissing,
    FoundNull,
    /// "{value}".
    FoundYesOrNo,
    /// "{value}".
    FoundNumber,
    /// "{value}".
    FoundText,
    FoundList,
    FoundObject,
    DownloadNewer,
    DownloadUnreadable,
    StartFresh,
    StartedFresh,
    StartFreshFailed,
    OtherTabSaved,
    ConflictKeptNewer,
    RemovedElsewhere,
    Embedded,
    /// Switching language would lose answers only this page holds.
    SwitchLosesAnswers,
    /// A link's presets differ from the saved answers.
    LinkDiffers,
    UseLinkAnswers,
    KeepMyAnswers,
    /// The footer's link to the Share page.
    ShareGuide,
    // Opening a case file from the welcome screen, where the case may be empty.
    ImportOpenQuestion,
    ImportOpenYes,
    ImportOpenCancel,
    // The member's own copy, and what this browser does with saved answers.
    LastCopyNever,
    /// "{date}".
    LastCopyOn,
    KeepKept,
    KeepMayClear,
    KeepAskHint,
    KeepAsk,
    /// Safari clears unvisited sites' data; an app on the Home Screen or Dock is spared.
    Clears,
    /// How to add the guide to the Home Screen or Dock, and that it starts apart there.
    AddSteps,
    InstallHint,
    Install,
    /// Offers to save a copy after a moment that matters.
    RemindReferral,
    RemindDenied,
    RemindAppeal,
    /// "{what}", "{date}": a deadline within 14 days, and answers changed since the last copy.
    RemindDeadline,
    SaveCopy,
    NotNow,
    /// Inside another site's frame, where this browser does not let the guide save.
    FrameCannotSave,
    OpenOwnTab,
}

/// The letters' words (see `i18n::letter_text`). `{name}` placeholders are filled from the
/// letter's data; blanks are written as bracketed placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterT {
    To,
    ToKaiserDoctor,
    ToAppeals,
    /// The appeals office of the plan named on the denial notice.
    ToPlanOnNotice,
    ToRoi,
    From,
    RecordNumber,
    Date,
    Subject,
    SubjectReferral,
    SubjectAppeal(InternalStepKind),
    SubjectRecords,
    AskReferral,
    DeniedOn(InternalStepKind),
    ReasonsIntro,
    Reason(CaReason),
    OwnWords,
    GroundsIntro,
    GroundNoSpecialist,
    GroundWait,
    GroundWaitLonger,
    GroundTravel,
    GroundTravelMiles,
    GroundTravelMinutes,
    CaliforniaLaw,
    MedicareRule,
    MedicaidRule,
    OregonRule,
    UrgentRequest(Program),
    UrgentAppeal(Program),
    DoctorSupports(Program),
    ReplyInWriting,
    AskCriteria,
    AskCaseFile,
    AskNewReviewer,
    NextReview(Program),
    Representative,
    RepresentativeForm(RepresentativeForm),
    Enclosures,
    DecisionInWriting,
    BirthDate,
    MemberContact,
    RecordsAccess(RecordsLaw),
    RecordsListIntro,
    RecordsItems,
    PathologySlides,
    AppointmentOn,
    AuthorizationForm,
    SignatureLine,
    Closing,
    Blank(Blank),
    SubjectReview,
    SendTo,
    SendToPhone,
    SendBy,
    SentOnByPlan,
    AskReview,
    AskReviewNamed,
    UrgentReview,
    UrgentReviewNoTime,
    ReviewEnclosuresIntro,
    ReviewEnclosures,
    ReviewEnclosureUrgent,
}

/// The words only the static page carries (index.html and index.es.html), shown before or
/// without the app: the app itself never looks them up, so its download does not hold them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageT {
    /// The page's `<meta name="description">`.
    Description,
    /// The guide's name where space is short: under its icon on a Home Screen (the page's
    /// `apple-mobile-web-app-title`, and the manifest's `short_name`).
    ShortName,
    /// JavaScript is off.
    NoScript,
    /// The app could not start.
    BootFailed,
    /// The app is taking long to load.
    BootSlow,
    /// The Start button's words once tapped, while the app loads.
    Starting,
    /// A new deployment is installed and waiting (the service worker), with `Reload`.
    UpdateReady,
    Reload,
    // The Share page (share/share.html, built into share.html next to each language's page):
    // its heading is the footer link's words (`SafetyT::ShareGuide`).
    ShareIntro,
    ShareNoScript,
    /// A region or plan left for the member to choose.
    ShareNone,
    ShareLangLegend,
    ShareStartLegend,
    ShareStartWelcome,
    /// "At the first step", followed by the step's title.
    ShareStartStep,
    ShareUseLegend,
    ShareUseLink,
    ShareUseEmbed,
    ShareAccentLabel,
    ShareAccentHint,
    ShareAccentPick,
    /// The accent is too light for white text on it (below 4.5:1).
    ShareAccentLow,
    /// The accent is not six hex digits.
    ShareAccentBad,
    ShareLinkTitle,
    ShareLinkLabel,
    ShareCopyLink,
    ShareShareLink,
    ShareLinkNote,
    ShareEmbedTitle,
    ShareEmbedLabel,
    ShareCopyCode,
    ShareEmbedNote,
    SharePreviewTitle,
    /// The preview frame's title.
    SharePreviewFrame,
    /// Under the preview: it is the guide itself, in the advocate's own browser.
    SharePreviewNote,
    ShareCopied,
    ShareCopyFallback,
    ShareBack,
    /// The embedded frame's title in a host page (the snippet's `title`).
    FrameTitle,
}

/// Documents to act with: the letter tools, the calendar file and the printable summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocT {
    LetterHint,
    Copy,
    Copied,
    CopyFallback,
    Download,
    DownloadFailed,
    PrintLetter,
    Restore,
    EditedNote,
    CalendarDownload,
    CalendarNote,
    CalendarName,
    /// "In 3 days: {what}".
    CalendarReminder,
    /// "Act by this day." (deadlines).
    CalendarAct,
    /// "The date is approximate…".
    CalendarAbout,
    /// "Rule: {title} {url}".
    CalendarSource,
    CalendarLetterWins,
    /// "{url}": how to open the guide again, on every event.
    CalendarReopen,
    /// The letters' words have not arrived (yet).
    WordsNotLoaded,
    SummaryOpen,
    SummaryTitle,
    SummaryIntro,
    SummaryPrint,
    SummaryBack,
    SummaryDatesTitle,
    SummarySourcesTitle,
    /// In place of the sources list, when the sources file has not arrived.
    SummarySourcesNotRead,
    /// "{entry}. Next: {next}": a contact-log entry and what comes next.
    SummaryContactNext,
    /// "{title}: {url} ({sure})".
    SummarySource,
    NoPublicSource,
    Sure(Confidence),
    /// "Made on {date} with Second Opinion Navigator…".
    SummaryMadeOn,
    /// On a page whose build holds one letter language: where the others are.
    LetterOtherLang,
}
