//! Keys for the journey's strings, one enum per area so each language's table can be split by
//! area and still be matched exhaustively. Variants with data name a domain value whose words
//! are wanted. Strings with `{name}` placeholders are filled by [`super::fill`].

use crate::domain::access::CountyType;
use crate::domain::case::{CaReason, ContactChannel, InNetworkSecondOpinion, ReferralOutcome};
use crate::domain::costs::{CostInput, ReferralCostBasis, ScenarioKind};
use crate::domain::eligibility::{ActionKind, Evidence, Ground, ReasonCode, Strength, Verdict};
use crate::domain::money::ParseError;
use crate::domain::route::{FindOut, InternalStepKind, ReviewKind, RouteKind, UsState};
use crate::domain::timeline::{DateNeeded, ItemKind};
use crate::domain::{Caveat, Confidence};
use crate::state::edit::{NumberKind, SelfPayItem, ShareKind};
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
    SourceLabel,
    NewTab,
    NoPublicSource,
    Confidence(Confidence),
    LowConfidenceNote,
    Yes,
    No,
    NotSure,
    Call,
    Tty,
    Website,
    ContactsTitle,
    DateHint,
    /// "{field}: {problem}".
    NumberProblem(NumberKind, ParseError),
    LetterHint,
    PrintPage,
    Done,
    ToDo,
    /// Words for a state.
    State(UsState),
    Caveat(Caveat),
    /// The "what to do next" templates (see `i18n::next_step`).
    Next(NextKey),
}

/// One template per kind of next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextKey {
    AnswerPlan,
    ActNowGrievance,
    ActNowReview,
    ActNowRecords,
    DueToday,
    DueInDays,
    Overdue,
    FileGrievance,
    FileGrievanceNoDate,
    AwaitPlanDecision,
    AwaitPlanDecisionNoDate,
    AskReview,
    AskReviewNoDate,
    ReviewIsAutomatic,
    AwaitReview,
    AwaitReviewNoDate,
    TalkToDoctor,
    PutRequestInWriting,
    AwaitReferral,
    AwaitReferralLate,
    AwaitReferralNoDate,
    BookAppointment,
    RequestRecords,
    RequestRecordsNoDate,
    GoToAppointment,
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
    Needed(DateNeeded),
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
    SecondOpinion(InNetworkSecondOpinion),
    ShareKind(ShareKind),
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
    LetterTitle,
    LetterLabel,
    LogTitle,
    RequestedOn,
    OutcomeLegend,
    DecidedOn,
    ExpectedBy,
    ExpectedUnknown,
    ScriptCheckTitle,
    ScriptCheck,
    MemberServicesTitle,
}

/// Step 5: costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostT {
    Intro,
    Terms,
    InNetworkTitle,
    ShareLegend,
    CopayLabel,
    CoinsuranceLabel,
    ShareHint,
    AllowedLabel,
    AllowedHint,
    DeductibleLabel,
    OutOfPocketLabel,
    ReferralTitle,
    BasisLegend,
    BasisHint,
    BasisNotSure,
    BasisDefault,
    OutsideAllowedLabel,
    OutsideBilledLabel,
    OutsideBilledHint,
    SelfPayTitle,
    SelfPayHint,
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
    RecordsIntro,
    RecordsListTitle,
    RecordsList,
    AppointmentLabel,
    LeadLabel,
    LeadHint,
    RecordsRequestedLabel,
    RequestBy,
    LegalMax,
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
    FirstStep,
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
    Binds,
    BindingNotStated,
    Alternatives,
    PossibleReviews,
    FindOutTitle,
    YourDatesTitle,
    DenialLetterLabel,
    GrievanceFiledLabel,
    GrievanceDecisionLabel,
    ReviewFiledLabel,
    GrievanceLetterTitle,
    // Timeline
    TimelineIntro,
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
}
