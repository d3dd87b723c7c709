//! Spanish (español), addressed as "usted" the way Kaiser, Medicare and CuidadoDeSalud write to
//! members, in their own terms (`../shared/domain/glossary-es.md`). Plain words; terms of art
//! explained where used. Each file mirrors its English one arm for arm (tests/i18n_tables.rs).

mod ask;
mod codes;
mod costs;
mod docs;
mod later;
mod letters;
mod nav;
pub(super) mod page;
mod reason;
mod safety;

use chrono::{Datelike, NaiveDate};

use super::Text;

/// The documents' words (letters, their tools, the calendar file), in the file the browser
/// build fetches (see `i18n::document_words`).
pub(super) const DOCUMENT_WORDS: &str = include_str!("../../../static/document-words.es.txt");
use crate::domain::{MedicaidProgram, PlanType, Region, Urgency};

/// A date in Spanish: "18 de junio de 2027" (months in lower case, as Spanish writes them).
pub(super) fn date(date: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
    format!("{} de {month} de {}", date.day(), date.year())
}

pub(super) fn text(text: Text) -> &'static str {
    match text {
        Text::AppName => "Guía para una Segunda Opinión",
        Text::SkipToContent => "Saltar al contenido principal",
        Text::WelcomeTitle => "Obtenga una segunda opinión de un médico fuera de Kaiser",
        Text::WelcomeIntro => "Si usted es miembro de Kaiser Permanente y quiere que un médico fuera de Kaiser revise su caso, esta guía le explica cómo hacerlo, paso a paso. Le ayuda a saber si Kaiser debe pagar por un médico fuera de Kaiser, cuánto le puede costar, cómo pedir que envíen sus expedientes médicos y qué hacer si Kaiser dice que no.",
        Text::WelcomeSteps => "Para comenzar, necesita unos 10 minutos. Sus respuestas se guardan en este navegador a medida que avanza, así que puede parar y volver más tarde. La navegación privada, borrar los datos del navegador o, en Safari, una semana sin visitar la guía pueden borrarlas: guarde una copia del archivo de su caso.",
        Text::PrivacyTitle => "Sus respuestas se quedan en este dispositivo",
        Text::PrivacyPromise => "Todo lo que escriba se queda en este navegador, en este dispositivo. No se envía nada a ningún lugar: ni a Kaiser, ni a nosotros, ni a nadie. Puede borrar sus respuestas guardadas en cualquier momento.",
        Text::Start => "Comenzar",
        Text::ContinueWhereLeftOff => "Continuar donde se quedó",
        Text::OpenCaseFile => "Abrir el archivo de mi caso",
        Text::PlanTitle => "Su plan",
        Text::PlanIntro => "Su región de Kaiser y su tipo de plan determinan qué reglas le protegen, ante quién puede quejarse y cuáles son sus fechas límite. Encontrará los dos datos en su tarjeta de identificación de miembro o en su Evidencia de Cobertura (EOC), el folleto que explica lo que cubre su plan.",
        Text::RegionLabel => "Región de Kaiser",
        Text::RegionHint => "La región donde tiene su membresía de Kaiser, no donde está hoy.",
        Text::RegionChoose => "Elija su región",
        Text::RegionName(region) => region_name(region),
        Text::PlanTypeLegend => "Tipo de plan",
        Text::PlanTypeHint => "¿No lo sabe? Elija \"No lo sé\". Usaremos las reglas que más le protegen y le diremos qué debe averiguar.",
        Text::PlanTypeName(plan) => plan_type_name(plan),
        Text::PlanTypeExplain(plan) => plan_type_explain(plan),
        Text::MedicaidName(program) => medicaid_name(program),
        Text::MedicaidExplain(program) => medicaid_explain(program),
        Text::UrgencyLegend => "¿Hay una amenaza inminente y grave para su salud?",
        Text::UrgencyHint => "Por ejemplo, esperar el tiempo normal podría poner en grave peligro su vida, su salud o su capacidad de recuperar al máximo sus funciones. Si es así, Kaiser debe decidir más rápido.",
        Text::UrgencyName(urgency) => urgency_name(urgency),
        Text::StateLabel => "¿La ley de qué estado se aplica a su plan?",
        Text::StateHint => "Su región incluye más de un estado. Elija el estado donde se emitió su plan; por lo general, es donde usted vive. Su Evidencia de Cobertura lo indica.",
        Text::StateChoose => "No lo sé",
        Text::PlanMeansTitle => "Lo que significan sus respuestas",
        Text::Nav(key) => nav::text(key),
        Text::Code(key) => codes::text(key),
        Text::Reason(key) => reason::text(key),
        Text::Ask(key) => ask::text(key),
        Text::Cost(key) => costs::text(key),
        Text::Later(key) => later::text(key),
        Text::Safety(key) => safety::text(key),
        Text::Letter(key) => letters::text(key),
        Text::Doc(key) => docs::text(key),
        Text::RegionPlanConflict => "Los planes de Covered California solo existen en California, pero la región que eligió está fuera de California. Por favor, revise su región o su tipo de plan.",
        Text::AnswersSavedNote => "Sus respuestas se guardan en este dispositivo a medida que avanza.",
        Text::BackToWelcome => "Volver a la página de inicio",
        Text::StorageUnavailable => "Este navegador no nos deja guardar sus respuestas, así que se perderán cuando cierre esta página. Esto puede pasar en la navegación privada. La guía sigue funcionando: para conservar sus respuestas, use \"Exportar mi caso\" al final de la página.",
        Text::StorageWriteFailed => "No pudimos guardar sus últimas respuestas en este dispositivo (es posible que el almacenamiento del navegador esté lleno), así que no se conservarán después de que cierre esta página. Se conservan mientras esta página siga abierta: use \"Exportar mi caso\" al final de la página para guardar una copia.",
        Text::StorageUnreadable => "Encontramos respuestas guardadas que no pudimos leer. No las hemos borrado: puede descargarlas abajo. Hasta que decida comenzar de nuevo, no se guardará nada de lo que escriba aquí.",
        Text::StorageNewerVersion => "Sus respuestas se guardaron con una versión más reciente de esta guía. Para protegerlas, no se cambiará nada aquí, y lo que escriba ahora no se guardará. Puede descargar las respuestas guardadas abajo.",
        Text::DeleteSaved => "Borrar todo",
        Text::DeleteConfirmQuestion => "¿Desea borrar todo lo que esta guía guardó en este dispositivo? Esto incluye sus respuestas, fechas, registro de contactos y cartas, y cualquier copia guardada aparte de respuestas que no se pudieron leer. Esto no se puede deshacer.",
        Text::DeleteConfirmYes => "Sí, borrar todo",
        Text::DeleteCancel => "Cancelar",
        Text::DeleteDone => "Se borró todo lo que esta guía guardó en este dispositivo.",
        Text::DeleteFailed => "No pudimos borrar todo lo que esta guía guardó. Vuelva a intentarlo, o borre los datos de este sitio en la configuración de su navegador.",
        Text::DismissNotice => "Cerrar este mensaje",
        Text::Disclaimer => "Esta guía da información general para ayudarle a orientarse. No es asesoría legal ni médica. Las fechas de sus propias cartas y de los documentos de su plan tienen prioridad.",
    }
}

fn region_name(region: Region) -> &'static str {
    match region {
        Region::NorthernCalifornia => "Norte de California",
        Region::SouthernCalifornia => "Sur de California",
        Region::Colorado => "Colorado",
        Region::Georgia => "Georgia",
        Region::Hawaii => "Hawái",
        Region::MidAtlantic => "Maryland / Virginia / Washington D. C.",
        Region::Northwest => "Oregón / suroeste de Washington",
        Region::Washington => "Washington",
    }
}

fn plan_type_name(plan: PlanType) -> &'static str {
    match plan {
        PlanType::EmployerOrIndividualHmo => "HMO del empleador o individual",
        PlanType::CoveredCalifornia => "Covered California",
        PlanType::Medicaid => "Medicaid",
        PlanType::MedicareAdvantage => "Medicare Advantage (Senior Advantage)",
        PlanType::Fehb => "Plan para empleados federales (FEHB)",
        PlanType::SelfFundedEmployer => "Plan autofinanciado del empleador",
        PlanType::NotSure => "No lo sé",
    }
}

fn plan_type_explain(plan: PlanType) -> &'static str {
    match plan {
        PlanType::EmployerOrIndividualHmo => "Cobertura por medio de su trabajo, o un plan que usted compró por su cuenta.",
        PlanType::CoveredCalifornia => "Un plan comprado en el mercado de seguros médicos de California.",
        PlanType::Medicaid => "El programa Medicaid de su estado: cobertura médica para personas con bajos ingresos o con una discapacidad.",
        PlanType::MedicareAdvantage => "Cobertura de Medicare administrada por Kaiser, por lo general para personas de 65 años o más.",
        PlanType::Fehb => "Cobertura para empleados y jubilados federales.",
        PlanType::SelfFundedEmployer => "Su empleador paga directamente las reclamaciones y Kaiser administra el plan. La oficina de beneficios de su empleador se lo puede decir.",
        PlanType::NotSure => "Usaremos las reglas que más le protegen.",
    }
}

fn medicaid_name(program: MedicaidProgram) -> &'static str {
    match program {
        MedicaidProgram::MediCal => "Medi-Cal",
        MedicaidProgram::HealthFirstColorado => "Medicaid: Health First Colorado",
        MedicaidProgram::QuestIntegration => "Medicaid: Med-QUEST (QUEST Integration)",
        MedicaidProgram::HealthChoice => "Medicaid: Maryland HealthChoice",
        MedicaidProgram::OregonHealthPlan => "Medicaid: Oregon Health Plan (OHP)",
        MedicaidProgram::AppleHealth => "Medicaid: Washington Apple Health",
        MedicaidProgram::Medicaid => "Medicaid",
    }
}

fn medicaid_explain(program: MedicaidProgram) -> &'static str {
    match program {
        MedicaidProgram::MediCal => "El programa Medicaid de California, con Kaiser como su plan de salud de Medi-Cal.",
        MedicaidProgram::HealthFirstColorado => "El programa Medicaid de Colorado. Kaiser atiende a los miembros de Health First Colorado como proveedor.",
        MedicaidProgram::QuestIntegration => "El programa Medicaid de Hawái, con Kaiser como su plan de salud de QUEST Integration.",
        MedicaidProgram::HealthChoice => "El programa Medicaid de Maryland, con Kaiser como su plan de salud de HealthChoice.",
        MedicaidProgram::OregonHealthPlan => "El programa Medicaid de Oregón. Kaiser atiende a los miembros del OHP por medio de una organización de atención coordinada, como Health Share of Oregon.",
        MedicaidProgram::AppleHealth => "El programa Medicaid de Washington. Kaiser atiende a los miembros que le asigna un plan de Apple Health.",
        MedicaidProgram::Medicaid => "El programa Medicaid de su estado: cobertura médica para personas con bajos ingresos o con una discapacidad.",
    }
}

fn urgency_name(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Urgent => "Sí, es urgente",
        Urgency::NotUrgent => "No, no es urgente",
        Urgency::NotSure => "No lo sé",
    }
}
