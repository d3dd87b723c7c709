//! The page's address fragment, one design for every use (see the README, "Links"):
//!
//! `#/<screen>?lang=<tag>&region=<code>&plan=<code>&embed=1`
//!
//! The screen that is open, so Back, Forward and reload keep the member's place; and the presets
//! a shared or embedded link may carry. It is never sent to a server and never carries case data.
//! Pure, so it is tested natively; anything malformed or unknown is ignored, never an error.

use crate::domain::{PlanType, Region};
use crate::lang::Lang;
use crate::state::{Screen, Step};

/// A fragment longer than this is not ours: ignored whole.
const MAX_LEN: usize = 512;

/// What a fragment asks for. Each part is `None` (or `false`) when absent or malformed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    pub screen: Option<Screen>,
    pub lang: Option<Lang>,
    /// Presets for empty answers of the plan step.
    pub region: Option<Region>,
    pub plan: Option<PlanType>,
    /// Inside another site's page: the compact layout that tells its parent its height.
    pub embed: bool,
}

impl Fragment {
    /// What stays in the address as the member moves: the screen, and how the page looks and
    /// speaks. The answer presets go once applied, so a reload or Back never offers them again.
    pub fn at(self, screen: Screen) -> Fragment {
        Fragment {
            screen: Some(screen),
            region: None,
            plan: None,
            ..self
        }
    }
}

/// The screen's name in an address: a step's stable code.
pub fn slug(screen: Screen) -> &'static str {
    match screen {
        Screen::Welcome => "",
        Screen::Summary => "summary",
        Screen::Step(step) => step.code(),
    }
}

fn screen_of(slug: &str) -> Option<Screen> {
    [Screen::Welcome, Screen::Summary]
        .into_iter()
        .chain(Step::ALL.map(Screen::Step))
        .find(|s| self::slug(*s) == slug)
}

/// Reads a fragment, with or without its `#`.
pub fn parse(fragment: &str) -> Fragment {
    let mut found = Fragment::default();
    if fragment.len() > MAX_LEN {
        return found;
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    if let Some(path) = path.strip_prefix('/') {
        found.screen = screen_of(path);
    }
    for pair in query.split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        // A bad value leaves what an earlier good one said.
        match key {
            // A tag exactly as written here ("es"), not a browser's ("es-MX").
            "lang" => {
                found.lang = Lang::ALL
                    .into_iter()
                    .find(|l| l.tag() == value)
                    .or(found.lang)
            }
            "region" => found.region = Region::from_code(value).or(found.region),
            // Medi-Cal is what California members call Medicaid.
            "plan" if value == "medi-cal" => found.plan = Some(PlanType::Medicaid),
            "plan" => found.plan = PlanType::from_code(value).or(found.plan),
            // Any `embed=1` counts, as in the page's first script.
            "embed" => found.embed |= value == "1",
            _ => {}
        }
    }
    found
}

/// The address fragment for `what`: the parts it has, in a fixed order.
pub fn write(what: &Fragment) -> String {
    let mut out = String::from("#");
    if let Some(screen) = what.screen {
        out.push('/');
        out.push_str(slug(screen));
    }
    let mut add = |key: &str, value: &str| {
        out.push(if out.contains('?') { '&' } else { '?' });
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    };
    if let Some(lang) = what.lang {
        add("lang", lang.tag());
    }
    if let Some(region) = what.region {
        add("region", region.code());
    }
    if let Some(plan) = what.plan {
        add("plan", plan.code());
    }
    if what.embed {
        add("embed", "1");
    }
    out
}

/// The fragment that opens `screen` in `lang`.
pub fn fragment(screen: Screen, lang: Lang) -> String {
    write(&Fragment {
        screen: Some(screen),
        lang: Some(lang),
        ..Fragment::default()
    })
}
