//! Why a file could not be imported, in words: each problem with its field path, what was
//! expected and what was found.

use super::{fill, t, Lang, SafetyT};
use crate::storage::{Expected, FieldProblem, Found, ImportError};

/// The sentence for one import error, or the heading above its list of problems.
pub fn import_problem(lang: Lang, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { bytes, limit } => fill(
            t(lang, SafetyT::ImportTooLarge),
            &[
                ("size", &bytes.div_ceil(1024).to_string()),
                ("limit", &(limit / 1024).to_string()),
            ],
        ),
        ImportError::NotJson { line, column } => fill(
            t(lang, SafetyT::ImportNotJson),
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        ImportError::NotACaseFile => t(lang, SafetyT::ImportNotCase).to_owned(),
        ImportError::NewerVersion { schema } => fill(
            t(lang, SafetyT::ImportNewer),
            &[("schema", &schema.to_string())],
        ),
        ImportError::Invalid(_) => t(lang, SafetyT::ImportInvalid).to_owned(),
    }
}

/// One problem: "{path}: expected {expected}, but found {found}."
pub fn problem_line(lang: Lang, problem: &FieldProblem) -> String {
    let expected = match &problem.expected {
        Expected::Object => t(lang, SafetyT::ExpectedObject).to_owned(),
        Expected::List => t(lang, SafetyT::ExpectedList).to_owned(),
        Expected::Text => t(lang, SafetyT::ExpectedText).to_owned(),
        Expected::YesOrNo => t(lang, SafetyT::ExpectedYesOrNo).to_owned(),
        Expected::Date => t(lang, SafetyT::ExpectedDate).to_owned(),
        Expected::OneOf(codes) => fill(
            t(lang, SafetyT::ExpectedOneOf),
            &[("codes", &codes.join(", "))],
        ),
        Expected::WholeNumber { min, max } => fill(
            t(lang, SafetyT::ExpectedWholeNumber),
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
    };
    let (key, value) = match &problem.found {
        Found::Missing => (SafetyT::FoundMissing, String::new()),
        Found::Null => (SafetyT::FoundNull, String::new()),
        Found::YesOrNo(b) => (SafetyT::FoundYesOrNo, b.to_string()),
        Found::Number(n) => (SafetyT::FoundNumber, n.clone()),
        Found::Text(s) => (SafetyT::FoundText, s.clone()),
        Found::List => (SafetyT::FoundList, String::new()),
        Found::Object => (SafetyT::FoundObject, String::new()),
    };
    let found = fill(t(lang, key), &[("value", &value)]);
    fill(
        t(lang, SafetyT::ProblemLine),
        &[
            ("path", &problem.path),
            ("expected", &expected),
            ("found", &found),
        ],
    )
}

/// "…and {count} more problems."
pub fn more_problems(lang: Lang, count: usize) -> String {
    fill(
        t(lang, SafetyT::MoreProblems),
        &[("count", &count.to_string())],
    )
}
