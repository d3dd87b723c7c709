//! Money in whole cents and percentages in basis points: no floating point anywhere.

use std::fmt;

/// An amount of US money in cents. Arithmetic saturates instead of overflowing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

/// A percentage in basis points: 1% = 100, 100% = 10,000. Always between 0 and 10,000.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BasisPoints(u16);

/// Why a typed amount or percentage could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing but spaces (or a lone "$" or "%") was typed.
    Empty,
    /// Something other than digits, one decimal point, "$", "%", commas and spaces.
    NotANumber,
    /// More than two digits after the decimal point.
    TooManyDecimals,
    /// A minus sign: amounts and percentages are never negative.
    Negative,
    /// Larger than the app accepts (about $90 trillion, or a percentage above 100%).
    TooLarge,
}

impl Money {
    /// Zero dollars.
    pub const ZERO: Money = Money(0);

    /// An amount of whole cents.
    pub const fn from_cents(cents: i64) -> Money {
        Money(cents)
    }

    /// An amount of whole dollars (saturating).
    pub const fn from_dollars(dollars: i64) -> Money {
        Money(dollars.saturating_mul(100))
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// Whether this amount is below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// The sum, saturating at the largest or smallest amount.
    pub const fn saturating_add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }

    /// The difference, saturating at the largest or smallest amount.
    pub const fn saturating_sub(self, other: Money) -> Money {
        Money(self.0.saturating_sub(other.0))
    }

    /// The amount, or zero if it is negative.
    pub fn non_negative(self) -> Money {
        self.max(Money::ZERO)
    }

    /// This share of the amount, rounded to the nearest cent (half a cent rounds up).
    /// Negative amounts give the negative of the share of their absolute value.
    pub fn percent(self, rate: BasisPoints) -> Money {
        let product = i128::from(self.0) * i128::from(rate.0);
        let rounded = if product >= 0 {
            (product + 5_000) / 10_000
        } else {
            -((-product + 5_000) / 10_000)
        };
        // |rounded| <= |self| because rate <= 10,000, so it always fits.
        Money(i64::try_from(rounded).unwrap_or(self.0))
    }

    /// The sum of several amounts, saturating.
    pub fn sum<I: IntoIterator<Item = Money>>(amounts: I) -> Money {
        amounts
            .into_iter()
            .fold(Money::ZERO, |total, m| total.saturating_add(m))
    }

    /// Reads an amount as typed in a form: "1234", "1,234.5", "$1,234.56", " 12.00 ".
    pub fn parse(text: &str) -> Result<Money, ParseError> {
        let cents = parse_hundredths(text, '$')?;
        Ok(Money(cents))
    }
}

/// Largest amount [`Money::parse`] accepts, in cents ($90 trillion).
const MAX_PARSED_CENTS: i64 = 9_000_000_000_000_000;

fn parse_hundredths(text: &str, symbol: char) -> Result<i64, ParseError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != ' ' && *c != symbol)
        .collect();
    if cleaned.is_empty() {
        return Err(ParseError::Empty);
    }
    if cleaned.starts_with('-') {
        return Err(ParseError::Negative);
    }
    let (whole, fraction) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned.as_str(), ""),
    };
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits_only(whole) || !digits_only(fraction) || (whole.is_empty() && fraction.is_empty()) {
        return Err(ParseError::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(ParseError::TooManyDecimals);
    }
    let mut value: i64 = 0;
    for c in whole.chars().chain(fraction.chars()) {
        let digit = i64::from(c.to_digit(10).unwrap_or(0));
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit))
            .filter(|v| *v <= MAX_PARSED_CENTS)
            .ok_or(ParseError::TooLarge)?;
    }
    for _ in fraction.len()..2 {
        value = value
            .checked_mul(10)
            .filter(|v| *v <= MAX_PARSED_CENTS)
            .ok_or(ParseError::TooLarge)?;
    }
    Ok(value)
}

impl fmt::Display for Money {
    /// US style: `$1,234.56`, `-$5.00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let dollars = (abs / 100).to_string();
        let mut grouped = String::with_capacity(dollars.len() + dollars.len() / 3);
        for (i, c) in dollars.chars().enumerate() {
            if i > 0 && (dollars.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        write!(f, "{sign}${grouped}.{:02}", abs % 100)
    }
}

impl BasisPoints {
    /// 0%.
    pub const ZERO: BasisPoints = BasisPoints(0);
    /// 100%.
    pub const FULL: BasisPoints = BasisPoints(10_000);

    /// A rate in basis points, clamped to 0..=10,000 (0% to 100%).
    pub const fn new(bp: u32) -> BasisPoints {
        if bp > 10_000 {
            BasisPoints(10_000)
        } else {
            BasisPoints(bp as u16)
        }
    }

    /// A whole percentage, clamped to 0..=100.
    pub const fn from_percent(percent: u32) -> BasisPoints {
        BasisPoints::new(if percent > 100 { 10_000 } else { percent * 100 })
    }

    /// The rate in basis points.
    pub const fn get(self) -> u16 {
        self.0
    }

    /// What is left of 100%: the plan's part when this is the member's coinsurance.
    pub const fn complement(self) -> BasisPoints {
        BasisPoints(10_000 - self.0)
    }

    /// Reads a percentage as typed in a form: "30", "30%", "12.5 %".
    pub fn parse(text: &str) -> Result<BasisPoints, ParseError> {
        let hundredths = parse_hundredths(text, '%')?;
        if hundredths > 10_000 {
            return Err(ParseError::TooLarge);
        }
        Ok(BasisPoints(u16::try_from(hundredths).unwrap_or(10_000)))
    }
}

impl fmt::Display for BasisPoints {
    /// `30%`, `12.5%`, `12.25%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 100;
        let frac = self.0 % 100;
        match frac {
            0 => write!(f, "{whole}%"),
            f10 if f10.is_multiple_of(10) => write!(f, "{whole}.{}%", f10 / 10),
            _ => write!(f, "{whole}.{frac:02}%"),
        }
    }
}
