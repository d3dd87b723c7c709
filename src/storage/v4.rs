//! Schema version 4 of the saved case: version 3 (see [`super::v3`]) plus, in `details`, the
//! documents made from the case: `"documents": {"calendarId": "…", "edited": {"appeal": "…", …}}`,
//! the member's own wording of each letter they changed (keyed by the letter's code) and the
//! random id behind the calendar's UIDs. Frozen once released, like version 3;
//! `tests/fixtures/schema-v4.json` must keep decoding to the same case. A version-3 case reads
//! as it is, with no documents.

use super::json::{Json, JsonWriter};
use super::problems::Reader;
use crate::domain::case::Documents;
use crate::domain::letters::LetterKind;
use crate::domain::Case;

/// Writes the case: version 3's members, the documents in `details`, then what a later
/// version adds there (`later_details`).
pub(super) fn write_case(
    w: &mut JsonWriter,
    case: &Case,
    later_details: impl FnOnce(&mut JsonWriter),
) {
    let documents = &case.details.documents;
    super::v3::write_case(w, case, |w| {
        w.key("documents");
        w.open_object();
        if let Some(id) = &documents.calendar_id {
            w.key("calendarId");
            w.string(id);
        }
        w.key("edited");
        w.open_object();
        for kind in LetterKind::ALL {
            if let Some(text) = documents.edited.get(kind) {
                w.key(kind.code());
                w.string(text);
            }
        }
        w.close_object();
        w.close_object();
        later_details(w);
    });
}

/// Reads a version-4 case: version 3's reader, then the documents. Problems with `case` or
/// `details` themselves were noted by the version-3 reader, so they are not noted again here.
pub(super) fn read_case(r: &mut Reader, value: &Json) -> Case {
    let mut case = super::v3_read::read_case(r, value);
    let documents = value.get("details").and_then(|d| d.get("documents"));
    case.details.documents = r.at("details".to_owned(), |r| read_documents(r, documents));
    case
}

fn read_documents(r: &mut Reader, value: Option<&Json>) -> Documents {
    let mut documents = Documents::default();
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return documents;
    };
    r.at("documents".to_owned(), |r| {
        let object = r.object(value);
        documents.calendar_id = r.field(object, "calendarId", Reader::text);
        let edited = r.section(object, "edited");
        r.at("edited".to_owned(), |r| {
            for kind in LetterKind::ALL {
                *documents.edited.slot(kind) = r.field(edited, kind.code(), Reader::text);
            }
        });
    });
    documents
}
