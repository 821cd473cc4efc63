//! The `run` target (see `run.rs`) with a memory budget of 8 MiB, so that the budget is
//! reached often: at any allocation, in any state of the run, it must end the run with
//! `LimitError: memory limit of 8 MiB reached`, never with a panic or an abort, and free
//! everything the run made.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "run_check.rs"]
mod run_check;

fuzz_target!(|data: &[u8]| run_check::check(data, 8 * 1024 * 1024));
