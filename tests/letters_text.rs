//! The letters, as data and in English words: for each persona, every ask the law gives the
//! member (audit items B1-B11) is there, in the program's own words, and no placeholder is left
//! where the member gave the fact.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::{case, d};

use second_opinion_navigator::domain::letters::{
    appeal_letter, records_request, referral_request, Blank, Block, Filled, Letter,
};
use second_opinion_navigator::domain::route::UsState;
use second_opinion_navigator::domain::{Case, PlanType, Region, Urgency};
use second_opinion_navigator::i18n::{letter_text, Lang};

fn text(letter: &Letter) -> String {
    letter_text(Lang::En, letter)
}

/// Everything a member may type for the letters, so no blank should remain for them.
fn filled_in(mut c: Case) -> Case {
    let l = &mut c.details.letter;
    l.member_name = Some("Ana Pérez".into());
    l.medical_record_number = Some("11-2233".into());
    l.date_of_birth = Some("4/5/1970".into());
    l.kaiser_doctor = Some("Dr. Lee".into());
    l.condition = Some("a thyroid nodule".into());
    l.outside_doctor = Some("UCSF Endocrine Surgery".into());
    l.outside_doctor_contact = Some("fax 415-555-0100".into());
    l.member_contact = Some("510-555-0199".into());
    c.details.appeal.denial_letter = Some(d(2026, 3, 2));
    c.details.appointment.date = Some(d(2026, 5, 4));
    c.details.access.qualified_specialist_in_network = Some(false);
    c
}

/// The personas of the journeys (a-e), with every letter detail given.
fn personas() -> Vec<(&'static str, Case)> {
    let mut oregon = case(
        Region::Northwest,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    oregon.details.state = Some(UsState::Oregon);
    let mut maryland = case(Region::MidAtlantic, PlanType::Medicaid, Urgency::NotUrgent);
    maryland.details.state = Some(UsState::Maryland);
    vec![
        (
            "a",
            case(
                Region::NorthernCalifornia,
                PlanType::EmployerOrIndividualHmo,
                Urgency::NotUrgent,
            ),
        ),
        (
            "b",
            case(
                Region::SouthernCalifornia,
                PlanType::MedicareAdvantage,
                Urgency::NotUrgent,
            ),
        ),
        ("c", oregon),
        (
            "d",
            case(
                Region::NorthernCalifornia,
                PlanType::NotSure,
                Urgency::NotSure,
            ),
        ),
        ("e", maryland),
    ]
    .into_iter()
    .map(|(name, c)| (name, filled_in(c)))
    .collect()
}

const GIVEN_BLANKS: [&str; 9] = [
    "[your name]",
    "[your medical record number]",
    "[your date of birth]",
    "[your phone number or address]",
    "[your Kaiser doctor]",
    "[your condition]",
    "[the outside doctor or center]",
    "[their address, fax or secure upload]",
    "[date of your denial letter]",
];

#[test]
fn every_letter_of_every_persona_asks_for_what_the_law_gives() {
    let today = d(2026, 3, 9);
    for (who, c) in personas() {
        let request = text(&referral_request(&c, today));
        let appeal = text(&appeal_letter(&c, today));
        let records = text(&records_request(&c, today));
        for letter in [&request, &appeal, &records] {
            assert!(
                !letter.contains('{') && !letter.contains('}'),
                "{who}: {letter}"
            );
            for blank in GIVEN_BLANKS {
                assert!(!letter.contains(blank), "{who}: {blank} left in\n{letter}");
            }
            assert!(letter.contains("From: Ana Pérez"), "{who}");
            assert!(letter.contains("Medical record number: 11-2233"), "{who}");
        }
        // B1 (request): a written reply, with the reasons, the criteria used and how to appeal.
        assert!(
            request.contains("the clinical criteria or guideline you used, and how I can appeal"),
            "{who}"
        );
        // B1, B2, B9 (appeal): the criteria, the case file, free of charge; a new reviewer.
        assert!(appeal.contains("Please send me, free of charge, the clinical criteria, guideline or internal rule used to decide my request."), "{who}");
        assert!(appeal.contains("Please send me, free of charge, copies of all documents, records and other information relevant to my request"), "{who}");
        assert!(appeal.contains("a doctor in the same or a similar specialty as the care I am asking for, who took no part in the first decision"), "{who}");
        assert!(appeal.contains("In a letter dated March 2, 2026"), "{who}");
        assert!(
            appeal.contains("Please send me your decision in writing."),
            "{who}"
        );
        // B5, B6, B7 (records): signed and dated; the slides released, not copied; the law's
        // time limit for the member's state.
        assert!(records.contains("Signature: ____"), "{who}");
        assert!(records.contains("Date of birth: 4/5/1970"), "{who}");
        assert!(
            records.contains("My phone number or address: 510-555-0199"),
            "{who}"
        );
        assert!(
            records.contains("sent directly to UCSF Endocrine Surgery at fax 415-555-0100"),
            "{who}"
        );
        assert!(records.contains("Please tell me how to have them, or recut slides, released to UCSF Endocrine Surgery. I authorize their release."), "{who}");
        assert!(
            !records.contains("the slides\n"),
            "{who}: slides are not a HIPAA copy"
        );
        assert!(
            records.contains("If you need your own authorization form instead"),
            "{who}"
        );
        assert!(
            records.contains("My appointment is on May 4, 2026."),
            "{who}"
        );
        let california = who == "a" || who == "b" || who == "d";
        assert_eq!(
            records.contains("California Health and Safety Code section 123110"),
            california,
            "{who}"
        );
        if california {
            assert!(
                records.contains("requires the copies within 15 days"),
                "{who}"
            );
        } else {
            assert!(
                records.contains("HIPAA requires you to act within 30 days"),
                "{who}"
            );
        }
    }
}

#[test]
fn each_program_is_named_in_its_own_words() {
    let today = d(2026, 3, 9);
    let by = |who: &str| {
        personas()
            .into_iter()
            .find(|(w, _)| *w == who)
            .map(|(_, c)| c)
    };
    // (a) California: HSC 1383.15's points (B11) and "a complaint or an IMR" (B8).
    let a = by("a").unwrap();
    let request = text(&referral_request(&a, today));
    for point in [
        "California Health and Safety Code section 1383.15",
        "authorize one outside the network when no appropriately qualified network provider is available",
        "take into account my ability to travel",
        "I should pay only the copayment the plan requires for similar referrals",
        "tell me in writing the reasons and my right to file a grievance",
        "send me your timelines for answering second-opinion requests",
    ] {
        assert!(request.contains(point), "{point}");
    }
    let appeal = text(&appeal_letter(&a, today));
    assert!(appeal.contains("Subject: Grievance:"));
    assert!(appeal.contains("file a complaint with the California Department of Managed Health Care or ask it for an Independent Medical Review"));
    // (b) Medicare: 42 CFR 422.112 and the Independent Review Entity.
    let b = by("b").unwrap();
    let appeal = text(&appeal_letter(&b, today));
    assert!(appeal.contains("Subject: Request for reconsideration (appeal)"));
    assert!(appeal.contains("42 CFR 422.112(a)(1)(iii)"));
    assert!(appeal.contains("please send my case to the Independent Review Entity"));
    assert!(!appeal.contains("1383.15"));
    // (c) Oregon: the Oregon second-opinion rule.
    let c = by("c").unwrap();
    assert!(text(&referral_request(&c, today)).contains("Oregon law (former ORS 743.856)"));
    // (d) Not sure: no program's law claimed.
    let d_case = by("d").unwrap();
    let request = text(&referral_request(&d_case, today));
    assert!(!request.contains("1383.15") && !request.contains("CFR"));
    assert!(text(&appeal_letter(&d_case, today)).contains("Subject: Grievance and appeal:"));
    // (e) Medicaid: 42 CFR 438.206(b)(3) and the State fair hearing.
    let e = by("e").unwrap();
    let appeal = text(&appeal_letter(&e, today));
    assert!(appeal.contains("42 CFR 438.206(b)(3)"));
    assert!(appeal.contains("I may ask for a State fair hearing"));
    assert!(appeal.contains("Subject: Appeal:"));
}

#[test]
fn an_urgent_request_carries_the_doctors_support_and_the_time_frame() {
    let today = d(2026, 3, 9);
    let urgent = |region, plan| {
        let mut c = filled_in(case(region, plan, Urgency::Urgent));
        c.details.state = Some(UsState::Maryland);
        c
    };
    // B3: Medicare's words, "fast (expedited)", with its 72 hours and the doctor's statement.
    let ma = urgent(Region::Colorado, PlanType::MedicareAdvantage);
    let request = text(&referral_request(&ma, today));
    assert!(request.contains("I am asking for a fast (expedited) organization determination"));
    assert!(request.contains("Medicare requires a decision within 72 hours."));
    assert!(request.contains("My doctor, [your doctor's name], supports this request: applying the standard time frame could seriously jeopardize my life or health or my ability to regain maximum function. [Attach your doctor's note.]"));
    let appeal = text(&appeal_letter(&ma, today));
    assert!(appeal.contains("I ask for a fast (expedited) reconsideration"));
    // Medicaid's words (438.410), and its 72 hours for an expedited appeal.
    let mcd = urgent(Region::MidAtlantic, PlanType::Medicaid);
    let appeal = text(&appeal_letter(&mcd, today));
    assert!(appeal.contains("I ask for an expedited (fast) appeal"));
    assert!(appeal.contains("Federal Medicaid rules require a decision within 72 hours."));
    assert!(appeal.contains("my ability to attain, maintain or regain maximum function"));
    // California: an imminent and serious threat, 72 hours for the request, 3 days on appeal.
    let ca = urgent(
        Region::SouthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
    );
    assert!(text(&referral_request(&ca, today))
        .contains("Please decide within 72 hours, as California law requires."));
    assert!(text(&appeal_letter(&ca, today))
        .contains("California law requires a decision within 3 days."));
    // Maryland's employer plans: an emergency grievance is decided in 24 hours.
    let md = urgent(Region::MidAtlantic, PlanType::EmployerOrIndividualHmo);
    assert!(text(&appeal_letter(&md, today)).contains("Please decide within 24 hours"));
    // Not urgent: none of it.
    let calm = filled_in(case(
        Region::Colorado,
        PlanType::MedicareAdvantage,
        Urgency::NotUrgent,
    ));
    let request = text(&referral_request(&calm, today));
    assert!(!request.contains("expedited") && !request.contains("My doctor,"));
}

#[test]
fn a_representative_is_named_only_when_there_is_one_with_the_programs_form() {
    let today = d(2026, 3, 9);
    let mut ma = filled_in(case(
        Region::Hawaii,
        PlanType::MedicareAdvantage,
        Urgency::NotUrgent,
    ));
    let without = appeal_letter(&ma, today);
    assert!(!without
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Representative(_))));
    ma.details.letter.representative_name = Some("Lucía Pérez".into());
    let appeal = text(&appeal_letter(&ma, today));
    assert!(appeal.contains("I authorize Lucía Pérez ([how they are related to you]) to act for me in this request. A signed Appointment of Representative form (CMS-1696) is enclosed. [Enclose the form, signed by you and your representative.]"));
    ma.details.letter.representative_relationship = Some("my daughter".into());
    // The records office needs its own release, not Medicare's appeal form.
    let records = text(&records_request(&ma, today));
    assert!(records.contains("I authorize Lucía Pérez (my daughter) to act for me"));
    assert!(!records.contains("CMS-1696"), "{records}");
    assert!(records.contains("If you need your own form to appoint a representative"));
    let mut ca = filled_in(case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    ));
    ca.details.letter.representative_name = Some("Sam (advocate)".into());
    assert!(text(&appeal_letter(&ca, today))
        .contains("If you need your own form to appoint a representative, please send it to me and I will sign it."));
}

#[test]
fn missing_facts_are_typed_blanks_never_invented() {
    let empty = Case::default();
    let today = d(2026, 3, 9);
    let request = referral_request(&empty, today);
    assert_eq!(request.from, Filled::Blank(Blank::YourName));
    assert!(request.blocks.contains(&Block::AskReferral {
        outside_doctor: Filled::Blank(Blank::OutsideDoctor),
        condition: Filled::Blank(Blank::Condition),
    }));
    let words = text(&records_request(&empty, today));
    for blank in [
        "[your name]",
        "[your date of birth]",
        "[your phone number or address]",
        "[the outside doctor or center]",
        "[date of your appointment]",
    ] {
        assert!(words.contains(blank), "{blank}");
    }
    assert!(!words.contains("None") && !words.contains("{"));
}

#[test]
fn a_medicaid_appeal_goes_to_the_plan_on_the_notice_where_kaiser_may_not_be_the_plan() {
    let today = d(2026, 3, 9);
    let to_kaiser = "To: Kaiser Permanente, Member Services (grievances and appeals)";
    let to_notice = "To: [the appeals office named on your denial notice]";
    for (region, state, kaiser_is_the_plan) in [
        (Region::Colorado, None, false),
        (Region::Northwest, Some(UsState::Oregon), false),
        (Region::MidAtlantic, Some(UsState::Virginia), false),
        (Region::MidAtlantic, Some(UsState::Maryland), true),
        (Region::Hawaii, None, true),
        (Region::SouthernCalifornia, None, true),
    ] {
        let mut c = case(region, PlanType::Medicaid, Urgency::NotUrgent);
        c.details.state = state;
        let appeal = text(&appeal_letter(&filled_in(c), today));
        assert_eq!(appeal.contains(to_kaiser), kaiser_is_the_plan, "{region:?}");
        assert_eq!(
            appeal.contains(to_notice),
            !kaiser_is_the_plan,
            "{region:?}"
        );
        // The denial is told without naming who denied, so it is true either way.
        assert!(appeal.contains("a second opinion about a thyroid nodule was denied."));
    }
}

/// The review's last day as the timeline gives it, in the letter's words.
fn timeline_review_deadline(c: &Case, today: chrono::NaiveDate) -> Option<String> {
    use second_opinion_navigator::domain::timeline::ItemKind;
    second_opinion_navigator::domain::evaluate(c, today)
        .timeline
        .into_iter()
        .find(|it| it.kind == ItemKind::ReviewFilingDeadline)
        .and_then(|it| it.date)
        .map(|day| second_opinion_navigator::i18n::date(Lang::En, day))
}

#[test]
fn the_review_cover_sheet_says_where_by_when_and_what_to_send_for_each_persona() {
    use second_opinion_navigator::domain::letters::review_cover;
    let today = d(2026, 4, 6);
    for (who, mut c) in personas() {
        c.details.appeal.grievance_decision = Some(d(2026, 4, 1));
        let letter = review_cover(&c, today);
        let cover = text(&letter);
        assert!(
            !cover.contains('{') && !cover.contains('}'),
            "{who}: {cover}"
        );
        for blank in GIVEN_BLANKS.iter().chain(&[
            "[date of the decision on your appeal]",
            "[the last day to ask",
        ]) {
            assert!(!cover.contains(blank), "{who}: {blank} left in\n{cover}");
        }
        assert!(cover.contains("From: Ana Pérez"), "{who}");
        assert!(
            cover.contains("Subject: Request for an independent review"),
            "{who}"
        );
        assert!(cover.contains("of the written decision dated April 1, 2026 on my appeal, which keeps the denial of my request for a referral to UCSF Endocrine Surgery for a second opinion about a thyroid nodule"), "{who}: {cover}");
        assert!(cover.contains("A copy of the denial letter"), "{who}");
        // Where: the reviewer's office, with its phone, when the route names one.
        let route = second_opinion_navigator::domain::evaluate(&c, today).route;
        if let Some(agency) = route.review.agency {
            assert!(
                cover.contains(&format!("Send to:\n- {}", agency.name)),
                "{who}: {cover}"
            );
            if let Some(phone) = agency.phone {
                assert!(cover.contains(&format!("- Phone: {phone}")), "{who}");
            }
        }
        // By when: the timeline's own last day, or (Medicare) none, as Kaiser sends the case on.
        match timeline_review_deadline(&c, today) {
            Some(day) => assert!(
                cover.contains(&format!("Sent before the last day to ask: {day}.")),
                "{who}: {cover}"
            ),
            None => {
                assert_eq!(who, "b", "only Medicare has no last day: {cover}");
                assert!(cover.contains("Kaiser must send my case to you itself"));
            }
        }
        // Urgent words only for an urgent case.
        assert!(!cover.contains("expedited (fast) review"), "{who}");
    }
}

#[test]
fn an_urgent_cover_sheet_asks_for_a_fast_review_and_the_doctors_statement() {
    use second_opinion_navigator::domain::letters::review_cover;
    let mut c = case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
        Urgency::Urgent,
    );
    c.details.appeal.grievance_decision = Some(d(2026, 4, 1));
    let cover = text(&review_cover(&c, d(2026, 4, 6)));
    assert!(
        cover.contains("I ask for an expedited (fast) review, decided within 3 days."),
        "{cover}"
    );
    assert!(cover.contains("My doctor's statement that waiting the standard time"));
}

#[test]
fn an_empty_case_gets_a_cover_sheet_of_blanks_and_nothing_invented() {
    use second_opinion_navigator::domain::letters::review_cover;
    let cover = text(&review_cover(&Case::default(), d(2026, 4, 6)));
    for blank in [
        "To: [the independent reviewer named on the decision on your appeal]",
        "From: [your name]",
        "[date of the decision on your appeal]",
        "[the last day to ask, given on the decision on your appeal]",
        "[the outside doctor or center]",
        "[your condition]",
    ] {
        assert!(cover.contains(blank), "{blank}\n{cover}");
    }
    assert!(
        !cover.contains("None") && !cover.contains("Send to:"),
        "{cover}"
    );
}

#[test]
fn each_letter_reads_in_both_languages_for_one_persona() {
    use second_opinion_navigator::domain::letters::{letter_for, LetterKind};
    use second_opinion_navigator::i18n::{t, LetterT};

    let today = d(2026, 3, 9);
    let (_, c) = personas().remove(0);
    // The blanks for the facts persona (a) gave, as each language writes them.
    let given = [
        Blank::YourName,
        Blank::RecordNumber,
        Blank::DateOfBirth,
        Blank::YourContact,
        Blank::KaiserDoctor,
        Blank::Condition,
        Blank::OutsideDoctor,
        Blank::OutsideDoctorContact,
        Blank::DenialLetterDate,
    ];
    for kind in LetterKind::ALL {
        let letter = letter_for(kind, &c, today);
        let (en, es) = (
            letter_text(Lang::En, &letter),
            letter_text(Lang::Es, &letter),
        );
        assert_ne!(en, es, "{kind:?}");
        for (lang, text) in [(Lang::En, &en), (Lang::Es, &es)] {
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{kind:?}\n{text}"
            );
            for blank in given {
                let placeholder = t(lang, LetterT::Blank(blank));
                assert!(
                    !text.contains(placeholder),
                    "{kind:?}: {placeholder} left in\n{text}"
                );
            }
            // What the member typed, as typed, in either language.
            assert!(text.contains("Ana Pérez"), "{kind:?}\n{text}");
        }
        // The same letter, block for block: as many paragraphs and list items.
        let shape = |text: &str| (text.split("\n\n").count(), text.matches("\n- ").count());
        assert_eq!(shape(&en), shape(&es), "{kind:?}\n{en}\n---\n{es}");
        // Its dates in the letter's own language.
        assert!(es.contains(" de marzo de 2026"), "{kind:?}\n{es}");
        assert!(!es.contains("March"), "{kind:?}\n{es}");
    }
    let appeal = letter_text(Lang::Es, &appeal_letter(&c, today));
    assert!(appeal.contains("2 de marzo de 2026"), "{appeal}");
    let records = letter_text(Lang::Es, &records_request(&c, today));
    assert!(records.contains("4 de mayo de 2026"), "{records}");
    assert!(records.contains("11-2233") && records.contains("fax 415-555-0100"));
}
