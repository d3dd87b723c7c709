//! One function per step of the journey (each renders the step from the [`View`](super::View)),
//! plus the welcome screen.

mod ask;
mod case;
mod common;
mod costs;
mod denied;
mod plan;
mod reason;
mod records;
mod timeline;
mod welcome;

pub use ask::ask;
pub use case::case;
pub use costs::costs;
pub use denied::denied;
pub use plan::plan;
pub use reason::reason;
pub use records::records;
pub use timeline::timeline;
pub use welcome::Welcome;
