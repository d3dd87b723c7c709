//! Renders a letter ([`crate::domain::letters::Letter`]) as plain text in a language: one
//! whole-sentence template per block, the member's words inserted as they are, and each blank as
//! its bracketed placeholder. The letter's language is a parameter of its own, so it can differ
//! from the language of the rest of the app.

use chrono::NaiveDate;

use super::format::{date, period, review_name};
use super::keys::LetterT;
use super::{fill, t, Lang};
use crate::domain::letters::{Blank, Block, Filled, Letter, LetterGround, LetterKind, Recipient};
use crate::domain::route::{FiledWith, Program};

/// A filled value as text: what the member gave, or the blank's placeholder.
fn filled(lang: Lang, value: &Filled<String>) -> String {
    match value {
        Filled::Given(v) => v.clone(),
        Filled::Blank(blank) => t(lang, LetterT::Blank(*blank)).to_owned(),
    }
}

fn filled_date(lang: Lang, value: &Filled<NaiveDate>) -> String {
    match value {
        Filled::Given(d) => date(lang, *d),
        Filled::Blank(blank) => t(lang, LetterT::Blank(*blank)).to_owned(),
    }
}

/// Adds one paragraph (and the empty line after it).
fn para(out: &mut String, text: &str) {
    out.push_str(text);
    out.push_str("\n\n");
}

fn list(out: &mut String, intro: &str, items: impl IntoIterator<Item = String>) {
    out.push_str(intro);
    out.push('\n');
    for item in items {
        out.push_str("- ");
        out.push_str(&item);
        out.push('\n');
    }
    out.push('\n');
}

fn ground(lang: Lang, ground: &LetterGround) -> String {
    match *ground {
        LetterGround::NoSpecialist => t(lang, LetterT::GroundNoSpecialist).to_owned(),
        LetterGround::Wait {
            asked,
            offered,
            business_days,
            longer_than,
        } => fill(
            t(
                lang,
                if longer_than.is_some() {
                    LetterT::GroundWaitLonger
                } else {
                    LetterT::GroundWait
                },
            ),
            &[
                ("asked", &date(lang, asked)),
                ("offered", &date(lang, offered)),
                ("days", &business_days.to_string()),
                ("limit", &longer_than.unwrap_or(0).to_string()),
            ],
        ),
        LetterGround::Travel { miles, minutes } => {
            let key = match (miles, minutes) {
                (Some(_), Some(_)) => LetterT::GroundTravel,
                (Some(_), None) => LetterT::GroundTravelMiles,
                _ => LetterT::GroundTravelMinutes,
            };
            fill(
                t(lang, key),
                &[
                    ("miles", &miles.unwrap_or(0).to_string()),
                    ("minutes", &minutes.unwrap_or(0).to_string()),
                ],
            )
        }
    }
}

fn block(lang: Lang, kind: LetterKind, b: &Block, out: &mut String) {
    let w = |key: LetterT| t(lang, key);
    match b {
        Block::AskReferral {
            outside_doctor,
            condition,
        } => para(
            out,
            &fill(
                w(LetterT::AskReferral),
                &[
                    ("doctor", &filled(lang, outside_doctor)),
                    ("condition", &filled(lang, condition)),
                ],
            ),
        ),
        Block::DeniedOn {
            denial_date,
            outside_doctor,
            condition,
            kind,
        } => para(
            out,
            &fill(
                w(LetterT::DeniedOn(*kind)),
                &[
                    ("date", &filled_date(lang, denial_date)),
                    ("doctor", &filled(lang, outside_doctor)),
                    ("condition", &filled(lang, condition)),
                ],
            ),
        ),
        Block::Reasons(reasons) => list(
            out,
            w(LetterT::ReasonsIntro),
            reasons.iter().map(|r| w(LetterT::Reason(*r)).to_owned()),
        ),
        Block::OwnWords(words) => para(out, &fill(w(LetterT::OwnWords), &[("words", words)])),
        Block::Grounds(grounds) => list(
            out,
            w(LetterT::GroundsIntro),
            grounds.iter().map(|g| ground(lang, g)),
        ),
        Block::CaliforniaSecondOpinionLaw => para(out, w(LetterT::CaliforniaLaw)),
        Block::MedicareNetworkRule => para(out, w(LetterT::MedicareRule)),
        Block::MedicaidSecondOpinionRule => para(out, w(LetterT::MedicaidRule)),
        Block::OregonSecondOpinionRule => para(out, w(LetterT::OregonRule)),
        Block::Urgent { program, within } => {
            // Without a time frame, the words that name none.
            let program = if within.is_some() {
                *program
            } else {
                Program::NotKnown
            };
            let key = match kind {
                LetterKind::ReferralRequest => LetterT::UrgentRequest(program),
                _ => LetterT::UrgentAppeal(program),
            };
            let within = within.map(|p| period(lang, p)).unwrap_or_default();
            para(out, &fill(w(key), &[("period", &within)]));
        }
        Block::DoctorSupports { program, doctor } => para(
            out,
            &fill(
                w(LetterT::DoctorSupports(*program)),
                &[("doctor", &filled(lang, doctor))],
            ),
        ),
        Block::ReplyInWriting => para(out, w(LetterT::ReplyInWriting)),
        Block::AskCriteria => para(out, w(LetterT::AskCriteria)),
        Block::AskCaseFile => para(out, w(LetterT::AskCaseFile)),
        Block::AskNewReviewer => para(out, w(LetterT::AskNewReviewer)),
        Block::NextReview(program) => para(out, w(LetterT::NextReview(*program))),
        Block::Representative(rep) => para(
            out,
            &fill(
                w(LetterT::Representative),
                &[
                    ("name", &rep.name),
                    ("relationship", &filled(lang, &rep.relationship)),
                    ("form", w(LetterT::RepresentativeForm(rep.form))),
                ],
            ),
        ),
        Block::Enclosures => para(
            out,
            &fill(
                w(LetterT::Enclosures),
                &[(
                    "enclosures",
                    w(LetterT::Blank(crate::domain::letters::Blank::Enclosures)),
                )],
            ),
        ),
        Block::DecisionInWriting => para(out, w(LetterT::DecisionInWriting)),
        Block::BirthDate(birth) => {
            out.push_str(&fill(
                w(LetterT::BirthDate),
                &[("date", &filled(lang, birth))],
            ));
            out.push('\n');
        }
        Block::MemberContact(contact) => para(
            out,
            &fill(
                w(LetterT::MemberContact),
                &[("contact", &filled(lang, contact))],
            ),
        ),
        Block::RecordsAccess {
            law,
            within,
            condition,
            to,
            at,
        } => para(
            out,
            &fill(
                w(LetterT::RecordsAccess(*law)),
                &[
                    ("condition", &filled(lang, condition)),
                    ("to", &filled(lang, to)),
                    ("at", &filled(lang, at)),
                    ("period", &period(lang, *within)),
                ],
            ),
        ),
        Block::RecordsList => list(
            out,
            w(LetterT::RecordsListIntro),
            w(LetterT::RecordsItems).lines().map(str::to_owned),
        ),
        Block::PathologySlides { to } => para(
            out,
            &fill(w(LetterT::PathologySlides), &[("to", &filled(lang, to))]),
        ),
        Block::AppointmentOn(on) => para(
            out,
            &fill(
                w(LetterT::AppointmentOn),
                &[("date", &filled_date(lang, on))],
            ),
        ),
        Block::AuthorizationForm => para(out, w(LetterT::AuthorizationForm)),
        Block::SignatureLine => para(out, w(LetterT::SignatureLine)),
        Block::SendTo(agency) => {
            let mut lines = vec![agency.name.to_owned()];
            lines.extend(agency.website.map(str::to_owned));
            lines.extend(
                [agency.phone, agency.other_phone]
                    .into_iter()
                    .flatten()
                    .map(|n| fill(w(LetterT::SendToPhone), &[("number", n)])),
            );
            list(out, w(LetterT::SendTo), lines);
        }
        Block::SendBy(by) => para(
            out,
            &fill(w(LetterT::SendBy), &[("date", &filled_date(lang, by))]),
        ),
        Block::SentOnByPlan => para(out, w(LetterT::SentOnByPlan)),
        Block::AskReview {
            review,
            decision_date,
            outside_doctor,
            condition,
        } => para(
            out,
            &fill(
                w(if review.is_some() {
                    LetterT::AskReviewNamed
                } else {
                    LetterT::AskReview
                }),
                &[
                    (
                        "review",
                        &review.map(|r| review_name(lang, r)).unwrap_or_default(),
                    ),
                    ("date", &filled_date(lang, decision_date)),
                    ("doctor", &filled(lang, outside_doctor)),
                    ("condition", &filled(lang, condition)),
                ],
            ),
        ),
        Block::UrgentReview(within) => para(
            out,
            &match within {
                Some(p) => fill(w(LetterT::UrgentReview), &[("period", &period(lang, *p))]),
                None => w(LetterT::UrgentReviewNoTime).to_owned(),
            },
        ),
        Block::ReviewEnclosures { urgent } => list(
            out,
            w(LetterT::ReviewEnclosuresIntro),
            w(LetterT::ReviewEnclosures)
                .lines()
                .chain(urgent.then(|| w(LetterT::ReviewEnclosureUrgent)))
                .map(str::to_owned),
        ),
    }
}

/// The letter as plain text in `lang`, ready to copy, download or print.
pub fn letter_text(lang: Lang, letter: &Letter) -> String {
    let w = |key: LetterT| t(lang, key);
    let mut out = String::with_capacity(2048);
    let to = match &letter.to {
        Recipient::KaiserDoctor(doctor) => fill(
            w(LetterT::ToKaiserDoctor),
            &[("doctor", &filled(lang, doctor))],
        ),
        Recipient::AppealsOffice(FiledWith::Kaiser) => w(LetterT::ToAppeals).to_owned(),
        Recipient::AppealsOffice(FiledWith::PlanOnNotice) => w(LetterT::ToPlanOnNotice).to_owned(),
        Recipient::ReleaseOfInformation => w(LetterT::ToRoi).to_owned(),
        Recipient::Reviewer {
            agency: Some(name), ..
        } => (*name).to_owned(),
        Recipient::Reviewer {
            review: Some(kind), ..
        } => review_name(lang, *kind),
        Recipient::Reviewer { .. } => w(LetterT::Blank(Blank::Reviewer)).to_owned(),
    };
    let from = filled(lang, &letter.from);
    for (key, name, value) in [
        (LetterT::To, "to", to.as_str()),
        (LetterT::From, "name", from.as_str()),
        (
            LetterT::RecordNumber,
            "number",
            &filled(lang, &letter.record_number),
        ),
        (LetterT::Date, "date", &date(lang, letter.date)),
    ] {
        out.push_str(&fill(w(key), &[(name, value)]));
        out.push('\n');
    }
    out.push('\n');
    let subject = match letter.kind {
        LetterKind::ReferralRequest => w(LetterT::SubjectReferral),
        LetterKind::Appeal => w(LetterT::SubjectAppeal(letter.step)),
        LetterKind::RecordsRequest => w(LetterT::SubjectRecords),
        LetterKind::ReviewCover => w(LetterT::SubjectReview),
    };
    para(
        &mut out,
        &fill(w(LetterT::Subject), &[("subject", subject)]),
    );
    for b in &letter.blocks {
        block(lang, letter.kind, b, &mut out);
    }
    out.push_str(w(LetterT::Closing));
    out.push('\n');
    out.push_str(&from);
    out.push('\n');
    out
}
