//! Spanish (español): step 4, asking for the referral.

use crate::domain::route::Program;
use crate::i18n::keys::AskT;

pub(super) fn text(key: AskT) -> &'static str {
    match key {
        AskT::Intro => "Después de hablar con su médico, haga su solicitud por escrito. Una solicitud por escrito tiene fecha y deja constancia. La decisión la toma el equipo de Utilization Management (administración de la utilización) de Kaiser, que es el personal que aprueba o niega los referidos. Ese equipo debe responderle por escrito.",
        AskT::ChecklistTitle => "Su lista de verificación",
        AskT::DetailsTitle => "Datos para sus cartas",
        AskT::DetailsHint => "Estos datos completan las cartas de esta página y de los pasos 6 y 7. Se guardan solo en este dispositivo. Deje en blanco lo que prefiera no escribir.",
        AskT::MemberName => "Su nombre",
        AskT::RecordNumber => "Su número de expediente médico de Kaiser",
        AskT::DateOfBirth => "Su fecha de nacimiento",
        AskT::KaiserDoctor => "El nombre de su médico de Kaiser",
        AskT::Condition => "Su afección o diagnóstico, en sus palabras",
        AskT::OutsideDoctor => "El médico o centro fuera de Kaiser que quiere consultar",
        AskT::OutsideDoctorContact => "Adónde quiere el médico fuera de Kaiser que se envíen los expedientes (dirección, fax o carga en línea)",
        AskT::OwnWords => "Por qué quiere una segunda opinión, en sus propias palabras",
        AskT::OwnWordsHint => "Bastan unas pocas oraciones. Aparecerán en sus cartas tal como las escriba.",
        AskT::MemberContact => "Su número de teléfono o dirección (para la solicitud de expedientes)",
        AskT::RepresentativeName => "Si alguien puede actuar en su nombre: el nombre de esa persona",
        AskT::RepresentativeRelationship => "Qué relación tiene esa persona con usted (por ejemplo: mi hija, mi defensor de pacientes)",
        AskT::RepresentativeHint => "Déjelo en blanco si hace el trámite por su cuenta. Si lo llena, las cartas dirán que esta persona puede actuar en su nombre.",
        AskT::LetterTitle => "Su mensaje de solicitud",
        AskT::LetterLabel => "Solicitud de un referido externo",
        AskT::LogTitle => "Anote su solicitud",
        AskT::RequestedOn => "El día en que envió su solicitud por escrito",
        AskT::OutcomeLegend => "¿Qué decidió Kaiser?",
        AskT::DecidedOn => "La fecha de la respuesta de Kaiser",
        AskT::ExpectedBy => "Kaiser debe responder a más tardar el {date}.",
        AskT::ExpectedAbout => "Kaiser debe responder alrededor del {date}: el plazo se cuenta desde que Kaiser tiene la información que necesita.",
        AskT::FollowUpOn => "Si para el {date} no ha recibido respuesta, llame para hacer seguimiento (el guion de abajo le ayuda).",
        AskT::ScriptCheckTitle => "Cómo preguntar por su solicitud (un guion corto para llamar)",
        AskT::ScriptCheck => "\"Llamo por mi solicitud de un referido a un médico fuera de Kaiser para una segunda opinión. La envié el [fecha].\"\n\"¿Me puede decir en qué etapa está y cuándo debo recibir una decisión?\"\n\"Por favor, deme un número de referencia de esta llamada y su nombre.\"\n\"Si la negaron, por favor envíeme la decisión por escrito, con los motivos, los criterios que usaron y cómo presentar una apelación.\"\nAnote las respuestas en su registro de contactos (paso 8).",
        AskT::ScriptUrgentTitle => "Cómo pedir una decisión urgente (rápida) (un guion corto para llamar)",
        AskT::ScriptUrgent(program) => match program {
            Program::Medicare => "\"Llamo para pedir una decisión rápida (acelerada) sobre mi solicitud de un referido a un médico fuera de Kaiser. La envié el [fecha].\"\n\"Esperar el plazo normal podría poner en grave peligro mi vida, mi salud o mi capacidad de recuperar al máximo mis funciones. Mi médico, [nombre], está de acuerdo y le puede explicar por qué.\"\n\"Medicare exige una decisión rápida en un plazo de 72 horas. ¿Van a tratar mi solicitud como acelerada?\"\n\"Por favor, deme un número de referencia de esta llamada y su nombre.\"\nAnote las respuestas en su registro de contactos (paso 8).",
            Program::MediCal | Program::Medicaid => "\"Llamo para pedir una decisión acelerada (rápida) sobre mi solicitud de un referido a un médico fuera de Kaiser. La envié el [fecha].\"\n\"Esperar el plazo normal podría poner en grave peligro mi vida, mi salud física o mental, o mi capacidad de lograr, mantener o recuperar al máximo mis funciones. Mi médico, [nombre], está de acuerdo y le puede explicar por qué.\"\n\"¿Van a tratar mi solicitud como acelerada? ¿Cuándo tendré su decisión?\"\n\"Por favor, deme un número de referencia de esta llamada y su nombre.\"\nAnote las respuestas en su registro de contactos (paso 8).",
            Program::California => "\"Llamo para pedir una decisión urgente sobre mi solicitud de una segunda opinión de un médico fuera de Kaiser. La envié el [fecha].\"\n\"Hay una amenaza inminente y grave para mi salud. Mi médico, [nombre], está de acuerdo y le puede explicar por qué.\"\n\"La ley de California exige una respuesta en un plazo de 72 horas cuando el caso es urgente. ¿Van a tratar mi solicitud como urgente?\"\n\"Por favor, deme un número de referencia de esta llamada y su nombre.\"\nAnote las respuestas en su registro de contactos (paso 8).",
            Program::Employer | Program::Fehb | Program::NotKnown => "\"Llamo para pedir una decisión urgente sobre mi solicitud de un referido a un médico fuera de Kaiser. La envié el [fecha].\"\n\"Esperar el plazo normal podría dañar gravemente mi salud. Mi médico, [nombre], está de acuerdo y le puede explicar por qué.\"\n\"¿Van a tratar mi solicitud como atención urgente? ¿Cuándo tendré su decisión?\"\n\"Por favor, deme un número de referencia de esta llamada y su nombre.\"\nAnote las respuestas en su registro de contactos (paso 8).",
        },
        AskT::MemberServicesTitle => "Servicio a los Miembros de Kaiser",
    }
}
