//! The browser's side of the page: the run's host, URL and history, the clipboard and
//! downloads. Only the root component (`app.rs`) calls these.

pub mod downloads;
pub mod host;
pub mod url;
