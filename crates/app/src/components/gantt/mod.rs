//! The Gantt chart.

mod lanes;

pub use lanes::*;
