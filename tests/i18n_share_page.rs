//! The Share page (share/share.html, built into share.html next to each language's page) is
//! plain HTML and JS, not the app: its words must still be the tables', and its region and plan
//! choices exactly the codes the app's address accepts. The Spanish page is the English one with
//! its words, language and switch changed; this test writes it when run with
//! `UPDATE_STATIC_PAGES=1`, and fails when it is not up to date (as index.es.html is held by
//! tests/i18n_static_page.rs).
#![cfg(not(target_arch = "wasm32"))]

mod static_page_support;

use second_opinion_navigator::domain::{PlanType, Region};
use second_opinion_navigator::i18n::{page_text, t, Lang, PageT, SafetyT, Text};
use second_opinion_navigator::lang::SWITCH_LABEL;
use second_opinion_navigator::link::{fragment, parse};
use second_opinion_navigator::state::Screen;
use static_page_support::{assert_pieces_once, assert_translated, element, read};

const PAGES: [(Lang, &str); 2] = [
    (Lang::En, "share/share.html"),
    (Lang::Es, "share/share.es.html"),
];

/// How deep the page indents a `<select>`'s options, and its closing tag.
const OPTION_INDENT: &str = "\n              ";
const SELECT_END_INDENT: &str = "\n            ";

/// A `<select>` of codes and the app's names for them, after a "not set" choice.
fn select(
    id: &str,
    none: &str,
    options: impl IntoIterator<Item = (&'static str, &'static str)>,
) -> String {
    let mut html = format!(r#"<select id="{id}" name="{id}">"#);
    html += &format!(r#"{OPTION_INDENT}<option value="">{none}</option>"#);
    for (code, name) in options {
        html += &format!(r#"{OPTION_INDENT}<option value="{code}">{name}</option>"#);
    }
    html + SELECT_END_INDENT + "</select>"
}

/// The guide's start page in `lang`, from that language's share page.
fn guide(lang: Lang) -> String {
    format!("./{}", fragment(Screen::Welcome, lang))
}

/// Every piece of the page that is in a language: each text in its place.
fn pieces(lang: Lang) -> Vec<String> {
    let text = |key: Text| t(lang, key);
    let page = |key| page_text(lang, key);
    let title = t(lang, SafetyT::ShareGuide);
    let mut pieces = vec![
        format!(r#"<html lang="{}">"#, lang.tag()),
        format!("<title>{title}: {}</title>", text(Text::AppName)),
        element(
            "a",
            r##" href="#main" class="skip-link""##,
            text(Text::SkipToContent),
        ),
        format!(
            r#"<p class="app-name"><a href="{}">{}</a></p>"#,
            guide(lang),
            text(Text::AppName)
        ),
        element("h1", r#" id="screen-heading""#, title),
        element("p", r#" class="lead""#, page(PageT::ShareIntro)),
        element("p", r#" class="notice""#, page(PageT::ShareNoScript)),
        // The frame's title for the snippet, in whichever language the link opens.
        format!(
            r#"data-title-en="{}" data-title-es="{}""#,
            page_text(Lang::En, PageT::FrameTitle),
            page_text(Lang::Es, PageT::FrameTitle)
        ),
        element("label", r#" for="region""#, text(Text::RegionLabel)),
        select(
            "region",
            page(PageT::ShareNone),
            Region::ALL.map(|r| (r.code(), t(lang, Text::RegionName(r)))),
        ),
        element("label", r#" for="plan""#, text(Text::PlanTypeLegend)),
        select(
            "plan",
            page(PageT::ShareNone),
            PlanType::ALL.map(|p| (p.code(), t(lang, Text::PlanTypeName(p)))),
        ),
        element("legend", "", page(PageT::ShareLangLegend)),
        element("legend", "", page(PageT::ShareStartLegend)),
        element(
            "label",
            r#" for="start-welcome""#,
            page(PageT::ShareStartWelcome),
        ),
        format!(
            r#"<label for="start-plan">{}: {}</label>"#,
            page(PageT::ShareStartStep),
            text(Text::PlanTitle)
        ),
        element("legend", "", page(PageT::ShareUseLegend)),
        element("label", r#" for="use-link""#, page(PageT::ShareUseLink)),
        element("label", r#" for="use-embed""#, page(PageT::ShareUseEmbed)),
        element("label", r#" for="accent""#, page(PageT::ShareAccentLabel)),
        element(
            "p",
            r#" class="hint" id="accent-hint""#,
            page(PageT::ShareAccentHint),
        ),
        element(
            "label",
            r#" for="accent-pick" class="pick""#,
            page(PageT::ShareAccentPick),
        ),
        format!(
            r#"data-low="{}" data-bad="{}""#,
            page(PageT::ShareAccentLow),
            page(PageT::ShareAccentBad)
        ),
        element("h2", r#" id="link-title""#, page(PageT::ShareLinkTitle)),
        element("label", r#" for="link""#, page(PageT::ShareLinkLabel)),
        format!(r#"id="copy-link">{}</button>"#, page(PageT::ShareCopyLink)),
        format!(
            r#"id="share-link" hidden>{}</button>"#,
            page(PageT::ShareShareLink)
        ),
        element("p", r#" class="hint""#, page(PageT::ShareLinkNote)),
        element("h2", r#" id="embed-title""#, page(PageT::ShareEmbedTitle)),
        element("label", r#" for="snippet""#, page(PageT::ShareEmbedLabel)),
        format!(
            r#"id="copy-snippet">{}</button>"#,
            page(PageT::ShareCopyCode)
        ),
        element("p", r#" class="hint""#, page(PageT::ShareEmbedNote)),
        element(
            "h2",
            r#" id="preview-title""#,
            page(PageT::SharePreviewTitle),
        ),
        format!(r#"title="{}"></iframe>"#, page(PageT::SharePreviewFrame)),
        element("p", r#" class="hint""#, page(PageT::SharePreviewNote)),
        format!(
            r#"data-copied="{}" data-fallback="{}""#,
            page(PageT::ShareCopied),
            page(PageT::ShareCopyFallback)
        ),
        format!(
            r#"<p><a href="{}">{}</a></p>"#,
            guide(lang),
            page(PageT::ShareBack)
        ),
    ];
    // The other language's Share page, named in itself, as the app's switch names it.
    let links: String = Lang::ALL
        .into_iter()
        .filter(|l| *l != lang)
        .map(|l| {
            format!(
                r#"<a href="{}share.html" hreflang="{tag}" lang="{tag}">{}</a>"#,
                l.page_from(lang),
                l.own_name(),
                tag = l.tag()
            )
        })
        .collect();
    pieces.push(format!(
        r#"<nav class="lang-switch" aria-label="{SWITCH_LABEL}">{links}</nav>"#
    ));
    // The link's language starts as the page's own.
    for l in Lang::ALL {
        let checked = if l == lang { " checked" } else { "" };
        pieces.push(format!(
            r#"<div class="radio"><input type="radio" id="lang-{tag}" name="lang" value="{tag}"{checked} /><label for="lang-{tag}" lang="{tag}">{}</label></div>"#,
            l.own_name(),
            tag = l.tag()
        ));
    }
    pieces
}

#[test]
fn each_share_page_says_what_the_app_says_in_its_language() {
    assert_pieces_once(PAGES, pieces);
}

#[test]
fn the_spanish_share_page_is_the_english_page_translated() {
    assert_translated(PAGES, pieces, "i18n_share_page");
}

/// The `value`s of the options of the page's `<select id="{id}">`, in order.
fn option_values(page: &str, id: &str) -> Vec<String> {
    let start = page
        .find(&format!(r#"<select id="{id}""#))
        .unwrap_or_else(|| panic!("no select #{id}"));
    let end = start + page[start..].find("</select>").expect("the select ends");
    page[start..end]
        .split(r#"<option value=""#)
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_choices_are_exactly_the_codes_the_app_accepts() {
    for (_, name) in PAGES {
        let page = read(name);
        let regions = option_values(&page, "region");
        let expected: Vec<&str> = [""]
            .into_iter()
            .chain(Region::ALL.map(Region::code))
            .collect();
        assert_eq!(regions, expected, "{name}: regions");
        let plans = option_values(&page, "plan");
        let expected: Vec<&str> = [""]
            .into_iter()
            .chain(PlanType::ALL.map(PlanType::code))
            .collect();
        assert_eq!(plans, expected, "{name}: plans");
        // And the app's address reads each as that answer (the page writes the link's query
        // in this form: share/share.js).
        for region in Region::ALL {
            let link = parse(&format!("#/plan?lang=en&region={}", region.code()));
            assert_eq!(link.region, Some(region), "{name}: {}", region.code());
        }
        for plan in PlanType::ALL {
            let link = parse(&format!("#/plan?lang=es&plan={}&embed=1", plan.code()));
            assert_eq!(link.plan, Some(plan), "{name}: {}", plan.code());
            assert!(link.embed);
        }
    }
}

#[test]
fn the_share_page_texts_need_no_escaping() {
    use PageT::*;
    for lang in Lang::ALL {
        let mut texts: Vec<&str> = [
            ShareIntro,
            ShareNoScript,
            ShareNone,
            ShareLangLegend,
            ShareStartLegend,
            ShareStartWelcome,
            ShareStartStep,
            ShareUseLegend,
            ShareUseLink,
            ShareUseEmbed,
            ShareAccentLabel,
            ShareAccentHint,
            ShareAccentPick,
            ShareAccentLow,
            ShareAccentBad,
            ShareLinkTitle,
            ShareLinkLabel,
            ShareCopyLink,
            ShareShareLink,
            ShareLinkNote,
            ShareEmbedTitle,
            ShareEmbedLabel,
            ShareCopyCode,
            ShareEmbedNote,
            SharePreviewTitle,
            SharePreviewFrame,
            SharePreviewNote,
            ShareCopied,
            ShareCopyFallback,
            ShareBack,
            FrameTitle,
        ]
        .map(|key| page_text(lang, key))
        .to_vec();
        texts.push(t(lang, SafetyT::ShareGuide));
        texts.extend(Region::ALL.map(|r| t(lang, Text::RegionName(r))));
        texts.extend(PlanType::ALL.map(|p| t(lang, Text::PlanTypeName(p))));
        for text in texts {
            assert!(!text.contains(['<', '>', '&', '"']), "{text}");
        }
    }
}
