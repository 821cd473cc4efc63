//! Arbitrary source run to its end under small limits, then every view of its trace (the
//! output lines, the JSONL, the Chrome trace, the Gantt timeline and its explanations, the
//! event-loop replay). Nothing may panic or hang (`-timeout=`) or allocate without bound
//! (`-rss_limit_mb=`), and:
//! - the run has an outcome; an error is Python-style (`TypeName` or `TypeName: message`)
//!   and never one of the engine's "this is a Loopscope bug" messages;
//! - the printed lines stay within the line limit;
//! - no Python object the run made outlives it, cycles included (issue 14).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "run_check.rs"]
mod run_check;

fuzz_target!(|data: &[u8]| run_check::check(data, run_check::LIMITS.max_memory));
