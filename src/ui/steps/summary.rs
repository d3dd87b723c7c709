//! The printable case summary, a screen of its own reached from the timeline: the plan, the
//! appeal route with who to contact, the case for a referral, the costs, every date with its
//! status, the contact log, and every rule's source with its address. It reuses the steps' own
//! result views (no second copy of their markup in the bundle); the print style sheet drops the
//! controls, the page frame and the "Why?" disclosures, whose sources are listed at the end.

use yew::prelude::*;

use super::case::case_result;
use super::costs::cost_result;
use super::denied::route_result;
use super::timeline::timeline_list;
use crate::domain::{MedicaidProgram, PlanType};
use crate::i18n::{contact_line, date, fill, source_line, t, DocT, LaterT, Nav, Text};
use crate::state::{Action, Screen, Step};
use crate::ui::files::clear_print_sheet;
use crate::ui::sources::citations;
use crate::ui::{View, HEADING_ID};

fn list(title: &'static str, lines: impl Iterator<Item = String>) -> Html {
    html! {
        <section class="summary-part">
            <h2>{ title }</h2>
            <ul>
                for line in lines {
                    <li>{ line }</li>
                }
            </ul>
        </section>
    }
}

pub fn summary(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let case = &view.state.case;
    let plan = &case.plan;
    let print = Callback::from(|_: MouseEvent| {
        clear_print_sheet();
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let back = on_action.reform(|_: MouseEvent| Action::Show(Screen::Step(Step::Timeline)));
    let plan_type = plan.plan_type.map(|p| match p {
        PlanType::Medicaid => t(
            lang,
            Text::MedicaidName(MedicaidProgram::of(plan.region, case.details.state)),
        ),
        _ => t(lang, Text::PlanTypeName(p)),
    });
    let answers = [
        (
            Text::RegionLabel,
            plan.region.map(|r| t(lang, Text::RegionName(r))),
        ),
        (Text::PlanTypeLegend, plan_type),
        (
            Text::StateLabel,
            case.details.state.map(|s| t(lang, Nav::State(s))),
        ),
    ];
    let contacts = &case.details.contacts;
    let title = t(lang, DocT::SummarySourcesTitle);
    let sources = match citations() {
        Some(all) => list(
            title,
            view.eval
                .sources()
                .iter()
                .filter_map(|s| Some(source_line(lang, s, all.get(s.cited)?))),
        ),
        None => list(
            title,
            std::iter::once(t(lang, DocT::SummarySourcesNotRead).to_owned()),
        ),
    };
    html! {
        <section class="screen summary" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ t(lang, DocT::SummaryTitle) }</h1>
            <p class="lead no-print">{ t(lang, DocT::SummaryIntro) }</p>
            <div class="letter-tools no-print">
                <button type="button" class="primary" onclick={print}>{ t(lang, DocT::SummaryPrint) }</button>
                <button type="button" class="secondary" onclick={back}>{ t(lang, DocT::SummaryBack) }</button>
            </div>
            { list(t(lang, Text::PlanTitle), answers.into_iter().filter_map(|(label, value)| {
                value.map(|v| format!("{}: {v}", t(lang, label)))
            })) }
            { route_result(view) }
            { case_result(view) }
            { cost_result(view) }
            <section class="summary-part">
                <h2>{ t(lang, DocT::SummaryDatesTitle) }</h2>
                { timeline_list(lang, &view.eval.timeline) }
            </section>
            if contacts.is_empty() {
                { list(t(lang, LaterT::ContactLogTitle), std::iter::once(t(lang, LaterT::NoContacts).to_owned())) }
            } else {
                { list(t(lang, LaterT::ContactLogTitle), contacts.iter().map(|c| contact_line(lang, c))) }
            }
            { sources }
            <p class="note">{ fill(t(lang, DocT::SummaryMadeOn), &[("date", &date(lang, view.today))]) }</p>
        </section>
    }
}
