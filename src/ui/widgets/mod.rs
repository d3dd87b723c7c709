//! Small reusable pieces shared by the steps. Only the pieces with their own hooks are
//! components; the rest are functions returning `Html`, which keeps the bundle small.

mod bits;
mod case_tools;
mod delete_control;
mod fields;
mod keeping;
mod lang_switch;
mod letter_box;
mod progress;
mod radio_group;
mod status_notices;
mod step_frame;
mod template;
mod why;

pub use bits::{contact_card, lines_list, script};
pub use case_tools::{case_tools, file_chosen, CaseToolsProps, IMPORT_STATUS_ID};
pub use delete_control::delete_control;
pub use fields::{date_input, parse_iso, text_input, NumberInput};
pub use keeping::{copy_reminder, keeping_status, KeepChoice};
pub use lang_switch::{lang_switch, other_pages};
pub use letter_box::{letter_box, LetterBox};
pub use progress::progress;
pub use radio_group::radio_group;
pub use status_notices::{status_notices, StatusNoticesProps};
pub use step_frame::step_frame;
pub use template::template_html;
pub use why::{why, why_sources, why_with};
