//! Calendar dates, business days and US federal holidays.
//!
//! Business days are Monday to Friday, except US federal holidays on their observed dates (a
//! holiday on a Saturday is observed on the Friday before, one on a Sunday on the Monday after;
//! 5 U.S.C. 6103). Holidays are computed for any year, not looked up in a list. Every function
//! saturates at the first or last date chrono can represent instead of panicking.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The eleven US federal holidays (5 U.S.C. 6103).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FederalHoliday {
    /// 1 January.
    NewYearsDay,
    /// Third Monday of January (a federal holiday from 1986).
    MartinLutherKingJrDay,
    /// Third Monday of February.
    WashingtonsBirthday,
    /// Last Monday of May.
    MemorialDay,
    /// 19 June (a federal holiday from 2021).
    Juneteenth,
    /// 4 July.
    IndependenceDay,
    /// First Monday of September.
    LaborDay,
    /// Second Monday of October.
    ColumbusDay,
    /// 11 November.
    VeteransDay,
    /// Fourth Thursday of November.
    Thanksgiving,
    /// 25 December.
    Christmas,
}

impl FederalHoliday {
    /// Every federal holiday, in calendar order.
    pub const ALL: [FederalHoliday; 11] = [
        FederalHoliday::NewYearsDay,
        FederalHoliday::MartinLutherKingJrDay,
        FederalHoliday::WashingtonsBirthday,
        FederalHoliday::MemorialDay,
        FederalHoliday::Juneteenth,
        FederalHoliday::IndependenceDay,
        FederalHoliday::LaborDay,
        FederalHoliday::ColumbusDay,
        FederalHoliday::VeteransDay,
        FederalHoliday::Thanksgiving,
        FederalHoliday::Christmas,
    ];

    /// The date the holiday falls on in `year` (before moving it off a weekend), or `None` if it
    /// was not a federal holiday that year or the date cannot be represented.
    pub fn actual_date(self, year: i32) -> Option<NaiveDate> {
        use FederalHoliday::*;
        match self {
            NewYearsDay => NaiveDate::from_ymd_opt(year, 1, 1),
            MartinLutherKingJrDay if year >= 1986 => nth_weekday(year, 1, Weekday::Mon, 3),
            MartinLutherKingJrDay => None,
            WashingtonsBirthday => nth_weekday(year, 2, Weekday::Mon, 3),
            MemorialDay => last_weekday(year, 5, Weekday::Mon),
            Juneteenth if year >= 2021 => NaiveDate::from_ymd_opt(year, 6, 19),
            Juneteenth => None,
            IndependenceDay => NaiveDate::from_ymd_opt(year, 7, 4),
            LaborDay => nth_weekday(year, 9, Weekday::Mon, 1),
            ColumbusDay => nth_weekday(year, 10, Weekday::Mon, 2),
            VeteransDay => NaiveDate::from_ymd_opt(year, 11, 11),
            Thanksgiving => nth_weekday(year, 11, Weekday::Thu, 4),
            Christmas => NaiveDate::from_ymd_opt(year, 12, 25),
        }
    }

    /// The day off for the holiday of `year`: Saturday moves to Friday, Sunday to Monday. New
    /// Year's Day on a Saturday is observed on 31 December of the year before.
    pub fn observed_date(self, year: i32) -> Option<NaiveDate> {
        let actual = self.actual_date(year)?;
        match actual.weekday() {
            Weekday::Sat => actual.pred_opt(),
            Weekday::Sun => actual.succ_opt(),
            _ => Some(actual),
        }
    }
}

/// The `n`-th (1-based) `weekday` of a month.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let offset = (7 + weekday.num_days_from_monday() - first.weekday().num_days_from_monday()) % 7;
    NaiveDate::from_ymd_opt(year, month, 1 + offset + 7 * (n.saturating_sub(1)))
}

/// The last `weekday` of a month.
fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let last = last_day_of_month(year, month)?;
    let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    last.checked_sub_days(Days::new(u64::from(back)))
}

/// The last day of a month.
fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// The federal holiday observed on this date, if any.
pub fn federal_holiday(date: NaiveDate) -> Option<FederalHoliday> {
    if is_weekend(date) {
        return None;
    }
    let year = date.year();
    FederalHoliday::ALL.into_iter().find(|h| {
        h.observed_date(year) == Some(date)
            || (*h == FederalHoliday::NewYearsDay
                && year.checked_add(1).and_then(|next| h.observed_date(next)) == Some(date))
    })
}

/// The observed dates of every federal holiday of `year`, in calendar order. New Year's Day may
/// be observed on 31 December of the year before.
pub fn federal_holidays(year: i32) -> Vec<(FederalHoliday, NaiveDate)> {
    FederalHoliday::ALL
        .into_iter()
        .filter_map(|h| h.observed_date(year).map(|d| (h, d)))
        .collect()
}

/// Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Neither a weekend day nor an observed federal holiday.
pub fn is_business_day(date: NaiveDate) -> bool {
    !is_weekend(date) && federal_holiday(date).is_none()
}

/// "N calendar days from D": D + N days (saturating at the last representable date).
pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// D − N days (saturating at the first representable date).
pub fn sub_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_sub_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MIN)
}

/// Calendar days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// The same day-of-month `months` months later, or `None` if that month has no such day or the
/// date cannot be represented.
fn same_day_months_later(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month0 = u32::try_from(total.rem_euclid(12)).ok()?;
    NaiveDate::from_ymd_opt(year, month0 + 1, date.day())
}

/// The first day of the month after the month `months` months after `date`.
fn first_of_month_after(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months) + 1;
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month0 = u32::try_from(total.rem_euclid(12)).ok()?;
    NaiveDate::from_ymd_opt(year, month0 + 1, 1)
}

/// "N months from D", the federal external-review rule (45 CFR 147.136(d)(2)(i)): the same
/// day-of-month N months later; if that day does not exist in that month, the first day of the
/// following month; if the result is a weekend day or federal holiday, the next business day.
/// Saturates at the last representable date.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    let raw = same_day_months_later(date, months)
        .or_else(|| first_of_month_after(date, months))
        .unwrap_or(NaiveDate::MAX);
    next_business_day_on_or_after(raw)
}

/// "N months from D" read the protective way, for windows whose counting rule is not sourced:
/// the same day-of-month N months later, or the last day of that month when the day does not
/// exist (31 August + 6 months = 28 or 29 February); never moved off a weekend.
pub fn add_months_protective(date: NaiveDate, months: u32) -> NaiveDate {
    same_day_months_later(date, months)
        .or_else(|| first_of_month_after(date, months).and_then(|d| d.pred_opt()))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` if it is a business day, else the next business day (saturating).
pub fn next_business_day_on_or_after(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    while !is_business_day(day) {
        match day.succ_opt() {
            Some(next) => day = next,
            None => return day,
        }
    }
    day
}

/// Business days in the closed range `from..=to` (0 when `to` is before `from`).
fn business_days_inclusive(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return 0;
    }
    let span = days_between(from, to) + 1;
    let mut weekdays = span / 7 * 5;
    let mut day = from;
    for _ in 0..span % 7 {
        if !is_weekend(day) {
            weekdays += 1;
        }
        day = day.succ_opt().unwrap_or(day);
    }
    // A holiday of year Y is observed between 31 December of Y - 1 (New Year's Day) and
    // 26 December of Y (Christmas), always on a weekday and exactly once. Years well inside the
    // range therefore contribute all their holidays (a closed form); only the edge years are
    // checked date by date. This keeps the count fast for any span.
    let first = from.year();
    let last = to.year().saturating_add(1);
    let inner_start = first.saturating_add(2);
    let inner_end = to.year().saturating_sub(1);
    let mut holidays = 0;
    let mut edge_years = Vec::with_capacity(4);
    if inner_start <= inner_end {
        holidays += holidays_in_years(inner_start, inner_end);
        edge_years.extend([first, first.saturating_add(1), to.year(), last]);
    } else {
        edge_years.extend(first..=last);
    }
    edge_years.dedup();
    for year in edge_years {
        for h in FederalHoliday::ALL {
            if let Some(d) = h.observed_date(year) {
                if d >= from && d <= to {
                    holidays += 1;
                }
            }
        }
    }
    weekdays - holidays
}

/// How many federal holidays the years `first..=last` have in total: 9 a year, plus Martin
/// Luther King Jr. Day from 1986 and Juneteenth from 2021.
fn holidays_in_years(first: i32, last: i32) -> i64 {
    let years_from = |start: i32| i64::from(last) - i64::from(first.max(start)) + 1;
    9 * (i64::from(last) - i64::from(first) + 1) + years_from(1986).max(0) + years_from(2021).max(0)
}

/// The number of business days between a request on `request` and an appointment on
/// `appointment`: the business days after the request up to and including the appointment.
/// Zero when the appointment is not after the request.
pub fn business_days_between(request: NaiveDate, appointment: NaiveDate) -> u32 {
    let Some(after) = request.succ_opt() else {
        return 0;
    };
    u32::try_from(business_days_inclusive(after, appointment).max(0)).unwrap_or(u32::MAX)
}

/// Whether a wait from `request` to `appointment` exceeds a standard of `standard` business
/// days: the count of [`business_days_between`] is greater than the standard.
pub fn wait_exceeds(request: NaiveDate, appointment: NaiveDate, standard: u32) -> bool {
    business_days_between(request, appointment) > standard
}

/// "N business days after D": steps forward from D one day at a time, counting each business day
/// stepped onto, and stops on the N-th (0 gives D). Saturates at the last representable date.
pub fn add_business_days(date: NaiveDate, n: u32) -> NaiveDate {
    if n <= 64 {
        let mut day = date;
        let mut left = n;
        while left > 0 {
            match day.succ_opt() {
                Some(next) => day = next,
                None => return day,
            }
            if is_business_day(day) {
                left -= 1;
            }
        }
        return day;
    }
    // Large N: binary search for the first day whose count reaches N. Any 14 consecutive days
    // hold at least 7 business days, so the answer is within 2N + 14 days.
    let target = i64::from(n);
    let mut low = date;
    let mut high = add_days(date, n.saturating_mul(2).saturating_add(14));
    if business_days_inclusive(add_days(date, 1), high) < target {
        return high;
    }
    while low < high {
        let mid = add_days(low, u32::try_from(days_between(low, high) / 2).unwrap_or(0));
        if business_days_inclusive(add_days(date, 1), mid) >= target {
            high = mid;
        } else {
            low = mid.succ_opt().unwrap_or(mid);
        }
    }
    high
}

/// "N business days before A": steps back from A one day at a time, counting each business day
/// stepped onto, and stops on the N-th (0 gives A). Saturates at the first representable date.
pub fn business_days_before(date: NaiveDate, n: u32) -> NaiveDate {
    if n <= 64 {
        let mut day = date;
        let mut left = n;
        while left > 0 {
            match day.pred_opt() {
                Some(prev) => day = prev,
                None => return day,
            }
            if is_business_day(day) {
                left -= 1;
            }
        }
        return day;
    }
    let target = i64::from(n);
    let end = sub_days(date, 1);
    let mut low = sub_days(date, n.saturating_mul(2).saturating_add(14));
    let mut high = end;
    if business_days_inclusive(low, end) < target {
        return low;
    }
    // Largest day `x` with business days in x..=end >= N.
    while low < high {
        let half = u32::try_from((days_between(low, high) + 1) / 2).unwrap_or(0);
        let mid = add_days(low, half);
        if business_days_inclusive(mid, end) >= target {
            low = mid;
        } else {
            high = mid.pred_opt().unwrap_or(mid);
        }
    }
    low
}
