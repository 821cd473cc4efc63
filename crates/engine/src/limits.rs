//! The limits of SPEC section 3: every run stops cleanly when it reaches one.

/// Per-run limits. [`Limits::default`] are the SPEC's defaults; [`Limits::clamped`]
/// applies the hard caps that a URL may not exceed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Interpreter steps (statements and calls) over the whole run.
    pub max_steps: u64,
    /// Tasks alive at once, besides `main()` (the program itself).
    pub max_tasks: usize,
    /// Virtual seconds.
    pub max_time: f64,
    /// Printed lines.
    pub max_lines: usize,
    /// Nested calls (user functions and awaited coroutines) within one task.
    pub max_depth: usize,
    /// Source size in bytes.
    pub max_source: usize,
    /// Bytes of Python values alive at once.
    pub max_memory: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_steps: 10_000_000,
            max_tasks: 100_000,
            max_time: 86_400.0,
            max_lines: 100_000,
            max_depth: 1_000,
            max_source: 64 * 1024,
            max_memory: 256 * 1024 * 1024,
        }
    }
}

impl Limits {
    /// The limits of a run in the browser: the defaults. Python calls push frames on
    /// the VM's own stack, never the browser's, so the recursion limit is CPython's
    /// 1,000 there too.
    pub fn browser() -> Limits {
        Limits::default()
    }

    /// The hard caps: no link or flag can raise a limit above these.
    pub const CAPS: Limits = Limits {
        max_steps: 100_000_000,
        max_tasks: 1_000_000,
        max_time: 86_400.0 * 365.0,
        max_lines: 1_000_000,
        max_depth: 1_000,
        max_source: 64 * 1024,
        max_memory: 2048 * 1024 * 1024,
    };

    /// Every field brought within [`Limits::CAPS`].
    pub fn clamped(self) -> Limits {
        let caps = Limits::CAPS;
        Limits {
            max_steps: self.max_steps.min(caps.max_steps),
            max_tasks: self.max_tasks.min(caps.max_tasks),
            max_time: if self.max_time.is_nan() { caps.max_time } else { self.max_time.min(caps.max_time) },
            max_lines: self.max_lines.min(caps.max_lines),
            max_depth: self.max_depth.min(caps.max_depth),
            max_source: self.max_source.min(caps.max_source),
            max_memory: self.max_memory.min(caps.max_memory),
        }
    }
}
