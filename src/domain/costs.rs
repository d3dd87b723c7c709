//! The three cost scenarios side by side: in-network second opinion, authorized outside referral
//! and self-pay. Money in cents, rates in basis points; each scenario shows its arithmetic line by
//! line. Shares are never negative, and member + plan always equals the allowed amount (any
//! amount billed above it is the member's, on its own line).

use super::access::{knox_keene, Applies};
use super::money::{BasisPoints, Money};
use super::plan::UsState;
use super::source::{Caveat, Source};
use super::sources as s;
use super::{PlanType, Region};

/// How the member shares the cost of a covered visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostShare {
    /// A fixed amount per visit.
    Copay(Money),
    /// A percentage of the allowed amount, after any deductible.
    Coinsurance(BasisPoints),
}

/// The plan's cost terms, as found in the Evidence of Coverage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PlanTerms {
    /// The price the plan allows for the visit.
    pub allowed: Option<Money>,
    /// Copay or coinsurance.
    pub share: Option<CostShare>,
    /// What is left of the deductible this year (applies to coinsurance).
    pub deductible_remaining: Option<Money>,
    /// What is left of the out-of-pocket maximum this year.
    pub out_of_pocket_remaining: Option<Money>,
}

/// Which terms an authorized outside referral is paid under; the member's Evidence of Coverage
/// says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReferralCostBasis {
    /// The same cost share as in-network (Kaiser Northwest EOC; California HSC 1383.15(d)).
    InNetworkCostSharing,
    /// Out-of-network benefits: deductible, coinsurance, out-of-pocket maximum, and any amount
    /// billed above the allowed amount.
    OutOfNetworkBenefits,
    /// No cost to the member: Medicaid's second opinion outside the network (42 CFR
    /// 438.206(b)(3)).
    NoCostToMember,
}

impl ReferralCostBasis {
    /// Every basis, in the order the app lists them.
    pub const ALL: [ReferralCostBasis; 3] = [
        ReferralCostBasis::InNetworkCostSharing,
        ReferralCostBasis::OutOfNetworkBenefits,
        ReferralCostBasis::NoCostToMember,
    ];
}

/// Why the rules give a referral cost basis when the member has not chosen one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasisRule {
    /// California: the usual copay only (HSC 1383.15(d)).
    CaliforniaSecondOpinionLaw,
    /// Medicare Advantage: in-network cost sharing when the network cannot meet the need (42 CFR
    /// 422.112(a)(1)(iii)).
    MedicareNetworkGap,
    /// Medicaid: a second opinion outside the network at no cost (42 CFR 438.206(b)(3)).
    MedicaidSecondOpinion,
    /// Kaiser Northwest's Evidence of Coverage: the same cost share as in-network.
    KaiserNorthwestEoc,
}

/// The basis the rules give, why, and its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DefaultBasis {
    /// The basis.
    pub basis: ReferralCostBasis,
    /// The rule that gives it.
    pub rule: BasisRule,
    /// Where the rule comes from.
    pub source: Source,
}

/// What the outside doctor and the trip cost when paying oneself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SelfPayPrices {
    /// The consultation fee.
    pub consult: Option<Money>,
    /// A fee for reviewing records.
    pub record_review: Option<Money>,
    /// A fee for reviewing pathology slides.
    pub pathology_review: Option<Money>,
    /// A fee for reviewing imaging.
    pub imaging_review: Option<Money>,
    /// Tests the outside doctor orders.
    pub tests: Option<Money>,
    /// Travel and lodging.
    pub travel: Option<Money>,
}

/// Every cost input (step 5).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CostInputs {
    /// Terms for an in-network second opinion.
    pub in_network: PlanTerms,
    /// Which terms an authorized outside referral uses; `None` = not sure.
    pub referral_basis: Option<ReferralCostBasis>,
    /// Out-of-network terms (used when the basis is out-of-network benefits). Its `allowed` is
    /// the allowed amount for the outside doctor, used under either basis.
    pub out_of_network: PlanTerms,
    /// The amount the outside doctor bills (may exceed the allowed amount).
    pub outside_billed: Option<Money>,
    /// Self-pay prices.
    pub self_pay: SelfPayPrices,
}

/// The three scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScenarioKind {
    /// A second opinion from an in-network doctor.
    InNetwork,
    /// An outside doctor, with Kaiser's written authorization.
    AuthorizedReferral,
    /// An outside doctor without authorization: the member pays 100%.
    SelfPay,
}

/// An input a scenario still needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostInput {
    /// The amount the plan allows for the visit.
    AllowedAmount,
    /// The copay or coinsurance.
    CostShare,
    /// Which terms an authorized referral uses (see the Evidence of Coverage).
    ReferralBasis,
    /// What the outside doctor bills.
    OutsideBilledAmount,
    /// The consultation fee.
    ConsultFee,
    /// A records-review fee.
    RecordReviewFee,
    /// A pathology-review fee.
    PathologyReviewFee,
    /// An imaging-review fee.
    ImagingReviewFee,
    /// Tests.
    Tests,
    /// Travel and lodging.
    Travel,
}

/// One line of a scenario's arithmetic. The interface renders each as a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostLine {
    /// The amount the plan allows for the visit.
    Allowed(Money),
    /// A flat copay (limited to the allowed amount when that is known).
    Copay(Money),
    /// The part paid toward the deductible.
    Deductible(Money),
    /// `rate` of `base` (what remains after the deductible) = `amount`.
    Coinsurance {
        /// What remains of the allowed amount after the deductible.
        base: Money,
        /// The coinsurance rate.
        rate: BasisPoints,
        /// The resulting amount.
        amount: Money,
    },
    /// The member's share `before` is capped at the out-of-pocket maximum left, `cap`.
    CappedByOutOfPocketMax {
        /// The share before the cap.
        before: Money,
        /// What is left of the out-of-pocket maximum.
        cap: Money,
    },
    /// The amount billed above the allowed amount, which the member pays.
    BalanceBill {
        /// What the outside doctor bills.
        billed: Money,
        /// The allowed amount.
        allowed: Money,
        /// The resulting amount.
        amount: Money,
    },
    /// A self-pay item.
    SelfPayItem(CostInput, Money),
    /// Nothing for the member to pay under this basis (Medicaid's outside second opinion).
    NoCostToMember,
    /// The member's total.
    MemberTotal(Money),
    /// The plan's total.
    PlanTotal(Money),
}

/// Who pays what.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shares {
    /// Everything the member pays, balance bill included.
    pub member: Money,
    /// What the plan pays (`None` when the allowed amount is not known).
    pub plan: Option<Money>,
    /// The allowed amount, when known.
    pub allowed: Option<Money>,
    /// The part of `member` billed above the allowed amount.
    pub balance_bill: Money,
}

/// One cost scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Which scenario.
    pub kind: ScenarioKind,
    /// The shares, or `None` when there is not enough information yet.
    pub shares: Option<Shares>,
    /// The arithmetic, line by line.
    pub lines: Vec<CostLine>,
    /// What is still missing (for self-pay, items not entered and so not counted).
    pub missing: Vec<CostInput>,
    /// For the referral: which terms were used, and the rule behind a default.
    pub basis: Option<ReferralCostBasis>,
    /// The rules the scenario rests on.
    pub sources: Vec<Source>,
    /// Warnings.
    pub caveats: Vec<Caveat>,
}

/// All three scenarios.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Costs {
    /// A second opinion from an in-network doctor.
    pub in_network: Scenario,
    /// An authorized outside referral.
    pub referral: Scenario,
    /// Paying the outside doctor oneself.
    pub self_pay: Scenario,
}

/// The member's and plan's shares of a covered visit.
///
/// Negative inputs count as zero. The member pays the copay (at most the allowed amount), or the
/// deductible part plus coinsurance on the rest; the total is capped at the out-of-pocket
/// maximum left; the plan pays the rest of the allowed amount. Anything billed above the allowed
/// amount is added to the member's total.
pub fn covered_visit(
    allowed: Option<Money>,
    share: CostShare,
    deductible_remaining: Option<Money>,
    out_of_pocket_remaining: Option<Money>,
    billed: Option<Money>,
) -> (Shares, Vec<CostLine>) {
    let allowed = allowed.map(Money::non_negative);
    let mut lines = Vec::with_capacity(6);
    if let Some(allowed) = allowed {
        lines.push(CostLine::Allowed(allowed));
    }
    let raw = match share {
        CostShare::Copay(copay) => {
            let copay = copay.non_negative();
            let copay = allowed.map_or(copay, |a| copay.min(a));
            lines.push(CostLine::Copay(copay));
            copay
        }
        CostShare::Coinsurance(rate) => {
            let allowed = allowed.unwrap_or(Money::ZERO);
            let deductible = deductible_remaining
                .unwrap_or(Money::ZERO)
                .non_negative()
                .min(allowed);
            if deductible > Money::ZERO {
                lines.push(CostLine::Deductible(deductible));
            }
            let base = allowed.saturating_sub(deductible);
            let amount = base.percent(rate);
            lines.push(CostLine::Coinsurance { base, rate, amount });
            deductible.saturating_add(amount)
        }
    };
    let cost_share = match out_of_pocket_remaining.map(Money::non_negative) {
        Some(cap) if raw > cap => {
            lines.push(CostLine::CappedByOutOfPocketMax { before: raw, cap });
            cap
        }
        _ => raw,
    };
    let balance_bill = match (billed.map(Money::non_negative), allowed) {
        (Some(billed), Some(allowed)) if billed > allowed => {
            let amount = billed.saturating_sub(allowed);
            lines.push(CostLine::BalanceBill {
                billed,
                allowed,
                amount,
            });
            amount
        }
        _ => Money::ZERO,
    };
    let member = cost_share.saturating_add(balance_bill);
    let plan = allowed.map(|a| a.saturating_sub(cost_share));
    lines.push(CostLine::MemberTotal(member));
    if let Some(plan) = plan {
        lines.push(CostLine::PlanTotal(plan));
    }
    (
        Shares {
            member,
            plan,
            allowed,
            balance_bill,
        },
        lines,
    )
}

fn insured(kind: ScenarioKind, terms: &PlanTerms, billed: Option<Money>) -> Scenario {
    let mut missing = Vec::new();
    let Some(share) = terms.share else {
        missing.push(CostInput::CostShare);
        if terms.allowed.is_none() {
            missing.push(CostInput::AllowedAmount);
        }
        return empty(kind, missing);
    };
    if terms.allowed.is_none() {
        missing.push(CostInput::AllowedAmount);
        if matches!(share, CostShare::Coinsurance(_)) {
            return empty(kind, missing);
        }
    }
    let (shares, lines) = covered_visit(
        terms.allowed,
        share,
        terms.deductible_remaining,
        terms.out_of_pocket_remaining,
        billed,
    );
    Scenario {
        kind,
        shares: Some(shares),
        lines,
        missing,
        basis: None,
        sources: Vec::new(),
        caveats: Vec::new(),
    }
}

fn empty(kind: ScenarioKind, missing: Vec<CostInput>) -> Scenario {
    Scenario {
        kind,
        shares: None,
        lines: Vec::new(),
        missing,
        basis: None,
        sources: Vec::new(),
        caveats: Vec::new(),
    }
}

/// The referral basis the rules give when the member has not chosen one: in-network cost
/// sharing for California Knox-Keene plans (HSC 1383.15(d), `ca-so-04`), Medicare Advantage
/// (42 CFR 422.112(a)(1)(iii)) and Kaiser Northwest employer or individual plans (`kp-so-02`);
/// no cost for Medicaid (42 CFR 438.206(b)(3)). Otherwise `None`: the member must check the
/// Evidence of Coverage. A member who is not sure of the plan type never gets a default.
pub fn default_referral_basis(
    region: Option<Region>,
    plan: Option<PlanType>,
) -> Option<DefaultBasis> {
    let (basis, rule, source) = match plan? {
        PlanType::Medicaid => (
            ReferralCostBasis::NoCostToMember,
            BasisRule::MedicaidSecondOpinion,
            s::FED_MCD_08,
        ),
        PlanType::MedicareAdvantage => (
            ReferralCostBasis::InNetworkCostSharing,
            BasisRule::MedicareNetworkGap,
            s::MA_422_112,
        ),
        _ if knox_keene(region, plan) == Applies::Yes => (
            ReferralCostBasis::InNetworkCostSharing,
            BasisRule::CaliforniaSecondOpinionLaw,
            s::CA_SO_04,
        ),
        PlanType::EmployerOrIndividualHmo if region == Some(Region::Northwest) => (
            ReferralCostBasis::InNetworkCostSharing,
            BasisRule::KaiserNorthwestEoc,
            s::KP_SO_02,
        ),
        _ => return None,
    };
    Some(DefaultBasis {
        basis,
        rule,
        source,
    })
}

/// The three scenarios for a case.
pub fn costs(
    inputs: &CostInputs,
    region: Option<Region>,
    plan: Option<PlanType>,
    state: Option<UsState>,
) -> Costs {
    let in_network = insured(ScenarioKind::InNetwork, &inputs.in_network, None);

    let default = default_referral_basis(region, plan);
    let basis = inputs.referral_basis.or(default.map(|d| d.basis));
    let mut referral = match basis {
        Some(ReferralCostBasis::InNetworkCostSharing) => {
            // Same cost share as in-network, on the outside doctor's allowed amount when given.
            let terms = PlanTerms {
                allowed: inputs.out_of_network.allowed.or(inputs.in_network.allowed),
                ..inputs.in_network
            };
            insured(ScenarioKind::AuthorizedReferral, &terms, None)
        }
        Some(ReferralCostBasis::OutOfNetworkBenefits) => {
            let mut scenario = insured(
                ScenarioKind::AuthorizedReferral,
                &inputs.out_of_network,
                inputs.outside_billed,
            );
            if inputs.outside_billed.is_none() {
                scenario.missing.push(CostInput::OutsideBilledAmount);
            }
            scenario
        }
        Some(ReferralCostBasis::NoCostToMember) => no_cost(inputs.out_of_network.allowed),
        None => empty(
            ScenarioKind::AuthorizedReferral,
            vec![CostInput::ReferralBasis],
        ),
    };
    referral.basis = basis;
    match default {
        Some(default) => referral.sources.push(default.source),
        // Where no rule gives the basis, Kaiser Northwest's EOC shows what "the same cost as a
        // Kaiser visit" looks like in a Kaiser plan.
        None => referral.sources.push(s::KP_SO_02),
    }
    if let Some(oregon) = super::access::oregon_second_opinion(region, plan, state) {
        referral.sources.push(oregon);
    }
    referral.caveats.push(Caveat::YourLetterWins);

    Costs {
        in_network,
        referral,
        self_pay: self_pay(&inputs.self_pay, plan),
    }
}

/// An authorized referral at no cost to the member: the plan pays the allowed amount.
fn no_cost(allowed: Option<Money>) -> Scenario {
    let allowed = allowed.map(Money::non_negative);
    let mut lines = Vec::with_capacity(4);
    if let Some(allowed) = allowed {
        lines.push(CostLine::Allowed(allowed));
    }
    lines.push(CostLine::NoCostToMember);
    lines.push(CostLine::MemberTotal(Money::ZERO));
    if let Some(allowed) = allowed {
        lines.push(CostLine::PlanTotal(allowed));
    }
    Scenario {
        kind: ScenarioKind::AuthorizedReferral,
        shares: Some(Shares {
            member: Money::ZERO,
            plan: allowed,
            allowed,
            balance_bill: Money::ZERO,
        }),
        lines,
        missing: Vec::new(),
        basis: None,
        sources: Vec::new(),
        caveats: Vec::new(),
    }
}

/// Whether a Good Faith Estimate can be asked for: for people with group, individual or FEHB
/// coverage who do not bill it, not for Medicare or Medicaid members (45 CFR 149.610;
/// `nsa-04`, medium; audit A20). `Maybe` while the plan type is not known.
pub fn good_faith_estimate(plan: Option<PlanType>) -> Applies {
    match plan {
        Some(PlanType::MedicareAdvantage | PlanType::Medicaid) => Applies::No,
        None | Some(PlanType::NotSure) => Applies::Maybe,
        Some(_) => Applies::Yes,
    }
}

/// Self-pay: the member pays every item (seed guide; not protected by the No Surprises Act,
/// `nsa-01`; a Good Faith Estimate may be asked for where [`good_faith_estimate`] allows,
/// `nsa-02`).
pub fn self_pay(prices: &SelfPayPrices, plan: Option<PlanType>) -> Scenario {
    let items = [
        (CostInput::ConsultFee, prices.consult),
        (CostInput::RecordReviewFee, prices.record_review),
        (CostInput::PathologyReviewFee, prices.pathology_review),
        (CostInput::ImagingReviewFee, prices.imaging_review),
        (CostInput::Tests, prices.tests),
        (CostInput::Travel, prices.travel),
    ];
    let mut lines = Vec::new();
    let mut missing = Vec::new();
    for (input, amount) in items {
        match amount {
            Some(amount) => lines.push(CostLine::SelfPayItem(input, amount.non_negative())),
            None => missing.push(input),
        }
    }
    let shares = if lines.is_empty() {
        None
    } else {
        let total = Money::sum(lines.iter().filter_map(|l| match l {
            CostLine::SelfPayItem(_, m) => Some(*m),
            _ => None,
        }));
        lines.push(CostLine::MemberTotal(total));
        lines.push(CostLine::PlanTotal(Money::ZERO));
        Some(Shares {
            member: total,
            plan: Some(Money::ZERO),
            allowed: None,
            balance_bill: Money::ZERO,
        })
    };
    Scenario {
        kind: ScenarioKind::SelfPay,
        shares,
        lines,
        missing,
        basis: None,
        sources: if good_faith_estimate(plan) == Applies::No {
            vec![s::SEED, s::NSA_01]
        } else {
            vec![s::SEED, s::NSA_01, s::NSA_02, s::NSA_04]
        },
        caveats: Vec::new(),
    }
}

/// A sourced price the interface may offer as an editable starting point, always labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ballpark {
    /// The billing code.
    pub code: &'static str,
    /// What Medicare paid nationally (a floor, not a quote).
    pub amount: Money,
    /// The payment year.
    pub year: i32,
    /// Where the figure comes from.
    pub source: Source,
}

/// Medicare 2025 national amounts: 99204 $163.35 and 99205 $215.75 (office setting; medium), and
/// 88321 pathology slide review about $93.80 (low). Outside doctors usually charge more.
pub const BALLPARKS: [Ballpark; 3] = [
    Ballpark {
        code: "99204",
        amount: Money::from_cents(16_335),
        year: 2025,
        source: s::COST_MPFS_01,
    },
    Ballpark {
        code: "99205",
        amount: Money::from_cents(21_575),
        year: 2025,
        source: s::COST_MPFS_02,
    },
    Ballpark {
        code: "88321",
        amount: Money::from_cents(9_380),
        year: 2025,
        source: s::COST_PATH_02,
    },
];
