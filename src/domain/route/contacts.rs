//! Every agency and plan office the app names, each with the source of its details. Names are
//! proper names and are not translated; a phone number taken from a secondary website carries
//! [`Caveat::ContactFromSecondarySource`].

use super::super::source::{Caveat, Source};
use super::super::sources as s;
use super::{Contact, UsState};

/// DMHC Help Center (`ca-imr-05`, high).
pub const DMHC: Contact = Contact {
    name: "California Department of Managed Health Care (DMHC) Help Center",
    phone: Some("1-888-466-2219"),
    other_phone: None,
    tty: Some("1-877-688-9891"),
    spanish_phone: None,
    website: Some("https://www.dmhc.ca.gov"),
    source: s::CA_IMR_05,
    caveats: &[],
};
/// CDSS State Hearings (`ca-mc-01`, high): no phone number in our sources.
pub const CDSS_STATE_HEARINGS: Contact = Contact {
    name: "California Department of Social Services, State Hearings",
    phone: None,
    other_phone: None,
    tty: None,
    spanish_phone: None,
    website: Some("https://cdss.ca.gov/hearing-requests"),
    source: s::CA_MC_01,
    caveats: &[],
};
/// Kaiser California Member Services (`kp-contact-01`, high); the Spanish line from Kaiser's
/// Spanish-language nondiscrimination notice
/// (<https://espanol.kaiserpermanente.org/es/northern-california/language-assistance/nondiscrimination-notice>, medium).
pub const KP_CALIFORNIA_MEMBER_SERVICES: Contact = Contact {
    name: "Kaiser Permanente California Member Services",
    phone: Some("1-800-464-4000"),
    other_phone: None,
    tty: Some("711"),
    // Listed for Member Services on Kaiser's Spanish-language notice (glossary-es.md), not in
    // the English source: the caveat says so.
    spanish_phone: Some("1-800-788-0616"),
    website: None,
    source: s::KP_CONTACT_01,
    caveats: &[Caveat::SpanishLineFromSpanishNotice],
};
/// Kaiser Senior Advantage (California) Member Services (`kp-contact-02`, medium, older EOCs).
pub const KP_CALIFORNIA_SENIOR_ADVANTAGE: Contact = Contact {
    name: "Kaiser Permanente Senior Advantage (California) Member Services",
    phone: Some("1-800-443-0815"),
    other_phone: None,
    tty: Some("711"),
    spanish_phone: None,
    website: None,
    source: s::KP_CONTACT_02,
    caveats: &[Caveat::OlderTextVerifyCurrent],
};
/// Medicare Part C Independent Review Entity (`ma-03`, high): no phone in our sources.
pub const MEDICARE_IRE: Contact = Contact {
    name: "Medicare Part C Independent Review Entity (Maximus Federal Services)",
    phone: None,
    other_phone: None,
    tty: None,
    spanish_phone: None,
    website: None,
    source: s::MA_03,
    caveats: &[],
};
/// OPM (`fehb-01`, high): no phone or website in our sources.
pub const OPM: Contact = Contact {
    name: "U.S. Office of Personnel Management (OPM)",
    phone: None,
    other_phone: None,
    tty: None,
    spanish_phone: None,
    website: None,
    source: s::FEHB_01,
    caveats: &[],
};
/// Federal external review for self-funded plans (`fed-aca-07`, high).
pub const FEDERAL_EXTERNAL_REVIEWER: Contact = Contact {
    name: "Federal external review (an independent review organization, through your plan or the HHS-administered process)",
    phone: None,
    other_phone: None,
    tty: None,
    spanish_phone: None,
    website: None,
    source: s::FED_ACA_07,
    caveats: &[],
};
/// The Medi-Cal Managed Care Office of the Ombudsman and the Medi-Cal telephone service center, as
/// listed by California's Office of the Patient Advocate (`ct-ca-01`, high).
pub const MEDI_CAL_OMBUDSMAN: Contact = Contact {
    name: "Medi-Cal Managed Care Office of the Ombudsman (California Department of Health Care Services)",
    phone: Some("1-888-452-8609"),
    other_phone: Some("1-800-541-5555"),
    tty: None,
    spanish_phone: None,
    website: Some("https://www.dhcs.ca.gov/services/medi-cal/Pages/MMCDOfficeoftheOmbudsman.aspx"),
    source: s::CT_CA_01,
    caveats: &[],
};
/// 1-800-MEDICARE (`ct-fed-01`, medium: the number as Fight Health Insurance lists it).
pub const MEDICARE: Contact = Contact {
    name: "Medicare (1-800-MEDICARE)",
    phone: Some("1-800-633-4227"),
    other_phone: None,
    tty: None,
    spanish_phone: None,
    website: Some("https://www.medicare.gov"),
    source: s::CT_FED_01,
    caveats: SECONDARY,
};
/// The U.S. Department of Labor's Employee Benefits Security Administration, which helps members
/// of employer plans (`fed-erisa-09`, medium).
pub const EBSA: Contact = Contact {
    name: "U.S. Department of Labor, Employee Benefits Security Administration (EBSA)",
    phone: Some("1-866-444-3272"),
    other_phone: None,
    tty: None,
    spanish_phone: None,
    website: Some("https://www.askebsa.dol.gov"),
    source: s::FED_EBSA,
    caveats: SECONDARY,
};

const SECONDARY: &[Caveat] = &[Caveat::ContactFromSecondarySource];

/// An office whose details come from a secondary source, so it carries that caveat.
fn from_secondary_source(
    name: &'static str,
    phone: &'static str,
    other_phone: Option<&'static str>,
    website: Option<&'static str>,
    source: Source,
) -> Contact {
    Contact {
        name,
        phone: Some(phone),
        other_phone,
        tty: None,
        spanish_phone: None,
        website,
        source,
        caveats: SECONDARY,
    }
}

/// The state external-review agency (`st-*-01`).
pub fn state_agency(state: UsState) -> Contact {
    let (name, phone, other_phone, website, source) = match state {
        UsState::California => return DMHC,
        UsState::Colorado => (
            "Colorado Division of Insurance (DORA)",
            "303-894-7490",
            Some("800-930-3745"),
            Some("https://doi.colorado.gov/for-consumers/external-review-process"),
            s::ST_CO_01,
        ),
        UsState::Georgia => (
            "Georgia Office of Commissioner of Insurance and Safety Fire (OCI)",
            "404-656-2070",
            Some("800-656-2298"),
            Some("https://oci.georgia.gov"),
            s::ST_GA_01,
        ),
        UsState::Hawaii => (
            "Hawaii Insurance Division (DCCA)",
            "808-586-2790",
            None,
            Some("https://cca.hawaii.gov/ins"),
            s::ST_HI_01,
        ),
        UsState::Maryland => (
            "Maryland Insurance Administration",
            "410-468-2000",
            Some("800-492-6116"),
            None,
            s::ST_MD_01_CONTACTS,
        ),
        // Both numbers re-checked on the State Corporation Commission's own page (audit A18):
        // the toll-free line and the Life and Health Consumer Services line.
        UsState::Virginia => {
            return Contact {
                name: "Virginia Bureau of Insurance (State Corporation Commission), Life and Health Consumer Services",
                phone: Some("1-877-310-6560"),
                other_phone: Some("804-371-9691"),
                tty: None,
                spanish_phone: None,
                website: Some("https://scc.virginia.gov"),
                source: s::CT_VA_01,
                caveats: &[],
            }
        }
        // The Ombudsman's own page says it takes external appeals (st-dc-02); its number there
        // is the one sourced. DISB's line is listed apart, as DISB's (see `state_help`).
        UsState::DistrictOfColumbia => {
            return Contact {
                name: "DC Office of Health Care Ombudsman and Bill of Rights",
                phone: Some("1-877-685-6391"),
                other_phone: None,
                tty: None,
                spanish_phone: None,
                website: Some("https://healthcareombudsman.dc.gov"),
                source: s::ST_DC_02,
                caveats: &[Caveat::OlderTextVerifyCurrent],
            }
        }
        UsState::Oregon => (
            "Oregon Division of Financial Regulation (DCBS)",
            "888-877-4894",
            None,
            Some("https://dfr.oregon.gov"),
            s::ST_OR_01,
        ),
        UsState::Washington => (
            "Washington Office of the Insurance Commissioner",
            "1-800-562-6900",
            None,
            Some("https://www.insurance.wa.gov"),
            s::ST_WA_01,
        ),
    };
    from_secondary_source(name, phone, other_phone, website, source)
}

/// Others who help with an appeal under a state's law: Maryland's Attorney General's Health
/// Education and Advocacy Unit (`st-md-01`), and DC's insurance department, which takes
/// complaints (`st-dc-01`; audit A18: its number is labelled as its own, not the Ombudsman's).
pub fn state_help(state: UsState) -> Option<Contact> {
    match state {
        UsState::Maryland => Some(Contact {
            name: "Maryland Attorney General, Health Education and Advocacy Unit (HEAU)",
            phone: Some("410-528-1840"),
            other_phone: Some("877-261-8807"),
            tty: None,
            spanish_phone: None,
            website: None,
            source: s::ST_MD_01_CONTACTS,
            caveats: SECONDARY,
        }),
        UsState::DistrictOfColumbia => Some(Contact {
            name: "DC Department of Insurance, Securities and Banking (DISB): complaints and appeals of rescissions",
            phone: Some("202-727-8000"),
            other_phone: None,
            tty: None,
            spanish_phone: None,
            website: Some("https://disb.dc.gov"),
            source: s::CT_DC_DISB,
            caveats: SECONDARY,
        }),
        _ => None,
    }
}

/// The state Medicaid office that runs the fair hearing, outside California, where a source names
/// a number. Most come only from Fight Health Insurance's state list, and say so.
pub fn medicaid_agency(state: UsState) -> Option<Contact> {
    let (name, phone, website, source) = match state {
        UsState::California => return None,
        UsState::Colorado => (
            "Colorado Department of Health Care Policy & Financing (Health First Colorado)",
            "1-800-221-3943",
            Some("https://www.healthfirstcolorado.com"),
            s::CT_CO_01,
        ),
        UsState::Georgia => (
            "Georgia Department of Community Health (Georgia Medicaid)",
            "1-866-322-4260",
            Some("https://dch.georgia.gov"),
            s::CT_FHI_STATES,
        ),
        UsState::Hawaii => (
            "Hawaii Med-QUEST Division (Department of Human Services)",
            "1-800-316-8005",
            Some("https://medquest.hawaii.gov"),
            s::CT_FHI_STATES,
        ),
        UsState::Maryland => (
            "Maryland Department of Health (Maryland Medicaid)",
            "1-877-463-3464",
            Some("https://health.maryland.gov/mmcp"),
            s::CT_FHI_STATES,
        ),
        UsState::Virginia => (
            "Virginia Department of Medical Assistance Services (Cardinal Care)",
            "804-786-6145",
            Some("https://www.dmas.virginia.gov"),
            s::CT_FHI_STATES,
        ),
        UsState::DistrictOfColumbia => (
            "DC Department of Health Care Finance",
            "202-442-5988",
            Some("https://dhcf.dc.gov"),
            s::CT_FHI_STATES,
        ),
        UsState::Oregon => {
            return Some(Contact {
                name: "Oregon Health Authority, OHP Client Services",
                phone: Some("1-800-273-0557"),
                other_phone: None,
                tty: Some("711"),
                spanish_phone: None,
                website: Some("https://www.oregon.gov/oha/hsd/ohp"),
                source: s::CT_OR_01,
                caveats: &[],
            })
        }
        UsState::Washington => (
            "Washington Health Care Authority (Apple Health)",
            "1-800-562-3022",
            Some("https://www.hca.wa.gov"),
            s::CT_FHI_STATES,
        ),
    };
    Some(from_secondary_source(name, phone, None, website, source))
}

/// A Medicaid ombudsman or enrollee helpline that can help with the appeal, where one is listed.
pub fn medicaid_help(state: UsState) -> Option<Contact> {
    let (name, phone, website) = match state {
        UsState::Maryland => (
            "Maryland HealthChoice Enrollee Helpline",
            "1-800-284-4510",
            None,
        ),
        // The Ombudsman helps every DC resident, Medicaid members included.
        UsState::DistrictOfColumbia => return Some(state_agency(state)),
        UsState::Virginia => (
            "Cardinal Care (Virginia Medicaid) helpline",
            "1-800-643-2273",
            None,
        ),
        _ => return None,
    };
    Some(from_secondary_source(
        name,
        phone,
        None,
        website,
        s::CT_FHI_STATES,
    ))
}
