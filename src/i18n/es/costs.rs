//! Spanish (español): step 5, costs.

use crate::domain::costs::BasisRule;
use crate::i18n::keys::CostT;
use crate::state::edit::{ShareKind, Terms};

pub(super) fn text(key: CostT) -> &'static str {
    match key {
        CostT::Intro => "Aquí puede comparar tres formas de obtener una segunda opinión. Escriba las cantidades de su plan que aparecen en su Evidencia de Cobertura (EOC), o pregúntelas a Servicio a los Miembros. Le mostramos las cuentas línea por línea. Son cálculos aproximados, no facturas.",
        CostT::Terms => "Palabras que verá: el copago es una cantidad fija que usted paga por cada consulta. El coseguro es el porcentaje del precio que paga usted. El deducible es lo que usted paga cada año antes de que el plan empiece a compartir los costos. El gasto máximo de bolsillo es lo más que usted paga en un año; después, el plan paga todo. La cantidad permitida es el precio que el plan acepta pagar por un servicio.",
        CostT::InNetworkTitle => "Una consulta con un médico de Kaiser",
        CostT::ShareLegend(terms) => match terms {
            Terms::InNetwork => "¿Qué parte del costo de una consulta con un especialista de Kaiser paga usted?",
            Terms::OutOfNetwork => "Con las condiciones fuera de la red, ¿qué parte del costo de la consulta con el médico fuera de Kaiser paga usted?",
        },
        CostT::ShareOption(terms, kind) => match (terms, kind) {
            (Terms::InNetwork, ShareKind::Copay) => "Un copago (una cantidad fija por consulta, por ejemplo $30)",
            (Terms::InNetwork, ShareKind::Coinsurance) => "Coseguro (un porcentaje del precio, por ejemplo 20%)",
            (Terms::OutOfNetwork, ShareKind::Copay) => "Un copago fuera de la red (una cantidad fija)",
            (Terms::OutOfNetwork, ShareKind::Coinsurance) => "Coseguro fuera de la red (un porcentaje)",
        },
        CostT::CopayLabel(terms) => match terms {
            Terms::InNetwork => "Su copago por una consulta con un especialista de Kaiser",
            Terms::OutOfNetwork => "Su copago fuera de la red por el médico fuera de Kaiser",
        },
        CostT::CoinsuranceLabel(terms) => match terms {
            Terms::InNetwork => "Su coseguro por una consulta con un especialista de Kaiser, en porcentaje",
            Terms::OutOfNetwork => "Su coseguro fuera de la red, en porcentaje",
        },
        CostT::ShareHint => "Su Evidencia de Cobertura lo indica en la parte de consultas con especialistas o consultas en el consultorio.",
        CostT::AllowedLabel => "Cantidad permitida por una consulta con un especialista de Kaiser (si la sabe)",
        CostT::AllowedHint => "Se necesita para calcular el coseguro. Servicio a los Miembros se la puede decir.",
        CostT::DeductibleLabel(terms) => match terms {
            Terms::InNetwork => "Lo que le queda de su deducible este año",
            Terms::OutOfNetwork => "Lo que le queda de su deducible fuera de la red este año",
        },
        CostT::OutOfPocketLabel(terms) => match terms {
            Terms::InNetwork => "Lo que le queda de su gasto máximo de bolsillo este año",
            Terms::OutOfNetwork => "Lo que le queda de su gasto máximo de bolsillo fuera de la red este año",
        },
        CostT::ReferralTitle => "Un médico fuera de Kaiser, aprobado por Kaiser",
        CostT::BasisLegend => "Con su plan, ¿cuánto cuesta un referido externo aprobado?",
        CostT::BasisHint => "Muchos planes de Kaiser cobran por un referido externo aprobado lo mismo que por una consulta en Kaiser. Otros usan las condiciones fuera de la red. Su Evidencia de Cobertura dice cuál se aplica.",
        CostT::BasisNotSure => "No lo sé",
        CostT::BasisDefault(rule) => match rule {
            BasisRule::CaliforniaSecondOpinionLaw => "La ley de California sobre segundas opiniones dice que, por una segunda opinión aprobada, usted paga solo el copago que pagaría por un referido parecido. Usamos el mismo costo que una consulta en Kaiser, a menos que usted elija otra opción.",
            BasisRule::MedicareNetworkGap => "Las reglas de Medicare dicen que, cuando ningún médico de la red puede atender sus necesidades médicas, la atención fuera de la red le cuesta lo mismo que pagaría dentro de la red. Usamos el mismo costo que una consulta en Kaiser, a menos que usted elija otra opción.",
            BasisRule::MedicaidSecondOpinion => "Las reglas de Medicaid dicen que una segunda opinión fuera de la red, coordinada por su plan, no tiene costo para usted. Usamos eso, a menos que usted elija otra opción.",
            BasisRule::KaiserNorthwestEoc => "La Evidencia de Cobertura de la región de Kaiser de Oregón y Washington dice que un referido externo aprobado cuesta lo mismo que una consulta en Kaiser. Revise su propia Evidencia de Cobertura; usamos eso, a menos que usted elija otra opción.",
        },
        CostT::OutsideAllowedLabel => "Cantidad permitida por el médico fuera de Kaiser (si la sabe)",
        CostT::OutsideBilledLabel => "Lo que cobra el médico fuera de Kaiser",
        CostT::OutsideBilledHint => "Si el médico fuera de Kaiser cobra más que la cantidad permitida, es posible que le cobren a usted la diferencia (esto se llama facturación del saldo).",
        CostT::SelfPayTitle => "Un médico fuera de Kaiser, pagado por usted",
        CostT::SelfPayHint => "Pida al consultorio del médico fuera de Kaiser que le dé sus precios por escrito.",
        CostT::GoodFaithEstimate => "Si paga por su cuenta en lugar de usar su seguro, puede pedir al consultorio un estimado de buena fe (Good Faith Estimate) del costo, por escrito, antes de la consulta.",
        CostT::GoodFaithEstimateIfInsured => "Si su plan es de un empleador, si lo compró por su cuenta o si es un plan para empleados federales, y paga por su cuenta en lugar de usarlo, puede pedir al consultorio un estimado de buena fe (Good Faith Estimate) del costo, por escrito, antes de la consulta. Los miembros de Medicare y Medicaid no pueden pedirlo.",
        CostT::ResultsTitle => "Lo que podría pagar",
        CostT::TableCaption => "Tres formas de obtener una segunda opinión, una al lado de la otra",
        CostT::ColumnOption => "Forma",
        CostT::ColumnYouPay => "Usted paga",
        CostT::ColumnPlanPays => "Kaiser paga",
        CostT::ColumnHow => "Cómo lo calculamos",
        CostT::NotEnough => "Todavía falta información",
        CostT::StillNeeded => "Datos que todavía faltan: {items}.",
        CostT::ToFinish => "Para calcular el resto, agregue: {items}.",
        CostT::PaidAs => "Se paga como: {basis}.",
        CostT::NotCounted => "Datos que no escribió y que no se cuentan: {items}.",
        CostT::LineAllowed => "La cantidad permitida (el precio que el plan acepta pagar): {amount}",
        CostT::LineCopay => "Su copago: {amount}",
        CostT::LineDeductible => "Primero, {amount} se aplica a su deducible",
        CostT::LineCoinsurance => "Después, su coseguro: el {rate} de los {base} restantes = {amount}",
        CostT::LineCapped => "Su parte, {before}, no puede pasar de lo que le queda de su gasto máximo de bolsillo: {cap}",
        CostT::LineBalanceBill => "El médico fuera de Kaiser cobra {billed}, es decir, {amount} más que la cantidad permitida de {allowed}. Es posible que le cobren a usted esa diferencia.",
        CostT::LineSelfPayItem => "{item}: {amount}",
        CostT::LineNoCost => "La regla de Medicaid: una segunda opinión fuera de la red, coordinada por su plan, no tiene costo para usted",
        CostT::LineMemberTotal => "Usted paga: {amount}",
        CostT::LinePlanTotal => "Kaiser paga: {amount}",
        CostT::BallparkTitle => "Puntos de partida aproximados para los precios si paga por su cuenta",
        CostT::Ballpark => "Código de facturación {code}: Medicare pagó {amount} en {year}.",
        CostT::BallparkNote => "Los códigos 99204 y 99205 son primeras consultas con un médico nuevo; el 88321 es la revisión de muestras en laminillas preparadas en otro lugar. Son las cantidades que paga Medicare y sirven solo como punto de partida. Los médicos fuera de Kaiser por lo general cobran más: pregúnteles.",
        CostT::EocTitle => "Qué buscar en su Evidencia de Cobertura",
        CostT::EocItems => "La sección \"Segundas opiniones\"\nLos referidos a médicos fuera de la red (proveedores que no son del plan)\nSu copago o coseguro por una consulta con un especialista\nSu deducible y su gasto máximo de bolsillo, y cuánto le queda de cada uno este año\nSi le pueden cobrar más que la cantidad permitida",
        CostT::ScriptMemberServicesTitle => "Cómo preguntar a Servicio a los Miembros sobre los costos (un guion corto para llamar)",
        CostT::ScriptMemberServices => "\"Estoy pensando en pedir un referido a un médico fuera de Kaiser para una segunda opinión.\"\n\"¿Qué dice mi Evidencia de Cobertura sobre las segundas opiniones y sobre los referidos fuera de la red?\"\n\"Si Kaiser aprueba el referido, ¿cuánto voy a pagar: mi copago normal de especialista o los costos fuera de la red?\"\n\"¿Cuánto me queda de mi deducible y de mi gasto máximo de bolsillo este año?\"\n\"Por favor, deme un número de referencia de esta llamada y su nombre.\"\nAnote las respuestas en su registro de contactos (paso 8).",
    }
}
