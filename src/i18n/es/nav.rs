//! Spanish (español): the journey's frame, "Why?" and confidence, and the "what to do next" line.

use crate::domain::money::ParseError;
use crate::domain::next_step::Approval;
use crate::domain::route::{InternalStepKind, UsState};
use crate::domain::{Caveat, Confidence};
use crate::i18n::keys::{Nav, NextKey};
use crate::state::edit::NumberKind;
use crate::state::Step;

pub(super) fn text(key: Nav) -> &'static str {
    match key {
        Nav::StepName(step) => step_name(step),
        Nav::StepsLabel => "Pasos de la guía",
        Nav::StepNavLabel => "Atrás y siguiente",
        Nav::StepOfN => "Paso {k} de {n}",
        Nav::StepDone => "(completado)",
        Nav::NextTo => "Siguiente: {step}",
        Nav::BackTo => "Atrás: {step}",
        Nav::NextStepLabel => "Qué hacer ahora:",
        Nav::Why => "¿Por qué? La regla y su fuente",
        Nav::SourceWithLink => "Fuente: {link} {new_tab} {confidence}",
        Nav::SourceWithoutLink => "Fuente: {title}. No encontramos una fuente pública para esto. Es solo nuestra mejor interpretación. {confidence}",
        Nav::SourceNotRead => "Fuente: la lista de fuentes todavía no se ha cargado. Si sigue así, revise su conexión y vuelva a cargar la página. {confidence}",
        Nav::NewTab => "(se abre en una pestaña nueva)",
        Nav::Confidence(c) => confidence(c),
        Nav::LowConfidenceNote => "No estamos seguros de este dato. Por favor, revise su propia carta o su Evidencia de Cobertura: lo que digan tiene prioridad.",
        Nav::Yes => "Sí",
        Nav::No => "No",
        Nav::NotSure => "No lo sé",
        Nav::CallLine => "Teléfono: {number}",
        Nav::TtyLine => "TTY (para personas sordas o con problemas de audición): {number}",
        Nav::SpanishLine => "En español: {number}",
        Nav::WebsiteLine => "Sitio web: {site} {new_tab}",
        Nav::DateHint => "Elija la fecha, o escriba el día, el mes y el año en el orden que muestra el campo.",
        Nav::NumberProblem(kind, problem) => number_problem(kind, problem),
        Nav::LetterHint => "Seleccione todo el texto de este cuadro y cópielo en un mensaje seguro en kp.org (el sitio web de Kaiser para miembros), o imprímalo. El texto ya incluye sus respuestas; lo que está [entre corchetes] todavía lo tiene que completar usted. Guarde una copia.",
        Nav::DoneItem => "Hecho: {action}",
        Nav::ToDoItem => "Pendiente: {action}",
        Nav::WithStatus => "{text} ({status})",
        Nav::AboutDate => "Alrededor del {date}",
        Nav::State(state) => state_name(state),
        Nav::Caveat(caveat) => caveat_text(caveat),
        Nav::Next(key) => next(key),
    }
}

pub(super) fn step_name(step: Step) -> &'static str {
    match step {
        Step::Plan => "Su plan",
        Step::Reason => "Su motivo",
        Step::Case => "Sus razones para un referido externo",
        Step::Ask => "Pida el referido",
        Step::Costs => "Costos",
        Step::Records => "Sus expedientes médicos",
        Step::IfDenied => "Si le niegan el referido",
        Step::Timeline => "Sus fechas y registro de contactos",
    }
}

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "Nivel de confianza: bastante confiable. Leímos el texto oficial.",
        Confidence::Medium => "Nivel de confianza: por favor, verifíquelo. Leímos una buena fuente secundaria, o solo una parte del texto oficial.",
        Confidence::Low => "Nivel de confianza: sin confirmar. La fuente es débil o no hay ninguna. Por favor, verifíquelo.",
    }
}

fn number_problem(kind: NumberKind, problem: ParseError) -> &'static str {
    match (kind, problem) {
        (_, ParseError::Empty) => "",
        (NumberKind::Money, ParseError::NotANumber) => "No pudimos leer esto como una cantidad de dinero. Escriba solo números, como 1200 o $1,200.50.",
        (NumberKind::Money, ParseError::TooManyDecimals) => "Use como máximo dos dígitos después del punto (los centavos), como 1,200.50.",
        (NumberKind::Money, ParseError::Negative) => "Una cantidad no puede ser menor que cero. Escríbala sin el signo de menos.",
        (NumberKind::Money, ParseError::TooLarge) => "Esta cantidad es demasiado grande. Por favor, revísela.",
        (NumberKind::Percent, ParseError::NotANumber) => "No pudimos leer esto como un porcentaje. Escriba un número, como 20 o 20%.",
        (NumberKind::Percent, ParseError::TooManyDecimals) => "Use como máximo dos dígitos después del punto, como 12.5%.",
        (NumberKind::Percent, ParseError::Negative) => "Un porcentaje no puede ser menor que cero.",
        (NumberKind::Percent, ParseError::TooLarge) => "Un porcentaje no puede ser mayor que 100%.",
        (NumberKind::Count, ParseError::NotANumber | ParseError::TooManyDecimals) => "Escriba un número entero, como 45.",
        (NumberKind::Count, ParseError::Negative) => "Este número no puede ser menor que cero.",
        (NumberKind::Count, ParseError::TooLarge) => "Este número es demasiado grande. Por favor, revíselo.",
    }
}

fn state_name(state: UsState) -> &'static str {
    match state {
        UsState::California => "California",
        UsState::Colorado => "Colorado",
        UsState::Georgia => "Georgia",
        UsState::Hawaii => "Hawái",
        UsState::Maryland => "Maryland",
        UsState::Virginia => "Virginia",
        UsState::DistrictOfColumbia => "Washington D. C.",
        UsState::Oregon => "Oregón",
        UsState::Washington => "Washington",
    }
}

fn caveat_text(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::YourLetterWins => "Si su propia carta o su Evidencia de Cobertura da una fecha distinta, guíese por su carta.",
        Caveat::RegulationTextNotSeen => "No vimos el texto mismo del reglamento; varios documentos de planes coinciden en esta cifra.",
        Caveat::HealthCareGovSays60Days => "Una página de HealthCare.gov dice 60 días; el reglamento mismo dice 4 meses. Para no correr riesgos, actúe con tiempo.",
        Caveat::OlderPagesSay60Days => "Algunas páginas antiguas de Medicare todavía dicen 60 días. Desde el 1 de enero de 2025, son 65 días.",
        Caveat::StateDeadlineNotConfirmed => "No encontramos una fecha límite estatal, así que usamos el mínimo federal de 4 meses.",
        Caveat::ContactFromSecondarySource => "Tomamos este número de teléfono de un sitio web secundario. Verifíquelo en el sitio web de la propia agencia.",
        Caveat::Unsourced => "No encontramos una fuente pública para esto. Es solo nuestra mejor interpretación.",
        Caveat::AnalogyOnly => "Aquí ninguna ley fija un número de días. El día 14 es solo una referencia: si para entonces no ha tenido noticias, vuelva a preguntar.",
        Caveat::WordingFromTwinStatute => "Las palabras exactas vienen de una ley equivalente del Insurance Code (Código de Seguros).",
        Caveat::MayBeExtended14Days => "El plan puede tardar hasta 14 días más, y si lo hace, debe avisarle.",
        Caveat::OlderTextVerifyCurrent => "El texto que vimos es antiguo; la versión actual puede ser diferente.",
        Caveat::StateNotGivenEarliestUsed => "Todavía no sabemos su estado, así que mostramos la fecha límite más temprana de los estados posibles.",
        Caveat::PlanTypeNotKnownEarliestUsed => "Todavía no sabemos su tipo de plan, así que mostramos la fecha límite más temprana de los planes posibles.",
        Caveat::KaiserNorthwestFigure => "Este tiempo de anticipación es la cifra que publica la región de Kaiser de Oregón y Washington, no un límite legal donde usted vive.",
        Caveat::LateAcceptedForGoodCause => "Es posible que acepten una solicitud tardía si usted tiene una buena razón.",
        Caveat::HoursRoundedToDays => "La regla cuenta horas; mostramos el día en que se cumplen esas horas.",
        Caveat::MedicareRateIsFloor => "Lo que paga Medicare es un mínimo, no un presupuesto. Los médicos fuera de Kaiser suelen cobrar más.",
        Caveat::PlanDoesNotMatchRegion => "Su tipo de plan no corresponde a su región, así que usamos las reglas que más le protegen.",
        Caveat::ClosedAfterStateHearing => "Esta opción ya no está disponible una vez que pida una audiencia estatal.",
        Caveat::ReasonsNotExhaustive => "Estas cinco razones son ejemplos. La ley dice que las razones incluyen estas, pero no se limitan a ellas.",
        Caveat::DecisionTimeNotSourced => "Nuestras fuentes no dicen cuánto tarda la decisión.",
        Caveat::CountedFromReviewerReceipt => "El plazo del revisor empieza a contar cuando recibe su caso, no el día en que usted lo envía, así que esta fecha es aproximada.",
        Caveat::CountedFromCompleteInformation => "El plazo empieza a contar cuando Kaiser tiene la información que necesita, así que esta fecha es aproximada.",
        Caveat::MonthsCountedProtectively => "Ninguna regla dice cómo contar estos meses, así que usamos la forma que da la fecha más temprana: la misma fecha, esa cantidad de meses después, o el último día de un mes más corto (31 de agosto más 6 meses es 28 de febrero), sin moverla nunca aunque caiga en fin de semana. Así nunca se le pasa el plazo.",
        Caveat::StateMaySetShorter => "Esto es lo máximo que permite la regla federal. Su estado puede dar menos días, pero al menos 90: guíese por su aviso.",
        Caveat::ElectronicRequestsFaster => "Una solicitud enviada por vía electrónica debe responderse antes.",
        Caveat::MayNotReachKaiserHmo => "Esta regla estatal no se aplica a una HMO que da la mayor parte de la atención por medio de un solo grupo médico, como puede ser el caso de Kaiser. Entonces se aplica el límite federal de 15 días.",
        Caveat::SpanishLineFromSpanishNotice => "La línea en español es la que indica el aviso en español de Kaiser para Servicio a los Miembros (espanol.kaiserpermanente.org), no nuestra fuente de los demás números: verifíquela en su tarjeta de miembro.",
        Caveat::MedicaidPlanNamedOnNotice => "Su aviso indica el plan de Medicaid, u oficina estatal, que tomó la decisión. Envíe su apelación allí. En la mayoría de los estados, salvo California, Hawái y Maryland, no es el propio Kaiser.",
    }
}

fn next(key: NextKey) -> &'static str {
    match key {
        NextKey::AnswerPlan => "Comience con su plan: elija su región de Kaiser y su tipo de plan. Todas las reglas y fechas límite dependen de eso.",
        NextKey::ActNowGrievance => "Actúe ya: presente su apelación a más tardar el {date}. {when}",
        NextKey::ActNowReview => "Actúe ya: pida la revisión independiente a más tardar el {date}. {when}",
        NextKey::ActNowRecords => "Actúe ya: pida a Kaiser que envíe sus expedientes médicos al médico fuera de Kaiser. Para ir a lo seguro, pídalo a más tardar el {date}. {when}",
        NextKey::DueToday => "Es hoy.",
        NextKey::DueInDays => "Es dentro de {days} {days:día|días}.",
        NextKey::Overdue => "Esa fecha pasó hace {days} {days:día|días}. Hágalo lo antes posible.",
        NextKey::FileGrievance(kind) => match kind {
            InternalStepKind::Grievance => "Kaiser dijo que no. Presente una queja (queja formal) ante Kaiser a más tardar el {date} para pedir que revisen su caso otra vez.",
            InternalStepKind::Appeal => "Kaiser dijo que no. Presente una apelación ante Kaiser a más tardar el {date} para pedir que revisen su caso otra vez.",
            InternalStepKind::Reconsideration => "Kaiser dijo que no. Pida a Kaiser una reconsideración a más tardar el {date}, para que revisen su caso otra vez.",
            InternalStepKind::NotKnown => "Kaiser dijo que no. Presente una queja (queja formal) o una apelación ante Kaiser a más tardar el {date} para pedir que revisen su caso otra vez.",
        },
        NextKey::FileGrievanceNoDate(kind) => match kind {
            InternalStepKind::Grievance => "Kaiser dijo que no. Presente una queja (queja formal) ante Kaiser para pedir que revisen su caso otra vez. Escriba la fecha de la carta de denegación en el paso 7 para ver su fecha límite.",
            InternalStepKind::Appeal => "Kaiser dijo que no. Presente una apelación ante Kaiser para pedir que revisen su caso otra vez. Escriba la fecha de la carta de denegación en el paso 7 para ver su fecha límite.",
            InternalStepKind::Reconsideration => "Kaiser dijo que no. Pida a Kaiser una reconsideración, para que revisen su caso otra vez. Escriba la fecha de la carta de denegación en el paso 7 para ver su fecha límite.",
            InternalStepKind::NotKnown => "Kaiser dijo que no. Presente una queja (queja formal) o una apelación ante Kaiser para pedir que revisen su caso otra vez. Escriba la fecha de la carta de denegación en el paso 7 para ver su fecha límite.",
        },
        NextKey::FileWithPlanOnNotice => "Le negaron su solicitud. Presente una apelación a más tardar el {date} ante el plan, u oficina estatal, que aparece en el aviso de denegación, para pedir que revisen su caso otra vez.",
        NextKey::FileWithPlanOnNoticeNoDate => "Le negaron su solicitud. Presente una apelación ante el plan, u oficina estatal, que aparece en el aviso de denegación, para pedir que revisen su caso otra vez. Escriba la fecha del aviso en el paso 7 para ver su fecha límite.",
        NextKey::AwaitPlanDecision => "Espere la decisión sobre su apelación. Debe llegar a más tardar el {date}. Anote cada llamada en su registro de contactos.",
        NextKey::AwaitPlanDecisionNoDate => "Espere la decisión sobre su apelación, y anote cada llamada en su registro de contactos.",
        NextKey::AskReview => "Si la respuesta sigue siendo que no, pida la revisión independiente ({review}) a más tardar el {date}.",
        NextKey::AskReviewNoDate => "Si la respuesta sigue siendo que no, pida la revisión independiente ({review}).",
        NextKey::AskReviewPartly => "Solo se aprobó una parte de su solicitud. Para la parte que sigue denegada, pida la revisión independiente ({review}) a más tardar el {date}.",
        NextKey::AskReviewPartlyNoDate => "Solo se aprobó una parte de su solicitud. Para la parte que sigue denegada, pida la revisión independiente ({review}).",
        NextKey::ReviewIsAutomatic => "Si Kaiser mantuvo su denegación, debe enviar su caso al revisor independiente por su cuenta. La decisión debe llegar alrededor del {date}. Revise su correo por si llega una carta, y llame si no tiene noticias.",
        NextKey::ReviewIsAutomaticNoDate => "Si Kaiser sigue diciendo que no, debe enviar su caso al revisor independiente por su cuenta. Revise su correo por si llega una carta, y llame si no tiene noticias.",
        NextKey::AwaitReview => "Espere la decisión del revisor independiente, que debe llegar a más tardar el {date}.",
        NextKey::AwaitReviewAbout => "Espere la decisión del revisor independiente, que debe llegar alrededor del {date}.",
        NextKey::AwaitReviewNoDate => "Espere la decisión del revisor independiente. Llame al revisor si no tiene noticias en un mes.",
        NextKey::ReviewUpheld => "El revisor independiente mantuvo la denegación. Todavía puede pagar por su cuenta la opinión de un médico fuera de Kaiser (vea el paso 5), y la carta con la decisión le dice si puede apelar de nuevo.",
        NextKey::TalkToDoctor => "Hable con su médico de Kaiser: dígale que quiere una segunda opinión de un médico fuera de Kaiser, y por qué. Esta conversación es el primer paso.",
        NextKey::PutRequestInWriting => "Haga su solicitud por escrito: envíe el mensaje del paso 4 por kp.org, y guarde una copia.",
        NextKey::AwaitReferral => "Espere la respuesta de Kaiser a su solicitud. Debe llegar a más tardar el {date}. Si no llega, llame y pregunte (en el paso 4 hay un guion para la llamada).",
        NextKey::AwaitReferralAbout => "Espere la respuesta de Kaiser a su solicitud. Debe llegar alrededor del {date}. Si para el {follow_up} no ha tenido noticias, llame y pregunte (en el paso 4 hay un guion para la llamada).",
        NextKey::AwaitReferralLate => "La respuesta de Kaiser debía llegar a más tardar el {date} y no ha llegado. Llame y pregunte cómo va su solicitud (en el paso 4 hay un guion para la llamada), y anote la llamada en su registro de contactos.",
        NextKey::AwaitReferralNoDate => "Espere la respuesta de Kaiser a su solicitud, y anótela en el paso 4 cuando llegue.",
        NextKey::BookAppointment(approval) => match approval {
            Approval::Referral => "Le aprobaron el referido. Obtenga la aprobación por escrito; luego haga la cita con el médico fuera de Kaiser y escriba la fecha en el paso 6.",
            Approval::AppealReversed => "Con su apelación, se revocó la denegación: su referido está aprobado. Obtenga la aprobación por escrito; luego haga la cita con el médico fuera de Kaiser y escriba la fecha en el paso 6.",
            Approval::ReviewOverturned { binds: true, .. } => "El revisor independiente decidió a su favor, y Kaiser debe cumplir esa decisión. Obtenga la aprobación por escrito; luego haga la cita con el médico fuera de Kaiser y escriba la fecha en el paso 6.",
            Approval::ReviewOverturned { binds: false, .. } => "El revisor independiente decidió a su favor. Pida a Kaiser la aprobación por escrito; luego haga la cita con el médico fuera de Kaiser y escriba la fecha en el paso 6.",
        },
        NextKey::BookAfterReviewBy => "El revisor independiente decidió a su favor, y Kaiser debe cumplir esa decisión: debe aprobar su atención a más tardar el {date}. Obtenga la aprobación por escrito; luego haga la cita con el médico fuera de Kaiser y escriba la fecha en el paso 6.",
        NextKey::RequestRecords => "A más tardar el {date}, pida a Kaiser que envíe sus expedientes médicos al médico fuera de Kaiser.",
        NextKey::RequestRecordsNoDate => "Pida a Kaiser que envíe sus expedientes médicos al médico fuera de Kaiser.",
        NextKey::GoToAppointment => "Todo está listo. Su cita es el {date}. Lleve sus fechas clave y sus preguntas.",
        NextKey::AfterAppointment => "Su cita con el médico fuera de Kaiser fue el {date}. Pida el informe escrito del médico, y compártalo con su médico de Kaiser.",
    }
}
