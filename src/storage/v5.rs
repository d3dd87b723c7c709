//! Schema version 5 of the saved case: version 4 (see [`super::v4`]) plus, in `details`, what the
//! case remembers about its copies:
//! `"keeping": {"lastCopy": "2026-12-08", "changedSinceCopy": true, "offered": ["denied",
//! "grievance-deadline", "clearing-note"]}` (the first two only when set). Frozen once released;
//! `tests/fixtures/schema-v5.json` must keep decoding to the same case. A version-4 case reads as
//! it is, with nothing copied or offered yet.

use super::json::{Json, JsonWriter};
use super::problems::Reader;
use super::v3::date_text;
use super::v3_read::{date, flag, one_of};
use crate::domain::keeping::{Keeping, Offer};
use crate::domain::Case;

/// Writes the case: version 4's members, and the record of copies in `details`.
pub(super) fn write_case(w: &mut JsonWriter, case: &Case) {
    let keeping = &case.details.keeping;
    super::v4::write_case(w, case, |w| {
        w.key("keeping");
        w.open_object();
        if let Some(day) = keeping.last_copy {
            w.key("lastCopy");
            w.string(&date_text(day));
        }
        if keeping.changed_since_copy {
            w.key("changedSinceCopy");
            w.bool(true);
        }
        w.key("offered");
        w.open_list();
        for offer in &keeping.offered {
            w.string(offer.code());
        }
        w.close_list();
        w.close_object();
    });
}

/// Reads a version-5 case: version 4's reader, then the record of copies.
pub(super) fn read_case(r: &mut Reader, value: &Json) -> Case {
    let mut case = super::v4::read_case(r, value);
    let keeping = value.get("details").and_then(|d| d.get("keeping"));
    case.details.keeping = r.at("details".to_owned(), |r| read_keeping(r, keeping));
    case
}

fn read_keeping(r: &mut Reader, value: Option<&Json>) -> Keeping {
    let mut keeping = Keeping::default();
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return keeping;
    };
    r.at("keeping".to_owned(), |r| {
        let object = r.object(value);
        keeping.last_copy = date(r, object, "lastCopy");
        keeping.changed_since_copy = flag(r, object, "changedSinceCopy").unwrap_or(false);
        let offered = r.field(object, "offered", |r, v| {
            r.list(v, |r, item| one_of(r, item, &Offer::ALL, Offer::code))
        });
        for offer in offered.into_iter().flatten().flatten() {
            keeping.answer(offer);
        }
    });
    keeping
}
