//! Installs the prerequisites when they are missing. Every step first checks what is there
//! (version included), so a second run costs a few probes and no install.
//!
//! Everything comes from the registries this project's machines reach: rustup, crates.io,
//! npm and Debian's packages (see `../shared/TOOLCHAIN.md`).

use crate::cargo_install;
use crate::util::{self, binaryen_bin, binaryen_dir, probe, repo_root, run_visible};
use std::path::Path;
use std::process::Command;
use std::time::SystemTime;

pub const TRUNK_VERSION: &str = "0.21.14";
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";
pub const BINARYEN_VERSION: &str = "132";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

// Cold runs on 2 cores, the three at once: crates compiled (counted on a cold run) and about
// the seconds each takes on a quiet machine (from the CPU time of a cold run and a quiet-machine
// run of the two installs; README, "First run"). They only seed the progress estimate, which
// then follows the machine.
const TRUNK_UNITS: u32 = 345;
const TRUNK_SECS: u32 = 330;
const WASM_BINDGEN_UNITS: u32 = 161;
const WASM_BINDGEN_SECS: u32 = 200;
const PAGE_UNITS: u32 = 95;
const PAGE_SECS: u32 = 90;

/// One install step: its name and the function that checks, installs, and checks again.
type Step = (&'static str, fn() -> Result<(), String>);

/// The tools that building the page needs: wasm target, trunk, wasm-bindgen-cli, wasm-opt.
/// Returns one message per tool that is missing and could not be installed.
///
/// Missing cargo tools are built at the same time (see `cargo_install`). With `warm_page`,
/// the page's own release build starts alongside them, so that the first `trunk build`
/// finds its crates compiled (`cargo xtask serve` on a fresh machine).
pub fn ensure_build_tools(warm_page: bool) -> Vec<String> {
    let mut errors = run_steps(&[("wasm32 target", wasm_target)]);
    let mut jobs = Vec::new();
    if let Some(job) = trunk_job() {
        jobs.push(job);
    }
    if let Some(job) = wasm_bindgen_job() {
        jobs.push(job);
    }
    if !jobs.is_empty() {
        if warm_page && errors.is_empty() {
            jobs.push(page_job());
        }
        let started = std::time::Instant::now();
        for (name, outcome) in cargo_install::run_all(jobs) {
            let checked = outcome.and_then(|()| match name {
                "trunk" => check_version("trunk", &format!("trunk {TRUNK_VERSION}")),
                "wasm-bindgen-cli" => check_wasm_bindgen(),
                _ => Ok(()),
            });
            if let Err(e) = checked {
                eprintln!("  MISSING {name}: {e}");
                errors.push(format!("{name}: {e}"));
            }
        }
        println!("  tools built in {:.0} s", started.elapsed().as_secs_f64());
    }
    errors.extend(run_steps(&[("binaryen (wasm-opt)", binaryen)]));
    errors
}
/// The tools that the browser tests need: Chromium, chromedriver, node and the npm packages.
pub fn ensure_test_tools() -> Vec<String> {
    let steps: [Step; 2] = [("chromium + chromedriver", chromium), ("npm packages in tests/", npm_ci_tests)];
    run_steps(&steps)
}

fn run_steps(steps: &[Step]) -> Vec<String> {
    let mut errors = Vec::new();
    for (name, step) in steps {
        match step() {
            Ok(()) => {}
            Err(e) => {
                eprintln!("  MISSING {name}: {e}");
                errors.push(format!("{name}: {e}"));
            }
        }
    }
    errors
}

fn wasm_target() -> Result<(), String> {
    if wasm_target_installed() {
        println!("  ok      rust target {WASM_TARGET}");
        return Ok(());
    }
    println!("  install rust target {WASM_TARGET} (rustup target add)");
    let mut cmd = Command::new("rustup");
    cmd.args(["target", "add", WASM_TARGET]);
    run_visible(cmd).map_err(|e| format!("{e}; install rustup, then `rustup target add {WASM_TARGET}`"))?;
    if wasm_target_installed() {
        Ok(())
    } else {
        Err(format!("`rustup target add {WASM_TARGET}` ran but the target is still missing"))
    }
}

fn wasm_target_installed() -> bool {
    let mut cmd = Command::new("rustup");
    cmd.args(["target", "list", "--installed"]);
    if let Some(list) = probe(cmd) {
        return list.lines().any(|l| l.trim() == WASM_TARGET);
    }
    // No rustup: look into the sysroot of the rustc cargo uses.
    let mut cmd = Command::new("rustc");
    cmd.args(["--print", "sysroot"]);
    probe(cmd).is_some_and(|sysroot| Path::new(sysroot.trim()).join("lib/rustlib").join(WASM_TARGET).is_dir())
}

/// `program --version` through the tool PATH, trimmed.
fn version_of(program: &str) -> Option<String> {
    let mut cmd = util::command(program);
    cmd.arg("--version");
    probe(cmd).map(|s| s.trim().to_string())
}

/// `cargo install trunk` when trunk is missing or another version; `None` when it is there.
fn trunk_job() -> Option<cargo_install::Job> {
    let want = format!("trunk {TRUNK_VERSION}");
    let found = version_of("trunk");
    if found.as_deref() == Some(want.as_str()) {
        println!("  ok      {want}");
        return None;
    }
    println!("  install {want} (found: {})", found.as_deref().unwrap_or("none"));
    // No default features: they are TLS (for trunk's tool downloader, which this project
    // never uses) and the update check; leaving them out saves compiling rustls and ring.
    let cmd = cargo_install::install(&["--locked", "trunk", "--version", TRUNK_VERSION, "--no-default-features"]);
    Some(cargo_install::Job { name: "trunk", cmd, units: TRUNK_UNITS, secs: TRUNK_SECS })
}

/// `cargo install wasm-bindgen-cli` when it (or its test runner) is missing or another version.
fn wasm_bindgen_job() -> Option<cargo_install::Job> {
    let want = format!("wasm-bindgen {WASM_BINDGEN_VERSION}");
    let found = version_of("wasm-bindgen");
    if found.as_deref() == Some(want.as_str()) && version_of("wasm-bindgen-test-runner").is_some() {
        println!("  ok      {want} (+ wasm-bindgen-test-runner)");
        return None;
    }
    println!("  install wasm-bindgen-cli {WASM_BINDGEN_VERSION} (found: {})", found.as_deref().unwrap_or("none"));
    // Not --locked: with it the build fails on a pinned dependency (TOOLCHAIN.md).
    let cmd = cargo_install::install(&["wasm-bindgen-cli", "--version", WASM_BINDGEN_VERSION]);
    Some(cargo_install::Job { name: "wasm-bindgen-cli", cmd, units: WASM_BINDGEN_UNITS, secs: WASM_BINDGEN_SECS })
}

/// The page's release build, exactly as trunk runs it (same profile and target, so trunk's
/// own `cargo build` then finds everything fresh).
fn page_job() -> cargo_install::Job {
    let mut cmd = util::cargo();
    cmd.args(["build", "--profile", "wasm-release", "--target", WASM_TARGET, "-p", "loopscope-app"]);
    cargo_install::Job { name: "page", cmd, units: PAGE_UNITS, secs: PAGE_SECS }
}

fn check_wasm_bindgen() -> Result<(), String> {
    check_version("wasm-bindgen", &format!("wasm-bindgen {WASM_BINDGEN_VERSION}"))?;
    if version_of("wasm-bindgen-test-runner").is_none() {
        return Err("wasm-bindgen-test-runner is missing after installing wasm-bindgen-cli".into());
    }
    Ok(())
}

fn check_version(program: &str, want: &str) -> Result<(), String> {
    match version_of(program) {
        Some(v) if v == want => Ok(()),
        other => Err(format!(
            "after installing, `{program} --version` says {:?}, expected {want:?}",
            other.unwrap_or_else(|| "nothing (not found)".into())
        )),
    }
}

fn wasm_opt_ok() -> Option<String> {
    let mut cmd = Command::new(binaryen_bin().join("wasm-opt"));
    cmd.arg("--version");
    let v = probe(cmd)?;
    let v = v.trim().to_string();
    v.contains(&format!("version {BINARYEN_VERSION}")).then_some(v)
}

fn binaryen() -> Result<(), String> {
    if let Some(v) = wasm_opt_ok() {
        println!("  ok      {v} (.tools/binaryen)");
        return Ok(());
    }
    if !util::on_path("npm") {
        return Err("npm is missing: install Node.js 20 and npm (e.g. `apt-get install nodejs npm`)".into());
    }
    println!("  install binaryen@{BINARYEN_VERSION} from npm into .tools/binaryen");
    let dir = binaryen_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut cmd = util::command("npm");
    cmd.arg("install")
        .arg("--prefix")
        .arg(&dir)
        .args(["--no-audit", "--no-fund", "--loglevel=error"])
        .arg(format!("binaryen@{BINARYEN_VERSION}"));
    run_visible(cmd)?;
    wasm_opt_ok().map(|_| ()).ok_or_else(|| {
        format!(
            "binaryen installed but {}/wasm-opt does not report version {BINARYEN_VERSION}",
            binaryen_bin().display()
        )
    })
}

fn chromium() -> Result<(), String> {
    let present = || Path::new(CHROMIUM).is_file() && Path::new(CHROMEDRIVER).is_file();
    if present() {
        println!("  ok      {CHROMIUM}, {CHROMEDRIVER}");
        return Ok(());
    }
    let how = "install Debian's packages: `apt-get update && apt-get install -y chromium chromium-driver`";
    if !util::on_path("apt-get") && !Path::new("/usr/bin/apt-get").is_file() {
        return Err(format!("no apt-get here; {how}"));
    }
    // apt-get needs root; use sudo without a password prompt when we are not root.
    let mut id = Command::new("id");
    id.arg("-u");
    let is_root = probe(id).is_some_and(|s| s.trim() == "0");
    let sudo = !is_root;
    if sudo && !util::on_path("sudo") && !Path::new("/usr/bin/sudo").is_file() {
        return Err(format!("not root and no sudo; {how}"));
    }
    println!("  install chromium chromium-driver (apt-get, about a minute)");
    for args in [&["update"][..], &["install", "-y", "chromium", "chromium-driver"][..]] {
        let mut cmd = if sudo {
            let mut c = Command::new("sudo");
            c.args(["-n", "apt-get"]);
            c
        } else {
            Command::new("apt-get")
        };
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run_visible(cmd).map_err(|e| format!("{e}; {how}"))?;
    }
    if present() {
        Ok(())
    } else {
        Err(format!("apt-get ran but {CHROMIUM} or {CHROMEDRIVER} is still missing; {how}"))
    }
}

fn mtime(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// `npm ci` in tests/ when node_modules is missing or older than package-lock.json.
fn npm_ci_tests() -> Result<(), String> {
    let tests = repo_root().join("tests");
    let lock = tests.join("package-lock.json");
    if !lock.is_file() {
        return Err(format!("{} is missing", lock.display()));
    }
    if !util::on_path("node") || !util::on_path("npm") {
        return Err("node or npm is missing: install Node.js 20 and npm (e.g. `apt-get install nodejs npm`)".into());
    }
    // npm writes node_modules/.package-lock.json on every install.
    let installed = mtime(&tests.join("node_modules/.package-lock.json"));
    let fresh = match (installed, mtime(&lock)) {
        (Some(i), Some(l)) => i >= l,
        _ => false,
    };
    if fresh {
        println!("  ok      tests/node_modules (up to date with package-lock.json)");
        return Ok(());
    }
    println!("  install tests/node_modules (npm ci)");
    let mut cmd = util::command("npm");
    cmd.args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]).current_dir(&tests);
    run_visible(cmd)
}
