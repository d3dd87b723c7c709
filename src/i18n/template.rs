//! Whole-sentence templates: `{name}` placeholders and `{name:one|other}` plural forms, filled in
//! one pass. A value is never read again as a template, so a member's text containing braces is
//! inserted as it is. A placeholder with no value is left in place, where a test can see it.

/// One piece of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'t> {
    /// Literal text.
    Text(&'t str),
    /// `{name}`: the value of `name`.
    Value(&'t str),
    /// `{name:one|other}`: `one` when the value of `name` is 1, else `other`.
    Plural {
        /// The count's name.
        name: &'t str,
        /// The singular form.
        one: &'t str,
        /// The plural form.
        other: &'t str,
    },
}

/// The template's pieces, in order. Text that is not a well-formed placeholder (an unmatched
/// brace) stays literal.
pub fn segments(template: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        let segment = match inner.split_once(':') {
            Some((name, forms)) => match forms.split_once('|') {
                Some((one, other)) if is_name(name) => Some(Segment::Plural { name, one, other }),
                _ => None,
            },
            None if is_name(inner) => Some(Segment::Value(inner)),
            None => None,
        };
        match segment {
            Some(segment) => {
                if open > 0 {
                    out.push(Segment::Text(&rest[..open]));
                }
                out.push(segment);
            }
            None => out.push(Segment::Text(&rest[..open + len + 1])),
        }
        rest = &rest[open + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Whether a count written as `value` takes the singular form (English and Spanish: exactly 1).
pub fn is_one(value: &str) -> bool {
    value.trim() == "1"
}

/// Fills every placeholder of `template` from `values` in one pass. Values are plain text; the
/// interface escapes everything it renders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let value = |name: &str| values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    let mut out = String::with_capacity(template.len() + 32);
    for segment in segments(template) {
        match segment {
            Segment::Text(text) => out.push_str(text),
            Segment::Value(name) => match value(name) {
                Some(v) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
            Segment::Plural { name, one, other } => match value(name) {
                Some(v) => out.push_str(if is_one(v) { one } else { other }),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push(':');
                    out.push_str(one);
                    out.push('|');
                    out.push_str(other);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The names a template uses, once each, in order of first use (for checking that two
/// languages' templates take the same values).
pub fn names(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    for segment in segments(template) {
        let name = match segment {
            Segment::Value(name) | Segment::Plural { name, .. } => name,
            Segment::Text(_) => continue,
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
