//! Spanish (español): the words only the static page carries.

use crate::i18n::keys::PageT;

pub(in crate::i18n) fn text(key: PageT) -> &'static str {
    match key {
        PageT::Description => "Una guía privada, paso a paso, para obtener una segunda opinión de un médico fuera de Kaiser Permanente. Todo se queda en su dispositivo.",
        PageT::NoScript => "Esta guía necesita JavaScript, que está desactivado en este navegador. Actívelo para usar la guía. Funciona solo en su dispositivo y no envía nada a ningún lugar.",
        PageT::BootFailed => "Esta guía no pudo iniciarse en este navegador. Necesita un navegador reciente que pueda ejecutar WebAssembly; algunos teléfonos antiguos, filtros de contenido o modos de ahorro de datos lo bloquean. Intente actualizar su navegador o abra esta página en otro. Nada de lo que escribió se pierde ni se envía a ningún lugar.",
        PageT::BootSlow => "La guía todavía se está cargando. Con una conexión lenta, esto puede tardar un minuto.",
        PageT::Starting => "Iniciando…",
    }
}
