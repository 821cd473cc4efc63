//! Views of a [`Trace`](crate::trace::Trace): every picture of a run is computed from the
//! one trace, never recorded separately (ARCHITECTURE.md, invariant 2).
//!
//! - [`timeline`]: each task's lane as state segments (the Gantt chart and the summary);
//! - [`loopview`]: the event loop replayed iteration by iteration (the loop panel);
//! - [`loop_states`]: the CLI's `--loop-states` lines, compared with CPython's own loop;
//! - [`chrome`]: the Chrome trace-event export.
//!
//! Views import only `trace/` and each other, never the VM or asyncio.

pub mod chrome;
pub mod loop_states;
pub mod loopview;
pub mod timeline;
