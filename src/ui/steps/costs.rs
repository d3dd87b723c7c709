//! Step 5, "Costs": the plan's terms and the outside doctor's prices as typed, then the three
//! scenarios side by side with their arithmetic line by line (a table on wide screens, stacked
//! cards on a phone, by CSS alone).

use yew::prelude::*;

use crate::domain::access::Applies;
use crate::domain::costs::{
    good_faith_estimate, CostInput, CostLine, ReferralCostBasis, Scenario, ScenarioKind, BALLPARKS,
};
use crate::i18n::{fill, t, Code, CostT, Lang};
use crate::state::edit::{Edit, NumberField, SelfPayItem, ShareKind, Terms};
use crate::state::{Action, Step};
use crate::ui::steps::common::number_field;
use crate::ui::widgets::*;
use crate::ui::View;

const BASES: [(Option<ReferralCostBasis>, &str); 4] = [
    (Some(ReferralCostBasis::InNetworkCostSharing), "same"),
    (
        Some(ReferralCostBasis::OutOfNetworkBenefits),
        "out-of-network",
    ),
    (Some(ReferralCostBasis::NoCostToMember), "no-cost"),
    (None, "not-sure"),
];

fn share_code(kind: ShareKind) -> &'static str {
    match kind {
        ShareKind::Copay => "copay",
        ShareKind::Coinsurance => "coinsurance",
    }
}

fn terms_form(view: &View, on_action: &Callback<Action>, terms: Terms, with_allowed: bool) -> Html {
    let lang = view.lang;
    let (name, prefix) = match terms {
        Terms::InNetwork => ("share-in-network", "in"),
        Terms::OutOfNetwork => ("share-out-of-network", "out"),
    };
    let kind = view.state.share_kind(terms);
    let options = [ShareKind::Copay, ShareKind::Coinsurance]
        .into_iter()
        .map(|k| (share_code(k), t(lang, CostT::ShareOption(terms, k)), None))
        .collect::<Vec<_>>();
    let id = |s: &str| -> &'static str {
        match (prefix, s) {
            ("in", "share") => "in-share",
            ("in", "allowed") => "in-allowed",
            ("in", "deductible") => "in-deductible",
            ("in", "oop") => "in-oop",
            (_, "share") => "out-share",
            (_, "allowed") => "out-allowed",
            (_, "deductible") => "out-deductible",
            _ => "out-oop",
        }
    };
    let share_label = match kind {
        Some(ShareKind::Coinsurance) => t(lang, CostT::CoinsuranceLabel(terms)),
        _ => t(lang, CostT::CopayLabel(terms)),
    };
    html! {
        <>
            { radio_group(name, t(lang, CostT::ShareLegend(terms)), t(lang, CostT::ShareHint),
                &options, kind.map(share_code),
                &on_action.reform(move |code: &'static str| Action::ShareKind(terms,
                    if code == "coinsurance" { ShareKind::Coinsurance } else { ShareKind::Copay }))) }
            if kind.is_some() {
                { number_field(view, on_action, NumberField::Share(terms), id("share"), share_label, None) }
            }
            if with_allowed {
                { number_field(view, on_action, NumberField::Allowed(terms), id("allowed"),
                    t(lang, CostT::AllowedLabel), Some(t(lang, CostT::AllowedHint))) }
            }
            if kind == Some(ShareKind::Coinsurance) {
                { number_field(view, on_action, NumberField::Deductible(terms), id("deductible"),
                    t(lang, CostT::DeductibleLabel(terms)), None) }
            }
            { number_field(view, on_action, NumberField::OutOfPocket(terms), id("oop"),
                t(lang, CostT::OutOfPocketLabel(terms)), None) }
        </>
    }
}

fn self_pay_item(input: CostInput) -> Option<SelfPayItem> {
    Some(match input {
        CostInput::ConsultFee => SelfPayItem::Consult,
        CostInput::RecordReviewFee => SelfPayItem::RecordReview,
        CostInput::PathologyReviewFee => SelfPayItem::PathologyReview,
        CostInput::ImagingReviewFee => SelfPayItem::ImagingReview,
        CostInput::Tests => SelfPayItem::Tests,
        CostInput::Travel => SelfPayItem::Travel,
        _ => return None,
    })
}

fn line_text(lang: Lang, line: &CostLine) -> String {
    let m = |money: crate::domain::Money| money.to_string();
    match *line {
        CostLine::Allowed(a) => fill(t(lang, CostT::LineAllowed), &[("amount", &m(a))]),
        CostLine::Copay(a) => fill(t(lang, CostT::LineCopay), &[("amount", &m(a))]),
        CostLine::Deductible(a) => fill(t(lang, CostT::LineDeductible), &[("amount", &m(a))]),
        CostLine::Coinsurance { base, rate, amount } => fill(
            t(lang, CostT::LineCoinsurance),
            &[
                ("rate", &rate.to_string()),
                ("base", &m(base)),
                ("amount", &m(amount)),
            ],
        ),
        CostLine::CappedByOutOfPocketMax { before, cap } => fill(
            t(lang, CostT::LineCapped),
            &[("before", &m(before)), ("cap", &m(cap))],
        ),
        CostLine::BalanceBill {
            billed,
            allowed,
            amount,
        } => fill(
            t(lang, CostT::LineBalanceBill),
            &[
                ("billed", &m(billed)),
                ("allowed", &m(allowed)),
                ("amount", &m(amount)),
            ],
        ),
        CostLine::SelfPayItem(input, a) => {
            let item = self_pay_item(input).map_or("", |i| t(lang, Code::SelfPay(i)));
            fill(
                t(lang, CostT::LineSelfPayItem),
                &[("item", item), ("amount", &m(a))],
            )
        }
        CostLine::NoCostToMember => t(lang, CostT::LineNoCost).to_owned(),
        CostLine::MemberTotal(a) => fill(t(lang, CostT::LineMemberTotal), &[("amount", &m(a))]),
        CostLine::PlanTotal(a) => fill(t(lang, CostT::LinePlanTotal), &[("amount", &m(a))]),
    }
}

fn scenario_row(lang: Lang, s: &Scenario) -> Html {
    let testid = match s.kind {
        ScenarioKind::InNetwork => "cost-in-network",
        ScenarioKind::AuthorizedReferral => "cost-referral",
        ScenarioKind::SelfPay => "cost-self-pay",
    };
    let missing = s
        .missing
        .iter()
        .map(|c| t(lang, Code::CostInput(*c)))
        .collect::<Vec<_>>()
        .join(", ");
    let missing_key = match (s.kind, s.shares.is_some()) {
        (ScenarioKind::SelfPay, true) => CostT::NotCounted,
        (_, true) => CostT::ToFinish,
        (_, false) => CostT::StillNeeded,
    };
    let not_enough = t(lang, CostT::NotEnough);
    html! {
        <tr data-testid={testid}>
            <th scope="row" data-label={t(lang, CostT::ColumnOption)}>
                <span class="scenario-name">{ t(lang, Code::Scenario(s.kind)) }</span>
                <span class="scenario-explain">{ t(lang, Code::ScenarioExplain(s.kind)) }</span>
            </th>
            <td class="amount member" data-label={t(lang, CostT::ColumnYouPay)}>
                { s.shares.map_or_else(|| not_enough.to_owned(), |sh| sh.member.to_string()) }
            </td>
            <td class="amount" data-label={t(lang, CostT::ColumnPlanPays)}>
                { s.shares.and_then(|sh| sh.plan).map_or_else(|| "—".to_owned(), |p| p.to_string()) }
            </td>
            <td class="how" data-label={t(lang, CostT::ColumnHow)}>
                if !s.lines.is_empty() {
                    <ol class="lines">
                        for line in s.lines.iter() {
                            <li>{ line_text(lang, line) }</li>
                        }
                    </ol>
                }
                if !missing.is_empty() {
                    <p class="missing">{ fill(t(lang, missing_key), &[("items", &missing)]) }</p>
                }
                if let Some(basis) = s.basis {
                    <p>{ fill(t(lang, CostT::PaidAs), &[("basis", t(lang, Code::Basis(basis)))]) }</p>
                }
                if !s.sources.is_empty() {
                    { why_sources(lang, &s.sources, &s.caveats, Html::default()) }
                }
            </td>
        </tr>
    }
}

pub fn costs(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let costs = &view.eval.costs;
    let plan = &view.state.case.plan;
    let default = crate::domain::costs::default_referral_basis(plan.region, plan.plan_type);
    let chosen = view.state.case.details.costs.referral_basis;
    let effective = costs.referral.basis;
    // "No cost" is a choice only where the rules give it (Medicaid), or if chosen before.
    let no_cost = Some(ReferralCostBasis::NoCostToMember);
    let offer_no_cost = default.map(|d| d.basis) == Some(ReferralCostBasis::NoCostToMember)
        || chosen == Some(ReferralCostBasis::NoCostToMember);
    let bases: Vec<_> = BASES
        .iter()
        .filter(|(b, _)| offer_no_cost || *b != no_cost)
        .map(|(b, code)| {
            let label = match b {
                Some(b) => t(lang, Code::Basis(*b)),
                None => t(lang, CostT::BasisNotSure),
            };
            (*code, label, None)
        })
        .collect();
    let selected = BASES.iter().find(|(b, _)| *b == effective).map(|(_, c)| *c);

    let body = html! {
        <>
            <p class="lead">{ t(lang, CostT::Intro) }</p>
            <p class="note">{ t(lang, CostT::Terms) }</p>

            <h2>{ t(lang, CostT::InNetworkTitle) }</h2>
            { terms_form(view, on_action, Terms::InNetwork, true) }

            <h2>{ t(lang, CostT::ReferralTitle) }</h2>
            { radio_group("referral-basis", t(lang, CostT::BasisLegend), t(lang, CostT::BasisHint),
                &bases, selected,
                &on_action.reform(|code: &'static str| Action::Edit(Edit::ReferralBasis(
                    BASES.iter().find(|(_, c)| *c == code).and_then(|(b, _)| *b))))) }
            if let (Some(default), None) = (default, chosen) {
                <p class="note">{ t(lang, CostT::BasisDefault(default.rule)) }</p>
                { why(lang, default.source) }
            }
            { number_field(view, on_action, NumberField::Allowed(Terms::OutOfNetwork), "outside-allowed",
                t(lang, CostT::OutsideAllowedLabel), Some(t(lang, CostT::AllowedHint))) }
            if effective == Some(ReferralCostBasis::OutOfNetworkBenefits) {
                { terms_form(view, on_action, Terms::OutOfNetwork, false) }
                { number_field(view, on_action, NumberField::OutsideBilled, "outside-billed",
                    t(lang, CostT::OutsideBilledLabel), Some(t(lang, CostT::OutsideBilledHint))) }
            }

            <h2>{ t(lang, CostT::SelfPayTitle) }</h2>
            <p class="hint">{ t(lang, CostT::SelfPayHint) }</p>
            { match good_faith_estimate(plan.plan_type) {
                Applies::Yes => html! { <p class="hint">{ t(lang, CostT::GoodFaithEstimate) }</p> },
                Applies::Maybe => html! { <p class="hint">{ t(lang, CostT::GoodFaithEstimateIfInsured) }</p> },
                Applies::No => Html::default(),
            } }
            for item in SelfPayItem::ALL {
                { number_field(view, on_action, NumberField::SelfPay(item), self_pay_id(item),
                    t(lang, Code::SelfPay(item)), None) }
            }
            <details class="ballparks">
                <summary>{ t(lang, CostT::BallparkTitle) }</summary>
                <p>{ t(lang, CostT::BallparkNote) }</p>
                <ul>
                    for b in BALLPARKS {
                        <li>
                            { fill(t(lang, CostT::Ballpark), &[("code", b.code), ("amount", &b.amount.to_string()),
                                ("year", &b.year.to_string())]) }
                            { why_with(lang, b.source, &[crate::domain::Caveat::MedicareRateIsFloor], Html::default()) }
                        </li>
                    }
                </ul>
            </details>

            { cost_result(view) }

            <h2>{ t(lang, CostT::EocTitle) }</h2>
            { lines_list(t(lang, CostT::EocItems)) }
            { script(t(lang, CostT::ScriptMemberServicesTitle), t(lang, CostT::ScriptMemberServices)) }
        </>
    };
    step_frame(view, Step::Costs, on_action, body)
}

fn self_pay_id(item: SelfPayItem) -> &'static str {
    match item {
        SelfPayItem::Consult => "pay-consult",
        SelfPayItem::RecordReview => "pay-record-review",
        SelfPayItem::PathologyReview => "pay-pathology",
        SelfPayItem::ImagingReview => "pay-imaging",
        SelfPayItem::Tests => "pay-tests",
        SelfPayItem::Travel => "pay-travel",
    }
}

/// The three options side by side, with the arithmetic: on this step and on the summary.
pub fn cost_result(view: &View) -> Html {
    let lang = view.lang;
    let costs = &view.eval.costs;
    html! {
        <section class="result" aria-labelledby="costs-result">
            <h2 id="costs-result">{ t(lang, CostT::ResultsTitle) }</h2>
            <table class="costs">
                <caption>{ t(lang, CostT::TableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, CostT::ColumnOption) }</th>
                        <th scope="col">{ t(lang, CostT::ColumnYouPay) }</th>
                        <th scope="col">{ t(lang, CostT::ColumnPlanPays) }</th>
                        <th scope="col">{ t(lang, CostT::ColumnHow) }</th>
                    </tr>
                </thead>
                <tbody>
                    { scenario_row(lang, &costs.in_network) }
                    { scenario_row(lang, &costs.referral) }
                    { scenario_row(lang, &costs.self_pay) }
                </tbody>
            </table>
        </section>
    }
}
