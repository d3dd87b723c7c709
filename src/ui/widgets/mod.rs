//! Small reusable pieces shared by the steps.

mod delete_control;
mod radio_group;
mod status_notices;

pub use delete_control::DeleteControl;
pub use radio_group::RadioGroup;
pub use status_notices::StatusNotices;
