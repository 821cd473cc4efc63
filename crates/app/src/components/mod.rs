//! The views: each takes props and emits callbacks. None of them calls a service
//! (`crate::services`); only the root component (`app.rs`) joins them.

pub mod controls;
pub mod durations;
pub mod editor;
pub mod exports;
pub mod gallery;
pub mod gantt;
pub mod header;
pub mod highlight;
pub mod limits;
pub mod loop_panel;
pub mod output;
pub mod share;
pub mod summary;
