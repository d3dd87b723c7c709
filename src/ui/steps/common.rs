//! Pieces several steps render the same way: a verdict with its reason and rule, a number
//! field wired to the drafts, a date field wired to an edit, and timeline facts.

use yew::prelude::*;

use crate::domain::eligibility::{Finding, Verdict};
use crate::domain::letters::{letter_for, LetterKind};
use crate::domain::timeline::{ItemKind, Status, TimelineItem};
use crate::i18n::{
    document_words, fill, letter_text, period, reason_text, t, Code, DocT, Lang, Nav,
};
use crate::state::edit::{DateField, Edit, NumberField};
use crate::state::Action;
use crate::ui::widgets::*;
use crate::ui::View;

/// The verdict as a badge: words plus a shape, never color alone.
pub fn verdict_badge(lang: Lang, verdict: Verdict) -> Html {
    let (class, icon) = match verdict {
        Verdict::Applies => ("verdict applies", "✓"),
        Verdict::MayApply => ("verdict may-apply", "?"),
        Verdict::DoesNotApply => ("verdict does-not-apply", "✗"),
        Verdict::NotEnoughInformation => ("verdict unknown", "…"),
    };
    html! {
        <span class={class}><span aria-hidden="true">{ icon }{ " " }</span>{ t(lang, Code::Verdict(verdict)) }</span>
    }
}

/// One finding: what is judged, the verdict, why, and the rule behind it.
pub fn finding(lang: Lang, f: &Finding, testid: String) -> Html {
    html! {
        <li class="finding" data-testid={testid}>
            <p class="finding-head">
                { verdict_badge(lang, f.verdict) }
                <span class="finding-ground">{ t(lang, Code::Ground(f.ground)) }</span>
            </p>
            <p>{ reason_text(lang, f.reason) }</p>
            { why(lang, f.source) }
        </li>
    }
}

/// A number field showing what was typed and any problem with it.
pub fn number_field(
    view: &View,
    on_action: &Callback<Action>,
    field: NumberField,
    id: &'static str,
    label: &'static str,
    hint: Option<&str>,
) -> Html {
    let state = &view.state;
    let hint = hint.map(|h| AttrValue::from(h.to_owned()));
    let kind = state.number_kind(field);
    let error = state
        .number_error(field)
        .map(|e| t(view.lang, Nav::NumberProblem(kind, e)));
    html! {
        <NumberInput {field} {id} {label} {hint} text={state.number_text(field)} {error}
            on_action={on_action.clone()} />
    }
}

/// A date field bound to one of the case's dates.
pub fn date_field(
    view: &View,
    on_action: &Callback<Action>,
    field: DateField,
    id: &'static str,
    label: &'static str,
) -> Html {
    html! {
        { date_input(view.lang, id, label, field.get(&view.state.case),
            on_action.reform(move |date| Action::Edit(Edit::Date(field, date)))) }
    }
}

/// The timeline item of this kind, if the timeline has one.
pub fn item(view: &View, kind: ItemKind) -> Option<&TimelineItem> {
    view.eval.timeline.iter().find(|i| i.kind == kind)
}

/// A dated fact from the timeline: the sentence (with {date} and {period} filled), its status,
/// and its rule; or what is still needed to work it out. For an approximate date the caller
/// passes a template that says "about".
pub fn dated_fact(view: &View, kind: ItemKind, template: &str, testid: &'static str) -> Html {
    let lang = view.lang;
    let Some(it) = item(view, kind) else {
        return Html::default();
    };
    let body = match (it.date, it.status) {
        (Some(date), status) => {
            let text = fill(
                template,
                &[
                    ("date", &crate::i18n::date(lang, date)),
                    (
                        "period",
                        &it.rule.map(|r| period(lang, r.period)).unwrap_or_default(),
                    ),
                ],
            );
            let status = html! {
                <span class="status">{ crate::i18n::status(lang, status) }</span>
            };
            html! {
                <p class="fact" data-testid={testid}>
                    { template_html(t(lang, Nav::WithStatus), &[
                        ("text", html! { { text } }),
                        ("status", status),
                    ]) }
                    { warning(lang, it.status) }
                </p>
            }
        }
        (None, Status::NotYetKnown(needed)) => html! {
            <p class="fact unknown" data-testid={testid}>
                { fill(t(lang, Code::ItemUnknown), &[
                    ("what", t(lang, Code::Item(kind))),
                    ("needed", t(lang, Code::Needed(needed))),
                ]) }
            </p>
        },
        _ => Html::default(),
    };
    html! {
        <>
            { body }
            if let Some(rule) = it.rule {
                { why_with(lang, rule.source,
                    &rule.caveats.iter().chain(it.caveats.iter()).copied().collect::<Vec<_>>(),
                    item_explain(lang, kind)) }
            }
        </>
    }
}

/// A dated fact worded as "{what}: {date}." (or "about {date}" when approximate).
pub fn plain_fact(view: &View, kind: ItemKind, testid: &'static str) -> Html {
    let approximate = item(view, kind).is_some_and(TimelineItem::is_approximate);
    let template = fill(
        t(
            view.lang,
            if approximate {
                Code::ItemAbout
            } else {
                Code::ItemOn
            },
        ),
        &[("what", t(view.lang, Code::Item(kind)))],
    );
    dated_fact(view, kind, &template, testid)
}

/// The warning for a date due within 7 days or overdue: an icon and words, not color alone.
pub fn warning(lang: Lang, status: Status) -> Html {
    use crate::domain::next_step::is_pressing;
    use crate::i18n::LaterT;
    if !is_pressing(status) {
        return Html::default();
    }
    let key = if matches!(status, Status::Overdue { .. }) {
        LaterT::WarningLate
    } else {
        LaterT::WarningSoon
    };
    html! {
        <strong class="warn-badge"><span aria-hidden="true">{ "⚠ " }</span>{ t(lang, key) }</strong>
    }
}

/// How an item's date is counted, in its "Why?" (with the documents' words, once they are here:
/// i18n::document_words).
pub fn item_explain(lang: Lang, kind: ItemKind) -> Html {
    match document_words::ready() {
        true => html! { <p>{ t(lang, Code::ItemExplain(kind)) }</p> },
        false => Html::default(),
    }
}

/// A letter made from the case, in the member's wording if they changed it, with its tools.
pub fn letter(
    view: &View,
    on_action: &Callback<Action>,
    kind: LetterKind,
    label: &'static str,
) -> Html {
    let case = &view.state.case;
    // The letter is generated only when the member has not written their own (each keystroke
    // in an edited letter renders the step again).
    let edited = case.details.documents.edited.get(kind);
    // Its words and its tools' come in a file the app fetches as it starts.
    if !document_words::ready() {
        return html! {
            <div class="field letter" data-testid={format!("letter-{}", kind.code())}>
                <p><strong>{ label }</strong></p>
                <p class="notice">{ t(view.lang, DocT::WordsNotLoaded) }</p>
            </div>
        };
    }
    let text = edited.map_or_else(
        || letter_text(view.lang, &letter_for(kind, case, view.today)),
        str::to_owned,
    );
    let letter = LetterBox {
        lang: view.lang,
        kind,
        label,
        text,
        edited: edited.is_some(),
        said: view
            .state
            .letter_said
            .filter(|(said_for, _)| *said_for == kind)
            .map(|(_, said)| said),
        screen: view.state.screen,
        loses_answers: view.state.switch_loses_answers(),
    };
    letter_box(letter, on_action)
}
