//! Files the member takes away, written as text with no browser or clock: the calendar (.ics).
//! Pure like the domain, and tested natively.

pub mod ics;
