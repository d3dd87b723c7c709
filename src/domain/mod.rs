//! The pure rules of the product. Nothing here touches a browser, a clock or storage:
//! today's date and every other input are parameters, so every rule is tested natively.
//!
//! Start at [`evaluate()`]: it takes the case and today's date and returns the route, the
//! eligibility assessment, the three cost scenarios and the timeline. The letters are built by
//! [`letters`].
//!
//! - [`source`] and [`sources`]: where each rule comes from and how sure we are; [`cited`]: the
//!   sources' titles and addresses, in a file of their own.
//! - [`rules`]: every filing window and decision time; [`route`]: which apply to a member.
//! - [`access`]: appointment-wait and travel standards, second-opinion law, records limits.
//! - [`calendar`]: business days, federal holidays, "N months from" and friends.
//! - [`money`]: cents and basis points; [`costs`]: the three scenarios.
//! - [`eligibility`], [`timeline`], [`letters`], [`evaluate`](mod@evaluate).
//! - [`next_step`]: the one "what to do next" line for a case.
//! - [`keeping`]: the member's own copy of the case, and when the guide offers to save one.

#![warn(missing_docs)]

pub mod access;
pub mod calendar;
pub mod case;
pub mod cited;
pub mod costs;
pub mod eligibility;
pub mod evaluate;
pub mod keeping;
pub mod letters;
pub mod money;
pub mod next_step;
pub mod plan;
pub mod route;
pub mod rules;
pub mod source;
pub mod sources;
pub mod timeline;

pub use case::{Case, CaseDetails};
pub use evaluate::{evaluate, Evaluation};
pub use money::{BasisPoints, Money};
pub use plan::{MedicaidProgram, PlanAnswers, PlanType, Region, Urgency, UsState};
pub use source::{Caveat, Confidence, Source};
