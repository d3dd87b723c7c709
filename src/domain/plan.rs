//! The member's plan: which Kaiser region, which kind of coverage, and whether it is urgent.
//! Region and plan type together pick the appeal route, the regulator and every deadline.

use super::source::Source;
use super::sources as s;

/// A Kaiser Permanente region. Each is a separately licensed health plan, so the regulator and
/// the appeal route depend on it.
///
/// Source: Labor Management Partnership, "Regions", <https://www.lmpartnership.org/about/regions>
/// (confidence: high).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Region {
    /// Northern California.
    NorthernCalifornia,
    /// Southern California.
    SouthernCalifornia,
    /// Colorado.
    Colorado,
    /// Georgia.
    Georgia,
    /// Hawaii.
    Hawaii,
    /// Maryland, Virginia and Washington DC.
    MidAtlantic,
    /// Oregon and Southwest Washington.
    Northwest,
    /// Washington (Puget Sound east to Spokane).
    Washington,
}

impl Region {
    /// Every region, in the order the app lists them.
    pub const ALL: [Region; 8] = [
        Region::NorthernCalifornia,
        Region::SouthernCalifornia,
        Region::Colorado,
        Region::Georgia,
        Region::Hawaii,
        Region::MidAtlantic,
        Region::Northwest,
        Region::Washington,
    ];

    /// A stable code for saved state and form values; never shown to the user.
    pub fn code(self) -> &'static str {
        match self {
            Region::NorthernCalifornia => "ca-north",
            Region::SouthernCalifornia => "ca-south",
            Region::Colorado => "co",
            Region::Georgia => "ga",
            Region::Hawaii => "hi",
            Region::MidAtlantic => "mid-atlantic",
            Region::Northwest => "northwest",
            Region::Washington => "wa",
        }
    }

    /// The region whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Whether California law (Knox-Keene, DMHC) governs this region's HMO plans.
    pub fn is_california(self) -> bool {
        matches!(
            self,
            Region::NorthernCalifornia | Region::SouthernCalifornia
        )
    }
}

/// The kind of coverage. It decides whose rules apply (state law, federal ACA rules, Medicare,
/// Medicaid, OPM for federal employees).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanType {
    /// Through an employer (insured) or bought individually.
    EmployerOrIndividualHmo,
    /// Bought through Covered California.
    CoveredCalifornia,
    /// Medicaid managed care, in every region: Medi-Cal in California, and each state's own
    /// program elsewhere (see [`MedicaidProgram`]).
    Medicaid,
    /// Medicare Advantage, which Kaiser calls Senior Advantage.
    MedicareAdvantage,
    /// Federal Employees Health Benefits.
    Fehb,
    /// A self-funded (ERISA) employer plan: federal, not state, external review.
    SelfFundedEmployer,
    /// The member does not know; the rules take the most protective reading.
    NotSure,
}

impl PlanType {
    /// Every plan type, in the order the app lists them.
    pub const ALL: [PlanType; 7] = [
        PlanType::EmployerOrIndividualHmo,
        PlanType::CoveredCalifornia,
        PlanType::Medicaid,
        PlanType::MedicareAdvantage,
        PlanType::Fehb,
        PlanType::SelfFundedEmployer,
        PlanType::NotSure,
    ];

    /// A stable code for saved state and form values; never shown to the user.
    pub fn code(self) -> &'static str {
        match self {
            PlanType::EmployerOrIndividualHmo => "hmo",
            PlanType::CoveredCalifornia => "covered-california",
            PlanType::Medicaid => "medicaid",
            PlanType::MedicareAdvantage => "medicare-advantage",
            PlanType::Fehb => "fehb",
            PlanType::SelfFundedEmployer => "self-funded",
            PlanType::NotSure => "not-sure",
        }
    }

    /// The plan type whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<PlanType> {
        PlanType::ALL.into_iter().find(|p| p.code() == code)
    }

    /// Whether this plan type exists only in California (Covered California).
    pub fn is_california_only(self) -> bool {
        self == PlanType::CoveredCalifornia
    }
}

/// Is there an imminent and serious threat to the member's health? If so, every plan must
/// decide faster (expedited review) and the member may go to independent review at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Urgency {
    /// An imminent and serious threat to health.
    Urgent,
    /// Not urgent.
    NotUrgent,
    /// The member does not know.
    NotSure,
}

impl Urgency {
    /// Every answer, in the order the app lists them.
    pub const ALL: [Urgency; 3] = [Urgency::Urgent, Urgency::NotUrgent, Urgency::NotSure];

    /// A stable code for saved state and form values; never shown to the user.
    pub fn code(self) -> &'static str {
        match self {
            Urgency::Urgent => "urgent",
            Urgency::NotUrgent => "not-urgent",
            Urgency::NotSure => "not-sure",
        }
    }

    /// The urgency whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|u| u.code() == code)
    }
}

/// The answers of the "Your plan" step. Every field is optional: a member may stop anywhere.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanAnswers {
    /// The Kaiser region.
    pub region: Option<Region>,
    /// The kind of coverage.
    pub plan_type: Option<PlanType>,
    /// Whether there is an imminent and serious threat to health.
    pub urgency: Option<Urgency>,
}

impl PlanAnswers {
    /// Whether nothing has been answered yet.
    pub fn is_empty(&self) -> bool {
        *self == PlanAnswers::default()
    }

    /// Whether every question of the step has an answer.
    pub fn is_complete(&self) -> bool {
        self.region.is_some() && self.plan_type.is_some() && self.urgency.is_some()
    }

    /// Whether the answers contradict each other: a California-only plan outside California.
    pub fn region_conflicts_with_plan(&self) -> bool {
        match (self.region, self.plan_type) {
            (Some(region), Some(plan)) => plan.is_california_only() && !region.is_california(),
            _ => false,
        }
    }
}

/// A state (or DC) whose law may govern a Kaiser plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UsState {
    /// California.
    California,
    /// Colorado.
    Colorado,
    /// Georgia.
    Georgia,
    /// Hawaii.
    Hawaii,
    /// Maryland.
    Maryland,
    /// Virginia.
    Virginia,
    /// The District of Columbia.
    DistrictOfColumbia,
    /// Oregon.
    Oregon,
    /// Washington.
    Washington,
}

impl UsState {
    /// Every state in which Kaiser operates.
    pub const ALL: [UsState; 9] = [
        UsState::California,
        UsState::Colorado,
        UsState::Georgia,
        UsState::Hawaii,
        UsState::Maryland,
        UsState::Virginia,
        UsState::DistrictOfColumbia,
        UsState::Oregon,
        UsState::Washington,
    ];

    /// A stable code for saved state and form values (postal abbreviation, lower case).
    pub fn code(self) -> &'static str {
        match self {
            UsState::California => "ca",
            UsState::Colorado => "co",
            UsState::Georgia => "ga",
            UsState::Hawaii => "hi",
            UsState::Maryland => "md",
            UsState::Virginia => "va",
            UsState::DistrictOfColumbia => "dc",
            UsState::Oregon => "or",
            UsState::Washington => "wa",
        }
    }

    /// The state whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<UsState> {
        UsState::ALL.into_iter().find(|st| st.code() == code)
    }

    /// The states a Kaiser region covers (`kp-regions-01`).
    pub fn of_region(region: Region) -> &'static [UsState] {
        match region {
            Region::NorthernCalifornia | Region::SouthernCalifornia => &[UsState::California],
            Region::Colorado => &[UsState::Colorado],
            Region::Georgia => &[UsState::Georgia],
            Region::Hawaii => &[UsState::Hawaii],
            Region::MidAtlantic => &[
                UsState::Maryland,
                UsState::Virginia,
                UsState::DistrictOfColumbia,
            ],
            Region::Northwest => &[UsState::Oregon, UsState::Washington],
            Region::Washington => &[UsState::Washington],
        }
    }
}

/// The Medicaid program as members in a region know it. Named where the sources say Kaiser
/// serves that state's program (`kp-mcd-ca`, `-co`, `-hi`, `-md`, `-or`, `-wa`); a plain "Medicaid" otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MedicaidProgram {
    /// California: Medi-Cal (Kaiser is a direct Medi-Cal plan).
    MediCal,
    /// Colorado: Health First Colorado (Kaiser is a provider for the state's regional entities).
    HealthFirstColorado,
    /// Hawaii: QUEST Integration (Kaiser is a QUEST Integration plan on O'ahu and Maui).
    QuestIntegration,
    /// Maryland: HealthChoice (Kaiser is a HealthChoice plan).
    HealthChoice,
    /// Oregon: the Oregon Health Plan (Kaiser serves it through coordinated care organizations).
    OregonHealthPlan,
    /// Washington: Apple Health (Kaiser sees members assigned by an Apple Health plan).
    AppleHealth,
    /// Any other state, or a state not yet known.
    Medicaid,
}

impl MedicaidProgram {
    /// Where a source says how Kaiser takes part in the program (none for a plain "Medicaid").
    pub fn source(self) -> Option<Source> {
        match self {
            MedicaidProgram::MediCal => Some(s::KP_MCD_CA),
            MedicaidProgram::HealthFirstColorado => Some(s::KP_MCD_CO),
            MedicaidProgram::QuestIntegration => Some(s::KP_MCD_HI),
            MedicaidProgram::HealthChoice => Some(s::KP_MCD_MD),
            MedicaidProgram::OregonHealthPlan => Some(s::KP_MCD_OR),
            MedicaidProgram::AppleHealth => Some(s::KP_MCD_WA),
            MedicaidProgram::Medicaid => None,
        }
    }

    /// The program for a region and, in a multi-state region, the member's state.
    pub fn of(region: Option<Region>, state: Option<UsState>) -> MedicaidProgram {
        match (region, state) {
            (Some(Region::NorthernCalifornia | Region::SouthernCalifornia), _) => {
                MedicaidProgram::MediCal
            }
            (Some(Region::Colorado), _) => MedicaidProgram::HealthFirstColorado,
            (Some(Region::Hawaii), _) => MedicaidProgram::QuestIntegration,
            (Some(Region::MidAtlantic), Some(UsState::Maryland)) => MedicaidProgram::HealthChoice,
            (Some(Region::Northwest), Some(UsState::Oregon)) => MedicaidProgram::OregonHealthPlan,
            (Some(Region::Washington), _) => MedicaidProgram::AppleHealth,
            _ => MedicaidProgram::Medicaid,
        }
    }
}
