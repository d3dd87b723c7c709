//! Spanish (español): the letter tools, the calendar file and the printable summary.

use super::DOCUMENT_WORDS;
use crate::domain::Confidence;
use crate::i18n::document_words::document_word;
use crate::i18n::keys::DocT;

pub(super) fn text(key: DocT) -> &'static str {
    match key {
        DocT::LetterHint => document_word!(DOCUMENT_WORDS, "La carta ya incluye sus respuestas; lo que está [entre corchetes] todavía lo tiene que completar usted. Puede cambiar el texto aquí: sus cambios se guardan con su caso. Envíela como mensaje seguro en kp.org (el sitio web de Kaiser para miembros) o por correo, o imprímala. Guarde una copia."),
        DocT::Copy => document_word!(DOCUMENT_WORDS, "Copiar"),
        DocT::Copied => document_word!(DOCUMENT_WORDS, "Texto copiado. Péguelo en su mensaje."),
        DocT::CopyFallback => document_word!(DOCUMENT_WORDS, "La carta está seleccionada. Para copiarla, presione Ctrl+C (⌘+C en una Mac), o mantenga el dedo sobre el texto y elija Copiar."),
        DocT::Download => document_word!(DOCUMENT_WORDS, "Descargar (.txt)"),
        DocT::DownloadFailed => document_word!(DOCUMENT_WORDS, "Este navegador no permitió la descarga. Mejor copie el texto."),
        DocT::PrintLetter => document_word!(DOCUMENT_WORDS, "Imprimir esta carta"),
        DocT::Restore => document_word!(DOCUMENT_WORDS, "Volver al texto generado"),
        DocT::EditedNote => document_word!(DOCUMENT_WORDS, "Usted cambió esta carta, así que ya no sigue sus respuestas. \"Volver al texto generado\" vuelve a poner sus respuestas (y se pierden sus cambios)."),
        DocT::CalendarDownload => document_word!(DOCUMENT_WORDS, "Agregar estas fechas a su calendario (.ics)"),
        DocT::CalendarNote => document_word!(DOCUMENT_WORDS, "Es un archivo de calendario con cada fecha de arriba y un recordatorio 3 días antes de cada fecha límite. Algunas aplicaciones de calendario no guardan los recordatorios de un archivo importado, por eso las fechas también están en esta página y en su resumen impreso. Si abre un archivo más nuevo, se actualizan los eventos que contiene. Las fechas de lo que ya hizo no se incluyen en el archivo, así que bórrelas usted de su calendario."),
        DocT::CalendarName => document_word!(DOCUMENT_WORDS, "Mi segunda opinión: fechas"),
        DocT::CalendarReminder => document_word!(DOCUMENT_WORDS, "En 3 días: {what}"),
        DocT::CalendarAct => document_word!(DOCUMENT_WORDS, "Actúe a más tardar este día. La Guía para una Segunda Opinión le explica cómo."),
        DocT::CalendarAbout => document_word!(DOCUMENT_WORDS, "Esta fecha es aproximada: el plazo empieza a contar un día que quizás usted no sepa."),
        DocT::CalendarSource => document_word!(DOCUMENT_WORDS, "Regla: {title} {url}"),
        DocT::CalendarLetterWins => document_word!(DOCUMENT_WORDS, "Si una carta de su plan indica otra fecha, guíese por la carta."),
        DocT::WordsNotLoaded => "Las palabras de este documento todavía no se han cargado. Si sigue así, revise su conexión y vuelva a cargar la página.",
        DocT::CalendarReopen => document_word!(DOCUMENT_WORDS, "Para volver a abrir la guía: {url} (en un iPhone o iPad, abrirla de vez en cuando también conserva sus respuestas guardadas)."),
        DocT::SummaryOpen => "Resumen de su caso, para imprimir",
        DocT::SummaryTitle => "Resumen de su caso",
        DocT::SummaryIntro => "Todo su caso en una o dos páginas impresas, para llevar a un médico o a un defensor de pacientes, o para tener a mano en una llamada. Solo muestra lo que usted anotó y lo que dicen las reglas; las fechas de sus propias cartas tienen prioridad.",
        DocT::SummaryPrint => "Imprimir el resumen",
        DocT::SummaryBack => "Volver a sus fechas clave",
        DocT::SummaryDatesTitle => "Fechas y plazos",
        DocT::SummarySourcesTitle => "De dónde vienen las reglas",
        DocT::SummaryContactNext => "{entry}. Siguiente paso: {next}",
        DocT::SummarySourcesNotRead => "La lista de fuentes todavía no se ha cargado. Si sigue así, revise su conexión y vuelva a cargar la página.",
        DocT::SummarySource => "{title}: {url} ({sure})",
        DocT::NoPublicSource => "no se encontró una fuente pública",
        DocT::Sure(c) => match c {
            Confidence::High => "bastante confiable",
            Confidence::Medium => "por favor, verifíquelo",
            Confidence::Low => "sin confirmar",
        },
        DocT::LetterOtherLang => document_word!(DOCUMENT_WORDS, "Esta carta en otro idioma (en la página de esta guía en ese idioma; sus respuestas guardadas pasan con usted):"),
        DocT::SummaryMadeOn => "Creado el {date} con la Guía para una Segunda Opinión, a partir de las respuestas guardadas en este dispositivo.",
    }
}
