//! One component per step of the journey.

mod plan;
mod welcome;

pub use plan::PlanStep;
pub use welcome::Welcome;
