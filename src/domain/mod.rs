//! The pure rules of the product. Nothing here touches a browser, a clock or storage:
//! today's date and every other input are parameters, so every rule is tested natively.
//!
//! - [`source`] and [`sources`]: where each rule comes from and how sure we are.
//! - [`calendar`]: business days, federal holidays, "N months from" and friends.
//! - [`money`]: cents and basis points.

pub mod calendar;
pub mod case;
pub mod money;
pub mod plan;
pub mod source;
pub mod sources;

pub use case::Case;
pub use money::{BasisPoints, Money};
pub use plan::{PlanAnswers, PlanType, Region, Urgency};
pub use source::{Caveat, Confidence, Source};
