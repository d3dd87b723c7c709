//! The pure rules of the product. Nothing here touches a browser, a clock or storage:
//! today's date and every other input are parameters, so every rule is tested natively.

pub mod case;
pub mod plan;

pub use case::Case;
pub use plan::{PlanAnswers, PlanType, Region, Urgency};
