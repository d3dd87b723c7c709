//! The sources of every rule, one constant per entry of `facts.json` (same id), corrected by
//! `verification.md` where it differs (noted on the constant).
//!
//! Keep this file in step with `../shared/domain/facts.md`: the unit tests in
//! `tests/domain_rules.rs` check every value the engine uses against it.

use super::source::{Confidence, Source};

/// `seed`: the project's seed guide, "How to Get a Second Opinion Outside of Kaiser": talk to the
/// Kaiser doctor first, put the request in writing, request records about five business days
/// before the appointment. It cites no sources, so it is graded low.
pub const SEED: Source = Source {
    fact_id: "seed",
    url: None,
    title: "How to Get a Second Opinion Outside of Kaiser (project seed guide)",
    confidence: Confidence::Low,
};

/// `verification-8`: 28 CCR 1300.67.2 requires providers "within reasonable proximity" and access to
/// specialists "through staffing, contracting, or referral"; commercial Knox-Keene plans have no
/// numeric time/distance standard for specialists (verification.md item 8, high).
pub const CA_1300_67_2: Source = Source {
    fact_id: "verification-8",
    url: Some("https://govt.westlaw.com/calregs/Document/IA926F8C0101711DFBF14F83A306F765F?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)"),
    title: "28 CCR 1300.67.2 Accessibility of Services (Barclays Official California Code of Regulations)",
    confidence: Confidence::High,
};

/// `verification-6`: Georgia's Patient's Right to Independent Review Act (O.C.G.A. 33-20A-30 to -42)
/// is run by the Office of Commissioner of Insurance since 1 August 2023 (Rule 120-2-111); no
/// filing deadline was found in the statute or rules seen (verification.md item 6).
pub const GA_OCI_RULE: Source = Source {
    fact_id: "verification-6",
    url: Some("https://regulations.justia.com/states/georgia/department-120/chapter-120-2/subject-120-2-111/rule-120-2-111-05"),
    title: "Ga. Comp. R. & Regs. 120-2-111-.05 Independent review request (Justia)",
    confidence: Confidence::Low,
};

/// `kp-regions-01`: Kaiser Permanente operates in 8 states plus DC, organized as regions: Colorado; Georgia; Mid-
/// Atlantic States (Maryland, Virginia, District of Columbia); Northern California; Northwest
/// (Oregon and Southwest Washington); Southern California; Hawaii; Washington (Puget Sound east to
/// Spokane).
pub const KP_REGIONS_01: Source = Source {
    fact_id: "kp-regions-01",
    url: Some("https://www.lmpartnership.org/about/regions"),
    title: "Labor Management Partnership - Regions",
    confidence: Confidence::High,
};

/// `kp-so-01`: KP Washington provider manual: all members have the right to a second opinion; coverage is for
/// evaluation/consultation only and does not guarantee coverage of recommended treatment; in-
/// network second opinions covered when approved in advance (prior authorization requested by a KP
/// physician, written approval); referring KP physician must initiate any resulting
/// diagnostic/therapeutic services; additional consultations reviewed case by case.
pub const KP_SO_01: Source = Source {
    fact_id: "kp-so-01",
    url: Some("https://wa-provider.kaiserpermanente.org/provider-manual/patient-care/member-rights/secondop"),
    title: "Kaiser Permanente Washington Provider Manual - Right to a second opinion",
    confidence: Confidence::High,
};

/// `kp-so-02`: KP Northwest 2024 EOC: if PCP decides services are not available from Participating Providers,
/// and Medical Group determines they are Medically Necessary and covered, Kaiser authorizes
/// referral to a Non-Participating Provider; member pays the same cost share as in-network;
/// written 'Authorization for Outside Medical Care' is required in advance; only listed
/// services/visits are covered.
pub const KP_SO_02: Source = Source {
    fact_id: "kp-so-02",
    url: Some("https://relayto.com/relayto/kaiser-permanente-nw-classic-eoc-2024-3rgfnonnuhzuq/hYjBfOPc39"),
    title: "Kaiser Permanente NW Classic EOC 2024 - Referrals to Non-Participating Providers",
    confidence: Confidence::High,
};

/// `kp-so-03`: UNSOURCED (recollection of KP California EOC 'Second opinions' section): member may ask Member
/// Services to arrange a second opinion with an appropriately qualified Plan Physician; if none
/// exists, Member Services helps arrange a consultation with a non-Plan Physician. Verify against
/// the member's own EOC.
pub const KP_SO_03: Source = Source {
    fact_id: "kp-so-03",
    url: None,
    title: "Kaiser Permanente California Evidence of Coverage, \"Second opinions\" section (text not retrieved)",
    confidence: Confidence::Low,
};

/// `kp-contact-01`: KP California (commercial) Member Service Contact Center: 1-800-464-4000, TTY 711, 24/7 except
/// holidays.
pub const KP_CONTACT_01: Source = Source {
    fact_id: "kp-contact-01",
    url: Some(
        "https://cupdf.com/document/eoc-5-kaiser-permanente-traditional-hmo-plan-evidence-of-.html",
    ),
    title: "KP Southern California Traditional HMO EOC 2021-2022",
    confidence: Confidence::High,
};

/// `kp-contact-02`: KP Senior Advantage (California) Member Service Contact Center: 1-800-443-0815 (TTY 711),
/// 8am-8pm 7 days (from older EOCs; re-verify).
pub const KP_CONTACT_02: Source = Source {
    fact_id: "kp-contact-02",
    url: Some("https://fdocuments.us/document/health-maintenance-organization-hmo-2020-7-9-this-evidence-of-coverage-the.html"),
    title: "Kaiser Permanente Senior Advantage EOC (CalPERS, 2014)",
    confidence: Confidence::Medium,
};

/// `kp-roi-01`: KP Northwest (Oregon/SW Washington): 'Allow 5 business days' for an electronic copy of detailed
/// medical records ordered online; electronic records free; up to 25 printed pages free. (This is
/// the likely origin of the '5 business days' figure; it is a KP Northwest statement, not a
/// California or legal standard.)
pub const KP_ROI_01: Source = Source {
    fact_id: "kp-roi-01",
    url: Some("https://healthy.kaiserpermanente.org/oregon-washington/support/medical-requests"),
    title: "KP Oregon-Washington: Records, forms and certifications",
    confidence: Confidence::High,
};

/// `kp-roi-02`: KP Washington Release of Information: records available within 15 business days; if not, member
/// is notified and records ready within 21 days of request (RCW 70.02.080/.090).
pub const KP_ROI_02: Source = Source {
    fact_id: "kp-roi-02",
    url: Some("https://healthy.kaiserpermanente.org/washington/support/medical-requests"),
    title: "KP Washington: medical record requests",
    confidence: Confidence::High,
};

/// `kp-roi-03`: No public source found for KP Northern/Southern California Release-of-Information turnaround.
/// Legal maxima apply (CA HSC 123110: copies within 15 days; HIPAA: 30 days).
pub const KP_ROI_03: Source = Source {
    fact_id: "kp-roi-03",
    url: None,
    title: "No published Kaiser California Release of Information turnaround found",
    confidence: Confidence::Low,
};

/// `ca-so-01`: HSC 1383.15 (AB 12, 1999): a health care service plan must provide or authorize a second
/// opinion by an appropriately qualified health care professional when requested by an enrollee or
/// a participating professional treating the enrollee, for any of 5 specified reasons;
/// authorization/denial must be expeditious.
pub const CA_SO_01: Source = Source {
    fact_id: "ca-so-01",
    url: Some("http://www.leginfo.ca.gov/pub/99-00/bill/asm/ab_0001-0050/ab_12_bill_19990909_enrolled.html"),
    title: "AB 12 (Davis), enrolled bill adding HSC 1383.15",
    confidence: Confidence::High,
};

/// `ca-so-02`: Qualifying reasons: (1) questions reasonableness/necessity of recommended surgery; (2)
/// questions diagnosis or plan of care for a condition threatening loss of life, limb, bodily
/// function, or substantial impairment, incl. serious chronic condition; (3) clinical indications
/// unclear/complex, conflicting test results, or treating provider unable to diagnose; (4)
/// treatment plan not improving condition in an appropriate time; (5) enrollee followed plan of
/// care or consulted initial provider with serious concerns about diagnosis or plan.
pub const CA_SO_02: Source = Source {
    fact_id: "ca-so-02",
    url: Some("https://providerlibrary.healthnetcalifornia.com/hmo/provider-manual/benefits/second-opinion-by-a-physician-epo-hmo.html"),
    title: "Health Net California provider manual - Second Opinion by a Physician (cites CA H&S Code)",
    confidence: Confidence::High,
};

/// `ca-so-03`: Urgent second-opinion requests (imminent and serious threat to health): plan must
/// respond/render within 72 hours ('If your problem is urgent, your plan must reply to your
/// request in 3 days').
pub const CA_SO_03: Source = Source {
    fact_id: "ca-so-03",
    url: Some("https://dmhc.ca.gov/HealthCareinCalifornia/GettheBestCare/CareofIllness.aspx"),
    title: "DMHC - Care of Illness: Getting a Second Opinion",
    confidence: Confidence::High,
};

/// `ca-so-04`: Out-of-network second opinion: second opinions are limited to in-network providers except where
/// an appropriately qualified in-network provider is not available/accessible; then the plan must
/// authorize an outside provider (statute also requires considering the enrollee's ability to
/// travel, and enrollee pays only the normal in-network copayment). Exact statutory wording not
/// retrieved - verify HSC 1383.15 on leginfo.
///
/// Verification.md item 1: out of network when no qualified network provider (subd. g), travel
/// must be considered (subd. g), member pays only the usual copayment (subd. d). Wording is from
/// the twin section, not HSC 1383.15 itself.
pub const CA_SO_04: Source = Source {
    fact_id: "ca-so-04",
    url: Some("https://github.com/johnakelly-yahoo-com/california-codes"),
    title: "Cal. Insurance Code § 10123.68, twin of HSC § 1383.15 (AB 12, 1999); official leginfo text in the johnakelly-yahoo-com/california-codes mirror",
    confidence: Confidence::High,
};

/// `ca-so-05`: UNSOURCED: non-urgent second-opinion requests are processed under the plan's utilization-review
/// timelines (HSC 1367.01(h)): prospective decisions within 5 business days of receiving
/// information reasonably necessary, max 14 calendar days; urgent 72 hours. A secondary site
/// (lexsemplice) also states '5 business days'.
pub const CA_SO_05: Source = Source {
    fact_id: "ca-so-05",
    url: Some("https://lexsemplice.com/faq/what-is-the-process-for-requesting-a-second-medical-opinion-and-what-are-my-rights-to-have-it-covere"),
    title: "LexSemplice FAQ (secondary); statute HSC 1367.01 not retrieved",
    confidence: Confidence::Low,
};

/// `ca-so-06`: UNSOURCED (recollection of HSC 1383.15): denial of a second-opinion request must be in writing
/// with reasons and notice of right to file a grievance; second-opinion provider must send a
/// consultation report to enrollee and initial provider; plan must disclose its second-opinion
/// response timelines on request (the last point is confirmed by Blue Shield CA's member page).
pub const CA_SO_06: Source = Source {
    fact_id: "ca-so-06",
    url: Some("https://www.blueshieldca.com/bsca/bsc/wcm/connect/member/member_content_en/content%20root/help_and_support/plan_support/getting_a_second_opinion_hmo"),
    title: "Blue Shield of California - Getting a second opinion (HMO)",
    confidence: Confidence::Medium,
};

/// `ca-ta-01`: Urgent care appointment, no prior authorization required: within 48 hours of request. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_01: Source = Source {
    fact_id: "ca-ta-01",
    url: Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
    title: "CA Office of the Patient Advocate - Access to Care",
    confidence: Confidence::High,
};

/// `ca-ta-02`: Urgent care appointment requiring prior authorization: within 96 hours of request. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_02: Source = Source {
    fact_id: "ca-ta-02",
    url: Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
    title: "CA Office of the Patient Advocate - Access to Care",
    confidence: Confidence::High,
};

/// `ca-ta-03`: Non-urgent primary care appointment: within 10 business days. (28 CCR 1300.67.2.2 / HSC
/// 1367.03; clock starts at request; may be extended only if a provider documents a longer wait is
/// not detrimental.)
pub const CA_TA_03: Source = Source {
    fact_id: "ca-ta-03",
    url: Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
    title: "CA Office of the Patient Advocate - Access to Care",
    confidence: Confidence::High,
};

/// `ca-ta-04`: Non-urgent specialist (physician) appointment: within 15 business days. (28 CCR 1300.67.2.2 /
/// HSC 1367.03; clock starts at request; may be extended only if a provider documents a longer
/// wait is not detrimental.)
pub const CA_TA_04: Source = Source {
    fact_id: "ca-ta-04",
    url: Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
    title: "CA Office of the Patient Advocate - Access to Care",
    confidence: Confidence::High,
};

/// `ca-ta-05`: Non-urgent non-physician mental health appointment: within 10 business days. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_05: Source = Source {
    fact_id: "ca-ta-05",
    url: Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
    title: "CA Office of the Patient Advocate - Access to Care",
    confidence: Confidence::High,
};

/// `ca-ta-06`: Non-urgent ancillary services (labs, imaging such as MRI, PT): within 15 business days. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_06: Source = Source {
    fact_id: "ca-ta-06",
    url: Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
    title: "CA Office of the Patient Advocate - Access to Care",
    confidence: Confidence::High,
};

/// `ca-ta-07`: Telephone triage/screening 24/7; call-back within 30 minutes. (28 CCR 1300.67.2.2 / HSC
/// 1367.03; clock starts at request; may be extended only if a provider documents a longer wait is
/// not detrimental.)
pub const CA_TA_07: Source = Source {
    fact_id: "ca-ta-07",
    url: Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
    title: "CA Office of the Patient Advocate - Access to Care",
    confidence: Confidence::High,
};

/// `ca-ta-08`: Wait time may be extended if the referring/treating provider determines and notes in the record
/// that a longer wait will not harm the enrollee's health.
pub const CA_TA_08: Source = Source {
    fact_id: "ca-ta-08",
    url: Some("https://odpc.ucsf.edu/advocacy/navigating-systems/timely-access-to-health-care"),
    title: "UCSF ODPC - Timely Access to Health Care",
    confidence: Confidence::Medium,
};

/// `ca-ta-09`: Non-urgent follow-up mental health appointment: within 10 business days of prior visit (SB 221,
/// eff. 2022) - shown in plan member notices.
pub const CA_TA_09: Source = Source {
    fact_id: "ca-ta-09",
    url: Some("https://contracosta.flippublication.com/issue/f42715e4-2c27-44e1-9d0374df16f7e1e6/summer2024/3/"),
    title: "Contra Costa Health Plan - Health Sense Summer 2024",
    confidence: Confidence::Medium,
};

/// `ca-geo-01`: Knox-Keene network adequacy (28 CCR 1300.51 / 1300.67.2): in large counties care within 15
/// miles or 30 minutes of home (primary care, hospitals); CAMFT summary cites 45 mi/75 min small
/// counties and 60 mi/90 min rural for certain provider types. Regulation text not retrieved.
pub const CA_GEO_01: Source = Source {
    fact_id: "ca-geo-01",
    url: Some("https://www.camft.org/Membership/About-Us/E-Newsletters/September-E-News/Timely-Access-to-Care"),
    title: "CAMFT - California law regarding network adequacy and timely access",
    confidence: Confidence::Medium,
};

/// `ca-geo-02`: Medi-Cal managed care time/distance (WIC 14197): primary care 10 mi/30 min; hospitals 15 mi/30
/// min; OB/GYN primary care 10 mi/30 min; specialists 15 mi/30 min (large counties e.g. Alameda,
/// LA, SF, Santa Clara), 30 mi/60 min (medium), 45 mi/75 min (small), 60 mi/90 min (rural).
pub const CA_GEO_02: Source = Source {
    fact_id: "ca-geo-02",
    url: Some("https://leginfo.legislature.ca.gov/faces/billCompareClient.xhtml?bill_id=202120220SB1180&showamends=false"),
    title: "CA Legislature - WIC 14197 (SB 1180 compare)",
    confidence: Confidence::High,
};

/// `ca-grv-01`: Plan must decide a grievance within 30 days (HSC 1368.01(a)); within 3 days if the problem is
/// an immediate and serious threat to health (HSC 1368.01(b)).
pub const CA_GRV_01: Source = Source {
    fact_id: "ca-grv-01",
    url: Some(
        "http://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx",
    ),
    title: "DMHC - Consumer Independent Medical Review/Complaint",
    confidence: Confidence::High,
};

/// `ca-grv-02`: Enrollee must generally participate in the plan grievance process for 30 days before going to
/// DMHC; exceptions: immediate/serious threat to health (go to DMHC immediately) or denial as
/// experimental/investigational (no plan grievance required).
pub const CA_GRV_02: Source = Source {
    fact_id: "ca-grv-02",
    url: Some("https://dmhc.ca.gov/FileaComplaint.aspx"),
    title: "DMHC - File a Complaint",
    confidence: Confidence::High,
};

/// `ca-grv-03`: UNSOURCED: plans must accept grievances filed at least 180 calendar days after the incident (28
/// CCR 1300.68) and acknowledge within 5 calendar days. DMHC advises: 'Act soon. If you wait
/// longer than 6 months, you may lose the right to file a complaint, ask for an IMR...'
pub const CA_GRV_03: Source = Source {
    fact_id: "ca-grv-03",
    url: Some("http://www.dmhc.ca.gov/FileaComplaint.aspx"),
    title: "DMHC - File a Complaint (older version)",
    confidence: Confidence::Medium,
};

/// `ca-imr-01`: Apply for IMR within 6 months after the plan sends its written grievance decision; DMHC may
/// accept later applications for good cause (28 CCR 1300.74.30).
pub const CA_IMR_01: Source = Source {
    fact_id: "ca-imr-01",
    url: Some(
        "http://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx",
    ),
    title: "DMHC - Consumer Independent Medical Review/Complaint",
    confidence: Confidence::High,
};

/// `ca-imr-02`: IMR decision within 30 days of receiving application and documents (HSC 1374.33(c)); expedited
/// within 3 days when imminent and serious threat (DMHC: '3 to 7 days if urgent'; 7 days applies
/// to expedited experimental/investigational reviews). Plan must send records to the IMR
/// organization within 24 hours in urgent cases (HSC 1374.31).
pub const CA_IMR_02: Source = Source {
    fact_id: "ca-imr-02",
    url: Some(
        "http://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx",
    ),
    title: "DMHC - Consumer Independent Medical Review/Complaint",
    confidence: Confidence::High,
};

/// `ca-imr-03`: IMR decision is binding on the plan: plan must promptly implement; authorize services within 5
/// working days of the written decision (sooner if medically needed) or reimburse within 5 working
/// days; administrative penalty of at least $5,000 per day of non-implementation (HSC 1374.34).
pub const CA_IMR_03: Source = Source {
    fact_id: "ca-imr-03",
    url: Some("https://www.legalfix.com/statutes/state-codes/california/code-hsc/division-2/chapter-2-2/article-5-55/section-1374-34"),
    title: "CA Health & Safety Code 1374.34 (LegalFix mirror)",
    confidence: Confidence::High,
};

/// `ca-imr-04`: IMR covers services denied, modified, or delayed as not medically necessary,
/// experimental/investigational denials, and emergency/urgent payment denials; pure coverage
/// (contract exclusion) decisions are not referred to IMR but handled as DMHC complaints. IMR is
/// free to enrollees.
pub const CA_IMR_04: Source = Source {
    fact_id: "ca-imr-04",
    url: Some("https://dmhc.ca.gov/FileaComplaint.aspx"),
    title: "DMHC - File a Complaint",
    confidence: Confidence::High,
};

/// `ca-imr-05`: DMHC Help Center: 1-888-466-2219 (1-888-HMO-2219), TDD 1-877-688-9891, www.dmhc.ca.gov;
/// IMR/Complaint form online, by mail or fax.
pub const CA_IMR_05: Source = Source {
    fact_id: "ca-imr-05",
    url: Some("http://dmhc.ca.gov/FileaComplaint.aspx"),
    title: "DMHC - File a Complaint",
    confidence: Confidence::High,
};

/// `ca-mc-01`: Appeal to the Medi-Cal managed care plan within 60 calendar days of the Notice of Action; then
/// request a State Hearing within 120 calendar days of the plan's Notice of Appeal Resolution, or
/// if no resolution within 30 days (deemed exhaustion).
pub const CA_MC_01: Source = Source {
    fact_id: "ca-mc-01",
    url: Some("https://cdss.ca.gov/hearing-requests"),
    title: "CDSS - State Hearing Requests",
    confidence: Confidence::High,
};

/// `ca-mc-02`: WIC 10951(b): Medi-Cal managed care enrollee must first appeal to the plan, then may request a
/// state hearing within 120 calendar days of the upheld decision or deemed exhaustion (plan
/// failing to respond within 30 days).
pub const CA_MC_02: Source = Source {
    fact_id: "ca-mc-02",
    url: Some(
        "https://getpocketlaw.com/law/state_california/section-10951-section-10951_ab89cf4fb403",
    ),
    title: "CA Welfare & Institutions Code 10951 (mirror)",
    confidence: Confidence::High,
};

/// `ca-mc-03`: Medi-Cal managed care members may also request a DMHC IMR (up to 6 months from denial) and may
/// still request a State Hearing after IMR; but IMR is not available once a State Fair Hearing has
/// been requested.
pub const CA_MC_03: Source = Source {
    fact_id: "ca-mc-03",
    url: Some("https://www.cahealthwellness.com/members/medicaid/resources/complaints-appeals/independent-medical-review.html"),
    title: "California Health & Wellness - Independent Medical Review",
    confidence: Confidence::Medium,
};

/// `ca-mc-04`: UNSOURCED: expedited Medi-Cal plan appeals must be resolved within 72 hours (42 CFR
/// 438.408(b)(3)).
///
/// No public source (facts.json grades it medium, but by the facts file's own scale an unsourced
/// rule is low).
pub const CA_MC_04: Source = Source {
    fact_id: "ca-mc-04",
    url: None,
    title: "42 CFR 438.408(b)(3) (text not retrieved)",
    confidence: Confidence::Low,
};

/// `fed-aca-01`: File internal appeal within 180 days (6 months) of receiving notice that the claim was denied
/// (45 CFR 147.136(b); 29 CFR 2560.503-1(h)(3)(i)). Urgent cases may request external review at
/// the same time.
pub const FED_ACA_01: Source = Source {
    fact_id: "fed-aca-01",
    url: Some("https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/"),
    title: "HealthCare.gov - Internal appeals",
    confidence: Confidence::High,
};

/// `fed-aca-02`: Plan decides internal appeal: urgent care within 72 hours; pre-service within 30 days; post-
/// service within 60 days (29 CFR 2560.503-1(i)(2), inpublic copiested by 45 CFR 147.136).
pub const FED_ACA_02: Source = Source {
    fact_id: "fed-aca-02",
    url: Some("https://www.counterclaim.help/guides/aca-expedited-appeal"),
    title: "Counterclaim - The 72-hour rule (quotes 29 CFR 2560.503-1(i)(2)(i) and 45 CFR 147.136)",
    confidence: Confidence::High,
};

/// `fed-aca-03`: Insurer must give written denial: within 15 days for prior authorization, 30 days for services
/// already received, 72 hours for urgent care.
pub const FED_ACA_03: Source = Source {
    fact_id: "fed-aca-03",
    url: Some("https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/"),
    title: "HealthCare.gov - Internal appeals",
    confidence: Confidence::High,
};

/// `fed-aca-04`: Request external review within 4 months after receipt of the notice of adverse benefit
/// determination/final internal adverse determination (45 CFR 147.136(d)(2)(i)); if no
/// corresponding date, by the 1st day of the 5th month; weekend/holiday extends to next business
/// day. State processes may allow longer (CA IMR 6 months; OR/WA 180 days; HI 130 days; VA 120
/// days). NOTE: a stored HealthCare.gov copy says '60 days ... some plans may allow more' -
/// conflicts with regulation; use the letter's deadline and 4 months as federal default.
pub const FED_ACA_04: Source = Source {
    fact_id: "fed-aca-04",
    url: Some("http://laws9.com/cfr/text/45/147/136"),
    title: "45 CFR 147.136 (mirror) - Internal claims and appeals and external review processes",
    confidence: Confidence::High,
};

/// `fed-aca-05`: Standard external review decision within 45 days after the IRO receives the request; expedited
/// within 72 hours (as fast as condition requires).
pub const FED_ACA_05: Source = Source {
    fact_id: "fed-aca-05",
    url: Some("https://type2.wiki/ufaq/how-long-will-the-external-review-process-take-24/"),
    title: "CoverageRights/type2.wiki - external review timeline (federal standard)",
    confidence: Confidence::Medium,
};

/// `fed-aca-06`: External reviewer's decision is final; 'Your insurer is required by law to accept the external
/// reviewer's decision.' Eligible: denials involving medical judgment,
/// experimental/investigational determinations, rescissions.
pub const FED_ACA_06: Source = Source {
    fact_id: "fed-aca-06",
    url: Some("https://www.healthcare.gov/appeal-insurance-company-decision/external-review/"),
    title: "HealthCare.gov - External Review",
    confidence: Confidence::High,
};

/// `fed-aca-07`: ACA internal/external appeal rules apply to non-grandfathered plans (first sold or
/// significantly modified after March 23, 2010); states with compliant processes run external
/// review, otherwise HHS-administered or IRO-contracting federal process.
pub const FED_ACA_07: Source = Source {
    fact_id: "fed-aca-07",
    url: Some("https://www.cms.gov/CCIIO/Programs-and-Initiatives/Consumer-Support-and-Information/csg-ext-appeals-facts"),
    title: "CMS CCIIO - HHS-Administered Federal External Review Process",
    confidence: Confidence::High,
};

/// `fed-erisa-01`: Self-funded (self-insured) ERISA employer plans are generally not subject to state insurance
/// law (ERISA preemption/deemer clause), so state IMR/external review does not apply; they must
/// provide the federal external review process (contract with accredited IROs or HHS-
/// administered), 4-month filing window.
pub const FED_ERISA_01: Source = Source {
    fact_id: "fed-erisa-01",
    url: Some("https://www.cga.ct.gov/2005/rpt/2005-R-0753.htm"),
    title: "CT OLR Research Report - Self-insured benefit plans and insurance mandates (ERISA preemption)",
    confidence: Confidence::Medium,
};

/// `ma-01`: Request reconsideration (Level 1 appeal) within 65 calendar days of the organization
/// determination notice, effective Jan 1, 2025 (previously 60; many CMS/Medicare.gov pages still
/// say 60 - use the notice's deadline).
///
/// Verification.md item 2 upgrades this to high (CMS/HHS guidance page); older CMS and
/// Medicare.gov pages still say 60 days.
pub const MA_01: Source = Source {
    fact_id: "ma-01",
    url: Some("https://hhs.gov/guidance/document/medicare-managed-care-appeals-grievances"),
    title: "CMS guidance (HHS-hosted) - Medicare Managed Care Appeals & Grievances: appeal timeframe 60 to 65 days from 01/01/2025",
    confidence: Confidence::High,
};

/// `ma-02`: Plan reconsideration decision: expedited pre-service/Part B drug 72 hours; standard pre-service
/// 30 calendar days; standard Part B drug 7 calendar days; payment 60 calendar days. Standard and
/// expedited service requests may be extended up to 14 days in some cases.
pub const MA_02: Source = Source {
    fact_id: "ma-02",
    url: Some("https://cms.gov/es/node/172521"),
    title: "CMS - Reconsideration by the Medicare Advantage (Part C) Health Plan",
    confidence: Confidence::High,
};

/// `ma-03`: If the plan upholds its denial in whole or part, it must automatically send the case to the
/// Part C Independent Review Entity (currently Maximus Federal Services). Enrollee may send the
/// IRE additional information.
pub const MA_03: Source = Source {
    fact_id: "ma-03",
    url: Some("https://hhs.gov/guidance/document/review-part-c-ire"),
    title: "CMS/HHS guidance - Review by Part C Independent Review Entity",
    confidence: Confidence::High,
};

/// `ma-04`: IRE decision timeframes: expedited 72 hours; standard service 30 days; payment 60 days
/// (secondary sources; extensions possible).
pub const MA_04: Source = Source {
    fact_id: "ma-04",
    url: Some("https://cahealthadvocates.org/appeals/your-options-to-appeal/"),
    title: "California Health Advocates - Your Options to Appeal (MA)",
    confidence: Confidence::Medium,
};

/// `ma-05`: Further levels: Level 3 ALJ hearing (OMHA) - request within 60 days of IRE decision (42 CFR
/// 422.602; not retrieved); Level 4 Medicare Appeals Council; Level 5 federal district court -
/// request within 60 days of Council decision. Amount-in-controversy thresholds: CY2026 $200 (ALJ)
/// and $1,960 (court); CY2025 court threshold $1,900.
pub const MA_05: Source = Source {
    fact_id: "ma-05",
    url: Some("https://www.govinfo.gov/content/pkg/FR-2025-12-04/html/2025-21879.htm"),
    title: "Federal Register 2025-21879 - Medicare Appeals AIC thresholds CY2026",
    confidence: Confidence::High,
};

/// `ma-06`: Initial (prior-authorization) organization determinations: expedited 72 hours; standard 7
/// calendar days starting Jan 1, 2026 under CMS-0057-F (previously 14 days).
pub const MA_06: Source = Source {
    fact_id: "ma-06",
    url: Some("https://tag.wellcare.com/california/providers/bulletins/pa-tat"),
    title: "Wellcare CA provider bulletin - New Prior Authorization Timelines (CMS-0057-F)",
    confidence: Confidence::Medium,
};

/// `fehb-01`: FEHB disputed claims (5 CFR 890.105): ask the carrier in writing to reconsider within 6 months
/// of the denial notice; carrier has 30 days to pay, affirm, or request information; if affirmed
/// (or no response), ask OPM to review within 90 days of the carrier's decision; OPM sends final
/// response within 60 days; must exhaust carrier and OPM review before suing.
pub const FEHB_01: Source = Source {
    fact_id: "fehb-01",
    url: Some("https://webarchive.library.unt.edu/eot2008/20081003211425/http://edocket.access.gpo.gov/cfr_2005/janqtr/5cfr890.105.htm"),
    title: "5 CFR 890.105 (GPO, 2005 edition) - Filing claims for payment or service",
    confidence: Confidence::High,
};

/// `fehb-02`: OPM review: acknowledgment generally within 5 days; final response within 60 days; OPM may
/// contact within 14 work days if more info needed.
pub const FEHB_02: Source = Source {
    fact_id: "fehb-02",
    url: Some("https://www.fedweek.com/retirement-benefits/fehb-claim-decisions-can-contested/"),
    title: "FedWeek - FEHB claim decisions can be contested",
    confidence: Confidence::Medium,
};

/// `st-co-01`: Colorado Division of Insurance (DORA) administers external review (C.R.S. 10-16-113.5): request
/// in writing via the carrier within 4 months of final internal denial; IRO assigned by DOI;
/// standard decision within 45 days, expedited 72 hours; no fee; binding. Consumer Services
/// 303-894-7490 / 800-930-3745.
pub const ST_CO_01: Source = Source {
    fact_id: "st-co-01",
    url: Some("https://apellica.com/states/colorado"),
    title: "Apellica - Colorado insurance appeal rights (secondary)",
    confidence: Confidence::Medium,
};

/// `st-ga-01`: Georgia Office of Commissioner of Insurance and Safety Fire (OCI) handles independent review of
/// managed care denials under the Patient's Right to Independent Review Act (O.C.G.A. 33-20A-30 et
/// seq.; request to the department on forms supplied with the grievance decision). Consumer
/// Services 404-656-2070 / 800-656-2298. In 2012 CMS listed Georgia as using the HHS-administered
/// federal external review process for ACA plans; current status and filing deadline not confirmed
/// (federal default 4 months).
pub const ST_GA_01: Source = Source {
    fact_id: "st-ga-01",
    url: Some("https://www.patientadvocates.io/topics/insurance/georgia/start-here"),
    title: "PatientAdvocates.io - Georgia: Start Here (secondary)",
    confidence: Confidence::Low,
};

/// `st-hi-01`: Hawaii Insurance Division (DCCA), HRS 432E-33: written request to the Insurance Commissioner
/// within 130 days of final internal determination; $15 filing fee (refunded if reversed, waivable
/// for hardship, $60/yr cap); standard decision ~45 days, expedited 72 hours; binding. Insurance
/// Division 808-586-2790.
pub const ST_HI_01: Source = Source {
    fact_id: "st-hi-01",
    url: Some("https://self-law.org/code/hi/432e-33"),
    title: "HRS 432E-33 Request for external review (mirror) + CoverageRights HI",
    confidence: Confidence::Medium,
};

/// `st-md-01`: Maryland Insurance Administration (Appeals & Grievance Unit) handles complaints/external review
/// after carrier grievance: file within 4 months after receiving the carrier's grievance decision
/// (some sources say 120 days). MIA 410-468-2000 / 800-492-6116. The Attorney General's Health
/// Education and Advocacy Unit (HEAU) helps with internal grievances: 410-528-1840 / 877-261-8807.
/// Carrier grievance decision: 30 working days (45 for retrospective), emergency 24 hours.
///
/// Verification.md item 5: 4 months after receipt of the grievance decision (§ 15-10A-03(a)(1));
/// "120 days" is wrong; Commissioner decides within 45 days, 24 hours in emergencies.
pub const ST_MD_01: Source = Source {
    fact_id: "st-md-01",
    url: Some("https://govt.westlaw.com/mdc/Document/N4493FF30905311E09260DDFB8DE3E43A?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)"),
    title: "Md. Code, Ins. § 15-10A-03 (West's Annotated Code of Maryland)",
    confidence: Confidence::High,
};

/// `st-va-01`: Virginia State Corporation Commission, Bureau of Insurance - Office of Independent External
/// Review: request (Form 216-A) within 120 days of the final adverse determination; IRO decision
/// within 45 days; expedited with Form 216-C physician certification. Office of the Managed Care
/// Ombudsman helps with appeals: 1-877-310-6560; Bureau 804-371-9691.
pub const ST_VA_01: Source = Source {
    fact_id: "st-va-01",
    url: Some("https://type2.wiki/ufaq-category/external-review-virginia/"),
    title: "CoverageRights/type2.wiki - External review Virginia",
    confidence: Confidence::Medium,
};

/// `st-dc-01`: District of Columbia: external review requests go to the Office of Health Care Ombudsman and
/// Bill of Rights (DHCF), One Judiciary Square, 441 4th St NW Suite 900S, within 4 months of the
/// insurer's final decision; standard decision ~45 days, expedited 72 hours (D.C. Code 44-301.07).
/// Ombudsman 877-685-6391 (a source printed '(977)' - typo). DISB consumer line 202-727-8000 for
/// complaints.
pub const ST_DC_01: Source = Source {
    fact_id: "st-dc-01",
    url: Some("https://type2.wiki/ufaq/how-do-i-request-an-external-review-43/"),
    title: "CoverageRights/type2.wiki - DC external review",
    confidence: Confidence::Medium,
};

/// `st-or-01`: Oregon: enrollee applies (to the insurer) for external review no later than the 180th day after
/// receipt of the insurer's final internal decision (ORS 743B.255); IRO appointed by DCBS Division
/// of Financial Regulation; insurer pays all costs, no fee. DFR consumer hotline 888-877-4894.
pub const ST_OR_01: Source = Source {
    fact_id: "st-or-01",
    url: Some("https://casetext.com/statute/oregon-revised-statutes/title-56-insurance/chapter-743b-health-benefit-plans-individual-and-group/grievances-and-appeals/health-benefit-plans/section-743b255-enrollee-application-for-external-review-when-enrollee-deemed-to-have-exhausted-internal-appeal"),
    title: "ORS 743B.255 - Enrollee application for external review",
    confidence: Confidence::High,
};

/// `st-or-02`: Oregon (former ORS 743.856, 2001): plans requiring referrals must allow a second opinion from a
/// network physician; if no network provider is available, from a similarly qualified non-network
/// physician, at no more than the cost of an initial consultation. Check current renumbered
/// section (ORS 743B).
pub const ST_OR_02: Source = Source {
    fact_id: "st-or-02",
    url: Some("https://law.onecle.com/oregon/743-health-and-life-insurance/743.856.html"),
    title: "ORS 743.856 (2007 mirror)",
    confidence: Confidence::Medium,
};

/// `st-wa-01`: Washington: carrier's internal-review decision notice must state the appellant has up to 180
/// days to file a request for external (IRO) review (WAC 284-43-3150); review under RCW 48.43.535
/// via OIC-certified IROs; request made through the carrier. Secondary sources conflict (60 days
/// older; 120 days newer) - verify. OIC consumer hotline 1-800-562-6900.
///
/// Verification.md item 5 confirms 180 days in WAC 284-43-3150(5) (high); the 60/120-day figures
/// in secondary sources are not supported.
pub const ST_WA_01: Source = Source {
    fact_id: "st-wa-01",
    url: Some("https://apps.leg.wa.gov/wac/default.aspx?cite=284-43-3150"),
    title: "WAC 284-43-3150 Notice of internal review determination",
    confidence: Confidence::High,
};

/// `rec-hipaa-01`: HIPAA right of access (45 CFR 164.524): individual may inspect and obtain a copy of PHI in the
/// designated record set (medical and billing records, plan claims/UR records), except
/// psychotherapy notes and information compiled for legal proceedings.
pub const REC_HIPAA_01: Source = Source {
    fact_id: "rec-hipaa-01",
    url: Some("http://federal.elaws.us/cfr/45-cfr-164.524(c)(2)(i)"),
    title: "45 CFR 164.524 (eLaws mirror)",
    confidence: Confidence::High,
};

/// `rec-hipaa-02`: Covered entity must act on an access request within 30 calendar days of receipt; one extension
/// of up to 30 more days if it notifies the individual in writing within the first 30 days with
/// reason and expected date. HHS: 30 days is an outer limit; respond sooner when possible.
pub const REC_HIPAA_02: Source = Source {
    fact_id: "rec-hipaa-02",
    url: Some("https://getmyhealthdata.org/ocr-guidance-timeliness"),
    title: "GetMyHealthData - OCR guidance on timeliness (quotes HHS)",
    confidence: Confidence::High,
};

/// `rec-hipaa-03`: Fees: only a reasonable, cost-based fee covering labor for copying, supplies, postage, and (if
/// agreed) summary preparation; no fees for search/retrieval or verification. HHS offered a $6.50
/// flat-fee option for electronic copies of electronically maintained PHI (not a cap). Guidance
/// limited by Ciox Health v. Azar (D.D.C. 2020) for third-party directives.
pub const REC_HIPAA_03: Source = Source {
    fact_id: "rec-hipaa-03",
    url: Some("https://www.dataprivacyandsecurityinsider.com/2016/01/hhs-issues-new-guidance-on-individual-access-to-phi-under-hipaa/"),
    title: "Data Privacy + Security Insider - HHS guidance on individual access (2016)",
    confidence: Confidence::High,
};

/// `rec-hipaa-04`: Access must be in the form and format requested if readily producible (electronic copy if kept
/// electronically); individual may direct the entity to send a copy to a designated person (e.g.,
/// the second-opinion doctor).
pub const REC_HIPAA_04: Source = Source {
    fact_id: "rec-hipaa-04",
    url: Some("https://aspe.hhs.gov/report/standards-privacy-individually-identifiable-health-information-final-privacy-rule-preamble/section-164524c-provision-access"),
    title: "ASPE - Privacy Rule preamble, 164.524(c) Provision of Access",
    confidence: Confidence::High,
};

/// `rec-ca-01`: California HSC 123110: inspection within 5 working days of written request; copies transmitted
/// within 15 days; copy fee capped at $0.25/page ($0.50 microfilm) plus reasonable clerical costs;
/// free copy when needed to support a public-benefits (e.g., Medi-Cal) eligibility appeal; records
/// cannot be withheld for unpaid bills. (Older text - verify current version.)
pub const REC_CA_01: Source = Source {
    fact_id: "rec-ca-01",
    url: Some("http://healthinfolaw.org/state-law/inspection-and-copying-patient-records-and-related-material-–-cal-health-safety-code-§-123"),
    title: "HealthInfoLaw - Cal. Health & Safety Code 123110",
    confidence: Confidence::Medium,
};

/// `cost-mpfs-01`: CY2025 Medicare PFS national non-facility payment for 99204: RVUs work 2.60 + PE 2.21 + MP 0.24
/// = 5.05 x CF $32.3465 = $163.35 (facility $129.06).
pub const COST_MPFS_01: Source = Source {
    fact_id: "cost-mpfs-01",
    url: Some("https://medpayiq.com/cpt/99204"),
    title: "MedPayIQ - CPT 99204 (source: CMS MPFS RVU25A)",
    confidence: Confidence::Medium,
};

/// `cost-mpfs-02`: CY2025 Medicare PFS national non-facility payment for 99205: RVUs work 3.50 + PE 2.83 + MP 0.34
/// = 6.67 x $32.3465 = $215.75 (facility $175.64).
pub const COST_MPFS_02: Source = Source {
    fact_id: "cost-mpfs-02",
    url: Some("https://medpayiq.com/cpt/99205"),
    title: "MedPayIQ - CPT 99205 (source: CMS MPFS RVU25A)",
    confidence: Confidence::Medium,
};

/// `cost-path-02`: 88321 CY2025 national amount ~ $93.80 (figure appears in MedPayIQ billing tips; RVU25A).
/// 88323/88325 amounts not found.
pub const COST_PATH_02: Source = Source {
    fact_id: "cost-path-02",
    url: Some("https://medpayiq.com/cpt/88321"),
    title: "MedPayIQ - CPT 88321",
    confidence: Confidence::Low,
};

/// `nsa-01`: No Surprises Act balance-billing protections cover emergency services, non-emergency services
/// by out-of-network providers at in-network facilities, and out-of-network air ambulance. A
/// scheduled consult the member chooses with an out-of-network doctor at an out-of-network office
/// is not covered by these protections (inference from scope).
pub const NSA_01: Source = Source {
    fact_id: "nsa-01",
    url: Some("https://www.capbluecross.com/wps/portal/cap/home/explore/resource/my-rights/no-suprises-act"),
    title: "Capital Blue Cross - Your rights under the No Surprises Act",
    confidence: Confidence::High,
};

/// `nsa-02`: Good Faith Estimate (45 CFR 149.610) for uninsured or self-pay patients (insured but not
/// submitting a claim): in writing within 1 business day after scheduling if scheduled >=3
/// business days ahead; within 3 business days if scheduled >=10 business days ahead; within 3
/// business days of a request.
pub const NSA_02: Source = Source {
    fact_id: "nsa-02",
    url: Some("https://enaesthetics.com/good-faith-estimate/"),
    title: "Provider posting of CMS standard GFE notice",
    confidence: Confidence::High,
};

/// `nsa-03`: Patient-provider dispute resolution: available if the bill is at least $400 more than the GFE
/// for that provider/facility (45 CFR 149.620 'substantially in excess'); must start within 120
/// calendar days of the date on the original bill; $25 fee; provider must pause collections during
/// dispute. CMS help: 1-800-985-3059, www.cms.gov/nosurprises/consumers.
pub const NSA_03: Source = Source {
    fact_id: "nsa-03",
    url: Some("https://dev.compliancecosmos.org/print/pdf/node/518836"),
    title: "45 CFR 149.620 text (Compliance Cosmos print)",
    confidence: Confidence::High,
};
/// `st-md-01` (contacts): Maryland Insurance Administration 410-468-2000 / 800-492-6116; the
/// Attorney General's Health Education and Advocacy Unit 410-528-1840 / 877-261-8807. The phone
/// numbers come from this secondary page (the filing deadline is sourced to the statute, above).
pub const ST_MD_01_CONTACTS: Source = Source {
    fact_id: "st-md-01",
    url: Some("https://mypatientrights.org/advocating-for-care/maryland/"),
    title: "My Patient Rights - Maryland",
    confidence: Confidence::Medium,
};
