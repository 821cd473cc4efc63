//! `cargo install` of several tools at once, with a light build profile and a progress line.
//!
//! On a fresh machine the tools (trunk, wasm-bindgen-cli) are most of the wait before the page
//! is served. Three things make it shorter (measured in README):
//! - both installs run at the same time: each one ends with long single-crate steps (the
//!   tool's own crate, the link) that leave a core idle, which the other fills;
//! - the tools are built with a light release profile (`CARGO_PROFILE_RELEASE_*` in the
//!   environment of `cargo install` only): opt-level 1, no LTO, many codegen units, no debug
//!   info. The tools' own speed does not matter here (they wait on cargo and the browser);
//! - trunk without its default features (TLS for downloading tools, the update check): this
//!   project never lets trunk download anything (TOOLCHAIN.md).
//!
//! While they compile, a line every few seconds says how far each one is (crates compiled out
//! of the number a cold install compiles) and about how long is left.

use crate::util::{self, describe};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The light profile for tools: fast to compile, fast enough to run.
const LIGHT_PROFILE: [(&str, &str); 6] = [
    ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1"),
    ("CARGO_PROFILE_RELEASE_LTO", "false"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256"),
    ("CARGO_PROFILE_RELEASE_DEBUG", "0"),
    ("CARGO_PROFILE_RELEASE_INCREMENTAL", "false"),
    ("CARGO_PROFILE_RELEASE_STRIP", "true"),
];

/// How often the progress line is printed.
const PROGRESS_EVERY: Duration = Duration::from_secs(15);

/// One cargo command to run alongside the others: a tool's `cargo install`, or the page's
/// own first build (which needs no tool, and fills the cores while the tools link).
pub struct Job {
    /// The name shown in the progress line and in the log's name.
    pub name: &'static str,
    /// The cargo command (see [`install`] for a tool).
    pub cmd: Command,
    /// Crates that a cold run compiles (cargo's `Compiling` lines), measured: the
    /// denominator of the progress line.
    pub units: u32,
    /// Seconds a cold run took, measured on 2 cores with the other jobs alongside: the
    /// estimate until enough crates are compiled to extrapolate.
    pub secs: u32,
}

/// `cargo install ARGS` with the light profile.
pub fn install(args: &[&str]) -> Command {
    let mut cmd = util::cargo();
    // Each install in its own temporary target directory (cargo's default): a shared
    // CARGO_TARGET_DIR would make the installs wait for each other's lock.
    cmd.arg("install").args(args).envs(LIGHT_PROFILE).env_remove("CARGO_TARGET_DIR");
    cmd
}

struct Running {
    name: &'static str,
    units: u32,
    secs: u32,
    child: Child,
    compiled: Arc<AtomicU32>,
    reader: Option<JoinHandle<()>>,
    done: Option<Result<(), String>>,
}

/// Runs every job at once; returns each one's outcome. Cargo's output goes to
/// `target/xtask-logs/install-NAME.log` (its tail is printed on failure).
pub fn run_all(jobs: Vec<Job>) -> Vec<(&'static str, Result<(), String>)> {
    let logs = util::target_dir().join("xtask-logs");
    let _ = std::fs::create_dir_all(&logs);
    let started = Instant::now();
    let mut running = Vec::new();
    let mut outcomes = Vec::new();
    for Job { name, mut cmd, units, secs } in jobs {
        let log = logs.join(format!("install-{name}.log"));
        cmd.env("CARGO_TERM_COLOR", "never");
        println!("    $ {}   (log: {})", describe(&cmd), log.display());
        match spawn_counting(cmd, &log) {
            Ok((child, compiled, reader)) => {
                running.push(Running { name, units, secs, child, compiled, reader: Some(reader), done: None })
            }
            Err(e) => outcomes.push((name, Err(e))),
        }
    }
    let mut last_print = Instant::now();
    while running.iter().any(|r| r.done.is_none()) {
        std::thread::sleep(Duration::from_millis(500));
        let mut changed = false;
        for r in running.iter_mut().filter(|r| r.done.is_none()) {
            let status = match r.child.try_wait() {
                Ok(None) => continue,
                Ok(Some(status)) if status.success() => Ok(()),
                Ok(Some(status)) => Err(format!("{} failed ({status})", r.name)),
                Err(e) => Err(format!("lost track of {}: {e}", r.name)),
            };
            if let Some(reader) = r.reader.take() {
                let _ = reader.join();
            }
            if status.is_err() {
                print_tail(&logs.join(format!("install-{}.log", r.name)));
            }
            r.done = Some(status);
            changed = true;
        }
        if changed || last_print.elapsed() >= PROGRESS_EVERY {
            last_print = Instant::now();
            println!("{}", progress_line(&running, started.elapsed()));
        }
    }
    outcomes.extend(running.into_iter().map(|r| (r.name, r.done.unwrap_or(Ok(())))));
    outcomes
}

/// Starts `cmd` with its output into `log`, counting cargo's `Compiling` lines.
fn spawn_counting(mut cmd: Command, log: &std::path::Path) -> Result<(Child, Arc<AtomicU32>, JoinHandle<()>), String> {
    let shown = describe(&cmd);
    let mut file = std::fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    let compiled = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&compiled);
    let stderr = child.stderr.take().ok_or_else(|| format!("no output pipe for `{shown}`"))?;
    // Cargo writes its progress to stderr; the pipe must be drained or cargo blocks.
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.trim_start().starts_with("Compiling ") {
                counter.fetch_add(1, Ordering::Relaxed);
            }
            let _ = writeln!(file, "{line}");
        }
    });
    Ok((child, compiled, reader))
}

fn print_tail(log: &std::path::Path) {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    for line in &lines[lines.len().saturating_sub(25)..] {
        println!("    | {line}");
    }
}

/// `    [2m10s] trunk 180/402 crates · wasm-bindgen-cli done · about 3m left`
fn progress_line(running: &[Running], elapsed: Duration) -> String {
    let parts: Vec<String> = running
        .iter()
        .map(|r| match &r.done {
            Some(Ok(())) => format!("{} done", r.name),
            Some(Err(_)) => format!("{} FAILED", r.name),
            None => format!("{} {}/{} crates", r.name, r.compiled.load(Ordering::Relaxed).min(r.units), r.units),
        })
        .collect();
    let left = running
        .iter()
        .filter(|r| r.done.is_none())
        .map(|r| remaining(r.compiled.load(Ordering::Relaxed), r.units, r.secs, elapsed.as_secs_f64()))
        .fold(0.0_f64, f64::max);
    let eta =
        if running.iter().all(|r| r.done.is_some()) { String::new() } else { format!(" · about {} left", mins(left)) };
    format!("    [{}] {}{eta}", mins(elapsed.as_secs_f64()), parts.join(" · "))
}

/// Seconds left for one install: the measured time scaled by how fast this machine goes so
/// far. Early on (few crates done) the measured time alone; later the extrapolation from the
/// share of crates compiled, blended in as it becomes reliable. Never less than 10 s while
/// it runs (the last crate and the link take a while).
fn remaining(compiled: u32, units: u32, secs: u32, elapsed: f64) -> f64 {
    let measured = (f64::from(secs) - elapsed).max(0.0);
    let share = if units == 0 { 0.0 } else { (f64::from(compiled) / f64::from(units)).min(0.98) };
    // Crates are not equal in cost: the tool's own crate comes last and is the largest, so
    // the share of crates over-states progress. Trust it only gradually.
    let weight = ((share - 0.1) / 0.5).clamp(0.0, 1.0);
    let extrapolated = if share > 0.0 { elapsed / share - elapsed } else { measured };
    (measured * (1.0 - weight) + extrapolated * weight).max(10.0)
}

/// `95` → `1m35s`, `40` → `40s`.
fn mins(secs: f64) -> String {
    let s = secs.round() as u64;
    if s >= 60 { format!("{}m{:02}s", s / 60, s % 60) } else { format!("{s}s") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_durations() {
        assert_eq!(mins(40.2), "40s");
        assert_eq!(mins(95.0), "1m35s");
        assert_eq!(mins(600.0), "10m00s");
    }

    #[test]
    fn estimate_starts_from_the_measured_time_then_follows_the_machine() {
        // Nothing compiled yet: the measured time minus what has elapsed.
        assert_eq!(remaining(0, 400, 300, 60.0), 240.0);
        // Half the crates in half the measured time on a machine twice as slow: the estimate
        // moves toward the extrapolation (300 s more), away from the measured 0 s left.
        let slow = remaining(200, 400, 300, 300.0);
        assert!(slow > 150.0 && slow <= 300.0, "{slow}");
        // Never says "0 s" while it still runs.
        assert_eq!(remaining(400, 400, 300, 400.0), 10.0);
    }
}
