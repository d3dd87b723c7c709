//! Enough of Rust's lexing for the source-reading tests: `//` comments dropped, string literals
//! (with their escapes decoded) told apart from code, char literals such as '"' and lifetimes
//! read as code.

/// A piece of Rust source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token {
    /// Code between literals, with all whitespace removed.
    Code(String),
    /// A string literal's text, and the line it starts on.
    Str(usize, String),
}

/// The source as code and string literals, in order, comments left out.
pub fn tokens(source: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut code = String::new();
    let mut chars = source.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('"', '\'', 'x'), or a lifetime ('a, 'static): kept as code.
                code.push(c);
                let rest: String = chars.clone().take(3).collect();
                let take = if rest.starts_with('\\') {
                    3
                } else if rest.chars().nth(1) == Some('\'') {
                    2
                } else {
                    0
                };
                code.extend(chars.by_ref().take(take));
            }
            '"' => {
                if !code.is_empty() {
                    out.push(Token::Code(std::mem::take(&mut code)));
                }
                let (start, mut text) = (line, String::new());
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => match chars.next() {
                            Some('n') => text.push('\n'),
                            Some('t') => text.push('\t'),
                            Some('\n') => {
                                // A line continuation: the break and the next line's indent go.
                                line += 1;
                                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                                    chars.next();
                                }
                            }
                            Some(other) => text.push(other),
                            None => {}
                        },
                        '"' => break,
                        '\n' => {
                            line += 1;
                            text.push(c);
                        }
                        c => text.push(c),
                    }
                }
                out.push(Token::Str(start, text));
            }
            c if c.is_whitespace() => {}
            c => code.push(c),
        }
    }
    if !code.is_empty() {
        out.push(Token::Code(code));
    }
    out
}

/// The string literals alone, with their line numbers.
// Not every test that includes this module reads the literals alone.
#[allow(dead_code)]
pub fn literals(source: &str) -> Vec<(usize, String)> {
    tokens(source)
        .into_iter()
        .filter_map(|token| match token {
            Token::Str(line, text) => Some((line, text)),
            Token::Code(_) => None,
        })
        .collect()
}

#[test]
fn the_lexer_finds_literals_and_skips_comments() {
    let found = tokens("// \"Not this\"\nlet a = \"One\\n\"; let b = '\"'; fn f<'a>() {}");
    assert_eq!(
        found,
        [
            Token::Code("leta=".into()),
            Token::Str(2, "One\n".into()),
            Token::Code(";letb='\"';fnf<'a>(){}".into()),
        ]
    );
}
