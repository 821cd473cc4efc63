//! `cargo xtask`: Loopscope's development tasks (the alias lives in `.cargo/config.toml`).
//!
//! - `cargo xtask serve [--port N]`: install what is missing, then `trunk serve --release`.
//! - `cargo xtask test [STAGE...]`: install what is missing, then run every check in order
//!   and end with one line `N passed, M failed`.
//!
//! Plain `std` only: every external tool is driven with `std::process::Command`.

mod bench;
mod cargo_install;
mod serve;
mod stages;
mod static_server;
mod tools;
mod util;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N]   install what is missing, build the page (release) and serve it on
                     http://127.0.0.1:N/ (default 8080) with `trunk serve`
  test [STAGE...]    install what is missing, then run the stages in order and print
                     `N passed, M failed`; exit status 1 if anything failed.
                     Stages: tools fmt clippy native wasm build e2e oracle (default: all)
  bench [--no-browser] [--no-live]
                     measure the engine against CPython, the bundle, the page in
                     headless Chromium; writes docs/benchmarks.md
  help               this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    match args.first().map(String::as_str) {
        Some("serve") => serve::run(rest),
        Some("test") => stages::run(rest),
        Some("bench") => bench::run(rest),
        None | Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("xtask: unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
