//! Helpers shared by the integration tests (each test file that needs them says `mod common;`).

use loopscope_engine::{Limits, Trace, native};
use std::time::{Duration, Instant};

/// CPU time this thread has used, where Linux tells it (`/proc/thread-self/schedstat`,
/// nanoseconds on the CPU): unlike wall time, a busy shared machine does not inflate it.
pub fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// Runs `src` on a thread of its own (with a run's stack) and returns its trace, its wall
/// time and its CPU time (the wall time where the CPU time is unknown).
pub fn timed_run(src: &str, limits: Limits) -> (Trace, Duration, Duration) {
    let src = src.to_owned();
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            let (wall, cpu) = (Instant::now(), thread_cpu());
            let trace = native::run_here(&src, limits);
            let wall = wall.elapsed();
            let cpu = cpu.zip(thread_cpu()).map_or(wall, |(a, b)| b.saturating_sub(a));
            (trace, wall, cpu)
        })
        .expect("spawn a run thread");
    worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
