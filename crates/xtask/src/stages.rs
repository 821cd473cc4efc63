//! `cargo xtask test`: the project's whole check, stage by stage.
//!
//! Each stage prints a header and its result and counts its own tests (a stage without tests,
//! like fmt or the build, counts as one). A failure does not stop the later stages. Command
//! output goes to `target/xtask-logs/NAME.log`; on failure its tail is printed. The last line
//! is `N passed, M failed` for everything; the exit status is 1 if anything failed.

use crate::util::{self, describe, repo_root, target_dir};
use crate::{static_server, tools};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const APP: &str = "loopscope-app";
const CLI: &str = "loopscope-cli";
const TAIL_LINES: usize = 40;

type StageFn = fn(&Ctx) -> Count;

const STAGES: [(&str, &str, StageFn); 9] = [
    ("tools", "install what is missing", stage_tools),
    ("fmt", "cargo fmt --all --check", stage_fmt),
    ("clippy", "cargo clippy -D warnings (native + wasm32 app)", stage_clippy),
    ("native", "native tests: cargo test", stage_native),
    ("wasm", "wasm tests in headless Chromium", stage_wasm),
    ("build", "release build: trunk build --release", stage_build),
    ("e2e", "end-to-end: node --test tests/e2e against dist/", stage_e2e),
    ("oracle", "oracle: ../shared/oracle/check.sh with the CLI", stage_oracle),
    ("differential", "random programs: the CLI against the CPython oracle", stage_differential),
];

/// Random programs per run of the differential stage (about 100 s on 2 cores).
/// `LOOPSCOPE_DIFF_COUNT` changes how many there are (for a run at scale).
const DIFF_COUNT: &str = "400";

/// The differential stage's seed unless `LOOPSCOPE_DIFF_SEED` gives another. Fixed, so that
/// the stage is a deterministic gate: the same programs on every CI run, and a red stage
/// always means the change under test broke something. Exploring new programs is a manual
/// run with another seed (`LOOPSCOPE_DIFF_SEED=N`, or `run.py --seed random`).
const DIFF_SEED: &str = "2026";

#[derive(Clone, Copy, Default)]
struct Count {
    passed: u32,
    failed: u32,
}

impl Count {
    fn one(ok: bool) -> Count {
        if ok { Count { passed: 1, failed: 0 } } else { Count { passed: 0, failed: 1 } }
    }
    fn add(self, other: Count) -> Count {
        Count { passed: self.passed + other.passed, failed: self.failed + other.failed }
    }
}

struct Ctx {
    logs: PathBuf,
    /// The build stage will run: start compiling the page while the tools are built.
    warm_page: bool,
}

/// The outcome of one logged command.
struct Run {
    ok: bool,
    text: String,
    log: PathBuf,
}

pub fn run(args: &[String]) -> ExitCode {
    let names: Vec<&str> = STAGES.iter().map(|s| s.0).collect();
    if let Some(bad) = args.iter().find(|a| !names.contains(&a.as_str())) {
        eprintln!("xtask test: unknown stage `{bad}`; stages: {}", names.join(" "));
        return ExitCode::from(2);
    }
    let logs = target_dir().join("xtask-logs");
    if let Err(e) = std::fs::create_dir_all(&logs) {
        eprintln!("xtask test: cannot create {}: {e}", logs.display());
        return ExitCode::FAILURE;
    }
    let ctx = Ctx { logs, warm_page: args.is_empty() || args.iter().any(|a| a == "build") };
    let started = Instant::now();
    let mut rows = Vec::new();
    let mut total = Count::default();
    for (i, (name, title, stage)) in STAGES.iter().enumerate() {
        // The tools stage always runs: the others depend on it, and it is quick when done.
        if !args.is_empty() && *name != "tools" && !args.iter().any(|a| a == name) {
            continue;
        }
        println!("\n==> [{}/{}] {name}: {title}", i + 1, STAGES.len());
        let t = Instant::now();
        let count = stage(&ctx);
        let took = t.elapsed();
        let verdict = if count.failed == 0 { "PASS" } else { "FAIL" };
        println!("<== {verdict} {name}: passed {}, failed {} ({})", count.passed, count.failed, secs(took));
        rows.push((*name, verdict, count, took));
        total = total.add(count);
    }

    println!("\n==> summary (logs in {})", ctx.logs.display());
    for (name, verdict, count, took) in &rows {
        println!("    {verdict}  {name:<7} passed {:>4}, failed {:>3}  {:>8}", count.passed, count.failed, secs(*took));
    }
    println!("    total time {}", secs(started.elapsed()));
    println!("{} passed, {} failed", total.passed, total.failed);
    if total.failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

// ---------------------------------------------------------------- running commands

/// Runs `cmd` with stdout and stderr into `logs/NAME.log`; prints the tail when it fails.
fn run_logged(ctx: &Ctx, name: &str, mut cmd: Command) -> Run {
    let log = ctx.logs.join(format!("{name}.log"));
    let shown = describe(&cmd);
    println!("    $ {shown}");
    println!("      (output: {})", rel(&log));
    let fail = |msg: String| {
        println!("    error: {msg}");
        let _ = std::fs::write(&log, &msg);
        Run { ok: false, text: msg, log: log.clone() }
    };
    let file = match File::create(&log) {
        Ok(f) => f,
        Err(e) => return fail(format!("cannot create {}: {e}", log.display())),
    };
    let (out, err) = match (file.try_clone(), file.try_clone()) {
        (Ok(a), Ok(b)) => (a, b),
        _ => return fail(format!("cannot share the handle of {}", log.display())),
    };
    let status = cmd
        .env("CARGO_TERM_COLOR", "never")
        // Error backtraces from anyhow (trunk, wasm-bindgen-test-runner) only bury the message.
        .env("RUST_LIB_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .status();
    let text = std::fs::read(&log).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    let ok = match status {
        Ok(s) if s.success() => true,
        Ok(s) => {
            println!("    `{shown}` failed ({s})");
            false
        }
        Err(e) => {
            return fail(format!("could not start `{shown}`: {e} (did the tools stage fail?)"));
        }
    };
    let run = Run { ok, text, log };
    if !run.ok {
        print_tail(&run);
    }
    run
}

fn print_tail(run: &Run) {
    let lines: Vec<&str> = run.text.lines().collect();
    let from = lines.len().saturating_sub(TAIL_LINES);
    println!("    --- last {} lines of {} ---", lines.len() - from, rel(&run.log));
    for line in &lines[from..] {
        println!("    | {line}");
    }
}

fn rel(path: &Path) -> String {
    path.strip_prefix(repo_root()).unwrap_or(path).display().to_string()
}

/// A command's verdict as one passed or failed check.
fn single(ctx: &Ctx, name: &str, cmd: Command) -> Count {
    Count::one(run_logged(ctx, name, cmd).ok)
}

/// Tests counted from the output; a failing command with no failed test counts one failure
/// (it did not compile, crashed, ...).
fn counted(run: &Run, count: Count) -> Count {
    if !run.ok && count.failed == 0 {
        println!("    the command failed without reporting a failed test: counted as 1 failure");
        Count { passed: count.passed, failed: 1 }
    } else {
        count
    }
}

/// The number just before `word` in `line` ("12 passed" -> 12).
fn number_before(line: &str, word: &str) -> Option<u32> {
    let at = line.find(word)?;
    let digits: String = line[..at]
        .trim_end()
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

/// Sums cargo's (and wasm-bindgen-test-runner's) `test result: ... N passed; M failed` lines.
fn parse_cargo_tests(text: &str) -> Count {
    text.lines().filter(|l| l.trim_start().starts_with("test result:")).fold(Count::default(), |acc, l| {
        acc.add(Count {
            passed: number_before(l, " passed").unwrap_or(0),
            failed: number_before(l, " failed").unwrap_or(0),
        })
    })
}

/// node --test's TAP summary: `# pass N`, `# fail M` (the last ones).
fn parse_node_tap(text: &str) -> Count {
    let last = |key: &str| {
        text.lines().rev().find_map(|l| l.strip_prefix(key).and_then(|n| n.trim().parse().ok())).unwrap_or(0)
    };
    Count { passed: last("# pass "), failed: last("# fail ") }
}

/// check.sh's final `N passed, M failed` line.
fn parse_passed_failed(text: &str) -> Count {
    text.lines()
        .rev()
        .find_map(|l| Some(Count { passed: number_before(l, " passed,")?, failed: number_before(l, " failed")? }))
        .unwrap_or_default()
}

// ---------------------------------------------------------------- the stages

fn stage_tools(ctx: &Ctx) -> Count {
    let mut missing = tools::ensure_build_tools(ctx.warm_page);
    missing.extend(tools::ensure_test_tools());
    if !missing.is_empty() {
        println!("    cannot install (the stages that need these will fail):");
        for m in &missing {
            println!("      - {m}");
        }
    }
    Count::one(missing.is_empty())
}

fn stage_fmt(ctx: &Ctx) -> Count {
    let mut cmd = util::cargo();
    cmd.args(["fmt", "--all", "--check", "--", "--color=never"]);
    single(ctx, "fmt", cmd)
}

fn stage_clippy(ctx: &Ctx) -> Count {
    // The app is a wasm-only crate: it is linted for its real target, not natively.
    let mut native = util::cargo();
    native.args(["clippy", "--workspace", "--exclude", APP, "--all-targets", "--", "-D", "warnings"]);
    let mut wasm = util::cargo();
    wasm.args(["clippy", "--target", "wasm32-unknown-unknown", "-p", APP, "--all-targets", "--", "-D", "warnings"]);
    single(ctx, "clippy-native", native).add(single(ctx, "clippy-wasm", wasm))
}

fn stage_native(ctx: &Ctx) -> Count {
    // The app's tests are wasm-bindgen tests: they run in the browser (next stage).
    let mut cmd = util::cargo();
    cmd.args(["test", "--workspace", "--exclude", APP, "--no-fail-fast"]);
    let run = run_logged(ctx, "native", cmd);
    counted(&run, parse_cargo_tests(&run.text))
}

fn stage_wasm(ctx: &Ctx) -> Count {
    let mut cmd = util::cargo();
    cmd.args(["test", "--target", "wasm32-unknown-unknown", "-p", APP, "--no-fail-fast"])
        .env("CHROMEDRIVER", tools::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    let run = run_logged(ctx, "wasm", cmd);
    counted(&run, parse_cargo_tests(&run.text))
}

fn stage_build(ctx: &Ctx) -> Count {
    // A failed build must not leave an old dist/ behind for the e2e stage to test.
    let dist = repo_root().join("dist");
    if dist.exists()
        && let Err(e) = std::fs::remove_dir_all(&dist)
    {
        println!("    error: cannot remove the old {}: {e}", dist.display());
        return Count::one(false);
    }
    let mut cmd = util::trunk();
    cmd.args(["build", "--release"]).env("NO_COLOR", "true");
    single(ctx, "build", cmd)
}

fn stage_e2e(ctx: &Ctx) -> Count {
    let root = repo_root();
    let dist = root.join("dist");
    if !dist.join("index.html").is_file() {
        println!("    error: dist/index.html is missing (the build stage failed?)");
        return Count::one(false);
    }
    let files = match e2e_files(&root.join("tests").join("e2e")) {
        Ok(files) if !files.is_empty() => files,
        Ok(_) => {
            println!("    error: no tests/e2e/*.test.mjs");
            return Count::one(false);
        }
        Err(e) => {
            println!("    error: cannot list tests/e2e: {e}");
            return Count::one(false);
        }
    };
    let port = match static_server::start(dist) {
        Ok(port) => port,
        Err(e) => {
            println!("    error: cannot serve dist/ on 127.0.0.1: {e}");
            return Count::one(false);
        }
    };
    let url = format!("http://127.0.0.1:{port}/");
    println!("    serving dist/ at {url}");
    let mut cmd = util::command("node");
    cmd.args(["--test", "--test-reporter=tap"]).args(&files).env("LOOPSCOPE_URL", &url);
    let run = run_logged(ctx, "e2e", cmd);
    counted(&run, parse_node_tap(&run.text))
}

fn e2e_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    Ok(files)
}

fn stage_oracle(ctx: &Ctx) -> Count {
    let root = repo_root();
    let check = oracle_dir(&root).join("check.sh");
    if !check.is_file() {
        println!("    skipped: {} does not exist", check.display());
        return Count::default();
    }
    let mut build = util::cargo();
    build.args(["build", "--release", "-p", CLI]);
    let built = single(ctx, "oracle-build", build);
    if built.failed > 0 {
        return built;
    }
    let exe = target_dir().join("release").join("loopscope");
    let mut cmd = Command::new("bash");
    cmd.arg(&check).arg(format!("{} run --jsonl", util::shell_quote(&exe.to_string_lossy()))).current_dir(&root);
    let run = run_logged(ctx, "oracle", cmd);
    built.add(counted(&run, parse_passed_failed(&run.text)))
}

/// The CPython oracle: `../shared/oracle` beside the repository, or `LOOPSCOPE_ORACLE_DIR`
/// (a worktree kept elsewhere has no `../shared`; without it the oracle stages are skipped).
fn oracle_dir(root: &Path) -> PathBuf {
    match std::env::var_os("LOOPSCOPE_ORACLE_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => root.join("..").join("shared").join("oracle"),
    }
}

fn stage_differential(ctx: &Ctx) -> Count {
    let root = repo_root();
    let oracle = oracle_dir(&root);
    if !oracle.join("oracle.py").is_file() {
        println!("    skipped: {} does not exist", oracle.display());
        return Count::default();
    }
    let exe = target_dir().join("release").join("loopscope");
    if !exe.is_file() {
        println!("    the release CLI is missing (the oracle stage builds it)");
        return Count::one(false);
    }
    let count = std::env::var("LOOPSCOPE_DIFF_COUNT").unwrap_or_else(|_| DIFF_COUNT.into());
    let seed = std::env::var("LOOPSCOPE_DIFF_SEED").unwrap_or_else(|_| DIFF_SEED.into());
    println!("    seed {seed}: `LOOPSCOPE_DIFF_SEED={seed} cargo xtask test differential` replays these programs");
    let mut cmd = Command::new("python3");
    cmd.arg(root.join("tests").join("differential").join("run.py"))
        .arg(&exe)
        .arg(&oracle)
        .args(["--count", &count, "--seed", &seed, "--show", "10"])
        .current_dir(&root);
    let run = run_logged(ctx, "differential", cmd);
    if !run.ok {
        // The log's tail is the per-feature table; these are the programs to look at.
        println!("    mismatching programs (first 10; all of them are kept in target/differential-failures):");
        for line in run.text.lines().filter(|l| l.starts_with("FAIL ") || l.trim_start().starts_with("reproduce:")) {
            println!("    {line}");
        }
    }
    counted(&run, parse_passed_failed(&run.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cargo_test_results() {
        let text = "running 3 tests\n\
            test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\
            test result: FAILED. 10 passed; 2 failed; 0 ignored\n";
        let c = parse_cargo_tests(text);
        assert_eq!((c.passed, c.failed), (13, 2));
    }

    #[test]
    fn parses_node_tap_summary() {
        let text = "ok 1 - a\n# tests 3\n# suites 0\n# pass 2\n# fail 1\n# cancelled 0\n";
        let c = parse_node_tap(text);
        assert_eq!((c.passed, c.failed), (2, 1));
    }

    #[test]
    fn parses_check_sh_summary() {
        let text = "FAIL x (y)\n  first difference\n12 passed, 3 failed\n";
        let c = parse_passed_failed(text);
        assert_eq!((c.passed, c.failed), (12, 3));
        assert_eq!(parse_passed_failed("nothing").passed, 0);
    }

    #[test]
    fn failing_command_without_counts_is_one_failure() {
        let run = Run { ok: false, text: String::new(), log: PathBuf::new() };
        let c = counted(&run, Count::default());
        assert_eq!((c.passed, c.failed), (0, 1));
    }

    #[test]
    fn quotes_paths_for_the_shell() {
        assert_eq!(util::shell_quote("/a/b-c.d"), "/a/b-c.d");
        assert_eq!(util::shell_quote("/a b/it's"), r"'/a b/it'\''s'");
    }
}
