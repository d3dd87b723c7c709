//! Step 8, "Your timeline and contact log": every date and deadline with days remaining and a
//! warning (icon and words) for anything due within 7 days or overdue; the contact log; print.

use yew::prelude::*;

use crate::domain::case::ContactChannel;
use crate::domain::next_step::is_pressing;
use crate::domain::timeline::{Status, TimelineItem};
use crate::i18n::{date, document_words, fill, status, t, Code, DocT, Lang, LaterT, Nav};
use crate::state::edit::{ContactField, Edit};
use crate::state::{Action, Screen, Step};
use crate::ui::edge::download_calendar;
use crate::ui::steps::common::{item_explain, warning};
use crate::ui::widgets::*;
use crate::ui::View;

const FIELDS: [(ContactField, LaterT, bool); 4] = [
    (ContactField::Who, LaterT::ContactWho, false),
    (ContactField::Reference, LaterT::ContactReference, false),
    (ContactField::Summary, LaterT::ContactSummary, true),
    (ContactField::NextStep, LaterT::ContactNext, false),
];

pub fn timeline(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let items = &view.eval.timeline;
    let pressing = items.iter().filter(|i| is_pressing(i.status)).count();
    let contacts = &view.state.case.details.contacts;
    let calendar = {
        let (items, on_action) = (items.clone(), on_action.clone());
        let id = view.state.case.details.documents.calendar_id.clone();
        Callback::from(move |_: MouseEvent| {
            download_calendar(lang, &items, id.as_deref(), &on_action);
        })
    };
    let body = html! {
        <>
            <p class="lead">{ t(lang, LaterT::TimelineIntro) }</p>
            <p class={if pressing > 0 { "attention" } else { "note" }} data-testid="attention">
                if pressing > 0 {
                    <span aria-hidden="true">{ "⚠ " }</span>
                    { fill(t(lang, LaterT::Attention), &[("count", &pressing.to_string())]) }
                } else {
                    { t(lang, LaterT::NothingPressing) }
                }
            </p>
            { timeline_list(lang, items) }
            <div class="calendar-export">
                // The file's words come with the documents' (i18n::document_words).
                if document_words::ready() {
                    <button type="button" onclick={calendar}>{ t(lang, DocT::CalendarDownload) }</button>
                    <p class="hint">{ t(lang, DocT::CalendarNote) }</p>
                } else {
                    <p class="notice">{ t(lang, DocT::WordsNotLoaded) }</p>
                }
            </div>
            <button type="button" class="secondary print-button"
                onclick={on_action.reform(|_: MouseEvent| Action::Show(Screen::Summary))}>
                { t(lang, DocT::SummaryOpen) }
            </button>

            <section class="contact-log" aria-labelledby="contact-log-title">
                <h2 id="contact-log-title">{ t(lang, LaterT::ContactLogTitle) }</h2>
                <p>{ t(lang, LaterT::ContactLogIntro) }</p>
                if contacts.is_empty() {
                    <p class="note">{ t(lang, LaterT::NoContacts) }</p>
                }
                for (i, entry) in contacts.iter().enumerate() {
                    { contact_entry(lang, on_action, i, entry) }
                }
                <button type="button" class="secondary"
                    onclick={on_action.reform(|_: MouseEvent| Action::Edit(Edit::AddContact))}>
                    { t(lang, LaterT::AddContact) }
                </button>
            </section>
        </>
    };
    step_frame(view, Step::Timeline, on_action, body)
}

fn timeline_item(lang: Lang, it: &TimelineItem) -> Html {
    html! {
        <li class={classes!("timeline-item", is_pressing(it.status).then_some("pressing"),
                matches!(it.status, Status::Done | Status::NotNeeded(_)).then_some("done"))}
            data-testid={format!("timeline-{}", it.kind.code())}>
            if let Some(d) = it.date {
                <p class="timeline-date">{ if it.is_approximate() {
                    fill(t(lang, Nav::AboutDate), &[("date", &date(lang, d))])
                } else {
                    date(lang, d)
                } }</p>
            }
            <p class="timeline-what">{ t(lang, Code::Item(it.kind)) }</p>
            <p class="timeline-status">
                if let Status::NotYetKnown(needed) = it.status {
                    { t(lang, Code::Needed(needed)) }
                } else {
                    { warning(lang, it.status) }{ status(lang, it.status) }
                }
            </p>
            if let Some(rule) = it.rule {
                { why_with(lang, rule.source,
                    &rule.caveats.iter().chain(it.caveats.iter()).copied().collect::<Vec<_>>(),
                    item_explain(lang, it.kind)) }
            }
        </li>
    }
}

fn contact_entry(
    lang: crate::i18n::Lang,
    on_action: &Callback<Action>,
    i: usize,
    entry: &crate::domain::case::ContactEntry,
) -> Html {
    let n = (i + 1).to_string();
    let id = |part: &str| format!("contact-{i}-{part}");
    let channel = entry.channel.map(ContactChannel::code);
    let on_channel = on_action.reform(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::Edit(Edit::ContactChannel(
            i,
            ContactChannel::from_code(&select.value()),
        ))
    });
    html! {
        <fieldset class="contact-entry">
            <legend>{ fill(t(lang, LaterT::ContactEntry), &[("n", &n)]) }</legend>
            { date_input(lang, &id("date"), t(lang, LaterT::ContactDate), entry.date,
                on_action.reform(move |d| Action::Edit(Edit::ContactDate(i, d)))) }
            <div class="field">
                <label for={id("channel")}>{ t(lang, LaterT::ContactChannel) }</label>
                <select id={id("channel")} onchange={on_channel}>
                    <option value="" selected={channel.is_none()}>{ t(lang, LaterT::ContactChannelChoose) }</option>
                    for c in ContactChannel::ALL {
                        <option value={c.code()} selected={channel == Some(c.code())}>{ t(lang, Code::Channel(c)) }</option>
                    }
                </select>
            </div>
            for (field, label, multiline) in FIELDS {
                { text_input(&id(field_code(field)), t(lang, label), None, field.get(entry), multiline,
                    on_action.reform(move |text| Action::Edit(Edit::ContactText(i, field, text)))) }
            }
            <button type="button" class="link-button remove"
                onclick={on_action.reform(move |_: MouseEvent| Action::Edit(Edit::RemoveContact(i)))}>
                { fill(t(lang, LaterT::RemoveContact), &[("n", &n)]) }
            </button>
        </fieldset>
    }
}

fn field_code(field: ContactField) -> &'static str {
    match field {
        ContactField::Who => "who",
        ContactField::Reference => "reference",
        ContactField::Summary => "summary",
        ContactField::NextStep => "next",
    }
}

/// Every dated item in order, then those still waiting for a date: on this step and on the
/// summary.
pub fn timeline_list(lang: Lang, items: &[TimelineItem]) -> Html {
    html! {
        <>
        <ol class="timeline" aria-label={t(lang, LaterT::TimelineListLabel)}>
            for it in items.iter().filter(|i| i.date.is_some()) {
                { timeline_item(lang, it) }
            }
        </ol>
        if items.iter().any(|i| i.date.is_none()) {
            <div class="unknown-dates">
                <h2>{ t(lang, LaterT::UnknownTitle) }</h2>
                <p class="note">{ t(lang, LaterT::UnknownIntro) }</p>
                <ul class="timeline unknown">
                    for it in items.iter().filter(|i| i.date.is_none()) {
                        { timeline_item(lang, it) }
                    }
                </ul>
            </div>
        }
        </>
    }
}
