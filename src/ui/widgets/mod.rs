//! Small reusable pieces shared by the steps. Only the pieces with their own hooks are
//! components; the rest are functions returning `Html`, which keeps the bundle small.

mod bits;
mod case_tools;
mod delete_control;
mod fields;
mod progress;
mod radio_group;
mod status_notices;
mod step_frame;
mod template;
mod why;

pub use bits::{contact_card, letter_box, lines_list, script};
pub use case_tools::CaseTools;
pub use delete_control::DeleteControl;
pub use fields::{date_input, text_input, NumberInput};
pub use progress::progress;
pub use radio_group::radio_group;
pub use status_notices::StatusNotices;
pub use step_frame::step_frame;
pub use template::template_html;
pub use why::{why, why_sources, why_with};
