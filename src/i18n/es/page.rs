//! Spanish (español): the words only the static page carries.

use crate::i18n::keys::PageT;

pub(in crate::i18n) fn text(key: PageT) -> &'static str {
    match key {
        PageT::Description => "Una guía privada, paso a paso, para obtener una segunda opinión de un médico fuera de Kaiser Permanente. Todo se queda en su dispositivo.",
        PageT::NoScript => "Esta guía necesita JavaScript, que está desactivado en este navegador. Actívelo para usar la guía. Funciona solo en su dispositivo y no envía nada a ningún lugar.",
        PageT::BootFailed => "Esta guía no pudo iniciarse en este navegador. Necesita un navegador reciente que pueda ejecutar WebAssembly; algunos teléfonos antiguos, filtros de contenido o modos de ahorro de datos lo bloquean. Intente actualizar su navegador o abra esta página en otro. Nada de lo que escribió se pierde ni se envía a ningún lugar.",
        PageT::BootSlow => "La guía todavía se está cargando. Con una conexión lenta, esto puede tardar un minuto.",
        PageT::Starting => "Iniciando…",
        PageT::UpdateReady => "Ya está lista una nueva versión de esta guía.",
        PageT::Reload => "Volver a cargar",
        PageT::ShareIntro => "Cree un enlace que abra esta guía ya preparada para la región, el plan y el idioma de un miembro, o el código que pone la guía en el sitio web de su organización. Un enlace lleva solo las opciones de abajo, nunca las respuestas de nadie.",
        PageT::ShareNoScript => "Esta página necesita JavaScript para crear el enlace. Sin JavaScript, puede compartir la dirección de la guía.",
        PageT::ShareNone => "Sin elegir: lo elige el miembro",
        PageT::ShareLangLegend => "Idioma de la guía",
        PageT::ShareStartLegend => "Dónde se abre la guía",
        PageT::ShareStartWelcome => "En su página de inicio",
        PageT::ShareStartStep => "En el primer paso",
        PageT::ShareUseLegend => "Cómo la va a usar",
        PageT::ShareUseLink => "Un enlace para enviar o publicar",
        PageT::ShareUseEmbed => "En un marco dentro de su sitio web",
        PageT::ShareLinkTitle => "Su enlace",
        PageT::ShareLinkLabel => "El enlace, con sus opciones",
        PageT::ShareCopyLink => "Copiar el enlace",
        PageT::ShareShareLink => "Compartir el enlace",
        PageT::ShareLinkNote => "Abre la guía con estas opciones ya elegidas, en cualquier dispositivo. El miembro puede cambiar cualquiera de ellas, y las respuestas que ya guardó nunca se reemplazan sin preguntarle.",
        PageT::ShareEmbedTitle => "Código para su sitio web",
        PageT::ShareEmbedLabel => "Pegue esto en su página, donde debe aparecer la guía",
        PageT::ShareCopyCode => "Copiar el código",
        PageT::ShareEmbedNote => "El script es opcional: permite que el marco se ajuste a la guía a medida que el miembro avanza. Sin él, dele una altura al marco. La guía le dice a su página su altura y nada más; las respuestas de cada miembro se quedan en su propio navegador.",
        PageT::SharePreviewTitle => "Vista previa",
        PageT::SharePreviewFrame => "Vista previa de la guía como la mostrará su sitio web",
        PageT::ShareCopied => "Copiado.",
        PageT::ShareCopyFallback => "Este navegador no dejó que la página copiara. El texto está seleccionado: presione Ctrl+C (⌘+C en una Mac) para copiarlo.",
        PageT::ShareBack => "Volver a la guía",
        PageT::FrameTitle => "Guía para una Segunda Opinión: cómo obtener una segunda opinión fuera de Kaiser",
    }
}
