//! English: step 5, costs.

use crate::domain::costs::BasisRule;
use crate::i18n::keys::CostT;
use crate::state::edit::{ShareKind, Terms};

pub(super) fn text(key: CostT) -> &'static str {
    match key {
        CostT::Intro => "Here you can compare three ways to get a second opinion. Type your plan's numbers from your Evidence of Coverage, or ask Member Services. We show the arithmetic line by line. These are estimates, not bills.",
        CostT::Terms => "Words you will see: a copay is a fixed amount you pay per visit. Coinsurance is a percentage of the price that you pay. The deductible is what you pay each year before the plan starts to share costs. The out-of-pocket maximum is the most you pay in a year; after that the plan pays in full. The allowed amount is the price the plan agrees to pay for a service.",
        CostT::InNetworkTitle => "A visit with a Kaiser doctor",
        CostT::ShareLegend(terms) => match terms {
            Terms::InNetwork => "How do you share the cost of a Kaiser specialist visit?",
            Terms::OutOfNetwork => "Under out-of-network terms, how do you share the cost of the outside doctor's visit?",
        },
        CostT::ShareOption(terms, kind) => match (terms, kind) {
            (Terms::InNetwork, ShareKind::Copay) => "A copay (a fixed amount per visit, like $30)",
            (Terms::InNetwork, ShareKind::Coinsurance) => "Coinsurance (a percentage of the price, like 20%)",
            (Terms::OutOfNetwork, ShareKind::Copay) => "An out-of-network copay (a fixed amount)",
            (Terms::OutOfNetwork, ShareKind::Coinsurance) => "Out-of-network coinsurance (a percentage)",
        },
        CostT::CopayLabel(terms) => match terms {
            Terms::InNetwork => "Your copay for a Kaiser specialist visit",
            Terms::OutOfNetwork => "Your out-of-network copay for the outside doctor",
        },
        CostT::CoinsuranceLabel(terms) => match terms {
            Terms::InNetwork => "Your coinsurance for a Kaiser specialist visit, as a percentage",
            Terms::OutOfNetwork => "Your out-of-network coinsurance, as a percentage",
        },
        CostT::ShareHint => "Your Evidence of Coverage lists it under specialist or office visits.",
        CostT::AllowedLabel => "Allowed amount for a Kaiser specialist visit (if you know it)",
        CostT::AllowedHint => "Needed for coinsurance. Member Services can tell you.",
        CostT::DeductibleLabel(terms) => match terms {
            Terms::InNetwork => "What is left of your deductible this year",
            Terms::OutOfNetwork => "What is left of your out-of-network deductible this year",
        },
        CostT::OutOfPocketLabel(terms) => match terms {
            Terms::InNetwork => "What is left of your out-of-pocket maximum this year",
            Terms::OutOfNetwork => "What is left of your out-of-network out-of-pocket maximum this year",
        },
        CostT::ReferralTitle => "An outside doctor, approved by Kaiser",
        CostT::BasisLegend => "What does an approved outside referral cost under your plan?",
        CostT::BasisHint => "Many Kaiser plans charge the same as a Kaiser visit for an approved outside referral. Others use out-of-network terms. Your Evidence of Coverage says which.",
        CostT::BasisNotSure => "I am not sure",
        CostT::BasisDefault(rule) => match rule {
            BasisRule::CaliforniaSecondOpinionLaw => "California's second-opinion law says that for an approved second opinion you pay only the copay you would pay for a similar referral. We use the same cost as a Kaiser visit unless you choose otherwise.",
            BasisRule::MedicareNetworkGap => "Medicare's rules say that when no doctor in the network can meet your medical needs, care outside it costs what you would pay in the network. We use the same cost as a Kaiser visit unless you choose otherwise.",
            BasisRule::MedicaidSecondOpinion => "Medicaid's rules say a second opinion outside the network, arranged by your plan, is at no cost to you. We use that unless you choose otherwise.",
            BasisRule::KaiserNorthwestEoc => "Kaiser's Oregon and Washington region's Evidence of Coverage says an approved outside referral costs the same as a Kaiser visit. Check your own Evidence of Coverage; we use that unless you choose otherwise.",
        },
        CostT::OutsideAllowedLabel => "Allowed amount for the outside doctor (if you know it)",
        CostT::OutsideBilledLabel => "What the outside doctor charges",
        CostT::OutsideBilledHint => "If the outside doctor charges more than the allowed amount, you may be billed for the difference (this is called balance billing).",
        CostT::SelfPayTitle => "An outside doctor, paid by you",
        CostT::SelfPayHint => "Ask the outside doctor's office for their prices, in writing.",
        CostT::GoodFaithEstimate => "If you pay yourself rather than use your insurance, you can ask the office for a written Good Faith Estimate of the cost before the visit.",
        CostT::GoodFaithEstimateIfInsured => "If your plan is from an employer, one you bought yourself, or a federal employee plan, and you pay yourself rather than use it, you can ask the office for a written Good Faith Estimate of the cost before the visit. Medicare and Medicaid members cannot.",
        CostT::ResultsTitle => "What you may pay",
        CostT::TableCaption => "Three ways to get a second opinion, side by side",
        CostT::ColumnOption => "Way",
        CostT::ColumnYouPay => "You pay",
        CostT::ColumnPlanPays => "Kaiser pays",
        CostT::ColumnHow => "How we worked it out",
        CostT::NotEnough => "Not enough information yet",
        CostT::StillNeeded => "Still needed: {items}.",
        CostT::ToFinish => "To work out the rest, add {items}.",
        CostT::PaidAs => "Paid as: {basis}.",
        CostT::NotCounted => "Not entered, so not counted: {items}.",
        CostT::LineAllowed => "The allowed amount (the price the plan agrees to pay): {amount}",
        CostT::LineCopay => "Your copay: {amount}",
        CostT::LineDeductible => "First, {amount} goes toward your deductible",
        CostT::LineCoinsurance => "Then your coinsurance: {rate} of the remaining {base} = {amount}",
        CostT::LineCapped => "Your share of {before} is capped at what is left of your out-of-pocket maximum: {cap}",
        CostT::LineBalanceBill => "The outside doctor charges {billed}, which is {amount} more than the allowed amount of {allowed}. You may be billed for that difference.",
        CostT::LineSelfPayItem => "{item}: {amount}",
        CostT::LineNoCost => "Medicaid's rule: a second opinion outside the network, arranged by your plan, is at no cost to you",
        CostT::LineMemberTotal => "You pay: {amount}",
        CostT::LinePlanTotal => "Kaiser pays: {amount}",
        CostT::BallparkTitle => "Rough starting points for self-pay prices",
        CostT::Ballpark => "Billing code {code}: Medicare paid {amount} in {year}.",
        CostT::BallparkNote => "Codes 99204 and 99205 are first visits with a new doctor; 88321 is a review of slides made elsewhere. These are what Medicare pays, labelled as starting points only. Outside doctors usually charge more: ask them.",
        CostT::EocTitle => "What to look up in your Evidence of Coverage",
        CostT::EocItems => "The \"Second opinions\" section\nReferrals to doctors outside the network (non-plan providers)\nYour copay or coinsurance for a specialist visit\nYour deductible and out-of-pocket maximum, and how much is left this year\nWhether you can be billed above the allowed amount",
        CostT::ScriptMemberServicesTitle => "Asking Member Services about costs (a short phone script)",
        CostT::ScriptMemberServices => "\"I am thinking of asking for a referral to a doctor outside Kaiser for a second opinion.\"\n\"What does my Evidence of Coverage say about second opinions and about referrals outside the network?\"\n\"If Kaiser approves the referral, what will I pay: my usual specialist copay, or out-of-network costs?\"\n\"How much of my deductible and out-of-pocket maximum is left this year?\"\n\"Please give me a reference number for this call, and your name.\"\nWrite the answers in your contact log (step 8).",
    }
}
