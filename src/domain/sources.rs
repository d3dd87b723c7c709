//! The sources of every rule, one constant per entry of `facts.json` (same id), corrected by
//! `verification.md` where it differs (noted on the constant).
//!
//! Keep this file in step with `../shared/domain/facts.md`: the unit tests in
//! `tests/domain_rules.rs` check every value the engine uses against it.

use super::cited::Cited;
use super::source::{Confidence, FactId, Source};

/// `seed`: the project's seed guide, "How to Get a Second Opinion Outside of Kaiser": talk to the
/// Kaiser doctor first, put the request in writing, request records about five business days
/// before the appointment. It cites no sources, so it is graded low.
pub const SEED: Source = Source {
    fact_id: FactId::new("seed"),
    cited: Cited::new(
        None,
        "How to Get a Second Opinion Outside of Kaiser (project seed guide)",
    ),
    confidence: Confidence::Low,
};

/// `verification-8`: 28 CCR 1300.67.2 requires providers "within reasonable proximity" and access to
/// specialists "through staffing, contracting, or referral"; commercial Knox-Keene plans have no
/// numeric time/distance standard for specialists (verification.md item 8, high).
pub const CA_1300_67_2: Source = Source {
    fact_id: FactId::new("verification-8"),
    cited: Cited::new(Some("https://govt.westlaw.com/calregs/Document/IA926F8C0101711DFBF14F83A306F765F?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)"), "28 CCR 1300.67.2 Accessibility of Services (Barclays Official California Code of Regulations)"),
    confidence: Confidence::High,
};

/// `verification-6`: Georgia's Patient's Right to Independent Review Act (O.C.G.A. 33-20A-30 to -42)
/// is run by the Office of Commissioner of Insurance since 1 August 2023 (Rule 120-2-111); no
/// filing deadline was found in the statute or rules seen (verification.md item 6).
pub const GA_OCI_RULE: Source = Source {
    fact_id: FactId::new("verification-6"),
    cited: Cited::new(Some("https://regulations.justia.com/states/georgia/department-120/chapter-120-2/subject-120-2-111/rule-120-2-111-05"), "Ga. Comp. R. & Regs. 120-2-111-.05 Independent review request (Justia)"),
    confidence: Confidence::Low,
};

/// `kp-regions-01`: Kaiser Permanente operates in 8 states plus DC, organized as regions: Colorado; Georgia; Mid-
/// Atlantic States (Maryland, Virginia, District of Columbia); Northern California; Northwest
/// (Oregon and Southwest Washington); Southern California; Hawaii; Washington (Puget Sound east to
/// Spokane).
pub const KP_REGIONS_01: Source = Source {
    fact_id: FactId::new("kp-regions-01"),
    cited: Cited::new(
        Some("https://www.lmpartnership.org/about/regions"),
        "Labor Management Partnership - Regions",
    ),
    confidence: Confidence::High,
};

/// `kp-so-01`: KP Washington provider manual: all members have the right to a second opinion; coverage is for
/// evaluation/consultation only and does not guarantee coverage of recommended treatment; in-
/// network second opinions covered when approved in advance (prior authorization requested by a KP
/// physician, written approval); referring KP physician must initiate any resulting
/// diagnostic/therapeutic services; additional consultations reviewed case by case.
pub const KP_SO_01: Source = Source {
    fact_id: FactId::new("kp-so-01"),
    cited: Cited::new(Some("https://wa-provider.kaiserpermanente.org/provider-manual/patient-care/member-rights/secondop"), "Kaiser Permanente Washington Provider Manual - Right to a second opinion"),
    confidence: Confidence::High,
};

/// `kp-so-02`: KP Northwest 2024 EOC: if PCP decides services are not available from Participating Providers,
/// and Medical Group determines they are Medically Necessary and covered, Kaiser authorizes
/// referral to a Non-Participating Provider; member pays the same cost share as in-network;
/// written 'Authorization for Outside Medical Care' is required in advance; only listed
/// services/visits are covered.
pub const KP_SO_02: Source = Source {
    fact_id: FactId::new("kp-so-02"),
    cited: Cited::new(Some("https://relayto.com/relayto/kaiser-permanente-nw-classic-eoc-2024-3rgfnonnuhzuq/hYjBfOPc39"), "Kaiser Permanente NW Classic EOC 2024 - Referrals to Non-Participating Providers"),
    confidence: Confidence::High,
};

/// `kp-so-03`: UNSOURCED (recollection of KP California EOC 'Second opinions' section): member may ask Member
/// Services to arrange a second opinion with an appropriately qualified Plan Physician; if none
/// exists, Member Services helps arrange a consultation with a non-Plan Physician. Verify against
/// the member's own EOC.
pub const KP_SO_03: Source = Source {
    fact_id: FactId::new("kp-so-03"),
    cited: Cited::new(None, "Kaiser Permanente California Evidence of Coverage, \"Second opinions\" section (text not retrieved)"),
    confidence: Confidence::Low,
};

/// `kp-contact-01`: KP California (commercial) Member Service Contact Center: 1-800-464-4000, TTY 711, 24/7 except
/// holidays.
pub const KP_CONTACT_01: Source = Source {
    fact_id: FactId::new("kp-contact-01"),
    cited: Cited::new(Some("https://cupdf.com/document/eoc-5-kaiser-permanente-traditional-hmo-plan-evidence-of-.html"), "KP Southern California Traditional HMO EOC 2021-2022"),
    confidence: Confidence::High,
};

/// `kp-contact-02`: KP Senior Advantage (California) Member Service Contact Center: 1-800-443-0815 (TTY 711),
/// 8am-8pm 7 days (from older EOCs; re-verify).
pub const KP_CONTACT_02: Source = Source {
    fact_id: FactId::new("kp-contact-02"),
    cited: Cited::new(Some("https://fdocuments.us/document/health-maintenance-organization-hmo-2020-7-9-this-evidence-of-coverage-the.html"), "Kaiser Permanente Senior Advantage EOC (CalPERS, 2014)"),
    confidence: Confidence::Medium,
};

/// `kp-roi-01`: KP Northwest (Oregon/SW Washington): 'Allow 5 business days' for an electronic copy of detailed
/// medical records ordered online; electronic records free; up to 25 printed pages free. (This is
/// the likely origin of the '5 business days' figure; it is a KP Northwest statement, not a
/// California or legal standard.)
pub const KP_ROI_01: Source = Source {
    fact_id: FactId::new("kp-roi-01"),
    cited: Cited::new(
        Some("https://healthy.kaiserpermanente.org/oregon-washington/support/medical-requests"),
        "KP Oregon-Washington: Records, forms and certifications",
    ),
    confidence: Confidence::High,
};

/// `kp-roi-02`: KP Washington Release of Information: records available within 15 business days; if not, member
/// is notified and records ready within 21 days of request (RCW 70.02.080/.090).
pub const KP_ROI_02: Source = Source {
    fact_id: FactId::new("kp-roi-02"),
    cited: Cited::new(
        Some("https://healthy.kaiserpermanente.org/washington/support/medical-requests"),
        "KP Washington: medical record requests",
    ),
    confidence: Confidence::High,
};

/// `kp-roi-03`: No public source found for KP Northern/Southern California Release-of-Information turnaround.
/// Legal maxima apply (CA HSC 123110: copies within 15 days; HIPAA: 30 days).
pub const KP_ROI_03: Source = Source {
    fact_id: FactId::new("kp-roi-03"),
    cited: Cited::new(
        None,
        "No published Kaiser California Release of Information turnaround found",
    ),
    confidence: Confidence::Low,
};

/// `ca-so-01`: HSC 1383.15 (AB 12, 1999): a health care service plan must provide or authorize a second
/// opinion by an appropriately qualified health care professional when requested by an enrollee or
/// a participating professional treating the enrollee, for any of 5 specified reasons;
/// authorization/denial must be expeditious.
pub const CA_SO_01: Source = Source {
    fact_id: FactId::new("ca-so-01"),
    cited: Cited::new(Some("http://www.leginfo.ca.gov/pub/99-00/bill/asm/ab_0001-0050/ab_12_bill_19990909_enrolled.html"), "AB 12 (Davis), enrolled bill adding HSC 1383.15"),
    confidence: Confidence::High,
};

/// `ca-so-02`: Qualifying reasons: (1) questions reasonableness/necessity of recommended surgery; (2)
/// questions diagnosis or plan of care for a condition threatening loss of life, limb, bodily
/// function, or substantial impairment, incl. serious chronic condition; (3) clinical indications
/// unclear/complex, conflicting test results, or treating provider unable to diagnose; (4)
/// treatment plan not improving condition in an appropriate time; (5) enrollee followed plan of
/// care or consulted initial provider with serious concerns about diagnosis or plan.
pub const CA_SO_02: Source = Source {
    fact_id: FactId::new("ca-so-02"),
    cited: Cited::new(Some("https://providerlibrary.healthnetcalifornia.com/hmo/provider-manual/benefits/second-opinion-by-a-physician-epo-hmo.html"), "Health Net California provider manual - Second Opinion by a Physician (cites CA H&S Code)"),
    confidence: Confidence::High,
};

/// `ca-so-03`: Urgent second-opinion requests (imminent and serious threat to health): plan must
/// respond/render within 72 hours ('If your problem is urgent, your plan must reply to your
/// request in 3 days').
pub const CA_SO_03: Source = Source {
    fact_id: FactId::new("ca-so-03"),
    cited: Cited::new(
        Some("https://dmhc.ca.gov/HealthCareinCalifornia/GettheBestCare/CareofIllness.aspx"),
        "DMHC - Care of Illness: Getting a Second Opinion",
    ),
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
/// the twin section, not HSC 1383.15 itself, so medium, as facts.json grades it (audit A11).
pub const CA_SO_04: Source = Source {
    fact_id: FactId::new("ca-so-04"),
    cited: Cited::new(Some("https://github.com/johnakelly-yahoo-com/california-codes"), "Cal. Insurance Code § 10123.68, the twin of HSC § 1383.15 (AB 12, 1999): the twin's text was read, not § 1383.15's own"),
    confidence: Confidence::Medium,
};

/// `ca-so-05`: UNSOURCED: non-urgent second-opinion requests are processed under the plan's utilization-review
/// timelines (HSC 1367.01(h)): prospective decisions within 5 business days of receiving
/// information reasonably necessary, max 14 calendar days; urgent 72 hours. A secondary site
/// (lexsemplice) also states '5 business days'.
pub const CA_SO_05: Source = Source {
    fact_id: FactId::new("ca-so-05"),
    cited: Cited::new(Some("https://lexsemplice.com/faq/what-is-the-process-for-requesting-a-second-medical-opinion-and-what-are-my-rights-to-have-it-covere"), "LexSemplice FAQ (secondary); statute HSC 1367.01 not retrieved"),
    confidence: Confidence::Low,
};

/// `ca-so-06`: UNSOURCED (recollection of HSC 1383.15): denial of a second-opinion request must be in writing
/// with reasons and notice of right to file a grievance; second-opinion provider must send a
/// consultation report to enrollee and initial provider; plan must disclose its second-opinion
/// response timelines on request (the last point is confirmed by Blue Shield CA's member page).
pub const CA_SO_06: Source = Source {
    fact_id: FactId::new("ca-so-06"),
    cited: Cited::new(Some("https://www.blueshieldca.com/bsca/bsc/wcm/connect/member/member_content_en/content%20root/help_and_support/plan_support/getting_a_second_opinion_hmo"), "Blue Shield of California - Getting a second opinion (HMO)"),
    confidence: Confidence::Medium,
};

/// `ca-ta-01`: Urgent care appointment, no prior authorization required: within 48 hours of request. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_01: Source = Source {
    fact_id: FactId::new("ca-ta-01"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
        "CA Office of the Patient Advocate - Access to Care",
    ),
    confidence: Confidence::High,
};

/// `ca-ta-02`: Urgent care appointment requiring prior authorization: within 96 hours of request. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_02: Source = Source {
    fact_id: FactId::new("ca-ta-02"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
        "CA Office of the Patient Advocate - Access to Care",
    ),
    confidence: Confidence::High,
};

/// `ca-ta-03`: Non-urgent primary care appointment: within 10 business days. (28 CCR 1300.67.2.2 / HSC
/// 1367.03; clock starts at request; may be extended only if a provider documents a longer wait is
/// not detrimental.)
pub const CA_TA_03: Source = Source {
    fact_id: FactId::new("ca-ta-03"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
        "CA Office of the Patient Advocate - Access to Care",
    ),
    confidence: Confidence::High,
};

/// `ca-ta-04`: Non-urgent specialist (physician) appointment: within 15 business days. (28 CCR 1300.67.2.2 /
/// HSC 1367.03; clock starts at request; may be extended only if a provider documents a longer
/// wait is not detrimental.)
pub const CA_TA_04: Source = Source {
    fact_id: FactId::new("ca-ta-04"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
        "CA Office of the Patient Advocate - Access to Care",
    ),
    confidence: Confidence::High,
};

/// `ca-ta-05`: Non-urgent non-physician mental health appointment: within 10 business days. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_05: Source = Source {
    fact_id: FactId::new("ca-ta-05"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
        "CA Office of the Patient Advocate - Access to Care",
    ),
    confidence: Confidence::High,
};

/// `ca-ta-06`: Non-urgent ancillary services (labs, imaging such as MRI, PT): within 15 business days. (28 CCR
/// 1300.67.2.2 / HSC 1367.03; clock starts at request; may be extended only if a provider
/// documents a longer wait is not detrimental.)
pub const CA_TA_06: Source = Source {
    fact_id: FactId::new("ca-ta-06"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
        "CA Office of the Patient Advocate - Access to Care",
    ),
    confidence: Confidence::High,
};

/// `ca-ta-07`: Telephone triage/screening 24/7; call-back within 30 minutes. (28 CCR 1300.67.2.2 / HSC
/// 1367.03; clock starts at request; may be extended only if a provider documents a longer wait is
/// not detrimental.)
pub const CA_TA_07: Source = Source {
    fact_id: FactId::new("ca-ta-07"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/KnowYourRights/AccesstoCare/"),
        "CA Office of the Patient Advocate - Access to Care",
    ),
    confidence: Confidence::High,
};

/// `ca-ta-08`: Wait time may be extended if the referring/treating provider determines and notes in the record
/// that a longer wait will not harm the enrollee's health.
pub const CA_TA_08: Source = Source {
    fact_id: FactId::new("ca-ta-08"),
    cited: Cited::new(
        Some("https://odpc.ucsf.edu/advocacy/navigating-systems/timely-access-to-health-care"),
        "UCSF ODPC - Timely Access to Health Care",
    ),
    confidence: Confidence::Medium,
};

/// `ca-ta-09`: Non-urgent follow-up mental health appointment: within 10 business days of prior visit (SB 221,
/// eff. 2022) - shown in plan member notices.
pub const CA_TA_09: Source = Source {
    fact_id: FactId::new("ca-ta-09"),
    cited: Cited::new(Some("https://contracosta.flippublication.com/issue/f42715e4-2c27-44e1-9d0374df16f7e1e6/summer2024/3/"), "Contra Costa Health Plan - Health Sense Summer 2024"),
    confidence: Confidence::Medium,
};

/// `ca-geo-01`: Knox-Keene network adequacy (28 CCR 1300.51 / 1300.67.2): in large counties care within 15
/// miles or 30 minutes of home (primary care, hospitals); CAMFT summary cites 45 mi/75 min small
/// counties and 60 mi/90 min rural for certain provider types. Regulation text not retrieved.
pub const CA_GEO_01: Source = Source {
    fact_id: FactId::new("ca-geo-01"),
    cited: Cited::new(Some("https://www.camft.org/Membership/About-Us/E-Newsletters/September-E-News/Timely-Access-to-Care"), "CAMFT - California law regarding network adequacy and timely access"),
    confidence: Confidence::Medium,
};

/// `ca-geo-02`: Medi-Cal managed care time/distance (WIC 14197): primary care 10 mi/30 min; hospitals 15 mi/30
/// min; OB/GYN primary care 10 mi/30 min; specialists 15 mi/30 min (large counties e.g. Alameda,
/// LA, SF, Santa Clara), 30 mi/60 min (medium), 45 mi/75 min (small), 60 mi/90 min (rural).
pub const CA_GEO_02: Source = Source {
    fact_id: FactId::new("ca-geo-02"),
    cited: Cited::new(Some("https://leginfo.legislature.ca.gov/faces/billCompareClient.xhtml?bill_id=202120220SB1180&showamends=false"), "CA Legislature - WIC 14197 (SB 1180 compare)"),
    confidence: Confidence::High,
};

/// `ca-grv-01`: Plan must decide a grievance within 30 days (HSC 1368.01(a)); within 3 days if the problem is
/// an immediate and serious threat to health (HSC 1368.01(b)).
pub const CA_GRV_01: Source = Source {
    fact_id: FactId::new("ca-grv-01"),
    cited: Cited::new(
        Some(
            "http://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx",
        ),
        "DMHC - Consumer Independent Medical Review/Complaint",
    ),
    confidence: Confidence::High,
};

/// `ca-grv-02`: Enrollee must generally participate in the plan grievance process for 30 days before going to
/// DMHC; exceptions: immediate/serious threat to health (go to DMHC immediately) or denial as
/// experimental/investigational (no plan grievance required).
pub const CA_GRV_02: Source = Source {
    fact_id: FactId::new("ca-grv-02"),
    cited: Cited::new(
        Some("https://dmhc.ca.gov/FileaComplaint.aspx"),
        "DMHC - File a Complaint",
    ),
    confidence: Confidence::High,
};

/// `ca-grv-03`: UNSOURCED: plans must accept grievances filed at least 180 calendar days after the incident (28
/// CCR 1300.68) and acknowledge within 5 calendar days. DMHC advises: 'Act soon. If you wait
/// longer than 6 months, you may lose the right to file a complaint, ask for an IMR...'
pub const CA_GRV_03: Source = Source {
    fact_id: FactId::new("ca-grv-03"),
    cited: Cited::new(
        Some("http://www.dmhc.ca.gov/FileaComplaint.aspx"),
        "DMHC - File a Complaint (older version)",
    ),
    confidence: Confidence::Medium,
};

/// `ca-imr-01`: Apply for IMR within 6 months after the plan sends its written grievance decision; DMHC may
/// accept later applications for good cause (28 CCR 1300.74.30).
pub const CA_IMR_01: Source = Source {
    fact_id: FactId::new("ca-imr-01"),
    cited: Cited::new(
        Some(
            "http://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx",
        ),
        "DMHC - Consumer Independent Medical Review/Complaint",
    ),
    confidence: Confidence::High,
};

/// `ca-imr-02`: IMR decision within 30 days of receiving application and documents (HSC 1374.33(c)); expedited
/// within 3 days when imminent and serious threat (DMHC: '3 to 7 days if urgent'; 7 days applies
/// to expedited experimental/investigational reviews). Plan must send records to the IMR
/// organization within 24 hours in urgent cases (HSC 1374.31).
pub const CA_IMR_02: Source = Source {
    fact_id: FactId::new("ca-imr-02"),
    cited: Cited::new(
        Some(
            "http://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx",
        ),
        "DMHC - Consumer Independent Medical Review/Complaint",
    ),
    confidence: Confidence::High,
};

/// `ca-imr-03`: IMR decision is binding on the plan: plan must promptly implement; authorize services within 5
/// working days of the written decision (sooner if medically needed) or reimburse within 5 working
/// days; administrative penalty of at least $5,000 per day of non-implementation (HSC 1374.34).
pub const CA_IMR_03: Source = Source {
    fact_id: FactId::new("ca-imr-03"),
    cited: Cited::new(Some("https://www.legalfix.com/statutes/state-codes/california/code-hsc/division-2/chapter-2-2/article-5-55/section-1374-34"), "CA Health & Safety Code 1374.34 (LegalFix mirror)"),
    confidence: Confidence::High,
};

/// `ca-imr-04`: IMR covers services denied, modified, or delayed as not medically necessary,
/// experimental/investigational denials, and emergency/urgent payment denials; pure coverage
/// (contract exclusion) decisions are not referred to IMR but handled as DMHC complaints. IMR is
/// free to enrollees.
pub const CA_IMR_04: Source = Source {
    fact_id: FactId::new("ca-imr-04"),
    cited: Cited::new(
        Some("https://dmhc.ca.gov/FileaComplaint.aspx"),
        "DMHC - File a Complaint",
    ),
    confidence: Confidence::High,
};

/// `ca-imr-05`: DMHC Help Center: 1-888-466-2219 (1-888-HMO-2219), TDD 1-877-688-9891, www.dmhc.ca.gov;
/// IMR/Complaint form online, by mail or fax.
pub const CA_IMR_05: Source = Source {
    fact_id: FactId::new("ca-imr-05"),
    cited: Cited::new(
        Some("http://dmhc.ca.gov/FileaComplaint.aspx"),
        "DMHC - File a Complaint",
    ),
    confidence: Confidence::High,
};

/// `ca-mc-01`: Appeal to the Medi-Cal managed care plan within 60 calendar days of the Notice of Action; then
/// request a State Hearing within 120 calendar days of the plan's Notice of Appeal Resolution, or
/// if no resolution within 30 days (deemed exhaustion).
pub const CA_MC_01: Source = Source {
    fact_id: FactId::new("ca-mc-01"),
    cited: Cited::new(
        Some("https://cdss.ca.gov/hearing-requests"),
        "CDSS - State Hearing Requests",
    ),
    confidence: Confidence::High,
};

/// `ca-mc-02`: WIC 10951(b): Medi-Cal managed care enrollee must first appeal to the plan, then may request a
/// state hearing within 120 calendar days of the upheld decision or deemed exhaustion (plan
/// failing to respond within 30 days).
pub const CA_MC_02: Source = Source {
    fact_id: FactId::new("ca-mc-02"),
    cited: Cited::new(Some("https://getpocketlaw.com/law/state_california/section-10951-section-10951_ab89cf4fb403"), "CA Welfare & Institutions Code 10951 (mirror)"),
    confidence: Confidence::High,
};

/// `ca-mc-03`: Medi-Cal managed care members may also request a DMHC IMR (up to 6 months from denial) and may
/// still request a State Hearing after IMR; but IMR is not available once a State Fair Hearing has
/// been requested.
pub const CA_MC_03: Source = Source {
    fact_id: FactId::new("ca-mc-03"),
    cited: Cited::new(Some("https://www.cahealthwellness.com/members/medicaid/resources/complaints-appeals/independent-medical-review.html"), "California Health & Wellness - Independent Medical Review"),
    confidence: Confidence::Medium,
};

/// `ca-mc-04`: UNSOURCED: expedited Medi-Cal plan appeals must be resolved within 72 hours (42 CFR
/// 438.408(b)(3)).
///
/// No public source (facts.json grades it medium, but by the facts file's own scale an unsourced
/// rule is low).
pub const CA_MC_04: Source = Source {
    fact_id: FactId::new("ca-mc-04"),
    cited: Cited::new(None, "42 CFR 438.408(b)(3) (text not retrieved)"),
    confidence: Confidence::Low,
};

/// `fed-aca-01`: File internal appeal within 180 days (6 months) of receiving notice that the claim was denied
/// (45 CFR 147.136(b); 29 CFR 2560.503-1(h)(3)(i)). Urgent cases may request external review at
/// the same time.
pub const FED_ACA_01: Source = Source {
    fact_id: FactId::new("fed-aca-01"),
    cited: Cited::new(
        Some("https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/"),
        "HealthCare.gov - Internal appeals",
    ),
    confidence: Confidence::High,
};

/// `fed-aca-02`: Plan decides internal appeal: urgent care within 72 hours; pre-service within 30 days; post-
/// service within 60 days (29 CFR 2560.503-1(i)(2), inpublic copiested by 45 CFR 147.136).
pub const FED_ACA_02: Source = Source {
    fact_id: FactId::new("fed-aca-02"),
    cited: Cited::new(
        Some("https://www.counterclaim.help/guides/aca-expedited-appeal"),
        "Counterclaim - The 72-hour rule (quotes 29 CFR 2560.503-1(i)(2)(i) and 45 CFR 147.136)",
    ),
    confidence: Confidence::High,
};

/// `fed-aca-03`: Insurer must give written denial: within 15 days for prior authorization, 30 days for services
/// already received, 72 hours for urgent care.
pub const FED_ACA_03: Source = Source {
    fact_id: FactId::new("fed-aca-03"),
    cited: Cited::new(
        Some("https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/"),
        "HealthCare.gov - Internal appeals",
    ),
    confidence: Confidence::High,
};

/// `fed-aca-04`: Request external review within 4 months after receipt of the notice of adverse benefit
/// determination/final internal adverse determination (45 CFR 147.136(d)(2)(i)); if no
/// corresponding date, by the 1st day of the 5th month; weekend/holiday extends to next business
/// day. State processes may allow longer (CA IMR 6 months; OR/WA 180 days; HI 130 days; VA 120
/// days). NOTE: a stored HealthCare.gov copy says '60 days ... some plans may allow more' -
/// conflicts with regulation; use the letter's deadline and 4 months as federal default.
pub const FED_ACA_04: Source = Source {
    fact_id: FactId::new("fed-aca-04"),
    cited: Cited::new(
        Some("http://laws9.com/cfr/text/45/147/136"),
        "45 CFR 147.136 (mirror) - Internal claims and appeals and external review processes",
    ),
    confidence: Confidence::High,
};

/// `fed-aca-05`: Standard external review decision within 45 days after the IRO receives the request; expedited
/// within 72 hours (as fast as condition requires).
pub const FED_ACA_05: Source = Source {
    fact_id: FactId::new("fed-aca-05"),
    cited: Cited::new(
        Some("https://type2.wiki/ufaq/how-long-will-the-external-review-process-take-24/"),
        "CoverageRights/type2.wiki - external review timeline (federal standard)",
    ),
    confidence: Confidence::Medium,
};

/// `fed-aca-06`: External reviewer's decision is final; 'Your insurer is required by law to accept the external
/// reviewer's decision.' Eligible: denials involving medical judgment,
/// experimental/investigational determinations, rescissions.
pub const FED_ACA_06: Source = Source {
    fact_id: FactId::new("fed-aca-06"),
    cited: Cited::new(
        Some("https://www.healthcare.gov/appeal-insurance-company-decision/external-review/"),
        "HealthCare.gov - External Review",
    ),
    confidence: Confidence::High,
};

/// `fed-aca-07`: ACA internal/external appeal rules apply to non-grandfathered plans (first sold or
/// significantly modified after March 23, 2010); states with compliant processes run external
/// review, otherwise HHS-administered or IRO-contracting federal process.
pub const FED_ACA_07: Source = Source {
    fact_id: FactId::new("fed-aca-07"),
    cited: Cited::new(Some("https://www.cms.gov/CCIIO/Programs-and-Initiatives/Consumer-Support-and-Information/csg-ext-appeals-facts"), "CMS CCIIO - HHS-Administered Federal External Review Process"),
    confidence: Confidence::High,
};

/// `fed-erisa-01`: Self-funded (self-insured) ERISA employer plans are generally not subject to state insurance
/// law (ERISA preemption/deemer clause), so state IMR/external review does not apply; they must
/// provide the federal external review process (contract with accredited IROs or HHS-
/// administered), 4-month filing window.
pub const FED_ERISA_01: Source = Source {
    fact_id: FactId::new("fed-erisa-01"),
    cited: Cited::new(Some("https://www.cga.ct.gov/2005/rpt/2005-R-0753.htm"), "CT OLR Research Report - Self-insured benefit plans and insurance mandates (ERISA preemption)"),
    confidence: Confidence::Medium,
};

/// `ma-01`: Request reconsideration (Level 1 appeal) within 65 calendar days of the organization
/// determination notice, effective Jan 1, 2025 (previously 60; many CMS/Medicare.gov pages still
/// say 60 - use the notice's deadline).
///
/// Verification.md item 2 upgrades this to high (CMS/HHS guidance page); older CMS and
/// Medicare.gov pages still say 60 days.
pub const MA_01: Source = Source {
    fact_id: FactId::new("ma-01"),
    cited: Cited::new(Some("https://hhs.gov/guidance/document/medicare-managed-care-appeals-grievances"), "CMS guidance (HHS-hosted) - Medicare Managed Care Appeals & Grievances: appeal timeframe 60 to 65 days from 01/01/2025"),
    confidence: Confidence::High,
};

/// `ma-02`: Plan reconsideration decision: expedited pre-service/Part B drug 72 hours; standard pre-service
/// 30 calendar days; standard Part B drug 7 calendar days; payment 60 calendar days. Standard and
/// expedited service requests may be extended up to 14 days in some cases.
pub const MA_02: Source = Source {
    fact_id: FactId::new("ma-02"),
    cited: Cited::new(
        Some("https://cms.gov/es/node/172521"),
        "CMS - Reconsideration by the Medicare Advantage (Part C) Health Plan",
    ),
    confidence: Confidence::High,
};

/// `ma-03`: If the plan upholds its denial in whole or part, it must automatically send the case to the
/// Part C Independent Review Entity (currently Maximus Federal Services). Enrollee may send the
/// IRE additional information.
pub const MA_03: Source = Source {
    fact_id: FactId::new("ma-03"),
    cited: Cited::new(
        Some("https://hhs.gov/guidance/document/review-part-c-ire"),
        "CMS/HHS guidance - Review by Part C Independent Review Entity",
    ),
    confidence: Confidence::High,
};

/// `ma-04`: IRE decision timeframes: expedited 72 hours; standard service 30 days; payment 60 days
/// (secondary sources; extensions possible).
pub const MA_04: Source = Source {
    fact_id: FactId::new("ma-04"),
    cited: Cited::new(
        Some("https://cahealthadvocates.org/appeals/your-options-to-appeal/"),
        "California Health Advocates - Your Options to Appeal (MA)",
    ),
    confidence: Confidence::Medium,
};

/// `ma-05`: Further levels: Level 3 ALJ hearing (OMHA) - request within 60 days of IRE decision (42 CFR
/// 422.602; not retrieved); Level 4 Medicare Appeals Council; Level 5 federal district court -
/// request within 60 days of Council decision. Amount-in-controversy thresholds: CY2026 $200 (ALJ)
/// and $1,960 (court); CY2025 court threshold $1,900.
pub const MA_05: Source = Source {
    fact_id: FactId::new("ma-05"),
    cited: Cited::new(
        Some("https://www.govinfo.gov/content/pkg/FR-2025-12-04/html/2025-21879.htm"),
        "Federal Register 2025-21879 - Medicare Appeals AIC thresholds CY2026",
    ),
    confidence: Confidence::High,
};

/// `ma-06`: Initial (prior-authorization) organization determinations: expedited 72 hours; standard 7
/// calendar days starting Jan 1, 2026 under CMS-0057-F (previously 14 days).
pub const MA_06: Source = Source {
    fact_id: FactId::new("ma-06"),
    cited: Cited::new(
        Some("https://tag.wellcare.com/california/providers/bulletins/pa-tat"),
        "Wellcare CA provider bulletin - New Prior Authorization Timelines (CMS-0057-F)",
    ),
    confidence: Confidence::Medium,
};

/// `fehb-01`: FEHB disputed claims (5 CFR 890.105): ask the carrier in writing to reconsider within 6 months
/// of the denial notice; carrier has 30 days to pay, affirm, or request information; if affirmed
/// (or no response), ask OPM to review within 90 days of the carrier's decision; OPM sends final
/// response within 60 days; must exhaust carrier and OPM review before suing.
pub const FEHB_01: Source = Source {
    fact_id: FactId::new("fehb-01"),
    cited: Cited::new(Some("https://webarchive.library.unt.edu/eot2008/20081003211425/http://edocket.access.gpo.gov/cfr_2005/janqtr/5cfr890.105.htm"), "5 CFR 890.105 (GPO, 2005 edition) - Filing claims for payment or service"),
    confidence: Confidence::High,
};

/// `fehb-02`: OPM review: acknowledgment generally within 5 days; final response within 60 days; OPM may
/// contact within 14 work days if more info needed.
pub const FEHB_02: Source = Source {
    fact_id: FactId::new("fehb-02"),
    cited: Cited::new(
        Some("https://www.fedweek.com/retirement-benefits/fehb-claim-decisions-can-contested/"),
        "FedWeek - FEHB claim decisions can be contested",
    ),
    confidence: Confidence::Medium,
};

/// `st-co-01`: Colorado Division of Insurance (DORA) administers external review (C.R.S. 10-16-113.5): request
/// in writing via the carrier within 4 months of final internal denial; IRO assigned by DOI;
/// standard decision within 45 days, expedited 72 hours; no fee; binding. Consumer Services
/// 303-894-7490 / 800-930-3745.
pub const ST_CO_01: Source = Source {
    fact_id: FactId::new("st-co-01"),
    cited: Cited::new(
        Some("https://apellica.com/states/colorado"),
        "Apellica - Colorado insurance appeal rights (secondary)",
    ),
    confidence: Confidence::Medium,
};

/// `st-ga-01`: Georgia Office of Commissioner of Insurance and Safety Fire (OCI) handles independent review of
/// managed care denials under the Patient's Right to Independent Review Act (O.C.G.A. 33-20A-30 et
/// seq.; request to the department on forms supplied with the grievance decision). Consumer
/// Services 404-656-2070 / 800-656-2298. In 2012 CMS listed Georgia as using the HHS-administered
/// federal external review process for ACA plans; current status and filing deadline not confirmed
/// (federal default 4 months).
pub const ST_GA_01: Source = Source {
    fact_id: FactId::new("st-ga-01"),
    cited: Cited::new(
        Some("https://www.patientadvocates.io/topics/insurance/georgia/start-here"),
        "PatientAdvocates.io - Georgia: Start Here (secondary)",
    ),
    confidence: Confidence::Low,
};

/// `st-hi-01`: Hawaii Insurance Division (DCCA), HRS 432E-33: written request to the Insurance Commissioner
/// within 130 days of final internal determination; $15 filing fee (refunded if reversed, waivable
/// for hardship, $60/yr cap); standard decision ~45 days, expedited 72 hours; binding. Insurance
/// Division 808-586-2790.
pub const ST_HI_01: Source = Source {
    fact_id: FactId::new("st-hi-01"),
    cited: Cited::new(
        Some("https://self-law.org/code/hi/432e-33"),
        "HRS 432E-33 Request for external review (mirror) + CoverageRights HI",
    ),
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
    fact_id: FactId::new("st-md-01"),
    cited: Cited::new(Some("https://govt.westlaw.com/mdc/Document/N4493FF30905311E09260DDFB8DE3E43A?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)"), "Md. Code, Ins. § 15-10A-03 (West's Annotated Code of Maryland)"),
    confidence: Confidence::High,
};

/// `st-va-01`: Virginia State Corporation Commission, Bureau of Insurance - Office of Independent External
/// Review: request (Form 216-A) within 120 days of the final adverse determination; IRO decision
/// within 45 days; expedited with Form 216-C physician certification. Office of the Managed Care
/// Ombudsman helps with appeals: 1-877-310-6560; Bureau 804-371-9691.
pub const ST_VA_01: Source = Source {
    fact_id: FactId::new("st-va-01"),
    cited: Cited::new(
        Some("https://type2.wiki/ufaq-category/external-review-virginia/"),
        "CoverageRights/type2.wiki - External review Virginia",
    ),
    confidence: Confidence::Medium,
};

/// `st-dc-01`: District of Columbia: external review requests go to the Office of Health Care Ombudsman and
/// Bill of Rights (DHCF), One Judiciary Square, 441 4th St NW Suite 900S, within 4 months of the
/// insurer's final decision; standard decision ~45 days, expedited 72 hours (D.C. Code 44-301.07).
/// Ombudsman 877-685-6391 (a source printed '(977)' - typo). DISB consumer line 202-727-8000 for
/// complaints.
pub const ST_DC_01: Source = Source {
    fact_id: FactId::new("st-dc-01"),
    cited: Cited::new(
        Some("https://type2.wiki/ufaq/how-do-i-request-an-external-review-43/"),
        "CoverageRights/type2.wiki - DC external review",
    ),
    confidence: Confidence::Medium,
};

/// `st-or-01`: Oregon: enrollee applies (to the insurer) for external review no later than the 180th day after
/// receipt of the insurer's final internal decision (ORS 743B.255); IRO appointed by DCBS Division
/// of Financial Regulation; insurer pays all costs, no fee. DFR consumer hotline 888-877-4894.
pub const ST_OR_01: Source = Source {
    fact_id: FactId::new("st-or-01"),
    cited: Cited::new(Some("https://casetext.com/statute/oregon-revised-statutes/title-56-insurance/chapter-743b-health-benefit-plans-individual-and-group/grievances-and-appeals/health-benefit-plans/section-743b255-enrollee-application-for-external-review-when-enrollee-deemed-to-have-exhausted-internal-appeal"), "ORS 743B.255 - Enrollee application for external review"),
    confidence: Confidence::High,
};

/// `st-or-02`: Oregon (former ORS 743.856, 2001): plans requiring referrals must allow a second opinion from a
/// network physician; if no network provider is available, from a similarly qualified non-network
/// physician, at no more than the cost of an initial consultation. Check current renumbered
/// section (ORS 743B).
pub const ST_OR_02: Source = Source {
    fact_id: FactId::new("st-or-02"),
    cited: Cited::new(
        Some("https://law.onecle.com/oregon/743-health-and-life-insurance/743.856.html"),
        "ORS 743.856 (2007 mirror)",
    ),
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
    fact_id: FactId::new("st-wa-01"),
    cited: Cited::new(
        Some("https://apps.leg.wa.gov/wac/default.aspx?cite=284-43-3150"),
        "WAC 284-43-3150 Notice of internal review determination",
    ),
    confidence: Confidence::High,
};

/// `rec-hipaa-01`: HIPAA right of access (45 CFR 164.524): individual may inspect and obtain a copy of PHI in the
/// designated record set (medical and billing records, plan claims/UR records), except
/// psychotherapy notes and information compiled for legal proceedings.
pub const REC_HIPAA_01: Source = Source {
    fact_id: FactId::new("rec-hipaa-01"),
    cited: Cited::new(
        Some("http://federal.elaws.us/cfr/45-cfr-164.524(c)(2)(i)"),
        "45 CFR 164.524 (eLaws mirror)",
    ),
    confidence: Confidence::High,
};

/// `rec-hipaa-02`: Covered entity must act on an access request within 30 calendar days of receipt; one extension
/// of up to 30 more days if it notifies the individual in writing within the first 30 days with
/// reason and expected date. HHS: 30 days is an outer limit; respond sooner when possible.
pub const REC_HIPAA_02: Source = Source {
    fact_id: FactId::new("rec-hipaa-02"),
    cited: Cited::new(
        Some("https://getmyhealthdata.org/ocr-guidance-timeliness"),
        "GetMyHealthData - OCR guidance on timeliness (quotes HHS)",
    ),
    confidence: Confidence::High,
};

/// `rec-hipaa-03`: Fees: only a reasonable, cost-based fee covering labor for copying, supplies, postage, and (if
/// agreed) summary preparation; no fees for search/retrieval or verification. HHS offered a $6.50
/// flat-fee option for electronic copies of electronically maintained PHI (not a cap). Guidance
/// limited by Ciox Health v. Azar (D.D.C. 2020) for third-party directives.
pub const REC_HIPAA_03: Source = Source {
    fact_id: FactId::new("rec-hipaa-03"),
    cited: Cited::new(Some("https://www.dataprivacyandsecurityinsider.com/2016/01/hhs-issues-new-guidance-on-individual-access-to-phi-under-hipaa/"), "Data Privacy + Security Insider - HHS guidance on individual access (2016)"),
    confidence: Confidence::High,
};

/// `rec-hipaa-04`: Access must be in the form and format requested if readily producible (electronic copy if kept
/// electronically); individual may direct the entity to send a copy to a designated person (e.g.,
/// the second-opinion doctor).
pub const REC_HIPAA_04: Source = Source {
    fact_id: FactId::new("rec-hipaa-04"),
    cited: Cited::new(Some("https://aspe.hhs.gov/report/standards-privacy-individually-identifiable-health-information-final-privacy-rule-preamble/section-164524c-provision-access"), "ASPE - Privacy Rule preamble, 164.524(c) Provision of Access"),
    confidence: Confidence::High,
};

/// `rec-ca-01`: California HSC 123110: inspection within 5 working days of written request; copies transmitted
/// within 15 days; copy fee capped at $0.25/page ($0.50 microfilm) plus reasonable clerical costs;
/// free copy when needed to support a public-benefits (e.g., Medi-Cal) eligibility appeal; records
/// cannot be withheld for unpaid bills. (Older text - verify current version.)
pub const REC_CA_01: Source = Source {
    fact_id: FactId::new("rec-ca-01"),
    cited: Cited::new(Some("http://healthinfolaw.org/state-law/inspection-and-copying-patient-records-and-related-material-–-cal-health-safety-code-§-123"), "HealthInfoLaw - Cal. Health & Safety Code 123110"),
    confidence: Confidence::Medium,
};

/// `cost-mpfs-01`: CY2025 Medicare PFS national non-facility payment for 99204: RVUs work 2.60 + PE 2.21 + MP 0.24
/// = 5.05 x CF $32.3465 = $163.35 (facility $129.06).
pub const COST_MPFS_01: Source = Source {
    fact_id: FactId::new("cost-mpfs-01"),
    cited: Cited::new(
        Some("https://medpayiq.com/cpt/99204"),
        "MedPayIQ - CPT 99204 (source: CMS MPFS RVU25A)",
    ),
    confidence: Confidence::Medium,
};

/// `cost-mpfs-02`: CY2025 Medicare PFS national non-facility payment for 99205: RVUs work 3.50 + PE 2.83 + MP 0.34
/// = 6.67 x $32.3465 = $215.75 (facility $175.64).
pub const COST_MPFS_02: Source = Source {
    fact_id: FactId::new("cost-mpfs-02"),
    cited: Cited::new(
        Some("https://medpayiq.com/cpt/99205"),
        "MedPayIQ - CPT 99205 (source: CMS MPFS RVU25A)",
    ),
    confidence: Confidence::Medium,
};

/// `cost-path-02`: 88321 CY2025 national amount ~ $93.80 (figure appears in MedPayIQ billing tips; RVU25A).
/// 88323/88325 amounts not found.
pub const COST_PATH_02: Source = Source {
    fact_id: FactId::new("cost-path-02"),
    cited: Cited::new(
        Some("https://medpayiq.com/cpt/88321"),
        "MedPayIQ - CPT 88321",
    ),
    confidence: Confidence::Low,
};

/// `nsa-01`: No Surprises Act balance-billing protections cover emergency services, non-emergency services
/// by out-of-network providers at in-network facilities, and out-of-network air ambulance. A
/// scheduled consult the member chooses with an out-of-network doctor at an out-of-network office
/// is not covered by these protections (inference from scope).
pub const NSA_01: Source = Source {
    fact_id: FactId::new("nsa-01"),
    cited: Cited::new(Some("https://www.capbluecross.com/wps/portal/cap/home/explore/resource/my-rights/no-suprises-act"), "Capital Blue Cross - Your rights under the No Surprises Act"),
    confidence: Confidence::High,
};

/// `nsa-02`: Good Faith Estimate (45 CFR 149.610) for uninsured or self-pay patients (insured but not
/// submitting a claim): in writing within 1 business day after scheduling if scheduled >=3
/// business days ahead; within 3 business days if scheduled >=10 business days ahead; within 3
/// business days of a request.
pub const NSA_02: Source = Source {
    fact_id: FactId::new("nsa-02"),
    cited: Cited::new(
        Some("https://enaesthetics.com/good-faith-estimate/"),
        "Provider posting of CMS standard GFE notice",
    ),
    confidence: Confidence::High,
};

/// `nsa-03`: Patient-provider dispute resolution: available if the bill is at least $400 more than the GFE
/// for that provider/facility (45 CFR 149.620 'substantially in excess'); must start within 120
/// calendar days of the date on the original bill; $25 fee; provider must pause collections during
/// dispute. CMS help: 1-800-985-3059, www.cms.gov/nosurprises/consumers.
pub const NSA_03: Source = Source {
    fact_id: FactId::new("nsa-03"),
    cited: Cited::new(
        Some("https://dev.compliancecosmos.org/print/pdf/node/518836"),
        "45 CFR 149.620 text (Compliance Cosmos print)",
    ),
    confidence: Confidence::High,
};
/// `st-md-01` (contacts): Maryland Insurance Administration 410-468-2000 / 800-492-6116; the
/// Attorney General's Health Education and Advocacy Unit 410-528-1840 / 877-261-8807. The phone
/// numbers come from this secondary page (the filing deadline is sourced to the statute, above).
pub const ST_MD_01_CONTACTS: Source = Source {
    fact_id: FactId::new("st-md-01"),
    cited: Cited::new(
        Some("https://mypatientrights.org/advocating-for-care/maryland/"),
        "My Patient Rights - Maryland",
    ),
    confidence: Confidence::Medium,
};

// ------------------------------------------------------------ December 2026 audit ----------
// Sources added after the rules audit (../shared/domain/audit-2026-12.md), each read in a
// stored public copy. Where only a secondary copy or a quotation of the regulation was seen, the
// confidence says so.

/// `ca-ur-01`: HSC 1367.01(h)(1): a prospective utilization-review decision (such as a referral)
/// within 5 business days from the plan's receipt of the information reasonably necessary to
/// decide, 72 hours when there is an imminent and serious threat. Legislative Counsel's digest of
/// AB 512 (2025) describing existing law; the statute's own text was not seen. AB 512 would
/// shorten it for electronic requests (status not confirmed).
pub const CA_UR_01: Source = Source {
    fact_id: FactId::new("ca-ur-01"),
    cited: Cited::new(Some("https://fastdemocracy.com/bill-summary/?billsummary_id=CAB00034195&billsummary_session=2025-2026&billsummary_state=ca"), "Legislative Counsel's digest of AB 512 (2025), describing HSC 1367.01's existing 5-business-day rule"),
    confidence: Confidence::Medium,
};

/// `fed-mcd-01`: 42 CFR 438.402(c)(2)(ii): a Medicaid managed-care enrollee has 60 calendar days
/// from the date on the adverse benefit determination notice to ask the plan for an appeal. The
/// regulation's text was seen only as quoted (a code comment citing the eCFR, a state Medicaid
/// page, N.C.G.S. 108D-13(b)).
pub const FED_MCD_01: Source = Source {
    fact_id: FactId::new("fed-mcd-01"),
    cited: Cited::new(Some("https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-438/subpart-F/section-438.402"), "42 CFR 438.402(c)(2)(ii), Medicaid managed care appeals: 60 days from the notice (as quoted by secondary sources)"),
    confidence: Confidence::Medium,
};

/// `fed-mcd-02`: 42 CFR 438.408(b)(2): standard appeals resolved within 30 calendar days of the
/// plan receiving them; (c): extendable by up to 14 days. Quoted by CMS's own MCPAR reporting app
/// (Enterprise-CMCS/macpro-mdct-mcr).
pub const FED_MCD_02: Source = Source {
    fact_id: FactId::new("fed-mcd-02"),
    cited: Cited::new(Some("https://github.com/Enterprise-CMCS/macpro-mdct-mcr"), "CMS MCPAR reporting app, quoting 42 CFR 438.408(b)(2): standard appeals within 30 calendar days"),
    confidence: Confidence::Medium,
};

/// `fed-mcd-03`: 42 CFR 438.408(b)(3): expedited appeals resolved within 72 hours of the plan
/// receiving them (CMS MCPAR app). Replaces the unsourced `ca-mc-04` for Medi-Cal too.
pub const FED_MCD_03: Source = Source {
    fact_id: FactId::new("fed-mcd-03"),
    cited: Cited::new(
        Some("https://github.com/Enterprise-CMCS/macpro-mdct-mcr"),
        "CMS MCPAR reporting app, quoting 42 CFR 438.408(b)(3): expedited appeals within 72 hours",
    ),
    confidence: Confidence::Medium,
};

/// `fed-mcd-05`: 42 CFR 438.408(c)(3): a plan that misses its notice and timing rules leaves the
/// enrollee "deemed to have exhausted" the plan appeal, so the State fair hearing opens (cited
/// by number in N.C.G.S. 108D-13(e)).
pub const FED_MCD_05: Source = Source {
    fact_id: FactId::new("fed-mcd-05"),
    cited: Cited::new(Some("https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_108D/GS_108D-13.html"), "N.C.G.S. 108D-13, applying 42 CFR 438.408(c)(3) (deemed exhaustion)"),
    confidence: Confidence::Medium,
};

/// `fed-mcd-06`: 42 CFR 438.408(f)(2): a State fair hearing may be requested within 120 calendar
/// days of the plan's notice of resolution. One reading gives states a window of 90 to 120 days,
/// so the state's own figure (on the notice) wins; low until the eCFR is read.
pub const FED_MCD_06: Source = Source {
    fact_id: FactId::new("fed-mcd-06"),
    cited: Cited::new(Some("https://lawinsider.com/clause/state-fair-hearings"), "Medicaid managed-care contract clause: State fair hearing within 120 days of the notice of resolution (42 CFR 438.408(f)(2))"),
    confidence: Confidence::Low,
};

/// `fed-mcd-07`: 42 CFR 438.410(a): the plan must expedite an appeal when the provider indicates
/// that the standard time could seriously jeopardize the enrollee's life, physical or mental
/// health, or ability to attain, maintain, or regain maximum function.
pub const FED_MCD_07: Source = Source {
    fact_id: FactId::new("fed-mcd-07"),
    cited: Cited::new(Some("https://www.govregs.com/regulations/title42_chapterIV-i2_part438_subpartF_section438.410"), "42 CFR 438.410 Expedited resolution of appeals (GovRegs mirror)"),
    confidence: Confidence::Medium,
};

/// `fed-mcd-08`: 42 CFR 438.206(b)(3): each Medicaid plan "provides for a second opinion from a
/// network provider, or arranges for the enrollee to obtain one outside the network, at no cost
/// to the enrollee". Verbatim excerpt kept by CMS in its NAAAR reporting app.
pub const FED_MCD_08: Source = Source {
    fact_id: FactId::new("fed-mcd-08"),
    cited: Cited::new(Some("https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-438/subpart-D/section-438.206"), "42 CFR 438.206(b)(3): second opinion in or outside the network at no cost (text as kept in CMS's NAAAR app)"),
    confidence: Confidence::High,
};

/// `fed-mcd-10`: 42 CFR 438.404(b)(2): the enrollee may have, on request and free of charge, copies
/// of all documents, records and other information relevant to the adverse benefit
/// determination, including medical necessity criteria.
pub const FED_MCD_10: Source = Source {
    fact_id: FactId::new("fed-mcd-10"),
    cited: Cited::new(Some("https://dev.compliancecosmos.org/timely-and-adequate-notice-adverse-benefit-determination"), "42 CFR 438.404 Timely and adequate notice of adverse benefit determination (Compliance Cosmos)"),
    confidence: Confidence::Medium,
};

/// `fed-mcd-pa`: 42 CFR 438.210(d) as amended by CMS-0057-F: "Beginning on or after January 1,
/// 2026, managed care plans must: Provide standard prior authorization decisions within seven
/// days"; expedited within 72 hours; an extension of up to 14 days remains. CMS's own bulletin
/// gives the same 72 hours / seven calendar days for state fee-for-service programs
/// (content.govdelivery.com/accounts/USCMSMEDICAID/bulletins/3d5c65a).
pub const FED_MCD_PA: Source = Source {
    fact_id: FactId::new("fed-mcd-pa"),
    cited: Cited::new(Some("https://myersandstauffer.com/insights/blog-prior-authorization-provisions-implementation-timelines-update/"), "Myers and Stauffer - Prior authorization provisions (CMS-0057-F) for Medicaid managed care, implementation timelines"),
    confidence: Confidence::Medium,
};

/// `fed-mcd-11`: 42 CFR 438.424(a): when the plan or the State fair hearing officer reverses a
/// denial of services not yet furnished, the plan must authorize or provide them no later than
/// 72 hours from receiving the notice.
pub const FED_MCD_11: Source = Source {
    fact_id: FactId::new("fed-mcd-11"),
    cited: Cited::new(
        Some("https://lexbuild.dev/ecfr/title-42/chapter-IV/part-438/section-438.424"),
        "42 CFR 438.424 Effectuation of reversed appeal resolutions (LexBuild eCFR mirror, 2026)",
    ),
    confidence: Confidence::Medium,
};

/// `fed-ma-01`: 42 CFR 422.112(a)(1)(iii): a Medicare Advantage coordinated care plan must
/// "arrange for and cover any medically necessary covered benefit outside of the plan provider
/// network, but at in-network cost sharing, when an in-network provider or benefit is
/// unavailable or inadequate to meet an enrollee's medical needs".
pub const MA_422_112: Source = Source {
    fact_id: FactId::new("fed-ma-01"),
    cited: Cited::new(Some("https://managedcarelegaldatabase.org/federal-law/title-42-chapter-iv-subchapter-b-part-422-medicare-advantage-program-subpart-c-benefits-and-beneficiary-protections/"), "42 CFR 422.112(a)(1)(iii), Medicare Advantage access to services (Managed Care Legal Database)"),
    confidence: Confidence::Medium,
};

/// `fed-ma-03`: Medicare's plan-appeal page: a fast (expedited) request when the plan decides, or
/// the member's doctor says, that waiting could seriously jeopardize life, health or the ability
/// to regain maximum function (42 CFR 422.584); an appointed representative's name and proof go
/// with the request.
pub const MA_FAST_APPEAL: Source = Source {
    fact_id: FactId::new("fed-ma-03"),
    cited: Cited::new(Some("https://www.medicare.gov/index.php/claims-appeals/file-an-appeal/medicare-health-plan-appeals-level-1-reconsideration"), "Medicare.gov - Level 1: Reconsideration from your plan (expedited, fast, requests)"),
    confidence: Confidence::High,
};

/// `fed-ma-06`: 42 CFR 422.618(b)(1) / 422.619(b): when the Independent Review Entity reverses the
/// denial of a service, the plan must authorize it within 72 hours of the notice.
pub const MA_IRE_REVERSAL: Source = Source {
    fact_id: FactId::new("fed-ma-06"),
    cited: Cited::new(Some("https://anthonygarvan.github.io/allregs/html/sections/42CFR422.618.html"), "42 CFR 422.618 How an MA organization must effectuate reconsidered determinations (mirror)"),
    confidence: Confidence::Medium,
};

/// `fed-ma-07`: Medicare's Appointment of Representative form CMS-1696 (or a signed, dated written
/// appointment).
pub const MA_REPRESENTATIVE: Source = Source {
    fact_id: FactId::new("fed-ma-07"),
    cited: Cited::new(Some("https://www.hhs.gov/about/agencies/omha/filing-an-appeal/your-right-to-representation/index.html"), "HHS OMHA - Your right to representation (form CMS-1696)"),
    confidence: Confidence::High,
};

/// `fed-erisa-04`: ERISA claims rule (29 CFR 2560.503-1(h)(2)(iii)): on request and free of
/// charge, copies of all documents, records and other information relevant to the claim. Plan
/// documents that track the rule; the regulation's text was not seen.
pub const FED_ERISA_DOCUMENTS: Source = Source {
    fact_id: FactId::new("fed-erisa-04"),
    cited: Cited::new(Some("https://capedge.com/filing/1828443/0001193125-21-000950/OCDX-S1/file/28"), "A plan's claims procedure tracking 29 CFR 2560.503-1(h)(2)(iii): relevant documents free of charge"),
    confidence: Confidence::Medium,
};

/// `fed-erisa-05`: ERISA claims rule (29 CFR 2560.503-1(h)(3)(ii), (iii), (v)): the appeal is decided
/// by someone who did not make the first decision, consulting a health care professional with
/// appropriate training and experience who was not consulted before.
pub const FED_ERISA_REVIEWER: Source = Source {
    fact_id: FactId::new("fed-erisa-05"),
    cited: Cited::new(Some("http://online.flipbuilder.com/ctow/rzxk/files/basic-html/page186.html"), "A plan's benefits guide tracking 29 CFR 2560.503-1(h)(3): a new reviewer, with a health professional in the field"),
    confidence: Confidence::Medium,
};

/// `fed-erisa-06`: ERISA claims rule (29 CFR 2560.503-1(g)(1)(v)): an internal rule, guideline or
/// protocol relied on is provided free of charge on request.
pub const FED_ERISA_CRITERIA: Source = Source {
    fact_id: FactId::new("fed-erisa-06"),
    cited: Cited::new(Some("https://lawinsider.com/clause/review-of-appeal/_3"), "Plan clause tracking 29 CFR 2560.503-1(g)(1)(v): internal rule or guideline free on request"),
    confidence: Confidence::Medium,
};

/// `fed-erisa-07`: ERISA claims rule (29 CFR 2560.503-1(m)(1)(ii)): if a physician with knowledge of
/// the condition determines that a claim involves urgent care, the plan must treat it as urgent.
pub const FED_ERISA_URGENT: Source = Source {
    fact_id: FactId::new("fed-erisa-07"),
    cited: Cited::new(
        Some("https://www.meritain.com/ClaimsandAppeals/urgent"),
        "Meritain Health - Urgent care claims (29 CFR 2560.503-1(m)(1)(ii))",
    ),
    confidence: Confidence::Medium,
};

/// `fed-erisa-09`: the U.S. Department of Labor's Employee Benefits Security Administration helps
/// members of employer plans: toll-free 1-866-444-3272, askebsa.dol.gov (a mirrored DOL page).
pub const FED_EBSA: Source = Source {
    fact_id: FactId::new("fed-erisa-09"),
    cited: Cited::new(
        Some("https://www.askebsa.dol.gov/WebIntake/Home.aspx"),
        "U.S. Department of Labor, EBSA - Request for assistance",
    ),
    confidence: Confidence::Medium,
};

/// `nsa-05`: 45 CFR 149.610: the Good Faith Estimate for uninsured or self-pay people. Someone
/// with a group, individual or FEHB plan who does not bill it is self-pay; enrollees of a federal
/// health care program (Medicare, including Medicare Advantage; Medicaid) are neither.
pub const NSA_04: Source = Source {
    fact_id: FactId::new("nsa-05"),
    cited: Cited::new(Some("https://www.ensemblehp.com/blog/the-nuances-of-operational-compliance-under-the-no-surprises-act-p2/"), "Ensemble Health Partners - who is uninsured or self-pay for a Good Faith Estimate (45 CFR 149.610)"),
    confidence: Confidence::Medium,
};

/// `st-or-ur-01`: ORS 743B.423: an insurer decides a prior-authorization request for a
/// nonemergency service no later than 2 business days after receiving it; ORS 743B.422(1):
/// review criteria available on request. Oregon-regulated plans only.
pub const ST_OR_PA: Source = Source {
    fact_id: FactId::new("st-or-ur-01"),
    cited: Cited::new(Some("https://www.legalfix.com/statutes/state-codes/oregon/volume-18/chapter-743b/section-743b-423"), "ORS 743B.423 Utilization review (LegalFix mirror)"),
    confidence: Confidence::Medium,
};

/// `st-co-ur-01`: C.R.S. 10-16-112.5(3)(a): notice within 5 business days of a prior-authorization
/// request (urgent: 2 business days, at most 72 hours). The section exempts an HMO that provides
/// most care through a single contracted medical group, which may include Kaiser's Colorado
/// HMO, so it is graded low for Kaiser members.
pub const ST_CO_PA: Source = Source {
    fact_id: FactId::new("st-co-ur-01"),
    cited: Cited::new(
        Some("https://lexace.ai/us/statute/colorado/10-16-112.5"),
        "C.R.S. 10-16-112.5 Prior authorization (LexAce mirror)",
    ),
    confidence: Confidence::Low,
};

/// `st-dc-ur-01`: D.C. Code 31-3875.01 et seq.: prior authorization decided within 5 business days
/// (3 when submitted electronically), urgent within 24 hours. An advocacy summary; the statute's
/// timing text was not seen.
pub const ST_DC_PA: Source = Source {
    fact_id: FactId::new("st-dc-ur-01"),
    cited: Cited::new(
        Some("https://www.patientadvocates.io/topics/insurance/district-of-columbia/start-here"),
        "PatientAdvocates.io - District of Columbia: prior authorization (secondary)",
    ),
    confidence: Confidence::Low,
};

/// `st-wa-ur-01`: RCW 48.43.830: a standard prior-authorization request decided within 5 calendar
/// days when not sent electronically (3 when electronic); expedited 2 days (1 electronic), once
/// the request has the necessary information.
pub const ST_WA_PA: Source = Source {
    fact_id: FactId::new("st-wa-ur-01"),
    cited: Cited::new(
        Some("https://priorauth.wsma.org/?p=34"),
        "Washington State Medical Association - prior authorization timelines (RCW 48.43.830)",
    ),
    confidence: Confidence::Medium,
};

/// `st-ga-ur-01`: O.C.G.A. 33-46-26 / -27: notice of a prior-authorization decision within 7
/// calendar days of obtaining all necessary information; urgent within 72 hours.
pub const ST_GA_PA: Source = Source {
    fact_id: FactId::new("st-ga-ur-01"),
    cited: Cited::new(Some("https://law.justia.com/codes/georgia/2022/title-33/chapter-46/article-2/section-33-46-26/"), "O.C.G.A. 33-46-26 Prior authorization of non-urgent care (Justia)"),
    confidence: Confidence::Medium,
};

/// `st-md-ur-01`: Md. Code, Ins. 15-10A-02: an emergency grievance decided within 24 hours of
/// filing; a prospective nonemergency grievance within 30 working days.
pub const ST_MD_01_GRIEVANCE: Source = Source {
    fact_id: FactId::new("st-md-ur-01"),
    cited: Cited::new(
        Some("https://lexace.ai/us/statute/maryland/IN-15-10A-02"),
        "Md. Code, Ins. § 15-10A-02 Internal grievance process (LexAce mirror)",
    ),
    confidence: Confidence::Medium,
};

/// `ct-ca-01`: California's Office of the Patient Advocate lists the Medi-Cal Managed Care Office
/// of the Ombudsman (1-888-452-8609) and the Medi-Cal Telephone Service Center (1-800-541-5555).
pub const CT_CA_01: Source = Source {
    fact_id: FactId::new("ct-ca-01"),
    cited: Cited::new(
        Some("https://www.opa.ca.gov/complaintsreports/profiledhcs/"),
        "CA Office of the Patient Advocate - Department of Health Care Services contacts",
    ),
    confidence: Confidence::High,
};

/// `ct-va-01`: Virginia's State Corporation Commission: toll-free 1-877-310-6560; Life and Health
/// Consumer Services 804-371-9691 (audit A18: re-checked on the agency's own page).
pub const CT_VA_01: Source = Source {
    fact_id: FactId::new("ct-va-01"),
    cited: Cited::new(
        Some("https://scc.virginia.gov/pages/File-an-Insurance-Complaint-(1)"),
        "Virginia SCC Bureau of Insurance - File an insurance complaint",
    ),
    confidence: Confidence::High,
};

/// `ct-or-01`: the Oregon Health Authority's hearing request form: members not in a CCO call OHP
/// Client Services, 1-800-273-0557.
pub const CT_OR_01: Source = Source {
    fact_id: FactId::new("ct-or-01"),
    cited: Cited::new(
        Some("https://dhs-oha-prod.amsadobe.com/content/forms/af/oha/ohp/3302/H3302.html"),
        "Oregon Health Authority - Request for a hearing (form 3302)",
    ),
    confidence: Confidence::High,
};

/// `ct-co-01`: Health First Colorado applications and questions by phone, 1-800-221-3943 (county
/// human-services pages).
pub const CT_CO_01: Source = Source {
    fact_id: FactId::new("ct-co-01"),
    cited: Cited::new(
        Some("https://www.douglas.co.us/human-services/assistance/medical-assistance/"),
        "Douglas County, Colorado - Medical assistance (Health First Colorado)",
    ),
    confidence: Confidence::Medium,
};

/// `ct-fhi-states`: the state Medicaid agencies and helplines in Fight Health Insurance's open
/// state list (`state_help.json`, 2025-12-30). A secondary source: check the number on the
/// agency's own website.
pub const CT_FHI_STATES: Source = Source {
    fact_id: FactId::new("ct-fhi-states"),
    cited: Cited::new(Some("https://github.com/fighthealthinsurance/fighthealthinsurance/blob/main/fighthealthinsurance/static/state_help.json"), "Fight Health Insurance - state help list (Medicaid agencies and helplines)"),
    confidence: Confidence::Low,
};

/// `ct-fed-01`: Medicare's national number, 1-800-633-4227 (1-800-MEDICARE), as Fight Health
/// Insurance lists it.
pub const CT_FED_01: Source = Source {
    fact_id: FactId::new("ct-fed-01"),
    cited: Cited::new(Some("https://github.com/fighthealthinsurance/fighthealthinsurance/blob/main/fighthealthinsurance/static/state_help.json"), "Fight Health Insurance - national contacts (Medicare)"),
    confidence: Confidence::Medium,
};

/// `kp-mcd-ca`: "Effective January 2024, Kaiser Permanente entered a direct contract with the
/// California Department of Health Care Services" as a Medi-Cal plan in 32 counties.
pub const KP_MCD_CA: Source = Source {
    fact_id: FactId::new("kp-mcd-ca"),
    cited: Cited::new(Some("https://www.kpihp.org/blog/ca-at-a-glance-kaiser-permanentes-participation-in-medi-cal/"), "Kaiser Permanente Institute for Health Policy - participation in Medi-Cal"),
    confidence: Confidence::High,
};

/// `kp-mcd-or`: Kaiser is "a founding member of Health Share of Oregon" and serves OHP members
/// "through a delegated capitated arrangement with PacificSource": the coordinated care
/// organization, not Kaiser, is the plan of record.
pub const KP_MCD_OR: Source = Source {
    fact_id: FactId::new("kp-mcd-or"),
    cited: Cited::new(Some("https://www.kpihp.org/blog/at-a-glance-kaiser-permanentes-participation-in-oregon-health-plan/"), "Kaiser Permanente Institute for Health Policy - participation in the Oregon Health Plan"),
    confidence: Confidence::Medium,
};

/// `kp-mcd-wa`: "You will need to request assignment to Kaiser Permanente through your Managed
/// Care Organization and receive Washington Apple Health coverage": Kaiser is not itself an
/// Apple Health plan.
pub const KP_MCD_WA: Source = Source {
    fact_id: FactId::new("kp-mcd-wa"),
    cited: Cited::new(
        Some("https://healthy.kaiserpermanente.org/washington/shop-plans/medicaid/faqs"),
        "Kaiser Permanente Washington - Medicaid (Apple Health) FAQs",
    ),
    confidence: Confidence::Medium,
};

/// `kp-mcd-co`: "Kaiser Permanente contracts with Regional Accountable Entities as a
/// fee-for-service provider" in Health First Colorado (as of December 2024).
pub const KP_MCD_CO: Source = Source {
    fact_id: FactId::new("kp-mcd-co"),
    cited: Cited::new(Some("https://www.kpihp.org/blog/at-a-glance-kaiser-permanentes-participation-in-health-first-colorado-colorado/"), "Kaiser Permanente Institute for Health Policy - participation in Health First Colorado"),
    confidence: Confidence::Medium,
};

/// `kp-mcd-md`: "Kaiser Permanente participates in HealthChoice in several counties" as a
/// Medicaid managed care organization.
pub const KP_MCD_MD: Source = Source {
    fact_id: FactId::new("kp-mcd-md"),
    cited: Cited::new(
        Some("https://thrive.kaiserpermanente.org/medicaid/maryland/why-kp"),
        "Kaiser Permanente Mid-Atlantic States - Maryland HealthChoice",
    ),
    confidence: Confidence::High,
};

/// `kp-mcd-hi`: the 2021 QUEST Integration award: "Kaiser Foundation Health Plan will serve Oahu
/// and Maui only" (a state-activity tracker citing the Department of Human Services; the current
/// contract term not verified).
pub const KP_MCD_HI: Source = Source {
    fact_id: FactId::new("kp-mcd-hi"),
    cited: Cited::new(Some("http://www.advancingstates.org/initiatives/tracking-state-activity/state-medicaid-integration-tracker/hawaii"), "ADvancing States - Hawaii Medicaid integration tracker (QUEST Integration awards)"),
    confidence: Confidence::Medium,
};

/// `rec-wa-01`: RCW 70.02.080(1): a provider acts on a request for records within 15 working
/// days, or if delayed states in writing the reason and the earliest date, not later than 21
/// working days after the request.
pub const REC_WA_01: Source = Source {
    fact_id: FactId::new("rec-wa-01"),
    cited: Cited::new(
        Some("https://law.onecle.com/washington/public-health-and-safety/70.02.080.html"),
        "RCW 70.02.080 Patient's examination and copying (Onecle mirror)",
    ),
    confidence: Confidence::Medium,
};

/// `st-dc-02`: the DC Office of Health Care Ombudsman and Bill of Rights takes external appeals,
/// within 4 months of the insurer's written decision; 1-877-685-6391 (the office's own page,
/// 2015). DISB hears appeals of rescissions (D.C. Code 44-301.06a).
pub const ST_DC_02: Source = Source {
    fact_id: FactId::new("st-dc-02"),
    cited: Cited::new(
        Some("https://healthcareombudsman.dc.gov/publication/grievancesappeals"),
        "DC Office of Health Care Ombudsman and Bill of Rights - Grievances and appeals (2015)",
    ),
    confidence: Confidence::High,
};

/// `ct-dc-disb`: DC's Department of Insurance, Securities and Banking takes consumer complaints
/// about fully insured plans: 202-727-8000 (a secondary summary).
pub const CT_DC_DISB: Source = Source {
    fact_id: FactId::new("ct-dc-disb"),
    cited: Cited::new(
        Some("https://www.patientadvocates.io/topics/insurance/district-of-columbia/start-here"),
        "PatientAdvocates.io - District of Columbia: who to contact (secondary)",
    ),
    confidence: Confidence::Medium,
};
