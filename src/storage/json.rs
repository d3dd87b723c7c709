//! The JSON this app reads and writes, by hand: a strict RFC 8259 parser that reports where it
//! stopped (line and column, as an editor shows them), a value type that keeps numbers as written,
//! and a writer. A general JSON library would bring a float parser, a generic serialiser and a
//! sorted map into the bundle, none of which the saved case needs.

use std::fmt::Write as _;

/// A JSON value. Numbers keep the text they were written with (the reader only accepts whole
/// numbers, and shows any other as written); an object keeps its members in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Json>),
    /// An object.
    Object(JsonObject),
}

/// An object's members, in the order written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonObject(pub Vec<(String, Json)>);

impl JsonObject {
    /// The member named `name` (the last one, if a file repeats it).
    pub fn get(&self, name: &str) -> Option<&Json> {
        self.0.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Sets `name` to `value`, replacing an earlier member of that name.
    pub fn insert(&mut self, name: &str, value: Json) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name.to_owned(), value)),
        }
    }
}

impl Json {
    /// The member `name`, if this is an object that has it.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(object) => object.get(name),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        *self == Json::Null
    }

    /// The whole number written, if the number is one (no fraction or exponent), within i128.
    pub fn as_whole(&self) -> Option<i128> {
        match self {
            Json::Number(text) if !text.contains(['.', 'e', 'E']) => text.parse().ok(),
            _ => None,
        }
    }
}

/// Where parsing stopped: 1-based line, and the byte column on that line (0 before the first
/// character, as at the end of an empty text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// The line, from 1.
    pub line: usize,
    /// The column on that line.
    pub column: usize,
}

/// Nesting deeper than this is refused rather than risking the stack on a hostile file.
const MAX_DEPTH: usize = 128;

/// Parses a whole JSON text (whitespace around it is allowed, anything else after it is not).
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut p = Parser {
        text: text.as_bytes(),
        at: 0,
    };
    p.space();
    let value = p.value(0)?;
    p.space();
    if p.at < p.text.len() {
        return Err(p.error());
    }
    Ok(value)
}

struct Parser<'t> {
    text: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    /// The error at the current byte (after it, as an editor's column counts), or at the end.
    fn error(&self) -> JsonError {
        self.error_after(self.at + 1)
    }

    /// The error just before byte `end`: its line, and the column it ends at.
    fn error_after(&self, end: usize) -> JsonError {
        let end = end.min(self.text.len());
        let before = &self.text[..end];
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        JsonError {
            line: 1 + before.iter().filter(|b| **b == b'\n').count(),
            column: end - line_start,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), JsonError> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        for b in word.bytes() {
            self.expect(b)?;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error());
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error()),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut object = JsonObject::default();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(object));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.error());
            }
            let name = self.string()?;
            self.space();
            self.expect(b':')?;
            self.space();
            let value = self.value(depth + 1)?;
            object.insert(&name, value);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(object));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.space();
            items.push(self.value(depth + 1)?);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error()),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        // Only ASCII digits and signs were consumed, so the slice is valid text.
        let text = std::str::from_utf8(&self.text[start..self.at]).unwrap_or("0");
        Ok(Json::Number(text.to_owned()))
    }

    /// Four hex digits. Like serde_json, which the tests hold this parser to, the four bytes are
    /// read as one: an error is reported after them, or at the end if fewer than four are left.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let Some(digits) = self.text.get(self.at..self.at + 4) else {
            return Err(self.error_after(self.text.len()));
        };
        self.at += 4;
        let mut n = 0;
        for b in digits {
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return Err(self.error_after(self.at)),
            };
            n = n * 16 + u32::from(digit);
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The text is valid UTF-8 and the run stops only at ASCII bytes, so it is whole
            // characters.
            out.push_str(std::str::from_utf8(&self.text[start..self.at]).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(self.error()),
                    };
                    self.at += 1;
                    out.push(c);
                }
                // A control character or the end of the text inside a string.
                _ => return Err(self.error()),
            }
        }
    }

    /// The character of a `\u` escape (the `\u` already read), joining a surrogate pair; a lone
    /// surrogate is an error, as JSON text must be Unicode.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.peek() != Some(b'\\') {
                    return Err(self.error());
                }
                self.at += 1;
                self.expect(b'u')?;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error_after(self.at));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            // A trailing surrogate alone: reported where its escape ends.
            0xDC00..=0xDFFF => return Err(self.error_after(self.at)),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error())
    }
}

/// Writes compact JSON: the same escapes as the common JSON libraries (quote, backslash and
/// control characters; nothing else).
#[derive(Debug, Default)]
pub struct JsonWriter {
    out: String,
    /// For each open object or list, whether a member has been written (so a comma is due).
    commas: Vec<bool>,
    /// A key was just written: its value follows without a comma.
    after_key: bool,
}

impl JsonWriter {
    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn before_value(&mut self) {
        if std::mem::take(&mut self.after_key) {
            return;
        }
        if let Some(comma) = self.commas.last_mut() {
            if std::mem::replace(comma, true) {
                self.out.push(',');
            }
        }
    }

    /// Starts an object (as a value: after [`key`](Self::key), in a list, or at the top).
    pub fn open_object(&mut self) {
        self.before_value();
        self.out.push('{');
        self.commas.push(false);
    }

    /// Ends the open object.
    pub fn close_object(&mut self) {
        self.commas.pop();
        self.out.push('}');
    }

    /// Starts a list.
    pub fn open_list(&mut self) {
        self.before_value();
        self.out.push('[');
        self.commas.push(false);
    }

    /// Ends the open list.
    pub fn close_list(&mut self) {
        self.commas.pop();
        self.out.push(']');
    }

    /// Starts a member of the open object; its value comes next.
    pub fn key(&mut self, name: &str) {
        self.before_value();
        self.quoted(name);
        self.out.push(':');
        self.after_key = true;
    }

    /// A string value.
    pub fn string(&mut self, text: &str) {
        self.before_value();
        self.quoted(text);
    }

    /// A whole-number value.
    pub fn int(&mut self, n: i64) {
        self.before_value();
        let _ = write!(self.out, "{n}");
    }

    /// A non-negative whole-number value.
    pub fn uint(&mut self, n: u64) {
        self.before_value();
        let _ = write!(self.out, "{n}");
    }

    /// `true` or `false`.
    pub fn bool(&mut self, b: bool) {
        self.before_value();
        self.out.push_str(if b { "true" } else { "false" });
    }

    fn quoted(&mut self, text: &str) {
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{8}' => self.out.push_str("\\b"),
                '\u{c}' => self.out.push_str("\\f"),
                c if u32::from(c) < 0x20 => {
                    let _ = write!(self.out, "\\u{:04x}", u32::from(c));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
}
