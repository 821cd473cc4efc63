//! The views: each takes props and emits callbacks. None of them calls a service
//! (`crate::services`); only the root component (`app.rs`) joins them.

pub mod durations;
pub mod editor;
pub mod gantt;
pub mod highlight;
pub mod loop_panel;
pub mod output;
pub mod summary;
