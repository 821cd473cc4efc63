//! Editing a scenario from the page: the durations panel's model.

pub mod durations;
