//! Spanish (español): the domain's codes in plain words.

use super::DOCUMENT_WORDS;
use crate::domain::access::CountyType;
use crate::domain::case::{
    AppealOutcome, CaReason, ContactChannel, InNetworkSecondOpinion, ReferralOutcome, ReviewOutcome,
};
use crate::domain::costs::{CostInput, ReferralCostBasis, ScenarioKind};
use crate::domain::eligibility::{ActionKind, Evidence, Ground, ReasonCode, Strength, Verdict};
use crate::domain::route::{FindOut, InternalStepKind, ReviewKind, RouteKind};
use crate::domain::timeline::{DateNeeded, ItemKind, NotNeeded};
use crate::i18n::document_words::document_word;
use crate::i18n::keys::Code;
use crate::state::edit::SelfPayItem;

pub(super) fn text(key: Code) -> &'static str {
    match key {
        Code::Verdict(v) => match v {
            Verdict::Applies => "Se aplica",
            Verdict::MayApply => "Puede aplicarse",
            Verdict::DoesNotApply => "No se aplica",
            Verdict::NotEnoughInformation => "Todavía no hay suficiente información",
        },
        Code::Strength(s) => match s {
            Some(Strength::Strong) => "Sólido: según sus respuestas, se aplica al menos uno de los motivos habituales para un referido externo. Kaiser sigue siendo quien decide, y las pruebas de abajo le ayudan.",
            Some(Strength::Possible) => "Posible: puede aplicarse uno de los motivos. Kaiser decide, y las pruebas de abajo le ayudan.",
            Some(Strength::Weak) => "Débil por ahora: según sus respuestas, no se aplica ninguno de los motivos habituales. Aun así, puede pedirlo, o pagar por su cuenta la opinión de un médico fuera de Kaiser (vea Costos).",
            None => "Todavía no hay suficiente información. Responda las preguntas de arriba para ver qué tan sólido es su caso.",
        },
        Code::Ground(g) => ground(g),
        Code::Reason(r) => reason(r),
        Code::CaReason(r) => ca_reason(r),
        Code::Evidence(e) => evidence(e),
        Code::Action(a) => action(a),
        Code::Item(i) => item(i),
        Code::ItemExplain(i) => item_explain(i),
        Code::ItemOn => "{what}: {date}.",
        Code::ItemAbout => "{what}: alrededor del {date}.",
        Code::ItemUnknown => "{what}: todavía no se sabe. {needed}",
        Code::Needed(n) => needed(n),
        Code::NotNeeded(n) => match n {
            NotNeeded::AppointmentPassed => "Ya no es necesario: la fecha de su cita ya pasó",
            NotNeeded::DenialLifted => "Ya no es necesario: la denegación de Kaiser ya no está vigente",
        },
        Code::CostInput(c) => cost_input(c),
        Code::Scenario(s) => match s {
            ScenarioKind::InNetwork => "Una segunda opinión de otro médico de Kaiser",
            ScenarioKind::AuthorizedReferral => "Un médico fuera de Kaiser, aprobado por Kaiser",
            ScenarioKind::SelfPay => "Un médico fuera de Kaiser, pagado por usted",
        },
        Code::ScenarioExplain(s) => match s {
            ScenarioKind::InNetwork => "Lo que usted paga normalmente por una consulta con un especialista de Kaiser.",
            ScenarioKind::AuthorizedReferral => "Kaiser da su aprobación por escrito (una autorización) antes de la consulta.",
            ScenarioKind::SelfPay => "Sin aprobación: usted paga todo, y Kaiser no paga nada.",
        },
        Code::Basis(b) => match b {
            ReferralCostBasis::InNetworkCostSharing => "El mismo costo que una consulta en Kaiser",
            ReferralCostBasis::OutOfNetworkBenefits => "Condiciones fuera de la red (deducible y coseguro)",
            ReferralCostBasis::NoCostToMember => "Sin costo para usted (la regla de Medicaid para una segunda opinión)",
        },
        Code::FindOut(f) => find_out(f),
        Code::Route(r) => route(r),
        Code::Internal(i) => match i {
            InternalStepKind::Grievance => "queja",
            InternalStepKind::Appeal => "apelación",
            InternalStepKind::Reconsideration => "solicitud de reconsideración",
            InternalStepKind::NotKnown => "queja o apelación",
        },
        Code::InternalExplain(i) => match i {
            InternalStepKind::Grievance => "Una queja (queja formal) es una solicitud por escrito en la que usted le pide a Kaiser que cambie su decisión.",
            InternalStepKind::Appeal => "Una apelación es una solicitud por escrito en la que usted le pide a Kaiser que cambie su decisión.",
            InternalStepKind::Reconsideration => "Una solicitud de reconsideración le pide a Kaiser que vuelva a revisar su decisión. Es el nombre que Medicare usa para una apelación.",
            InternalStepKind::NotKnown => "El nombre y el plazo de este paso dependen de su tipo de plan. La carta de denegación de Kaiser dice cuál le corresponde.",
        },
        Code::Review(r) => review(r),
        Code::ReviewExplain(r) => review_explain(r),
        Code::Channel(c) => match c {
            ContactChannel::Call => "Llamada telefónica",
            ContactChannel::Message => "Mensaje o correo electrónico",
            ContactChannel::Letter => "Carta o fax",
            ContactChannel::InPerson => "En persona",
        },
        Code::County(c) => match c {
            CountyType::Large => "Condado grande (como Los Ángeles o Alameda)",
            CountyType::Medium => "Condado mediano",
            CountyType::Small => "Condado pequeño",
            CountyType::Rural => "Condado rural",
        },
        Code::Outcome(o) => match o {
            ReferralOutcome::Pending => "Esperando una respuesta",
            ReferralOutcome::Approved => "Aprobado",
            ReferralOutcome::Denied => "Denegado",
        },
        Code::AppealOutcome(o) => match o {
            AppealOutcome::Reversed => "Se revocó la denegación (se aprobó)",
            AppealOutcome::PartlyReversed => "Se aprobó una parte, y el resto sigue denegado",
            AppealOutcome::Upheld => "Se mantuvo la denegación",
        },
        Code::ReviewOutcome(o) => match o {
            ReviewOutcome::Overturned => "El revisor decidió a mi favor (revocó la denegación)",
            ReviewOutcome::Upheld => "El revisor mantuvo la denegación",
        },
        Code::SecondOpinion(s) => match s {
            InNetworkSecondOpinion::NotOffered => "No",
            InNetworkSecondOpinion::Offered => "Me la ofrecieron, pero todavía no la he tenido",
            InNetworkSecondOpinion::Had => "Sí, ya la tuve",
        },
        Code::SelfPay(i) => match i {
            SelfPayItem::Consult => "Tarifa de la consulta",
            SelfPayItem::RecordReview => "Tarifa por revisar los expedientes",
            SelfPayItem::PathologyReview => "Revisión de laminillas de patología",
            SelfPayItem::ImagingReview => "Revisión de imágenes (tomografías, radiografías)",
            SelfPayItem::Tests => "Pruebas que pida el médico fuera de Kaiser",
            SelfPayItem::Travel => "Viaje y alojamiento",
        },
        Code::PeriodBusinessDays => "{n} {n:día hábil|días hábiles}",
        Code::PeriodDays => "{n} {n:día|días}",
        Code::PeriodHours => "{n} {n:hora|horas}",
        Code::PeriodMonths => "{n} {n:mes|meses}",
        Code::StatusDone => "Hecho",
        Code::StatusToday => "Hoy",
        Code::StatusInDays => "En {days} {days:día|días}",
        Code::StatusInOneDay => "Mañana",
        Code::StatusOverdue => "Hace {days} {days:día|días}, y todavía no se ha hecho",
        Code::StatusReached => "Hace {days} {days:día|días}",
        Code::StatusUnknown => "Todavía no se sabe",
    }
}

fn ground(g: Ground) -> &'static str {
    match g {
        Ground::ExpertiseUnavailable => "Ningún especialista de Kaiser sabe tratar su afección",
        Ground::UnreasonableDelay => {
            "La espera para ver a un especialista de Kaiser es más larga de lo que permite la regla"
        }
        Ground::ExcessiveTravel => "El especialista de Kaiser más cercano está demasiado lejos",
        Ground::CaliforniaReason(r) => ca_reason(r),
    }
}

fn reason(r: ReasonCode) -> &'static str {
    match r {
        ReasonCode::NoQualifiedSpecialist => "Usted nos dijo que Kaiser no tiene un especialista con los conocimientos necesarios. En ese caso, Kaiser debería enviarle a uno fuera de Kaiser.",
        ReasonCode::QualifiedSpecialistExists => "Usted nos dijo que Kaiser tiene un especialista con los conocimientos necesarios, así que este motivo no le ayuda por sí solo.",
        ReasonCode::SpecialistUnknown => "Pregúntele a su médico si algún especialista de Kaiser tiene los conocimientos que su afección requiere.",
        ReasonCode::WaitExceedsStandard { .. } => "La primera cita que le ofrecieron era para {business} {business:día hábil|días hábiles} ({calendar} {calendar:día|días}) después de que usted la pidió. La regla da un plazo de {standard}, así que la espera es más larga de lo que permite la regla, a menos que un médico haya anotado en su expediente que una espera más larga no dañará su salud. Pídale a Kaiser una cita dentro del plazo de la regla, o una cita con un médico fuera de Kaiser.",
        ReasonCode::WaitWithinStandard { .. } => "La primera cita que le ofrecieron era para {business} {business:día hábil|días hábiles} ({calendar} {calendar:día|días}) después de que usted la pidió. La regla da un plazo de {standard}, así que la espera está dentro de la regla.",
        ReasonCode::WaitExceedsOnlyIfUrgent { .. } => "La espera de {business} {business:día hábil|días hábiles} ({calendar} {calendar:día|días}) es más larga de lo que permite la regla solo si su caso es urgente (para casos urgentes, el plazo es de {standard}).",
        ReasonCode::WaitDatesMissing => "Escriba el día en que pidió la cita y la primera cita que le ofrecieron, para comparar la espera con la regla.",
        ReasonCode::NoWaitStandard { .. } => "No encontramos una regla sobre el tiempo de espera para su plan. Aun así, vale la pena decirle a Kaiser si la espera es larga.",
        ReasonCode::TravelExceedsLimit { .. } => "Tanto la distancia como el tiempo de viaje pasan del límite de {miles} {miles:milla|millas} o {minutes} {minutes:minuto|minutos}.",
        ReasonCode::TravelPartlyExceedsLimit { .. } => "La distancia o el tiempo de viaje (no los dos) pasa del límite de {miles} {miles:milla|millas} o {minutes} {minutes:minuto|minutos}.",
        ReasonCode::TravelWithinLimit { .. } => "La distancia y el tiempo de viaje están dentro del límite de {miles} {miles:milla|millas} o {minutes} {minutes:minuto|minutos}.",
        ReasonCode::TravelConsideredNoNumber => "California no fija un límite de distancia para su plan, pero la ley dice que Kaiser debe tomar en cuenta qué tan lejos puede viajar usted.",
        ReasonCode::CountyTypeMissing => "Elija su tipo de condado para ver el límite de viaje de Medi-Cal.",
        ReasonCode::TravelNotGiven => "Escriba la distancia o el tiempo de viaje hasta el especialista de Kaiser más cercano.",
        ReasonCode::NoTravelStandard => "No encontramos un límite de viaje para su plan. Aun así, vale la pena decirle a Kaiser si el viaje es largo.",
        ReasonCode::ReasonTicked => "Usted marcó este motivo. La ley de California le da derecho a una segunda opinión por este motivo.",
        ReasonCode::ReasonNotTicked => "Usted no marcó este motivo.",
        ReasonCode::ReasonNotAnswered => "Todavía no ha respondido.",
        ReasonCode::ReasonTickedPlanMayNotBeCovered => "Usted marcó este motivo. Le da derecho a una segunda opinión si su plan es un plan HMO de California; todavía no sabe con certeza qué tipo de plan tiene.",
    }
}

fn ca_reason(r: CaReason) -> &'static str {
    match r {
        CaReason::QuestionedSurgery => "Mi médico me recomienda una cirugía, y tengo dudas de que sea necesaria.",
        CaReason::SeriousCondition => "Tengo una afección grave (una que podría poner en riesgo mi vida, una extremidad o el funcionamiento de mi cuerpo), y tengo dudas sobre el diagnóstico o el plan de tratamiento.",
        CaReason::UnclearDiagnosis => "Mis síntomas son confusos o complejos, los resultados de las pruebas se contradicen, o todavía no se ha hecho un diagnóstico.",
        CaReason::TreatmentNotWorking => "Mi tratamiento no me ha ayudado en un tiempo razonable.",
        CaReason::ConcernsNotResolved => "Seguí el plan de tratamiento, o le expresé preocupaciones serias a mi médico, y todavía tengo dudas.",
    }
}

fn evidence(e: Evidence) -> &'static str {
    match e {
        Evidence::WrittenRequestAndReplies => "Copias de su solicitud por escrito y de cada respuesta (guarde los mensajes de kp.org).",
        Evidence::NoQualifiedSpecialistStatement => "Una nota de su médico de Kaiser que diga que ningún especialista de Kaiser tiene los conocimientos que su afección requiere.",
        Evidence::OutsideSpecialistExpertise => "Lo que hace que el especialista fuera de Kaiser sea el indicado para su afección (su área de enfoque, su experiencia con ella).",
        Evidence::AppointmentOfferInWriting => "La fecha en que pidió una cita y la primera cita que le ofrecieron, por escrito.",
        Evidence::TravelDistanceAndTime => "La distancia y el tiempo de viaje hasta el especialista de Kaiser más cercano (sirve un mapa impreso).",
        Evidence::RecordsShowingReason => "Expedientes médicos que muestren su motivo: la cirugía recomendada, resultados de pruebas que se contradicen, o un tratamiento que no ayudó.",
        Evidence::DenialLetter => "La carta de denegación.",
        Evidence::OutsideDoctorSupportLetter => "Una carta del médico fuera de Kaiser que explique por qué debería atenderle.",
    }
}

fn action(a: ActionKind) -> &'static str {
    match a {
        ActionKind::TalkToKaiserDoctor => "Hable con su médico de Kaiser sobre una segunda opinión.",
        ActionKind::PutRequestInWriting => "Haga su solicitud por escrito a través de kp.org.",
        ActionKind::AskForUrgentDecision => "Diga que es urgente y pida una decisión rápida (acelerada).",
        ActionKind::AskForInNetworkSecondOpinion => "Pida también una segunda opinión de otro médico de Kaiser. Es su derecho en California, y puede apoyar su caso.",
        ActionKind::KeepCopies => "Guarde copias de todo lo que envíe y reciba.",
        ActionKind::GatherEvidence => "Reúna las pruebas que se indican en el paso 3.",
        ActionKind::GetWrittenAuthorization => "Obtenga la aprobación por escrito (autorización), y revise qué consultas y servicios cubre.",
        ActionKind::RequestRecords => "Pida que envíen sus expedientes médicos al médico fuera de Kaiser.",
        ActionKind::FileGrievanceOrAppeal => "Presente una queja (queja formal) o una apelación (vea el paso 7).",
    }
}

fn item(i: ItemKind) -> &'static str {
    // Each is a noun phrase: it heads a timeline row, and fills "{what}: {date}.".
    match i {
        ItemKind::ReferralDecisionExpected => "Respuesta esperada a su solicitud de referido",
        ItemKind::ReferralFollowUp => "Día para dar seguimiento si Kaiser no ha respondido",
        ItemKind::InNetworkAppointmentDue => {
            "Último día para que Kaiser le ofrezca una cita con un especialista"
        }
        ItemKind::GrievanceFilingDeadline => "Último día para presentar su apelación",
        ItemKind::PlanDecisionExpected => "Decisión esperada sobre su apelación",
        ItemKind::MayEscalateFrom => "Primer día en que puede pedir la revisión independiente",
        ItemKind::ReviewFilingDeadline => "Último día para pedir la revisión independiente",
        ItemKind::AlternativeReviewFilingDeadline => {
            "Último día para pedir la otra revisión independiente"
        }
        ItemKind::ReviewDecisionExpected => "Decisión esperada del revisor independiente",
        ItemKind::AuthorizationAfterReview => {
            "Último día para que Kaiser apruebe su atención después de la decisión del revisor"
        }
        ItemKind::RecordsLegalMaxRequestBy => {
            "Día seguro para pedir sus expedientes, aunque Kaiser tarde todo lo que permite la ley"
        }
        ItemKind::RecordsRequestBy => "Día para pedir sus expedientes médicos",
        ItemKind::Appointment => "Su cita con el médico fuera de Kaiser",
    }
}

fn item_explain(i: ItemKind) -> &'static str {
    match i {
        ItemKind::ReferralDecisionExpected => document_word!(DOCUMENT_WORDS, "Se cuenta desde el día en que envió su solicitud por escrito."),
        ItemKind::ReferralFollowUp => document_word!(DOCUMENT_WORDS, "Se cuenta desde el día en que envió su solicitud por escrito. Es un día para preguntar cómo va su solicitud, no un plazo legal."),
        ItemKind::InNetworkAppointmentDue => document_word!(DOCUMENT_WORDS, "Se cuenta desde el día en que pidió una cita, según las reglas de California sobre tiempos de espera."),
        ItemKind::GrievanceFilingDeadline => document_word!(DOCUMENT_WORDS, "Se cuenta desde la fecha impresa en la carta de denegación."),
        ItemKind::PlanDecisionExpected => document_word!(DOCUMENT_WORDS, "Se cuenta desde el día en que presentó su apelación."),
        ItemKind::MayEscalateFrom => document_word!(DOCUMENT_WORDS, "Cuando se decida su apelación, o después de esta espera sin una decisión."),
        ItemKind::ReviewFilingDeadline => document_word!(DOCUMENT_WORDS, "Se cuenta desde la fecha de la decisión por escrito sobre su apelación."),
        ItemKind::AlternativeReviewFilingDeadline => document_word!(DOCUMENT_WORDS, "Se cuenta desde la fecha de la decisión por escrito sobre su apelación."),
        ItemKind::ReviewDecisionExpected => document_word!(DOCUMENT_WORDS, "Se cuenta desde el día en que pidió la revisión (para Medicare, desde la decisión de Kaiser, que pasa el caso al revisor)."),
        ItemKind::AuthorizationAfterReview => document_word!(DOCUMENT_WORDS, "Se cuenta desde la fecha de la decisión del revisor."),
        ItemKind::RecordsLegalMaxRequestBy => document_word!(DOCUMENT_WORDS, "Se cuenta hacia atrás desde su cita, según el plazo más largo que la ley le da a Kaiser para enviar las copias."),
        ItemKind::RecordsRequestBy => document_word!(DOCUMENT_WORDS, "Se cuenta hacia atrás desde su cita en días hábiles (días de lunes a viernes que no son feriados federales)."),
        ItemKind::Appointment => document_word!(DOCUMENT_WORDS, "La fecha que usted escribió."),
    }
}

fn needed(n: DateNeeded) -> &'static str {
    match n {
        DateNeeded::ReferralRequested => "Falta el día en que envió su solicitud (paso 4).",
        DateNeeded::AppointmentRequested => {
            "Falta el día en que pidió una cita con un especialista (paso 3)."
        }
        DateNeeded::DenialLetter => "Falta la fecha de la carta de denegación (paso 7).",
        DateNeeded::GrievanceFiled => "Falta el día en que presentó su apelación (paso 7).",
        DateNeeded::GrievanceDecision => "Falta la fecha de la decisión de su apelación (paso 7).",
        DateNeeded::ReviewFiled => "Falta el día en que pidió la revisión independiente (paso 7).",
        DateNeeded::ReviewDecision => {
            "Falta la fecha de la decisión del revisor independiente (paso 7)."
        }
        DateNeeded::Appointment => "Falta la fecha de su cita fuera de Kaiser (paso 6).",
        DateNeeded::PlanType => "Falta su tipo de plan (paso 1).",
        DateNeeded::State => "Falta su estado (paso 1).",
        DateNeeded::RuleNotSourced => "Nuestras fuentes no dan un plazo para esto en su plan.",
    }
}

fn cost_input(c: CostInput) -> &'static str {
    match c {
        CostInput::AllowedAmount => "la cantidad permitida",
        CostInput::CostShare => "su copago o coseguro",
        CostInput::ReferralBasis => {
            "qué condiciones usa un referido externo aprobado (lo dice su Evidencia de Cobertura)"
        }
        CostInput::OutsideBilledAmount => "lo que cobra el médico fuera de Kaiser",
        CostInput::ConsultFee => "la tarifa de la consulta",
        CostInput::RecordReviewFee => "la tarifa por revisar los expedientes",
        CostInput::PathologyReviewFee => "la revisión de laminillas de patología",
        CostInput::ImagingReviewFee => "la revisión de imágenes",
        CostInput::Tests => "las pruebas",
        CostInput::Travel => "el viaje y el alojamiento",
    }
}

fn find_out(f: FindOut) -> &'static str {
    match f {
        FindOut::WhichPlanType => "Qué tipo de plan tiene. Lo puede ver en su tarjeta de identificación de miembro, o preguntar en la oficina de beneficios de su empleador o a Servicio a los Miembros de Kaiser.",
        FindOut::WhetherSelfFunded => "Si su plan es a través de su trabajo: pregunte en su oficina de beneficios si es \"autofinanciado\" (self-funded). Eso cambia quién revisa una denegación.",
        FindOut::WhichState => "La ley de qué estado se aplica a su plan. Lo dice su Evidencia de Cobertura.",
        FindOut::DeadlinesOnDenialLetter => "Los plazos impresos en su carta de denegación. Si son distintos de los nuestros, siga lo que dice la carta.",
        FindOut::EocSecondOpinionSection => "Lo que dice la sección \"Segundas opiniones\" de su Evidencia de Cobertura.",
        FindOut::OutsideReferralCostShare => "Cuánto cuesta con su plan un referido externo aprobado.",
        FindOut::SecondOpinionTimelines => "Los plazos propios de Kaiser para responder a las solicitudes de segunda opinión (Kaiser debe decírselos si usted los pide).",
        FindOut::AccessStandards => "Qué reglas de tiempo de espera y de distancia de viaje sigue su plan.",
    }
}

fn route(r: RouteKind) -> &'static str {
    match r {
        RouteKind::CaliforniaDmhc => "Su plan sigue las reglas de California para los planes de salud. Lo supervisa una agencia del estado: el Departamento de Atención Médica Administrada de California (DMHC).",
        RouteKind::MediCal => "Su plan sigue las reglas de Medi-Cal, y lo supervisan las agencias del estado de California.",
        RouteKind::Medicaid(Some(_)) => "Su plan sigue las reglas federales de Medicaid para los planes de salud, y la oficina de Medicaid de {state} se encarga de la audiencia estatal imparcial.",
        RouteKind::Medicaid(None) => "Su plan sigue las reglas federales de Medicaid para los planes de salud, y la oficina de Medicaid de su estado se encarga de la audiencia estatal imparcial.",
        RouteKind::MedicareAdvantage => "Su plan sigue las reglas federales de Medicare, no las de su estado.",
        RouteKind::Fehb => "Su plan sigue las reglas federales para los empleados federales, bajo la supervisión de la Oficina de Administración de Personal (OPM).",
        RouteKind::SelfFundedFederal => "Su plan sigue las reglas federales para los planes de empleadores, no las de su estado.",
        RouteKind::StateExternalReview(_) => "Su plan sigue las leyes de {state} y las reglas federales para los planes de salud.",
        RouteKind::Protective => "Todavía no sabemos qué reglas se aplican a su plan, así que le mostramos el plazo más temprano de todos los planes que podrían ser el suyo.",
    }
}

fn review(r: ReviewKind) -> &'static str {
    match r {
        ReviewKind::DmhcImr => "una Revisión Médica Independiente (IMR) del DMHC de California",
        ReviewKind::MediCalStateHearing => "una audiencia estatal de Medi-Cal",
        ReviewKind::StateFairHearing(Some(_)) => {
            "una audiencia estatal imparcial ante la oficina de Medicaid de {state}"
        }
        ReviewKind::StateFairHearing(None) => {
            "una audiencia estatal imparcial ante la oficina de Medicaid de su estado"
        }
        ReviewKind::MedicareIre => "la Entidad de revisión independiente (IRE) de Medicare",
        ReviewKind::OpmReview => "una revisión de la Oficina de Administración de Personal (OPM)",
        ReviewKind::FederalExternalReview => "una revisión externa federal",
        ReviewKind::StateExternalReview(_) => "la revisión externa de {state}",
        ReviewKind::DependsOnPlanType => {
            "una revisión independiente (cuál sea depende de su tipo de plan)"
        }
    }
}

fn review_explain(r: ReviewKind) -> &'static str {
    match r {
        ReviewKind::DmhcImr => "En una Revisión Médica Independiente (IMR), médicos que no trabajan para Kaiser revisan su caso. Es gratis.",
        ReviewKind::MediCalStateHearing => "Una audiencia estatal es una reunión con un juez del Departamento de Servicios Sociales de California, por teléfono, por video o en persona.",
        ReviewKind::StateFairHearing(_) => "En una audiencia estatal imparcial, un funcionario de audiencias del programa Medicaid de su estado (no su plan) revisa la decisión. Puede pedirla después de la apelación ante el plan, o si el plan no decide a tiempo.",
        ReviewKind::MedicareIre => "Si Kaiser mantiene la denegación, debe enviar su caso a este revisor independiente por iniciativa propia. Usted no tiene que pedirlo.",
        ReviewKind::OpmReview => "La Oficina de Administración de Personal, que administra los planes de salud de los empleados federales, revisa la decisión de Kaiser.",
        ReviewKind::FederalExternalReview => "Una organización de revisión independiente, no Kaiser, revisa su caso.",
        ReviewKind::StateExternalReview(_) => "En una revisión externa, una organización independiente elegida por el estado, no Kaiser, revisa su caso.",
        ReviewKind::DependsOnPlanType => "Cuando sepa qué tipo de plan tiene, esta página le mostrará la revisión exacta y a quién llamar.",
    }
}
