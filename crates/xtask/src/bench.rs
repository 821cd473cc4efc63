//! `cargo xtask bench`: one table of measured numbers, all taken in one run on this
//! machine, with ratios against CPython 3.11 running the same programs. The table is
//! printed and written to `docs/benchmarks.md` with the date and the machine.
//!
//! Whole-process timings: each command runs `RUNS` times after a warm-up and the median
//! wall time is reported (min–max beside it, so a noisy machine shows).

use crate::util::{self, repo_root, target_dir};
use crate::{static_server, tools};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

const RUNS: usize = 7;
/// The line after which docs/benchmarks.md is written by hand (kept by `cargo xtask bench`).
const KEPT: &str = "<!-- measured by hand: kept by cargo xtask bench -->";

struct Row {
    what: String,
    loopscope: String,
    cpython: String,
    ratio: String,
}

pub fn run(args: &[String]) -> ExitCode {
    let browser = !args.iter().any(|a| a == "--no-browser");
    let live = !args.iter().any(|a| a == "--no-live");
    let problems = tools::ensure_test_tools();
    if !problems.is_empty() {
        for p in problems {
            eprintln!("xtask bench: {p}");
        }
        return ExitCode::FAILURE;
    }
    let root = repo_root();
    let mut build = util::cargo();
    build.args(["build", "--release", "-q", "-p", "loopscope-cli"]);
    if let Err(e) = util::run_visible(build) {
        eprintln!("xtask bench: building the CLI failed: {e}");
        return ExitCode::FAILURE;
    }
    let cli = target_dir().join("release").join("loopscope");
    let mut rows = Vec::new();
    println!("==> native engine vs CPython (median of {RUNS} runs)");
    for (file, what, per) in [
        ("switches.py", "task switches (2 tasks x 100,000 sleep(0))", Some((200_000.0, "switches/s"))),
        ("gather10k.py", "create_task + gather of 10,000 tasks", None),
        ("compute.py", "compute loop (1,000,000 iterations)", None),
        ("fib.py", "recursive function: fib(25), 242,785 calls", None),
        ("startup.py", "start-up: a whole run of a one-task scenario", None),
    ] {
        let path = root.join("bench").join(file);
        let ours = time_command(Command::new(&cli).arg("run").arg(&path));
        let theirs = cpython_in_process(&path);
        let row = match (ours, theirs) {
            (Some(o), Some(t)) => {
                let rate = per
                    .map(|(n, unit)| format!(" ({:.2} M {unit} vs {:.2} M)", n / o.median / 1e6, n / t.median / 1e6));
                Row {
                    what: format!("{what}{}", rate.unwrap_or_default()),
                    loopscope: o.show(),
                    cpython: t.show(),
                    ratio: ratio(t.median / o.median),
                }
            }
            _ => Row { what: what.into(), loopscope: "failed".into(), cpython: "failed".into(), ratio: "-".into() },
        };
        println!("    {} | {} | {} | {}", row.what, row.loopscope, row.cpython, row.ratio);
        rows.push(row);
    }

    let mut extra = String::new();
    if browser {
        match browser_rows(&root, live) {
            Ok((mut b, text)) => {
                rows.append(&mut b);
                extra = text;
            }
            Err(e) => {
                eprintln!("xtask bench: browser part failed: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let report = render(&rows, &extra);
    let docs = root.join("docs");
    // Hand-written sections (the bundle's size levers, the first load) follow KEPT and stay.
    let kept = std::fs::read_to_string(docs.join("benchmarks.md"))
        .ok()
        .and_then(|old| old.find(KEPT).map(|at| old[at..].to_owned()))
        .unwrap_or_default();
    let file = if kept.is_empty() { report.clone() } else { format!("{}\n\n{kept}", report.trim_end()) };
    let written = std::fs::create_dir_all(&docs).and_then(|_| std::fs::write(docs.join("benchmarks.md"), &file));
    println!("\n{report}");
    match written {
        Ok(()) => {
            println!("written to docs/benchmarks.md");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask bench: cannot write docs/benchmarks.md: {e}");
            ExitCode::FAILURE
        }
    }
}

struct Timing {
    median: f64,
    min: f64,
    max: f64,
}

impl Timing {
    fn show(&self) -> String {
        format!("{:.1} ms ({:.1}–{:.1})", self.median * 1e3, self.min * 1e3, self.max * 1e3)
    }
}

/// "3.2x faster" / "2.1x slower".
fn ratio(r: f64) -> String {
    if r >= 1.0 { format!("{r:.1}x faster") } else { format!("{:.1}x slower", 1.0 / r) }
}

/// CPython's time for a program inside its process (interpreter start-up and the import
/// of asyncio excluded: only `asyncio.run` and the program), median of `RUNS`.
fn cpython_in_process(path: &Path) -> Option<Timing> {
    let code = format!(
        "import asyncio, io, runpy, sys, time\nsys.stdout = io.StringIO()\nt = time.perf_counter()\nrunpy.run_path({:?}, run_name='__main__')\nsys.stderr.write(repr(time.perf_counter() - t))\n",
        path.to_string_lossy()
    );
    let mut times = Vec::with_capacity(RUNS);
    for i in 0..=RUNS {
        let out = Command::new("python3").args(["-c", &code]).output().ok()?;
        let secs: f64 = String::from_utf8_lossy(&out.stderr).trim().parse().ok()?;
        if i > 0 {
            times.push(secs);
        }
    }
    times.sort_by(f64::total_cmp);
    Some(Timing { median: times[RUNS / 2], min: times[0], max: times[RUNS - 1] })
}

/// Median wall time of a whole process, after one warm-up run.
fn time_command(cmd: &mut Command) -> Option<Timing> {
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    cmd.status().ok()?;
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        let status = cmd.status().ok()?;
        if !status.success() {
            return None;
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    Some(Timing { median: times[RUNS / 2], min: times[0], max: times[RUNS - 1] })
}

/// Builds the page, serves it, and runs `tests/bench/browser.mjs`, which prints one
/// `name<TAB>value<TAB>unit` line per figure.
fn browser_rows(root: &Path, live: bool) -> Result<(Vec<Row>, String), String> {
    let mut trunk = util::trunk();
    trunk.args(["build", "--release"]).current_dir(root);
    util::run_visible(trunk)?;
    let dist = root.join("dist");
    let mut sizes = String::from("\n### Bundle (dist/, gzip -9)\n\n| file | raw | gzipped |\n|---|---:|---:|\n");
    let mut total = (0u64, 0u64);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dist)
        .map_err(|e| format!("cannot read dist/: {e}"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    for f in &files {
        let raw = std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        let gz = gzip_size(f).unwrap_or(0);
        total.0 += raw;
        total.1 += gz;
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let _ = writeln!(sizes, "| {name} | {:.1} KB | {:.1} KB |", raw as f64 / 1024.0, gz as f64 / 1024.0);
    }
    let _ =
        writeln!(sizes, "| **total** | {:.1} KB | **{:.1} KB** |", total.0 as f64 / 1024.0, total.1 as f64 / 1024.0);
    let port = static_server::start(dist).map_err(|e| format!("cannot serve dist/: {e}"))?;
    let mut node = Command::new("node");
    node.arg(root.join("tests").join("bench").join("browser.mjs"))
        .env("LOOPSCOPE_URL", format!("http://127.0.0.1:{port}/"))
        .env("LOOPSCOPE_BENCH_LIVE", if live { "1" } else { "0" })
        .current_dir(root.join("tests"));
    println!("==> browser (headless Chromium)");
    let out = node.output().map_err(|e| format!("cannot run node: {e}"))?;
    if !out.status.success() {
        return Err(format!("tests/bench/browser.mjs failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut rows = Vec::new();
    for line in text.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        if let [what, ours, theirs, ratio] = parts.as_slice() {
            println!("    {what} | {ours} | {theirs} | {ratio}");
            rows.push(Row {
                what: what.to_string(),
                loopscope: ours.to_string(),
                cpython: theirs.to_string(),
                ratio: ratio.to_string(),
            });
        }
    }
    Ok((rows, sizes))
}

fn gzip_size(path: &Path) -> Option<u64> {
    let out = Command::new("gzip").args(["-9", "-c"]).arg(path).output().ok()?;
    out.status.success().then_some(out.stdout.len() as u64)
}

fn probe_line(program: &str, args: &[&str]) -> String {
    let mut cmd = Command::new(program);
    cmd.args(args);
    util::probe(cmd).map(|s| s.lines().next().unwrap_or("").trim().to_string()).unwrap_or_else(|| "?".into())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "?".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    format!(
        "{cores} cores ({cpu}); {}; {}; {}",
        probe_line("rustc", &["--version"]),
        probe_line("python3", &["--version"]),
        probe_line("/usr/bin/chromium", &["--version"])
    )
}

fn render(rows: &[Row], extra: &str) -> String {
    let date = probe_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"]);
    let mut out = String::from("# Benchmarks\n\n");
    let _ = writeln!(out, "Measured {date} on {}.", machine());
    out.push_str(
        "Regenerate with `cargo xtask bench` (it rewrites this file). Native rows time the whole \
         `loopscope run FILE` process (start-up included) against CPython running the same \
         file with real asyncio inside an already started interpreter (start-up and `import \
         asyncio` excluded), same output, median of 7 runs after a warm-up, min–max in \
         brackets. Browser rows are measured in headless Chromium against the release build \
         (median of 5): \"engine alone\" is the time spent inside the polls of the run future \
         (the page's turns and drawing excluded); \"click to trace complete / to drawn\" is from \
         the click on Run to the end of the run, and to the frame that shows the result (output \
         and Gantt chart drawn); both against the same in-process CPython time.\n\n",
    );
    out.push_str("| what | Loopscope | CPython 3.11 | ratio |\n|---|---|---|---|\n");
    for r in rows {
        let _ = writeln!(out, "| {} | {} | {} | {} |", r.what, r.loopscope, r.cpython, r.ratio);
    }
    out.push_str(extra);
    out
}
