//! The browser's side of the page: the runs and their host, the address bar, the
//! clipboard, downloads and the keyboard shortcut. Only the root component (`app.rs`)
//! calls these; the views (`components/`) never do.

pub mod clipboard;
pub mod downloads;
pub mod host;
pub mod keys;
pub mod runner;
pub mod url;
