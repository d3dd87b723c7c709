//! Field-by-field problems found while reading a saved or imported case, and the reader that
//! collects them. Reading goes on after a problem, so a member importing a damaged file sees
//! every problem at once, each with its path and what was expected.

use super::json::{Json, JsonObject};
use std::fmt;

/// At most this many problems are listed; the rest are only counted. A hostile file could
/// otherwise produce one problem per byte.
pub const MAX_LISTED_PROBLEMS: usize = 50;

/// What a field should have held. Typed, so the interface can say it in the member's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A JSON object (`{...}`).
    Object,
    /// A JSON list (`[...]`).
    List,
    /// Text.
    Text,
    /// `true` or `false`.
    YesOrNo,
    /// A calendar date written `YYYY-MM-DD`.
    Date,
    /// One of these codes.
    OneOf(Vec<&'static str>),
    /// A whole number from `min` to `max`.
    WholeNumber {
        /// The smallest value allowed.
        min: i128,
        /// The largest value allowed.
        max: i128,
    },
}

/// What a field held instead, in brief (long text is cut short, so a problem list stays small).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The field was absent.
    Missing,
    /// `null`.
    Null,
    /// `true` or `false`.
    YesOrNo(bool),
    /// A number, as written.
    Number(String),
    /// Text (at most 40 characters of it).
    Text(String),
    /// A list.
    List,
    /// An object.
    Object,
}

impl Found {
    /// A brief description of `value`.
    pub fn of(value: &Json) -> Found {
        match value {
            Json::Null => Found::Null,
            Json::Bool(b) => Found::YesOrNo(*b),
            Json::Number(n) => Found::Number(n.chars().take(40).collect()),
            Json::String(s) => Found::Text(s.chars().take(40).collect()),
            Json::Array(_) => Found::List,
            Json::Object(_) => Found::Object,
        }
    }
}

/// One problem: where (a path such as `case.details.contacts[2].date`), what was expected, and
/// what was there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field's path from the top of the file.
    pub path: String,
    /// What the field should have held.
    pub expected: Expected,
    /// What it held.
    pub found: Found,
}

/// Every problem found (up to [`MAX_LISTED_PROBLEMS`]) and how many more were left unlisted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems {
    /// The problems, in the order met.
    pub listed: Vec<FieldProblem>,
    /// How many further problems were found but not listed.
    pub unlisted: usize,
}

impl Problems {
    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.unlisted == 0
    }

    fn push(&mut self, problem: FieldProblem) {
        if self.listed.len() < MAX_LISTED_PROBLEMS {
            self.listed.push(problem);
        } else {
            self.unlisted = self.unlisted.saturating_add(1);
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Object => write!(f, "an object"),
            Expected::List => write!(f, "a list"),
            Expected::Text => write!(f, "text"),
            Expected::YesOrNo => write!(f, "true or false"),
            Expected::Date => write!(f, "a date written YYYY-MM-DD"),
            Expected::OneOf(codes) => write!(f, "one of {}", codes.join(", ")),
            Expected::WholeNumber { min, max } => write!(f, "a whole number from {min} to {max}"),
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Missing => write!(f, "nothing"),
            Found::Null => write!(f, "null"),
            Found::YesOrNo(b) => write!(f, "{b}"),
            Found::Number(n) => write!(f, "the number {n}"),
            Found::Text(s) => write!(f, "the text \"{s}\""),
            Found::List => write!(f, "a list"),
            Found::Object => write!(f, "an object"),
        }
    }
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected {}, found {}",
            self.path, self.expected, self.found
        )
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.listed.iter().enumerate() {
            if i > 0 {
                write!(f, "; ")?;
            }
            write!(f, "{problem}")?;
        }
        if self.unlisted > 0 {
            write!(f, "; and {} more", self.unlisted)?;
        }
        Ok(())
    }
}

/// Walks a JSON value, remembering the current path and collecting problems instead of stopping
/// at the first. Absent fields and `null` both mean "not answered".
#[derive(Debug)]
pub(super) struct Reader {
    path: Vec<String>,
    problems: Problems,
}

impl Reader {
    /// A reader whose paths start at `root` (e.g. `case`).
    pub(super) fn new(root: &str) -> Reader {
        Reader {
            path: vec![root.to_owned()],
            problems: Problems::default(),
        }
    }

    pub(super) fn into_problems(self) -> Problems {
        self.problems
    }

    fn path_text(&self) -> String {
        let mut text = String::new();
        for part in &self.path {
            if !text.is_empty() && !part.starts_with('[') {
                text.push('.');
            }
            text.push_str(part);
        }
        text
    }

    /// Records that the value at the current path is not what was expected.
    pub(super) fn problem(&mut self, expected: Expected, found: Found) {
        let path = self.path_text();
        self.problems.push(FieldProblem {
            path,
            expected,
            found,
        });
    }

    /// Records that the required field `name` (under the current path) is absent.
    pub(super) fn problem_at(&mut self, name: &str, expected: Expected) {
        self.at(name.to_owned(), |r| r.problem(expected, Found::Missing));
    }

    /// Runs `read` with `part` appended to the path.
    pub(super) fn at<T>(&mut self, part: String, read: impl FnOnce(&mut Reader) -> T) -> T {
        self.path.push(part);
        let out = read(self);
        self.path.pop();
        out
    }

    /// The object at the current path (`None`, with a problem, if it is anything else).
    pub(super) fn object<'v>(&mut self, value: &'v Json) -> Option<&'v JsonObject> {
        match value {
            Json::Object(map) => Some(map),
            other => {
                self.problem(Expected::Object, Found::of(other));
                None
            }
        }
    }

    /// Reads the optional field `name` of `object` with `read`; absent or `null` gives `None`.
    pub(super) fn field<T>(
        &mut self,
        object: Option<&JsonObject>,
        name: &str,
        read: impl FnOnce(&mut Reader, &Json) -> Option<T>,
    ) -> Option<T> {
        match object.and_then(|o| o.get(name)) {
            None | Some(Json::Null) => None,
            Some(value) => self.at(name.to_owned(), |r| read(r, value)),
        }
    }

    /// A nested object field; absent gives an empty object so its own fields read as unanswered.
    pub(super) fn section<'v>(
        &mut self,
        object: Option<&'v JsonObject>,
        name: &str,
    ) -> Option<&'v JsonObject> {
        match object.and_then(|o| o.get(name)) {
            None | Some(Json::Null) => None,
            Some(value) => self.at(name.to_owned(), |r| r.object(value)),
        }
    }

    pub(super) fn text(&mut self, value: &Json) -> Option<String> {
        match value {
            Json::String(s) => Some(s.clone()),
            other => {
                self.problem(Expected::Text, Found::of(other));
                None
            }
        }
    }

    pub(super) fn yes_no(&mut self, value: &Json) -> Option<bool> {
        match value {
            Json::Bool(b) => Some(*b),
            other => {
                self.problem(Expected::YesOrNo, Found::of(other));
                None
            }
        }
    }

    /// A whole number in `min..=max` (JSON `1.0` is not whole: the writer never writes it).
    pub(super) fn whole(&mut self, value: &Json, min: i128, max: i128) -> Option<i128> {
        match value.as_whole() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                self.problem(Expected::WholeNumber { min, max }, Found::of(value));
                None
            }
        }
    }

    /// The list at the current path, each element read with `read` under its index.
    pub(super) fn list<T>(
        &mut self,
        value: &Json,
        mut read: impl FnMut(&mut Reader, &Json) -> T,
    ) -> Option<Vec<T>> {
        match value {
            Json::Array(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| self.at(format!("[{i}]"), |r| read(r, item)))
                    .collect(),
            ),
            other => {
                self.problem(Expected::List, Found::of(other));
                None
            }
        }
    }
}
