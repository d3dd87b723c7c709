//! The page's address fragment, one design for every use (see the README, "Links"):
//!
//! `#/<screen>?lang=<tag>&region=<code>&plan=<code>&embed=1&accent=<rrggbb>`
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
    /// An embedding site's colour: kept in the address (as six lowercase digits) whether or not
    /// the page may use it ([`Accent::is_readable`], which the page's first script applies).
    pub accent: Option<Accent>,
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

/// An accent colour for an embedding site's brand, as `rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent(pub [u8; 3]);

/// The darkest colour the accent meets in the light scheme (static/app.css `--info-bg`, under
/// notes): it is text or border there, and on the page, card and warning backgrounds, which are
/// all lighter, and under white text on buttons. A colour at 4.5:1 against this one is darker
/// than it, so it is further still from every lighter one. The dark scheme keeps its own light
/// accent, since one dark enough for white text cannot be read on a dark page.
pub const DARKEST_BACKGROUND: [u8; 3] = [0xe8, 0xf1, 0xf8];

impl Accent {
    /// Six hex digits, with or without a leading `#` (written `%23` by some address bars). The
    /// format only: whether the page may use the colour is [`Accent::is_readable`].
    pub fn parse(text: &str) -> Option<Accent> {
        let hex = text
            .strip_prefix('#')
            .or_else(|| text.strip_prefix("%23"))
            .unwrap_or(text)
            .as_bytes();
        if hex.len() != 6 {
            return None;
        }
        let nibble = |i: usize| char::from(hex[i]).to_digit(16);
        let channel = |i: usize| Some((nibble(i)? * 16 + nibble(i + 1)?) as u8);
        Some(Accent([channel(0)?, channel(2)?, channel(4)?]))
    }

    /// Whether the page may use it: at 4.5:1 against every colour it meets (WCAG 2.1, 1.4.3
    /// Contrast (Minimum), AA; see [`DARKEST_BACKGROUND`]). Any other is ignored. The page's first
    /// script applies it (so the static first screen has it too), with a copy of this rule that
    /// tests/link_fragment.rs holds to this one.
    pub fn is_readable(self) -> bool {
        contrast_ratio(self.0, DARKEST_BACKGROUND) >= 4.5
    }

    /// The colour as the address writes it: six lowercase hex digits, `rrggbb`.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = String::with_capacity(6);
        for byte in self.0 {
            hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
            hex.push(char::from(DIGITS[usize::from(byte & 15)]));
        }
        hex
    }
}

/// WCAG 2.1's contrast ratio of two sRGB colours, from 1 to 21.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG 2.1's relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// An sRGB channel made linear: `((c + 0.055) / 1.055)^2.4` above the knee.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        return c / 12.92;
    }
    let x = (c + 0.055) / 1.055;
    // x^2.4 = x^2 * (x^2)^(1/5), the fifth root by Newton's method: wasm has no `powf`, and the
    // maths library it would bring costs more than the whole accent, should the app ever check
    // a colour itself. x^2 > 0.002 here, and from 1 the steps fall to the root in under 40
    // (tested against `powf` for every channel).
    let square = x * x;
    let mut root = 1.0_f64;
    for _ in 0..40 {
        root = (4.0 * root + square / (root * root * root * root)) / 5.0;
    }
    square * root
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
            // Any well-formed colour, readable or not: the page's first script decides its use.
            "accent" => found.accent = Accent::parse(value).or(found.accent),
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
    if let Some(accent) = what.accent {
        add("accent", &accent.hex());
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
